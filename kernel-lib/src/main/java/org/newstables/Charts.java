package org.newstables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.newstables.charts.ChartStyle;
import org.newstables.common.NewsTablesException;
import org.newstables.time.Timeline;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * XChart charts built from NewsTables tables, titled and labelled, English by default and Arabic
 * on request, with a font that has Arabic glyphs.
 * <pre>{@code
 * Charts.timeline(c.timeline(Per.YEAR, Kind.THEME))               // lines, per 1,000 words
 * Charts.timelineBars(c.timeline(Per.YEAR, Kind.ENTITY, "TJ", "KZ")) // stacked bars of mentions
 * Charts.topTerms(c.topTerms(20), ChartText.ARABIC)            // bars, Arabic labels
 * Charts.heatmap(c.cooccurrence())                             // entity × theme
 * Charts.save(chart, Path.of("themes"))                        // themes.png and themes.svg
 * }</pre>
 * In a notebook a chart shows inline as the value of a cell.
 */
public final class Charts {

    static {
        // The first use of the library in IJava registers its table and chart renderers.
        FirstUse.run();
    }

    /** Width and height in pixels at 1×; PNGs are written at 2× for high-density screens. */
    public static final int WIDTH = 900;
    /** The default height. */
    public static final int HEIGHT = 520;
    /** The resolution of saved PNGs: 144 dpi, twice the screen's 72. */
    public static final int DPI = 144;

    private Charts() {
    }

    /** A line chart of a {@link Corpus#timeline} table: one line per key, per 1,000 words. */
    public static XYChart timeline(Table timeline) {
        return timeline(timeline, ChartText.ENGLISH, Measure.PER_1K);
    }

    /** {@link #timeline(Table)} with Arabic or English words. */
    public static XYChart timeline(Table timeline, ChartText text) {
        return timeline(timeline, text, Measure.PER_1K);
    }

    /**
     * A line chart of a timeline, of mention counts or per 1,000 words.
     *
     * @throws NewsTablesException when the table lacks a timeline's columns
     */
    public static XYChart timeline(Table timeline, ChartText text, Measure measure) {
        boolean rates = java.util.Objects.requireNonNull(measure, "measure") == Measure.PER_1K;
        requireColumns(timeline, "timeline", "period", "period_start", "kind", "key", "label", "mentions", "per_1k");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .xAxisTitle(text.period()).yAxisTitle(rates ? text.perThousand() : text.mentions()).build();
        style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        Map<String, List<double[]>> series = seriesOf(timeline, text, rates);
        titled(chart, timelineTitle(timeline, text, rates), undatedNote(timeline, text), series.keySet());
        chart.getStyler().setYAxisMin(0.0);
        // Periods are placed by index and labelled by name, so a tick never falls between two
        // periods and shows the wrong year, and weeks and quarters read as they are written.
        List<String> periods = datedPeriods(timeline);
        chart.setCustomXAxisTickLabelsFormatter(ChartStyle.uniqueTicks(x -> {
            long i = Math.round(x);
            return Math.abs(x - i) < 1e-6 && i >= 0 && i < periods.size() ? periods.get((int) i) : " ";
        }));
        chart.getStyler().setXAxisLabelRotation(periods.size() > 12 ? 90 : 0);
        int k = 0;
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            double shift = dodge(k++, series.size());
            for (double[] point : e.getValue()) {
                x.add(point[0] + shift);
                y.add(point[1]);
            }
            chart.addSeries(e.getKey(), x, y);
        }
        noData(chart, text);
        return chart;
    }

    /**
     * How far (in periods) series {@code k} of {@code n} is moved sideways, as ggplot2's
     * {@code position_dodge} does: lines with the same values (two themes with the same counts)
     * would otherwise lie exactly on one another and the one drawn first would vanish. The
     * series spread over at most a fifth of a period, centred on it.
     */
    static double dodge(int k, int n) {
        return n < 2 ? 0 : (k - (n - 1) / 2.0) * Math.min(0.2 / (n - 1), 0.04);
    }

    /** Stacked bars of a timeline's mention counts: one bar per period, one colour per key. */
    public static CategoryChart timelineBars(Table timeline) {
        return timelineBars(timeline, ChartText.ENGLISH);
    }

    /** {@link #timelineBars(Table)} with Arabic or English words. */
    public static CategoryChart timelineBars(Table timeline, ChartText text) {
        requireColumns(timeline, "timeline", "period", "period_start", "kind", "key", "label", "mentions");
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .xAxisTitle(text.period()).yAxisTitle(text.mentions()).build();
        style(chart);
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisLabelRotation(periodsOf(timeline) > 12 ? 90 : 0);
        Map<String, List<double[]>> series = seriesOf(timeline, text, false);
        titled(chart, timelineTitle(timeline, text, false), undatedNote(timeline, text), series.keySet());
        List<String> periods = datedPeriods(timeline);
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            List<String> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (double[] point : e.getValue()) {
                x.add(periods.get((int) point[0]));
                y.add((int) point[1]);
            }
            chart.addSeries(e.getKey(), x, y);
        }
        noData(chart, text);
        return chart;
    }

    /** Bars of a {@link Corpus#topTerms} table, the words as they are written. */
    public static CategoryChart topTerms(Table topTerms) {
        return topTerms(topTerms, ChartText.ENGLISH);
    }

    /** {@link #topTerms(Table)} with Arabic or English titles. */
    public static CategoryChart topTerms(Table topTerms, ChartText text) {
        requireColumns(topTerms, "topTerms", "surface", "count");
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .xAxisTitle(text.term()).yAxisTitle(text.count()).build();
        style(chart);
        titled(chart, text.topTermsTitle(), "", List.of());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(topTerms.rowCount() > 8 ? 90 : 0);
        List<String> x = new ArrayList<>();
        List<Number> y = new ArrayList<>();
        for (Row r : topTerms) {
            x.add(r.getString("surface"));
            y.add(r.getLong("count"));
        }
        if (!x.isEmpty()) {
            chart.addSeries(text.count(), x, y);
        }
        noData(chart, text);
        return chart;
    }

    /** A heatmap of the entity × theme rows of a {@link Corpus#cooccurrence} table (the 12 most frequent entities). */
    public static HeatMapChart heatmap(Table cooccurrence) {
        return heatmap(cooccurrence, ChartText.ENGLISH);
    }

    /** {@link #heatmap(Table)} with Arabic or English words. */
    public static HeatMapChart heatmap(Table cooccurrence, ChartText text) {
        requireColumns(cooccurrence, "cooccurrence", "kind", "entity", "entity_label", "other", "other_label", "sentences");
        Table et = cooccurrence.where(cooccurrence.stringColumn("kind").isEqualTo("entity-theme"));
        Map<String, Integer> entityTotals = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> themeLabels = new java.util.TreeMap<>();
        boolean arabic = text == ChartText.ARABIC && et.columnNames().contains("entity_label_ar");
        for (Row r : et) {
            entityTotals.merge(r.getString("entity"), r.getInt("sentences"), Integer::sum);
            labels.putIfAbsent(r.getString("entity"), shortLabel(r.getString("entity"), arabic ? r.getString("entity_label_ar") : r.getString("entity_label")));
            themeLabels.putIfAbsent(r.getString("other"), arabic ? r.getString("other_label_ar") : r.getString("other_label"));
        }
        List<String> entities = new ArrayList<>(entityTotals.keySet());
        entities.sort((x, y) -> entityTotals.get(y) - entityTotals.get(x));
        entities = entities.subList(0, Math.min(12, entities.size()));
        List<String> themes = new ArrayList<>(themeLabels.keySet());
        List<String> xLabels = new ArrayList<>();
        themes.forEach(t -> xLabels.add(themeLabels.get(t)));
        List<String> yLabels = new ArrayList<>();
        entities.forEach(e -> yLabels.add(labels.get(e)));
        List<Number[]> cells = new ArrayList<>();
        for (Row r : et) {
            int x = themes.indexOf(r.getString("other"));
            int y = entities.indexOf(r.getString("entity"));
            if (x >= 0 && y >= 0) {
                cells.add(new Number[] {x, y, r.getInt("sentences")});
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).build();
        style(chart);
        titled(chart, text.heatmapTitle(), "", List.of("0000"));
        chart.getStyler().setPlotContentSize(1);
        chart.getStyler().setShowValue(true);
        // Counts are whole numbers, and black values must stay readable on the darkest cell.
        chart.getStyler().setHeatMapValueDecimalPattern("#,##0");
        chart.getStyler().setRangeColors(new java.awt.Color[] {new java.awt.Color(0xf7fbff), new java.awt.Color(0x9ecae1),
            new java.awt.Color(0x4292c6)});
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        if (!xLabels.isEmpty() && !yLabels.isEmpty()) {
            chart.addSeries(text.heatmapTitle(), xLabels, yLabels, cells);
        } else {
            // XChart cannot draw an empty chart: one blank cell, and the title says why.
            chart.setTitle(chart.getTitle() + text.noData());
            chart.addSeries(" ", List.of(" "), List.of(" "), List.<Number[]>of(new Number[] {0, 0, 0}));
            chart.getStyler().setShowValue(false);
            chart.getStyler().setLegendVisible(false);
        }
        return chart;
    }

    /**
     * A lexical dispersion plot of a {@link Corpus#dispersion} table, as quanteda's: one row per
     * article, a mark where each term occurs, from the start (0) to the end (1) of the article.
     */
    public static XYChart dispersion(Table dispersion) {
        return dispersion(dispersion, ChartText.ENGLISH);
    }

    /** {@link #dispersion(Table)} with Arabic or English words. */
    public static XYChart dispersion(Table dispersion, ChartText text) {
        requireColumns(dispersion, "dispersion", "article", "term", "relative");
        List<String> articles = new ArrayList<>();
        for (String a : dispersion.stringColumn("article")) {
            if (!articles.contains(a)) {
                articles.add(a);
            }
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(Math.max(HEIGHT / 2, 90 + 36 * articles.size()))
                .xAxisTitle(text.relativePosition()).build();
        style(chart);
        titled(chart, text.dispersionTitle(), "", dispersion.stringColumn("term").unique().asList());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        // One row per article, the first at the top; the axis runs from the first row to the last
        // (the plot's inner margin keeps the end rows clear of the edges), and every row gets its
        // article's label (see ChartStyle.uniqueTicks for why every label must differ).
        int rows = articles.size();
        if (rows > 1) {
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(rows - 1.0);
        }
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.setCustomYAxisTickLabelsFormatter(ChartStyle.uniqueTicks(y -> {
            long i = Math.round(y);
            return Math.abs(y - i) < 1e-6 && i >= 0 && i < rows ? rowLabel(articles.get(rows - 1 - (int) i)) : " ";
        }));
        Map<String, List<double[]>> byTerm = new LinkedHashMap<>();
        for (int i = 0; i < dispersion.rowCount(); i++) {
            byTerm.computeIfAbsent(dispersion.stringColumn("term").get(i), k -> new ArrayList<>())
                    .add(new double[] {dispersion.doubleColumn("relative").get(i),
                        rows - 1 - articles.indexOf(dispersion.stringColumn("article").get(i))});
        }
        int k = 0;
        for (Map.Entry<String, List<double[]>> e : byTerm.entrySet()) {
            e.getValue().sort((p, q) -> p[1] != q[1] ? Double.compare(p[1], q[1]) : Double.compare(p[0], q[0]));
            // Each term a little above or below the row's line, so that two terms at one place both show.
            double shift = 2.5 * dodge(k++, byTerm.size());
            double[] x = e.getValue().stream().mapToDouble(v -> v[0]).toArray();
            double[] y = e.getValue().stream().mapToDouble(v -> v[1] + shift).toArray();
            chart.addSeries(e.getKey(), x, y);
        }
        noData(chart, text);
        return chart;
    }

    /**
     * Writes {@code chart} as {@code base}.png (at {@link #DPI} dpi, so twice its pixel size) and
     * {@code base}.svg; {@code base} is a path without an extension.
     */
    public static void save(Chart<?, ?> chart, Path base) {
        try {
            Path dir = base.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            BitmapEncoder.saveBitmapWithDPI(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG, DPI);
            VectorGraphicsEncoder.saveVectorGraphic(chart, base.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart as PNG bytes at {@link #DPI} dpi, for notebooks and web pages. */
    public static byte[] png(Chart<?, ?> chart) {
        double scale = DPI / 72.0;
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
                (int) (chart.getWidth() * scale), (int) (chart.getHeight() * scale),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dispersion row's label: the article's id, cut to 24 characters so that the plot keeps its width. */
    private static String rowLabel(String id) {
        return id.length() <= 24 ? id : id.substring(0, 23) + "…";
    }

    /** A long name (an organization's full title) would squeeze the plot: its key (CICA) stands in. */
    private static String shortLabel(String key, String label) {
        return label == null || label.isEmpty() || label.length() > 28 ? key : label;
    }

    /** XChart cannot draw a chart without a series: one invisible point, and the title says why. */
    private static void noData(XYChart chart, ChartText text) {
        if (chart.getSeriesMap().isEmpty()) {
            chart.setTitle(chart.getTitle() + text.noData());
            chart.addSeries(" ", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
            chart.getStyler().setLegendVisible(false);
        }
    }

    /** XChart cannot draw a chart without a series: one empty bar, and the title says why. */
    private static void noData(CategoryChart chart, ChartText text) {
        if (chart.getSeriesMap().isEmpty()) {
            chart.setTitle(chart.getTitle() + text.noData());
            chart.addSeries(" ", List.of(" "), List.of(0));
            chart.getStyler().setLegendVisible(false);
        }
    }

    private static void style(Chart<?, ?> chart) {
        ChartStyle.apply(chart);
    }

    /**
     * Gives {@code chart} a title that fits beside a legend of {@code seriesNames}; a detail that
     * does not fit goes under the plot, into the x axis's title.
     */
    private static void titled(Chart<?, ?> chart, String main, String detail, java.util.Collection<String> seriesNames) {
        double legend = chart.getStyler().isLegendVisible()
                ? ChartStyle.legendWidth(seriesNames, chart.getStyler().getLegendFont()) : 0;
        String left = ChartStyle.title(chart, main, detail, legend);
        if (!left.isEmpty() && chart.getStyler() instanceof AxesChartStyler) {
            chart.setXAxisTitle(chart.getXAxisTitle() + left);
        }
    }

    private static String label(Row r, ChartText text) {
        if (text == ChartText.ARABIC && r.getString("label_ar") != null && !r.getString("label_ar").isEmpty()) {
            return r.getString("label_ar");
        }
        return r.getString("label");
    }

    /**
     * The series of a timeline: per key (named by its label), one (period index, value) point per
     * dated period, in the table's order. Beyond {@link ChartStyle#MAX_SERIES} keys, those with
     * the fewest mentions are summed into one "other" series, so that every line keeps a colour
     * of its own; rates per 1,000 words add up, since a period's keys share its word count.
     */
    private static Map<String, List<double[]>> seriesOf(Table timeline, ChartText text, boolean rates) {
        List<String> periods = datedPeriods(timeline);
        Map<String, List<double[]>> byKey = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int i = 0; i < timeline.rowCount(); i++) {
            Row r = timeline.row(i);
            if (r.getString("period").equals(Timeline.UNDATED)) {
                continue;
            }
            String key = r.getString("kind") + "\u0000" + r.getString("key");
            labels.putIfAbsent(key, label(r, text));
            totals.merge(key, (long) r.getInt("mentions"), Long::sum);
            // A rate in a period without articles is 0/0: a gap in the line, not a fall to zero.
            double value = !rates ? r.getInt("mentions")
                    : r.getInt("period_articles") == 0 ? Double.NaN : r.getDouble("per_1k");
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {periods.indexOf(r.getString("period")), value});
        }
        List<String> kept = new ArrayList<>(byKey.keySet());
        List<String> folded = new ArrayList<>();
        if (kept.size() > ChartStyle.MAX_SERIES) {
            List<String> ranked = new ArrayList<>(kept);
            ranked.sort((a, b) -> Long.compare(totals.get(b), totals.get(a)));
            folded.addAll(ranked.subList(ChartStyle.MAX_SERIES - 1, ranked.size()));
            kept.removeAll(folded);
        }
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (String key : kept) {
            out.put(labels.get(key), byKey.get(key));
        }
        if (!folded.isEmpty()) {
            double[] sums = new double[periods.size()];
            for (String key : folded) {
                for (double[] point : byKey.get(key)) {
                    sums[(int) point[0]] += point[1];
                }
            }
            // NaN (no articles in the period) stays NaN in the sum, as it should.
            List<double[]> other = new ArrayList<>();
            for (int p = 0; p < sums.length; p++) {
                other.add(new double[] {p, sums[p]});
            }
            out.put(text.other(folded.size()), other);
        }
        return out;
    }

    private static int periodsOf(Table timeline) {
        return timeline.stringColumn("period").unique().size();
    }

    /** A timeline's title; a partners timeline ({@link Corpus#partnersTimeline}) names its focal country. */
    private static String timelineTitle(Table timeline, ChartText text, boolean rates) {
        java.util.regex.Matcher m = PARTNERS_OF.matcher(timeline.name() == null ? "" : timeline.name());
        if (m.find()) {
            String key = m.group(2);
            String arabic = Lexicon.countries().entries().stream().filter(e -> e.key().equals(key))
                    .map(org.newstables.lexicon.Entry::labelAr).findFirst().orElse(key);
            return text.partnersTitle(m.group(1), arabic, rates);
        }
        return text.timelineTitle(kindOf(timeline), rates);
    }

    private static final java.util.regex.Pattern PARTNERS_OF = java.util.regex.Pattern.compile("^partners of (.+) \\(([A-Z]{2})\\)");

    private static String kindOf(Table timeline) {
        List<String> kinds = timeline.stringColumn("kind").unique().asList();
        return kinds.size() == 1 ? kinds.get(0) : "mixed";
    }

    private static String undatedNote(Table timeline, ChartText text) {
        Table undated = timeline.where(timeline.stringColumn("period").isEqualTo(Timeline.UNDATED));
        int n = (int) undated.intColumn("mentions").sum();
        return n == 0 ? "" : text.undated(n);
    }

    private static List<String> datedPeriods(Table timeline) {
        List<String> periods = new ArrayList<>();
        for (String p : timeline.stringColumn("period")) {
            if (!p.equals(Timeline.UNDATED) && !periods.contains(p)) {
                periods.add(p);
            }
        }
        return periods;
    }

    private static void requireColumns(Table t, String made, String... columns) {
        for (String c : columns) {
            if (!t.columnNames().contains(c)) {
                throw new NewsTablesException("This chart needs the table made by Corpus." + made + "(...), with the column '"
                        + c + "'; the table given has " + String.join(", ", t.columnNames()) + ".");
            }
        }
    }
}

package org.newstables.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * Charts of the word and entity tables: top terms (bars), entity × theme co-occurrence (a heatmap)
 * and lexical dispersion (a strip plot). The public entry points are {@code org.newstables.Charts}.
 */
@Internal
public final class TableCharts {

    private TableCharts() {
    }

    /** Bars of a topTerms table (surface, count), the words as they are written. */
    public static CategoryChart topTerms(Table topTerms, ChartWords text) {
        ChartStyle.requireColumns(topTerms, "topTerms", "surface", "count");
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .xAxisTitle(text.term()).yAxisTitle(text.count()).build();
        ChartStyle.apply(chart);
        ChartStyle.titled(chart, text.topTermsTitle(), "", List.of());
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
        ChartStyle.noData(chart, text);
        return chart;
    }

    /** A heatmap of the entity × theme rows of a cooccurrence table (the 12 most frequent entities). */
    public static HeatMapChart heatmap(Table cooccurrence, ChartWords text) {
        ChartStyle.requireColumns(cooccurrence, "cooccurrence", "kind", "entity", "entity_label", "other", "other_label", "sentences");
        Table et = cooccurrence.where(cooccurrence.stringColumn("kind").isEqualTo("entity-theme"));
        Map<String, Integer> entityTotals = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> themeLabels = new java.util.TreeMap<>();
        boolean arabic = text.arabicLabels() && et.columnNames().contains("entity_label_ar");
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
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).build();
        ChartStyle.apply(chart);
        ChartStyle.titled(chart, text.heatmapTitle(), "", List.of("0000"));
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

    /** A lexical dispersion plot of a dispersion table, as quanteda's: one row per article. */
    public static XYChart dispersion(Table dispersion, ChartWords text) {
        ChartStyle.requireColumns(dispersion, "dispersion", "article", "term", "relative");
        List<String> articles = new ArrayList<>();
        for (String a : dispersion.stringColumn("article")) {
            if (!articles.contains(a)) {
                articles.add(a);
            }
        }
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(Math.max(ChartStyle.HEIGHT / 2, 90 + 36 * articles.size()))
                .xAxisTitle(text.relativePosition()).build();
        ChartStyle.apply(chart);
        ChartStyle.titled(chart, text.dispersionTitle(), "", dispersion.stringColumn("term").unique().asList());
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
            double shift = 2.5 * TimelineCharts.dodge(k++, byTerm.size());
            double[] x = e.getValue().stream().mapToDouble(v -> v[0]).toArray();
            double[] y = e.getValue().stream().mapToDouble(v -> v[1] + shift).toArray();
            chart.addSeries(e.getKey(), x, y);
        }
        ChartStyle.noData(chart, text);
        return chart;
    }

    /** A dispersion row's label: the article's id, cut to 24 characters so that the plot keeps its width. */
    private static String rowLabel(String id) {
        return id.length() <= 24 ? id : id.substring(0, 23) + "…";
    }

    /** A long name (an organization's full title) would squeeze the plot: its key (CICA) stands in. */
    private static String shortLabel(String key, String label) {
        return label == null || label.isEmpty() || label.length() > 28 ? key : label;
    }
}

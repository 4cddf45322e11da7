package org.newstables;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.newstables.charts.ChartFiles;
import org.newstables.charts.ChartStyle;
import org.newstables.charts.TableCharts;
import org.newstables.charts.TimelineCharts;
import org.newstables.common.NewsTablesException;
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
 * In a notebook a chart shows inline as the value of a cell. The charts are built in the
 * {@code charts} package (timelines, word and entity tables, styling, files); this class is their
 * front door, with the defaults.
 */
public final class Charts {

    static {
        // The first use of the library in IJava registers its table and chart renderers.
        FirstUse.run();
    }

    /** Width and height in pixels at 1×; PNGs are written at 2× for high-density screens. */
    public static final int WIDTH = ChartStyle.WIDTH;
    /** The default height. */
    public static final int HEIGHT = ChartStyle.HEIGHT;
    /** The resolution of saved PNGs: 144 dpi, twice the screen's 72. */
    public static final int DPI = ChartStyle.DPI;

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
     * A line chart of a timeline, of mention counts, per 1,000 words, or (a topic timeline,
     * {@link org.newstables.topics.TopicModel#timeline}) mean topic shares.
     *
     * @throws NewsTablesException when the table lacks a timeline's columns, or the measure's
     */
    public static XYChart timeline(Table timeline, ChartText text, Measure measure) {
        String column = switch (Objects.requireNonNull(measure, "measure")) {
            case COUNT -> "mentions";
            case PER_1K -> "per_1k";
            case SHARE -> "share";
        };
        boolean rates = measure == Measure.PER_1K;
        XYChart chart = TimelineCharts.lines(timeline, text, column, timelineTitle(timeline, text, rates));
        if (measure == Measure.SHARE) {
            // XChart's own tick format wrote a share of 0.05 as ".05"; shares read best with two decimals.
            chart.getStyler().setYAxisDecimalPattern("0.00");
        }
        return chart;
    }

    /**
     * Stacked bars of a timeline's mention counts: one bar per period, one colour per key. A key with
     * no mention in the dated periods (all of them in undated articles) is named with "(0)" in the
     * legend, having no bar.
     */
    public static CategoryChart timelineBars(Table timeline) {
        return timelineBars(timeline, ChartText.ENGLISH);
    }

    /** {@link #timelineBars(Table)} with Arabic or English words. */
    public static CategoryChart timelineBars(Table timeline, ChartText text) {
        return TimelineCharts.bars(timeline, text, timelineTitle(timeline, text, false));
    }

    /** Bars of a {@link Corpus#topTerms} table, the words as they are written. */
    public static CategoryChart topTerms(Table topTerms) {
        return topTerms(topTerms, ChartText.ENGLISH);
    }

    /** {@link #topTerms(Table)} with Arabic or English titles. */
    public static CategoryChart topTerms(Table topTerms, ChartText text) {
        return TableCharts.topTerms(topTerms, text);
    }

    /** A heatmap of the entity × theme rows of a {@link Corpus#cooccurrence} table (the 12 most frequent entities). */
    public static HeatMapChart heatmap(Table cooccurrence) {
        return heatmap(cooccurrence, ChartText.ENGLISH);
    }

    /** {@link #heatmap(Table)} with Arabic or English words. */
    public static HeatMapChart heatmap(Table cooccurrence, ChartText text) {
        return TableCharts.heatmap(cooccurrence, text);
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
        return TableCharts.dispersion(dispersion, text);
    }

    /**
     * Writes {@code chart} as {@code base}.png (at {@link #DPI} dpi, so twice its pixel size) and
     * {@code base}.svg; {@code base} is a path without an extension.
     */
    public static void save(Chart<?, ?> chart, Path base) {
        ChartFiles.save(chart, base);
    }

    /** The chart as PNG bytes at {@link #DPI} dpi, for notebooks and web pages. */
    public static byte[] png(Chart<?, ?> chart) {
        return ChartFiles.png(chart);
    }

    /** A timeline's title; a partners timeline ({@link Corpus#partnersTimeline}) names its focal country. */
    private static String timelineTitle(Table timeline, ChartText text, boolean rates) {
        // Checked here, before the title reads the table, so that a wrong table says which one it needs.
        ChartStyle.requireColumns(timeline, "timeline", "period", "period_start", "kind", "key", "label", "mentions");
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
}

package org.newstables.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.Collection;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * How NewsTables charts look: the font (with Arabic glyphs), an opaque palette of distinguishable
 * colours paired with distinct marker shapes, and titles that always fit the chart.
 */
@Internal
public final class ChartStyle {

    /**
     * Twelve opaque colours: Matplotlib's "tab10" (Tableau 10), which readers of charts know and
     * which is made to be told apart, then black and a dark gold. XChart's own colours are
     * translucent, so crossing lines mix into colours the legend does not show.
     */
    public static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf), new Color(0x000000), new Color(0xb8860b)};

    /**
     * Marker shapes, cycled with a period (5) prime to the palette's length, so that every one of
     * the first twelve series has its own colour and each neighbour in the legend another shape.
     */
    public static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN};

    /** The most series a chart draws; beyond, the smallest are summed into one "other" series. */
    public static final int MAX_SERIES = PALETTE.length;

    /** Width and height in pixels at 1×; PNGs are written at 2× for high-density screens. */
    public static final int WIDTH = 900;
    /** The default height. */
    public static final int HEIGHT = 520;
    /** The resolution of saved PNGs: 144 dpi, twice the screen's 72. */
    public static final int DPI = 144;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final float TITLE_POINTS = 16f;
    private static final float MIN_TITLE_POINTS = 12f;

    private ChartStyle() {
    }

    /** Applies the font, colours, markers and background to {@code chart}. */
    public static void apply(Chart<?, ?> chart) {
        Styler s = chart.getStyler();
        s.setChartTitleFont(ChartFonts.bold(TITLE_POINTS));
        s.setLegendFont(ChartFonts.regular(12));
        s.setAnnotationTextFont(ChartFonts.regular(11));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setAntiAlias(true);
        s.setSeriesColors(PALETTE);
        s.setSeriesMarkers(MARKERS);
        if (s instanceof AxesChartStyler) {
            AxesChartStyler a = (AxesChartStyler) s;
            a.setAxisTitleFont(ChartFonts.regular(13));
            a.setAxisTickLabelsFont(ChartFonts.regular(11));
        }
    }

    /**
     * A tick-label formatter that never gives two tick values the same label. XChart 3.8.8 keeps
     * looking for a tick step until all the labels of a step differ (and gives up on the ticks
     * when the axis's two ends get the same label), so a formatter that returns a blank for the
     * values it does not label — or two equal labels — makes it loop for ever. Repeated labels
     * get zero-width spaces appended, which draw as nothing. Blanks are made unique from a pool of
     * invisible format characters, shortest first: XChart sizes the tick-label band by the longest
     * label (in chars), so blanks that grew longer than the real labels left rotated labels cut off.
     */
    public static java.util.function.Function<Double, String> uniqueTicks(java.util.function.Function<Double, String> labels) {
        java.util.Map<Double, String> given = new java.util.HashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        int[] blanks = {0};
        return value -> {
            synchronized (given) {
                return given.computeIfAbsent(value, v -> {
                    String label = labels.apply(v);
                    if (label == null || label.isBlank()) {
                        do {
                            label = blank(blanks[0]++);
                        } while (!used.add(label));
                        return label;
                    }
                    while (!used.add(label)) {
                        label = label + "\u200B";
                    }
                    return label;
                });
            }
        };
    }

    /** Characters that draw as nothing (zero-width space, joiners, direction marks, word joiner, BOM). */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF";

    /** Whether a tick label draws nothing: blank, or made only of the invisible characters blanks are made of. */
    static boolean drawsNothing(String label) {
        return label.chars().allMatch(c -> Character.isWhitespace(c) || INVISIBLE.indexOf(c) >= 0);
    }

    /** The {@code k}-th blank label: a space, then strings of invisible characters, shortest first. */
    private static String blank(int k) {
        if (k == 0) {
            return " ";
        }
        StringBuilder b = new StringBuilder();
        for (int n = k - 1; ; n = n / INVISIBLE.length() - 1) {
            b.append(INVISIBLE.charAt(n % INVISIBLE.length()));
            if (n < INVISIBLE.length()) {
                return b.toString();
            }
        }
    }

    /** The width in pixels (at 1×) of {@code text} in {@code font}, laid out as Java2D draws it (bidi and shaping). */
    public static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return new TextLayout(text, font, FRC).getBounds().getWidth();
    }

    /**
     * The width an outside legend takes: the longest series name, the marker and line sample
     * beside it, and the legend's padding (XChart's defaults), or 0 for no names.
     */
    public static double legendWidth(Collection<String> names, Font font) {
        double widest = 0;
        for (String n : names) {
            widest = Math.max(widest, width(n, font));
        }
        return widest == 0 ? 0 : widest + 60;
    }

    /**
     * Sets a title that fits: XChart centres its one-line title over the plot and clips what
     * passes the chart's edges, so a title must be narrower than the plot plus its left margin.
     * The {@code detail} (such as the undated count) stays in the title when it fits, and
     * otherwise is returned for the caller to place elsewhere (an axis title); a main title too
     * long even alone is set in a smaller font, down to 12 points, then cut with "…".
     *
     * @param legendWidth the width of a legend outside the plot on the right, 0 for none
     * @return the detail that did not fit, or "" when everything is in the title
     */
    public static String title(Chart<?, ?> chart, String main, String detail, double legendWidth) {
        double budget = titleBudget(chart.getWidth(), legendWidth);
        Font font = ChartFonts.bold(TITLE_POINTS);
        chart.getStyler().setChartTitleFont(font);
        main = isolateArabic(main);
        detail = isolateArabic(detail);
        String full = main + detail;
        if (width(full, font) <= budget) {
            chart.setTitle(full);
            return "";
        }
        for (float points = TITLE_POINTS; points >= MIN_TITLE_POINTS; points -= 1f) {
            font = ChartFonts.bold(points);
            if (width(main, font) <= budget) {
                chart.getStyler().setChartTitleFont(font);
                chart.setTitle(main);
                return detail;
            }
        }
        String cut = main;
        while (cut.length() > 1 && width(cut + "…", font) > budget) {
            cut = cut.substring(0, cut.length() - 1);
        }
        chart.getStyler().setChartTitleFont(font);
        chart.setTitle(cut.strip() + "…");
        return detail;
    }

    /**
     * How wide a title may be: the plot's centre lies about half the legend's width left of the
     * chart's centre, and a centred title must not cross the chart's left edge (nor the right).
     * The y axis's margin (about 50 pixels) is left out, to be safe.
     */
    static double titleBudget(int chartWidth, double legendWidth) {
        return chartWidth - legendWidth - 20;
    }

    private static final java.util.regex.Pattern ARABIC_RUN = java.util.regex.Pattern.compile(
            "[\\p{InArabic}\\p{InArabic_Supplement}\\p{InArabic_Extended_A}\\p{InArabic_Presentation_Forms_A}"
            + "\\p{InArabic_Presentation_Forms_B}]+(?:[\\s\\p{Nd}\\p{InArabic}]*[\\p{InArabic}\\p{InArabic_Supplement}]+)*");

    /**
     * {@code text} with each run of Arabic inside left-to-right text put between first-strong
     * isolates (U+2068 … U+2069), which Java2D's bidi layout honours: "collocations of الحزام ·
     * 8 rows" then keeps its words in order instead of reading as "collocations of 8 · الحزام rows".
     * Text that starts in Arabic is returned as it is.
     */
    public static String isolateArabic(String text) {
        if (text == null || text.isEmpty() || java.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length()) == false) {
            return text;
        }
        java.text.Bidi bidi = new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (!bidi.baseIsLeftToRight()) {
            return text;
        }
        return ARABIC_RUN.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("\u2068" + m.group() + "\u2069"));
    }

    /** XChart cannot draw a chart without a series: one invisible point, and the title says why. */
    public static void noData(XYChart chart, ChartWords text) {
        if (chart.getSeriesMap().isEmpty()) {
            chart.setTitle(chart.getTitle() + text.noData());
            chart.addSeries(" ", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
            chart.getStyler().setLegendVisible(false);
        }
    }

    /** XChart cannot draw a chart without a series: one empty bar, and the title says why. */
    public static void noData(CategoryChart chart, ChartWords text) {
        if (chart.getSeriesMap().isEmpty()) {
            chart.setTitle(chart.getTitle() + text.noData());
            chart.addSeries(" ", List.of(" "), List.of(0));
            chart.getStyler().setLegendVisible(false);
        }
    }

    /**
     * Gives {@code chart} a title that fits beside a legend of {@code seriesNames}; a detail that
     * does not fit goes under the plot, into the x axis's title.
     */
    public static void titled(Chart<?, ?> chart, String main, String detail, java.util.Collection<String> seriesNames) {
        double legend = chart.getStyler().isLegendVisible()
                ? legendWidth(seriesNames, chart.getStyler().getLegendFont()) : 0;
        String left = title(chart, main, detail, legend);
        if (!left.isEmpty() && chart.getStyler() instanceof AxesChartStyler) {
            chart.setXAxisTitle(chart.getXAxisTitle() + left);
        }
    }

    /**
     * Checks that {@code t} has {@code columns}, as made by Corpus.{@code made}(...).
     *
     * @throws NewsTablesException naming the missing column and the columns the table has
     */
    public static void requireColumns(Table t, String made, String... columns) {
        for (String c : columns) {
            if (!t.columnNames().contains(c)) {
                throw new NewsTablesException("This chart needs the table made by Corpus." + made + "(...), with the column '"
                        + c + "'; the table given has " + String.join(", ", t.columnNames()) + ".");
            }
        }
    }
}

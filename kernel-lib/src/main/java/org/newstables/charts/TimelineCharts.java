package org.newstables.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.newstables.common.NewsTablesException;
import org.newstables.time.Timeline;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * Charts of a timeline table (period, period_start, kind, key, label, label_ar, mentions, per_1k,
 * period_articles): lines and stacked bars, one series per key, the undated rows left out and
 * counted in the title. The public entry points are {@code org.newstables.Charts}.
 */
@Internal
public final class TimelineCharts {

    private TimelineCharts() {
    }

    /**
     * A line chart of a timeline table, of its {@code column}: mentions (counts), per_1k (per 1,000
     * words) or share (a topic timeline's mean shares), titled {@code title}.
     *
     * @throws NewsTablesException when the table lacks a timeline's columns
     */
    public static XYChart lines(Table timeline, ChartWords text, String column, String title) {
        ChartStyle.requireColumns(timeline, "timeline", "period", "period_start", "kind", "key", "label", "mentions", column);
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).xAxisTitle(text.period())
                .yAxisTitle(column.equals("per_1k") ? text.perThousand() : column.equals("share") ? text.share() : text.mentions())
                .build();
        ChartStyle.apply(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        Map<String, List<double[]>> series = seriesOf(timeline, text, column, false);
        ChartStyle.titled(chart, title, undatedNote(timeline, text), series.keySet());
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
        ChartStyle.noData(chart, text);
        return chart;
    }

    /**
     * How far (in periods) series {@code k} of {@code n} is moved sideways, as ggplot2's
     * {@code position_dodge} does: lines with the same values (two themes with the same counts)
     * would otherwise lie exactly on one another and the one drawn first would vanish. The
     * series spread over at most a fifth of a period, centred on it.
     */
    public static double dodge(int k, int n) {
        return n < 2 ? 0 : (k - (n - 1) / 2.0) * Math.min(0.2 / (n - 1), 0.04);
    }

    /**
     * Stacked bars of a timeline's mention counts, one bar per period and one colour per key, titled
     * {@code title}; a key with no mention in the dated periods is named with "(0)" in the legend.
     *
     * @throws NewsTablesException when the table lacks a timeline's columns
     */
    public static CategoryChart bars(Table timeline, ChartWords text, String title) {
        ChartStyle.requireColumns(timeline, "timeline", "period", "period_start", "kind", "key", "label", "mentions");
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .xAxisTitle(text.period()).yAxisTitle(text.mentions()).build();
        ChartStyle.apply(chart);
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisLabelRotation(periodsOf(timeline) > 12 ? 90 : 0);
        Map<String, List<double[]>> series = seriesOf(timeline, text, "mentions", true);
        ChartStyle.titled(chart, title, undatedNote(timeline, text), series.keySet());
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
        ChartStyle.noData(chart, text);
        return chart;
    }

    private static String label(Row r, ChartWords text) {
        if (text.arabicLabels() && r.getString("label_ar") != null && !r.getString("label_ar").isEmpty()) {
            return r.getString("label_ar");
        }
        return r.getString("label");
    }

    /**
     * The series of a timeline: per key (named by its label), one (period index, value) point per
     * dated period, in the table's order. Beyond {@link ChartStyle#MAX_SERIES} keys, those with
     * the fewest mentions are summed into one "other" series, so that every line keeps a colour
     * of its own; rates per 1,000 words add up, since a period's keys share its word count, and
     * so do a period's topic shares; keys tied on their dated mentions rank by their undated ones. Two
     * keys of one label are both kept, the second named by its key too. {@code column} is mentions,
     * per_1k or share; when {@code markEmpty}, a kept key with no dated mention is named with "(0)".
     */
    private static Map<String, List<double[]>> seriesOf(Table timeline, ChartWords text, String column, boolean markEmpty) {
        List<String> periods = datedPeriods(timeline);
        Map<String, List<double[]>> byKey = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Long> undated = new LinkedHashMap<>();
        for (int i = 0; i < timeline.rowCount(); i++) {
            Row r = timeline.row(i);
            String key = r.getString("kind") + "\u0000" + r.getString("key");
            if (r.getString("period").equals(Timeline.UNDATED)) {
                undated.merge(key, (long) r.getInt("mentions"), Long::sum);
                continue;
            }
            labels.putIfAbsent(key, label(r, text));
            totals.merge(key, (long) r.getInt("mentions"), Long::sum);
            // A rate in a period without articles is 0/0: a gap in the line, not a fall to zero.
            double value = column.equals("mentions") ? r.getInt("mentions")
                    : r.getInt("period_articles") == 0 ? Double.NaN : r.getDouble(column);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {periods.indexOf(r.getString("period")), value});
        }
        List<String> kept = new ArrayList<>(byKey.keySet());
        List<String> folded = new ArrayList<>();
        if (kept.size() > ChartStyle.MAX_SERIES) {
            List<String> ranked = new ArrayList<>(kept);
            // Ties (keys with no dated mention, say) go by their undated mentions, then table order.
            ranked.sort(Comparator.comparing((String k) -> totals.get(k)).thenComparing(k -> undated.getOrDefault(k, 0L))
                    .reversed());
            folded.addAll(ranked.subList(ChartStyle.MAX_SERIES - 1, ranked.size()));
            kept.removeAll(folded);
        }
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (String key : kept) {
            String name = labels.get(key);
            if (out.containsKey(name)) {
                // Two keys of one label (a lexicon may give them): both kept, the second named by its key.
                name += " (" + key.substring(key.indexOf('\u0000') + 1) + ")";
            }
            if (markEmpty && totals.get(key) == 0) {
                // No mention in the periods shown (all of them in undated articles, say): no bar to
                // see, and the legend says so, where it would otherwise name a colour found nowhere.
                name += " (0)";
            }
            out.put(name, byKey.get(key));
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

    private static String undatedNote(Table timeline, ChartWords text) {
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
}

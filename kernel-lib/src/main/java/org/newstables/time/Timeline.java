package org.newstables.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * Mentions per period: a row for every period from the first to the last dated article and every
 * key, empty periods included with zeros, so a chart shows the silence as well as the talk.
 * Undated articles are not dropped: their mentions are in rows whose period is {@code undated}.
 */
@Internal
public final class Timeline {

    /** The period label of articles without a date. */
    public static final String UNDATED = "undated";

    private Timeline() {
    }

    /**
     * period, start, kind, key, label, label_ar, mentions, articles (that mention the key), period_articles,
     * tokens (of all the period's articles), per_1k (mentions per 1,000 of those tokens).
     *
     * @param dates    each article's date, or null
     * @param tokens   each article's token count
     * @param articles the article (by position) of each mention, in article order
     * @param keyOf    the key of each mention, by its position in {@code keys}
     * @param count    how many mentions the two arrays hold
     * @param keys     the keys to report, in order, with their kind, label and Arabic label
     */
    public static Table of(Periods per, List<LocalDate> dates, int[] tokens, int[] articles, int[] keyOf, int count,
            LinkedHashMap<String, String[]> keys) {
        Slots slots = slots(per, dates, tokens);
        int[] slotOf = slots.slotOf();
        int[][] counts = new int[keys.size()][slots.count()];
        int[][] articleCounts = new int[keys.size()][slots.count()];
        // Mentions come in article order, so an article is new to a key's slot when it differs from the last one seen there.
        int[][] lastArticle = new int[keys.size()][slots.count()];
        for (int[] seen : lastArticle) {
            java.util.Arrays.fill(seen, -1);
        }
        int previous = -1;
        for (int m = 0; m < count; m++) {
            int a = articles[m];
            if (a < previous) {
                throw new IllegalArgumentException("mentions must come in article order");
            }
            previous = a;
            int k = keyOf[m];
            int slot = slotOf[a];
            counts[k][slot]++;
            if (lastArticle[k][slot] != a) {
                lastArticle[k][slot] = a;
                articleCounts[k][slot]++;
            }
        }
        return table(per, slots.periods(), slots.tokens(), slots.articles(), counts, articleCounts, keys);
    }

    /**
     * Where each article falls on a timeline: the periods from the first to the last dated article,
     * each article's slot (its period's index; {@code periods().size()} for the undated), and each
     * slot's articles and tokens. What every timeline counts in, topics as well as mentions.
     *
     * @param periods  the start of each period, in order
     * @param slotOf   each article's slot
     * @param tokens   tokens of all the articles of each slot
     * @param articles articles of each slot
     */
    public record Slots(List<LocalDate> periods, int[] slotOf, long[] tokens, int[] articles) {

        /** How many slots: the periods and the undated one. */
        public int count() {
            return periods.size() + 1;
        }
    }

    /**
     * The {@link Slots} of articles dated {@code dates} (null for undated) with {@code tokens}
     * tokens each.
     */
    public static Slots slots(Periods per, List<LocalDate> dates, int[] tokens) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d : dates) {
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        List<LocalDate> periods = periods(per, first, last);
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            index.put(periods.get(i), i);
        }
        int undatedSlot = periods.size();
        long[] periodTokens = new long[undatedSlot + 1];
        int[] periodArticles = new int[undatedSlot + 1];
        int[] slotOf = new int[dates.size()];
        for (int a = 0; a < dates.size(); a++) {
            LocalDate d = dates.get(a);
            slotOf[a] = d == null ? undatedSlot : index.get(per.start(d));
            periodTokens[slotOf[a]] += tokens[a];
            periodArticles[slotOf[a]]++;
        }
        return new Slots(periods, slotOf, periodTokens, periodArticles);
    }

    /**
     * The start of every period from the one holding {@code first} to the one holding {@code last}
     * (the first and last dated article); none when both are null.
     */
    public static List<LocalDate> periods(Periods per, LocalDate first, LocalDate last) {
        List<LocalDate> periods = new ArrayList<>();
        if (first != null) {
            for (LocalDate p = per.start(first); !p.isAfter(last); p = per.next(p)) {
                periods.add(p);
            }
        }
        return periods;
    }

    /**
     * The table {@link #of} makes, from the counts per slot: slot {@code s} is period {@code
     * periods.get(s)}, the last slot ({@code periods.size()}) the undated articles, shown only when it
     * has articles. For engines that count elsewhere (Spark) and need the same table.
     *
     * @param periodTokens   tokens of all the articles of each slot
     * @param periodArticles articles of each slot
     * @param counts         mentions of each key (by position in {@code keys}) in each slot
     * @param articleCounts  articles mentioning each key in each slot
     */
    public static Table table(Periods per, List<LocalDate> periods, long[] periodTokens, int[] periodArticles,
            int[][] counts, int[][] articleCounts, LinkedHashMap<String, String[]> keys) {
        int slots = periods.size() + 1;
        int undatedSlot = periods.size();
        StringColumn period = StringColumn.create("period");
        DateColumn start = DateColumn.create(org.newstables.common.Columns.PERIOD_START);
        StringColumn kind = StringColumn.create("kind");
        StringColumn key = StringColumn.create("key");
        StringColumn label = StringColumn.create("label");
        StringColumn labelAr = StringColumn.create("label_ar");
        IntColumn mentionCount = IntColumn.create("mentions");
        IntColumn articleCount = IntColumn.create("articles");
        IntColumn inPeriod = IntColumn.create("period_articles");
        LongColumn tokenCount = LongColumn.create("tokens");
        DoubleColumn per1k = DoubleColumn.create("per_1k");
        boolean undated = periodArticles[undatedSlot] > 0;
        for (int s = 0; s < slots; s++) {
            if (s == undatedSlot && !undated) {
                continue;
            }
            int keyIndex = 0;
            for (Map.Entry<String, String[]> k : keys.entrySet()) {
                period.append(s == undatedSlot ? UNDATED : per.label(periods.get(s)));
                start.append(s == undatedSlot ? null : periods.get(s));
                kind.append(k.getValue()[0]);
                key.append(k.getKey());
                label.append(k.getValue()[1]);
                labelAr.append(k.getValue().length > 2 ? k.getValue()[2] : "");
                int n = counts[keyIndex][s];
                mentionCount.append(n);
                articleCount.append(articleCounts[keyIndex][s]);
                inPeriod.append(periodArticles[s]);
                tokenCount.append(periodTokens[s]);
                per1k.append(periodTokens[s] == 0 ? 0 : 1000.0 * n / periodTokens[s]);
                keyIndex++;
            }
        }
        return Table.create("timeline by " + per.name().toLowerCase(java.util.Locale.ROOT), period, start, kind,
                key, label, labelAr, mentionCount, articleCount, inPeriod, tokenCount, per1k);
    }
}

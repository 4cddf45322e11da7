package org.newstables.lexicon;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * Entities and themes named in the same sentence: entity × theme and entity × entity pairs, with
 * the number of sentences they share and of articles in which they do.
 */
@Internal
public final class Cooccurrence {

    private Cooccurrence() {
    }

    /**
     * kind (entity-theme or entity-entity), a, a_label, b, b_label, sentences, articles, a_label_ar,
     * b_label_ar; most sentences first.
     */
    public static Table of(Mentions entities, Mentions themes) {
        // Entries get int codes (by identity) so that pairs are counted as longs, in parallel per chunk of articles.
        Codes<Entry> codes = new Codes<>(new IdentityHashMap<>());
        for (Mentions m : List.of(entities, themes)) {
            for (int a = 0; a < m.articles(); a++) {
                for (int i = 0, n = m.resolvedCount(a); i < n; i++) {
                    codes.code(m.entry(a, i));
                }
            }
        }
        // Every entry has its code now: the chunks below only read them.
        List<Entry> byCode = codes.values();
        int[] keyRank = new int[byCode.size()];
        Integer[] order = new Integer[byCode.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> byCode.get(x).key().compareTo(byCode.get(y).key()));
        for (int i = 0; i < order.length; i++) {
            keyRank[order[i]] = i;
        }
        List<Long2IntOpenHashMap[]> parts = org.newstables.common.Chunks.map(entities.articles(), (from, to) -> {
            Long2IntOpenHashMap sentenceCounts = new Long2IntOpenHashMap();
            Long2IntOpenHashMap articleCounts = new Long2IntOpenHashMap();
            LongOpenHashSet inArticle = new LongOpenHashSet();
            IntArrayList es = new IntArrayList();
            IntArrayList ts = new IntArrayList();
            for (int a = from; a < to; a++) {
                inArticle.clear();
                int entityCount = entities.resolvedCount(a);
                int themeCount = themes.resolvedCount(a);
                int t = 0;
                for (int i = 0; i < entityCount;) {
                    int sentence = entities.sentence(a, i);
                    es.clear();
                    for (; i < entityCount && entities.sentence(a, i) == sentence; i++) {
                        int code = codes.code(entities.entry(a, i));
                        if (!es.contains(code)) {
                            es.add(code);
                        }
                    }
                    es.sort((x, y) -> Integer.compare(keyRank[x], keyRank[y]));
                    while (t < themeCount && themes.sentence(a, t) < sentence) {
                        t++;
                    }
                    ts.clear();
                    for (int k = t; k < themeCount && themes.sentence(a, k) == sentence; k++) {
                        int code = codes.code(themes.entry(a, k));
                        if (!ts.contains(code)) {
                            ts.add(code);
                        }
                    }
                    for (int x = 0; x < es.size(); x++) {
                        for (int y = 0; y < ts.size(); y++) {
                            count(pair(ENTITY_THEME, es.getInt(x), ts.getInt(y)), sentenceCounts, articleCounts, inArticle);
                        }
                        for (int y = x + 1; y < es.size(); y++) {
                            count(pair(ENTITY_ENTITY, es.getInt(x), es.getInt(y)), sentenceCounts, articleCounts, inArticle);
                        }
                    }
                }
            }
            return new Long2IntOpenHashMap[] {sentenceCounts, articleCounts};
        });
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String[]> labels = new HashMap<>();
        for (Long2IntOpenHashMap[] part : parts) {
            for (Long2IntMap.Entry e : part[0].long2IntEntrySet()) {
                long pair = e.getLongKey();
                String kind = (pair >>> 62) == ENTITY_THEME ? "entity-theme" : "entity-entity";
                Entry x = byCode.get((int) (pair >>> 31) & MASK);
                Entry y = byCode.get((int) pair & MASK);
                String key = kind + "\u0000" + x.key() + "\u0000" + y.key();
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                c[0] += e.getIntValue();
                c[1] += part[1].get(pair);
                labels.putIfAbsent(key, new String[] {kind, x.key(), x.label(), y.key(), y.label(), x.labelAr(), y.labelAr()});
            }
        }
        List<String> keys = Ranking.byFirstCount(counts);
        StringColumn kind = StringColumn.create("kind");
        StringColumn a = StringColumn.create(org.newstables.common.Columns.ENTITY);
        StringColumn aLabel = StringColumn.create("entity_label");
        StringColumn b = StringColumn.create(org.newstables.common.Columns.OTHER);
        StringColumn bLabel = StringColumn.create("other_label");
        StringColumn aLabelAr = StringColumn.create("entity_label_ar");
        StringColumn bLabelAr = StringColumn.create("other_label_ar");
        IntColumn sentences = IntColumn.create("sentences");
        IntColumn articles = IntColumn.create("articles");
        for (String k : keys) {
            String[] l = labels.get(k);
            kind.append(l[0]);
            a.append(l[1]);
            aLabel.append(l[2]);
            b.append(l[3]);
            bLabel.append(l[4]);
            aLabelAr.append(l[5]);
            bLabelAr.append(l[6]);
            sentences.append(counts.get(k)[0]);
            articles.append(counts.get(k)[1]);
        }
        return Table.create("cooccurrence", kind, a, aLabel, b, bLabel, sentences, articles, aLabelAr, bLabelAr);
    }

    private static final long ENTITY_THEME = 0;
    private static final long ENTITY_ENTITY = 1;
    private static final int MASK = Integer.MAX_VALUE;

    private static long pair(long kind, int x, int y) {
        return kind << 62 | (long) x << 31 | y;
    }

    private static void count(long pair, Long2IntOpenHashMap sentences, Long2IntOpenHashMap articles, LongOpenHashSet inArticle) {
        sentences.addTo(pair, 1);
        if (inArticle.add(pair)) {
            articles.addTo(pair, 1);
        }
    }
}

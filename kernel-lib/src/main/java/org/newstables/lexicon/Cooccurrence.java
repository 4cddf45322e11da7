package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Entities and themes named in the same sentence: entity × theme and entity × entity pairs, with
 * the number of sentences they share and of articles in which they do.
 */
public final class Cooccurrence {

    private Cooccurrence() {
    }

    /**
     * kind (entity-theme or entity-entity), a, a_label, b, b_label, sentences, articles, a_label_ar,
     * b_label_ar; most sentences first.
     */
    public static Table of(Mentions entities, Mentions themes) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String[]> labels = new HashMap<>();
        for (int a = 0; a < entities.articles(); a++) {
            Map<Integer, Set<Entry>> entityBySentence = bySentence(entities.article(a).resolved());
            Map<Integer, Set<Entry>> themeBySentence = bySentence(themes.article(a).resolved());
            Set<String> inArticle = new HashSet<>();
            for (Map.Entry<Integer, Set<Entry>> s : entityBySentence.entrySet()) {
                List<Entry> es = new ArrayList<>(s.getValue());
                es.sort((x, y) -> x.key().compareTo(y.key()));
                for (Entry e : es) {
                    for (Entry t : themeBySentence.getOrDefault(s.getKey(), Set.of())) {
                        count("entity-theme", e, t, counts, labels, inArticle);
                    }
                }
                for (int i = 0; i < es.size(); i++) {
                    for (int j = i + 1; j < es.size(); j++) {
                        count("entity-entity", es.get(i), es.get(j), counts, labels, inArticle);
                    }
                }
            }
        }
        List<String> keys = Ranking.byFirstCount(counts);
        StringColumn kind = StringColumn.create("kind");
        StringColumn a = StringColumn.create("a");
        StringColumn aLabel = StringColumn.create("a_label");
        StringColumn b = StringColumn.create("b");
        StringColumn bLabel = StringColumn.create("b_label");
        StringColumn aLabelAr = StringColumn.create("a_label_ar");
        StringColumn bLabelAr = StringColumn.create("b_label_ar");
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

    private static void count(String kind, Entry x, Entry y, Map<String, int[]> counts, Map<String, String[]> labels,
            Set<String> inArticle) {
        String key = kind + "\u0000" + x.key() + "\u0000" + y.key();
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        if (inArticle.add(key)) {
            c[1]++;
        }
        labels.putIfAbsent(key, new String[] {kind, x.key(), x.label(), y.key(), y.label(), x.labelAr(), y.labelAr()});
    }

    private static Map<Integer, Set<Entry>> bySentence(List<Resolver.Resolved> resolved) {
        Map<Integer, Set<Entry>> out = new TreeMap<>();
        for (Resolver.Resolved r : resolved) {
            out.computeIfAbsent(r.match().sentence(), k -> new java.util.LinkedHashSet<>()).add(r.entry());
        }
        return out;
    }
}

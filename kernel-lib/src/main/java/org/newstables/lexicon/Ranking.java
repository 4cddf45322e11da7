package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The order of ranked tables: the largest first count first; equal counts by key, so output never varies. */
final class Ranking {

    private Ranking() {
    }

    /** The keys of {@code counts}, by {@code counts.get(key)[0]} descending, then by key. */
    static List<String> byFirstCount(Map<String, int[]> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparingInt((String k) -> -counts.get(k)[0]).thenComparing(k -> k));
        return keys;
    }

    /**
     * Adds {@code counts} into {@code into}, key by key, element by element: the counts of a chunk of
     * articles into the corpus's, for a table counted in parallel chunks. A key new to {@code into}
     * is added after the ones it has.
     */
    static void add(Map<String, int[]> into, Map<String, int[]> counts) {
        counts.forEach((k, c) -> {
            int[] total = into.computeIfAbsent(k, x -> new int[c.length]);
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
        });
    }
}

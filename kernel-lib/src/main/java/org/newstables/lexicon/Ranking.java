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
}

package org.newstables.common;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.IntDictionaryMap;

/**
 * Builds Tablesaw string columns straight from codes: a column of many rows but few distinct
 * values (an article id, a term, an entity key) is a dictionary plus one int per row, which is
 * how Tablesaw stores it anyway. Appending row by row hashes every cell; this hashes each
 * distinct value once: for a column of 20 million rows about 0.2 s of CPU against 2–3 s, so
 * that terms() of 100,000 articles takes 2 s instead of 5 and mentions() 3 instead of 6 (one
 * benchmark run of each).
 *
 * <p>Hand-written against Tablesaw's {@link IntDictionaryMap.IntDictionaryBuilder} (public, the
 * one its own readers use) and two of its conventions that are not API: dictionary keys count up
 * from {@code Integer.MIN_VALUE + 1}, and the missing value has the key {@code Integer.MAX_VALUE}.
 * A Tablesaw upgrade that changes them must not corrupt tables silently, so {@code
 * StringColumnsTest} builds random columns both ways — here and by Tablesaw's own {@code append}
 * — and compares their values, missing values, counts, sorting and edits; the Tablesaw version is
 * pinned in the parent POM.
 */
public final class StringColumns {

    /** Tablesaw's dictionary keys count up from just above this value. */
    private static final int NO_KEY = Integer.MIN_VALUE;
    /** The key and value of Tablesaw's missing string. */
    private static final int MISSING_KEY = Integer.MAX_VALUE;
    private static final String MISSING = tech.tablesaw.columns.strings.StringColumnType.missingValueIndicator();

    private StringColumns() {
    }

    /**
     * A column whose row {@code r} is {@code dictionary[codes[r]]}. The dictionary may hold
     * duplicates and values no row uses; null and empty values are Tablesaw's missing value.
     */
    public static StringColumn of(String name, String[] dictionary, int[] codes) {
        return of(name, dictionary, codes, codes.length);
    }

    /** {@link #of(String, String[], int[])} over the first {@code rows} codes. */
    public static StringColumn of(String name, String[] dictionary, int[] codes, int rows) {
        int[] rowCounts = new int[dictionary.length];
        // Counted in parallel chunks of rows: these columns have tens of millions of rows for a large corpus.
        for (int[] part : org.newstables.common.Chunks.map(rows, (from, to) -> {
            int[] local = new int[dictionary.length];
            for (int r = from; r < to; r++) {
                local[codes[r]]++;
            }
            return local;
        })) {
            for (int c = 0; c < part.length; c++) {
                rowCounts[c] += part[c];
            }
        }
        Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>();
        valueToKey.defaultReturnValue(NO_KEY);
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>();
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap();
        keyToCount.defaultReturnValue(0);
        int[] keyOfCode = new int[dictionary.length];
        int next = NO_KEY;
        for (int c = 0; c < dictionary.length; c++) {
            if (rowCounts[c] == 0) {
                continue;
            }
            String value = dictionary[c] == null ? MISSING : dictionary[c];
            int key = valueToKey.getInt(value);
            if (key == NO_KEY) {
                // Tablesaw keeps its missing value under a key of its own, as append("") would.
                key = value.equals(MISSING) ? MISSING_KEY : ++next;
                valueToKey.put(value, key);
                keyToValue.put(key, value);
            }
            keyOfCode[c] = key;
            keyToCount.addTo(key, rowCounts[c]);
        }
        int[] values = new int[rows];
        org.newstables.common.Chunks.map(rows, (from, to) -> {
            for (int r = from; r < to; r++) {
                values[r] = keyOfCode[codes[r]];
            }
            return null;
        });
        IntDictionaryMap map = new IntDictionaryMap.IntDictionaryBuilder()
                .setNextIndex(next)
                .setKeyToValue(keyToValue)
                .setValueToKey(valueToKey)
                .setKeyToCount(keyToCount)
                .setValues(values)
                .build();
        return StringColumn.createInternal(name, map);
    }
}

package org.newstables.common;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.DictionaryMap;
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
 * one its own readers use). Where the keys start and which key the missing value has are not
 * Tablesaw's API, so they are not copied here: a probe column built by Tablesaw's own {@code
 * append} tells them when this class loads, and if a Tablesaw upgrade ever stores a column
 * otherwise (keys that do not count up by one, another dictionary type), every column is built
 * by {@code append} instead, slower but right. {@code StringColumnsTest} also builds random
 * columns both ways and compares their values, missing values, counts, sorting and edits.
 */
@Internal
public final class StringColumns {

    /** The key of the first value Tablesaw appends, the missing value's key, and whether keys count up by one. */
    private static final int FIRST_KEY;
    private static final int MISSING_KEY;
    private static final boolean DICTIONARY_AS_PROBED;
    private static final String MISSING = tech.tablesaw.columns.strings.StringColumnType.missingValueIndicator();

    static {
        StringColumn probe = StringColumn.create("probe");
        probe.append("a");
        probe.append("b");
        probe.appendMissing();
        probe.append("a");
        // A new column starts with a byte dictionary and is promoted (short, then int) as it grows:
        // the int dictionary this class fills is reached by Tablesaw's own promotion, which re-appends
        // the values. A promotion is to a dictionary only while at most half the rows are distinct
        // (else to a plain text column), hence the repeated "a". Without this the probe looked at a
        // byte dictionary, never matched, and every column was built by append (about a fifth of
        // the mentions step's CPU at 30,000 generated articles, async-profiler samples).
        for (int i = 0; i < 4; i++) {
            probe.append("a");
        }
        DictionaryMap dictionary = probe.getDictionary();
        for (int promotions = 0; promotions < 2 && !(dictionary instanceof IntDictionaryMap); promotions++) {
            dictionary = dictionary.promoteYourself();
        }
        // Another kind of dictionary (a plain text column has no keys to ask about) means append.
        boolean ints = dictionary instanceof IntDictionaryMap;
        FIRST_KEY = ints ? dictionary.getKeyForIndex(0) : 0;
        MISSING_KEY = ints ? dictionary.getKeyForIndex(2) : 0;
        DICTIONARY_AS_PROBED = ints
                && dictionary.getKeyForIndex(1) == FIRST_KEY + 1
                && dictionary.getKeyForIndex(3) == FIRST_KEY
                && dictionary.nextKeyWithoutIncrementing() == FIRST_KEY + 1
                && MISSING_KEY != FIRST_KEY && MISSING_KEY != FIRST_KEY + 1;
    }

    private StringColumns() {
    }

    /**
     * A column whose row {@code r} is {@code dictionary[codes[r]]}. The dictionary may hold
     * duplicates and values no row uses; null and empty values are Tablesaw's missing value.
     */
    public static StringColumn of(String name, String[] dictionary, int[] codes) {
        return of(name, dictionary, codes, codes.length);
    }

    /**
     * {@link #of(String, String[], int[])} over the first {@code rows} codes.
     *
     * @throws IllegalArgumentException when {@code rows} is negative or more than {@code codes} holds
     */
    public static StringColumn of(String name, String[] dictionary, int[] codes, int rows) {
        if (rows < 0 || rows > codes.length) {
            // Checked here: the dictionary's list is sized to rows without a check of its own.
            throw new IllegalArgumentException("column " + name + ": " + rows + " rows asked of " + codes.length + " codes");
        }
        if (!DICTIONARY_AS_PROBED) {
            StringColumn column = StringColumn.create(name);
            for (int r = 0; r < rows; r++) {
                column.append(dictionary[codes[r]] == null ? MISSING : dictionary[codes[r]]);
            }
            return column;
        }
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
        // No key of Tablesaw's: FIRST_KEY - 1 is the 'last key used' of an empty dictionary.
        valueToKey.defaultReturnValue(FIRST_KEY - 1);
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>();
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap();
        keyToCount.defaultReturnValue(0);
        int[] keyOfCode = new int[dictionary.length];
        int next = FIRST_KEY - 1;
        for (int c = 0; c < dictionary.length; c++) {
            if (rowCounts[c] == 0) {
                continue;
            }
            String value = dictionary[c] == null ? MISSING : dictionary[c];
            int key = valueToKey.getInt(value);
            if (key == FIRST_KEY - 1) {
                // Tablesaw keeps its missing value under a key of its own, as append("") would.
                key = value.equals(MISSING) ? MISSING_KEY : ++next;
                valueToKey.put(value, key);
                keyToValue.put(key, value);
            }
            keyOfCode[c] = key;
            keyToCount.addTo(key, rowCounts[c]);
        }
        // The builder's setValues copies its array: filled before, a column of 22 million rows took
        // two arrays of 88 MB, the second a copy. Given none, the dictionary's own list is sized
        // here and its array filled in place (JFR: 17 of the 78 allocations of half a G1 region or
        // more in the four analysis steps at 100,000 articles, 485 of their 2,111 MB, were that copy).
        IntDictionaryMap map = new IntDictionaryMap.IntDictionaryBuilder()
                .setNextIndex(next)
                .setKeyToValue(keyToValue)
                .setValueToKey(valueToKey)
                .setKeyToCount(keyToCount)
                .setValues(new int[0])
                .build();
        IntArrayList list = map.values();
        list.size(rows);
        int[] values = list.elements();
        org.newstables.common.Chunks.map(rows, (from, to) -> {
            for (int r = from; r < to; r++) {
                values[r] = keyOfCode[codes[r]];
            }
            return null;
        });
        return StringColumn.createInternal(name, map);
    }
}

package org.newstables.common;

import java.util.Arrays;

/**
 * An immutable array of ints held in two bytes a value when every value lies between -1 and
 * 65,534 (token and character offsets, counts and small ids of one article almost always do), in
 * four otherwise. A corpus keeps millions of such per-article arrays (mentions, term counts), and
 * this halves most of them.
 *
 * <p>Hand-written: Lucene 9's {@code PackedInts} holds 16-bit values packed in longs, a shift and
 * a mask per read, and has no -1; fastutil and the JDK have no array that picks its width.
 */
@Internal
public final class CompactInts {

    /** Value + 1 per element, when all fit; else null. */
    private final char[] small;
    /** The values, when some do not fit in {@link #small}; else null. */
    private final int[] ints;

    private CompactInts(char[] small, int[] ints) {
        this.small = small;
        this.ints = ints;
    }

    /** The first {@code size} values of {@code values} (copied: the array is not kept). */
    public static CompactInts of(int[] values, int size) {
        boolean fits = true;
        for (int i = 0; i < size && fits; i++) {
            fits = values[i] >= -1 && values[i] < Character.MAX_VALUE;
        }
        if (!fits) {
            return new CompactInts(null, Arrays.copyOf(values, size));
        }
        char[] small = new char[size];
        for (int i = 0; i < size; i++) {
            small[i] = (char) (values[i] + 1);
        }
        return new CompactInts(small, null);
    }

    /** All of {@code values} (copied). */
    public static CompactInts of(int[] values) {
        return of(values, values.length);
    }

    /**
     * The value at {@code i}.
     *
     * @throws ArrayIndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
     */
    public int get(int i) {
        char[] s = small;
        return s != null ? s[i] - 1 : ints[i];
    }

    /** How many values. */
    public int size() {
        return small != null ? small.length : ints.length;
    }

    /** A new int array of the values. */
    public int[] toArray() {
        if (ints != null) {
            return ints.clone();
        }
        int[] out = new int[small.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = small[i] - 1;
        }
        return out;
    }

    /** Whether the values are held in two bytes each. */
    public boolean isSmall() {
        return small != null;
    }
}

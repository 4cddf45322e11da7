package org.newstables.common;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;

/**
 * Tablesaw number columns over arrays the caller fills and then lets go of, without a copy.
 * Tablesaw's {@code IntColumn.create(name, int...)} and {@code DoubleColumn.create(name, double...)}
 * copy their array: for {@code terms()} of 100,000 articles five copies of 22 million values (88–176
 * MB each), one after the other on one thread while the others idle, and each copy needing room for
 * a second array. The columns' constructors, which take fastutil's lists as the column's own storage,
 * are protected — for subclasses — and a fastutil list can wrap an array as it is; the small
 * subclasses here do only that. Everything else is Tablesaw's own: {@code copy()}, {@code emptyCopy()},
 * filtering and sorting make plain {@code IntColumn}s and {@code DoubleColumn}s, and the column's
 * type is Tablesaw's {@code INTEGER} or {@code DOUBLE}. {@code NumberColumnsTest} compares such
 * columns with Tablesaw's copies.
 */
@Internal
public final class NumberColumns {

    private NumberColumns() {
    }

    /**
     * An {@link IntColumn} whose storage is {@code values} itself: the caller must not change the array
     * afterwards. {@link Integer#MIN_VALUE} is Tablesaw's missing value, as in {@code IntColumn.create}.
     */
    public static IntColumn ints(String name, int[] values) {
        return new WrappedInts(name, IntArrayList.wrap(values));
    }

    /**
     * A {@link DoubleColumn} whose storage is {@code values} itself: the caller must not change the array
     * afterwards. {@code NaN} is Tablesaw's missing value, as in {@code DoubleColumn.create}.
     */
    public static DoubleColumn doubles(String name, double[] values) {
        return new WrappedDoubles(name, DoubleArrayList.wrap(values));
    }

    private static final class WrappedInts extends IntColumn {
        WrappedInts(String name, IntArrayList values) {
            super(name, values);
        }
    }

    private static final class WrappedDoubles extends DoubleColumn {
        WrappedDoubles(String name, DoubleArrayList values) {
            super(name, values);
        }
    }
}

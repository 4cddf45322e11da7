package org.newstables.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class NumberColumnsTest {

    @Test
    void wrappedColumnsBehaveAsTablesawsCopies() {
        Random random = new Random(20);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(200);
            int[] ints = new int[n];
            double[] doubles = new double[n];
            for (int i = 0; i < n; i++) {
                ints[i] = random.nextInt(10) == 0 ? Integer.MIN_VALUE : random.nextInt(1000) - 500;
                doubles[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextGaussian();
            }
            IntColumn tablesawInts = IntColumn.create("i", ints.clone());
            DoubleColumn tablesawDoubles = DoubleColumn.create("d", doubles.clone());
            IntColumn wrappedInts = NumberColumns.ints("i", ints.clone());
            DoubleColumn wrappedDoubles = NumberColumns.doubles("d", doubles.clone());

            assertEquals(tablesawInts.type(), wrappedInts.type());
            assertEquals(tablesawDoubles.type(), wrappedDoubles.type());
            assertEquals(tablesawInts.countMissing(), wrappedInts.countMissing());
            assertEquals(tablesawDoubles.countMissing(), wrappedDoubles.countMissing());
            assertArrayEquals(tablesawInts.asIntArray(), wrappedInts.asIntArray());
            assertArrayEquals(tablesawDoubles.asDoubleArray(), wrappedDoubles.asDoubleArray());
            assertEquals(tablesawInts.sum(), wrappedInts.sum(), 1e-9);
            assertEquals(tablesawDoubles.sum(), wrappedDoubles.sum(), 1e-9);

            Table tablesaw = Table.create("t", tablesawInts, tablesawDoubles);
            Table wrapped = Table.create("t", wrappedInts, wrappedDoubles);
            assertEquals(tablesaw.printAll(), wrapped.printAll());
            assertEquals(tablesaw.sortAscendingOn("i", "d").printAll(), wrapped.sortAscendingOn("i", "d").printAll());
            assertEquals(tablesaw.where(tablesawInts.isGreaterThan(0)).printAll(),
                    wrapped.where(wrappedInts.isGreaterThan(0)).printAll());

            // Copies are Tablesaw's own columns, apart from the wrapped array.
            IntColumn copy = wrappedInts.copy();
            assertSame(IntColumn.class, copy.getClass());
            assertSame(DoubleColumn.class, wrappedDoubles.copy().getClass());
            if (n > 0) {
                copy.set(0, 12345);
                assertEquals(tablesawInts.get(0), wrappedInts.get(0));
            }
            // Appending grows the column past the wrapped array.
            wrappedInts.append(7);
            wrappedDoubles.append(0.5);
            assertEquals(n + 1, wrappedInts.size());
            assertEquals(7, wrappedInts.getInt(n));
            assertEquals(0.5, wrappedDoubles.getDouble(n));
        }
    }

    @Test
    void theColumnIsTheArrayItself() {
        int[] values = {1, 2, 3};
        IntColumn column = NumberColumns.ints("i", values);
        column.set(1, 20);
        assertEquals(20, values[1]);
        assertTrue(column instanceof IntColumn);
    }
}

package org.newstables.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CompactIntsTest {

    @Test
    void valuesFromMinusOneTo65534AreHeldInTwoBytes() {
        int[] values = {-1, 0, 1, 65_533, 65_534, 7};
        CompactInts c = CompactInts.of(values);
        assertTrue(c.isSmall());
        assertEquals(6, c.size());
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], c.get(i));
        }
        assertArrayEquals(values, c.toArray());
    }

    @Test
    void oneValueOutsideTheRangeKeepsThemAllAsInts() {
        for (int outside : new int[] {65_535, -2, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            int[] values = {0, -1, outside, 3};
            CompactInts c = CompactInts.of(values);
            assertFalse(c.isSmall(), "with " + outside);
            assertArrayEquals(values, c.toArray());
            assertEquals(outside, c.get(2));
        }
    }

    @Test
    void onlyTheFirstValuesAreTakenAndTheArrayIsCopied() {
        int[] values = {5, 6, 70_000};
        CompactInts c = CompactInts.of(values, 2);
        assertTrue(c.isSmall());
        values[0] = 9;
        assertArrayEquals(new int[] {5, 6}, c.toArray());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> c.get(2));
        assertEquals(0, CompactInts.of(new int[0]).size());
    }

    @Property(tries = 300)
    void everyValueReadsBackAsStored(@ForAll int[] values, @ForAll @IntRange(min = -1, max = 65_534) int small) {
        int[] withSmall = java.util.Arrays.copyOf(values, values.length + 1);
        withSmall[values.length] = small;
        CompactInts c = CompactInts.of(withSmall);
        for (int i = 0; i < withSmall.length; i++) {
            assertEquals(withSmall[i], c.get(i));
        }
        assertEquals(withSmall.length, c.size());
        assertArrayEquals(withSmall, c.toArray());
    }
}

package org.newstables;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.common.StringColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** String columns built from codes behave as Tablesaw's own: values, missing values, counts, edits. */
class StringColumnsTest {

    @Test
    void rowsAreTheDictionaryValuesOfTheirCodes() {
        String[] dictionary = {"الصين", "Kazakhstan", "الصين", null, "unused"};
        StringColumn c = StringColumns.of("name", dictionary, new int[] {0, 1, 2, 3, 0, 1});
        assertEquals(List.of("الصين", "Kazakhstan", "الصين", "", "الصين", "Kazakhstan"), c.asList());
        assertEquals(3, c.countUnique(), "duplicates share one value, unused ones are left out");
        assertTrue(c.isMissing(3));
        assertEquals(1, c.countMissing());
        assertEquals(3, c.isEqualTo("الصين").size());
    }

    @Test
    void theColumnCanBeEditedSortedAndJoinedLikeAnyOther() {
        StringColumn c = StringColumns.of("name", new String[] {"b", "a"}, new int[] {0, 1, 0}, 3);
        c.append("c");
        c.set(0, "a");
        StringColumn sorted = c.copy();
        sorted.sortAscending();
        assertEquals(List.of("a", "a", "b", "c"), sorted.asList());
        Table t = Table.create("t", c);
        assertEquals(2, t.where(t.stringColumn("name").isEqualTo("a")).rowCount());
        StringColumn unique = c.unique();
        unique.sortAscending();
        assertEquals(List.of("a", "b", "c"), unique.asList());
    }

    /**
     * The columns are filled from codes, not appended: the probe of Tablesaw's conventions once
     * looked at the byte dictionary a new column starts with, never matched, and so silently
     * built every column by append, several times slower. Appending three values would give a
     * byte dictionary; filling gives an int one. If a Tablesaw upgrade changes its conventions,
     * this fails to say that the slow path is now taken.
     */
    @Test
    void smallColumnsAreFilledFromCodes() {
        StringColumn c = StringColumns.of("name", new String[] {"b", "a", null}, new int[] {0, 1, 2, 0});
        assertTrue(c.getDictionary() instanceof tech.tablesaw.columns.strings.IntDictionaryMap, c.getDictionary().getClass().getName());
        assertEquals(List.of("b", "a", "", "b"), c.asList());
    }

    /**
     * The fast path fills Tablesaw's dictionary with two conventions that are not its API (where
     * keys start, the missing value's key). Random columns built here and by Tablesaw's own append
     * must agree in every respect a table uses, so that a Tablesaw upgrade that changes them fails
     * here instead of corrupting tables.
     */
    @Test
    void randomColumnsAreTheSameAsTablesawBuildsByAppending() {
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 20; round++) {
            int distinct = 1 + random.nextInt(round < 10 ? 20 : 70_000);
            String[] dictionary = new String[distinct];
            for (int i = 0; i < distinct; i++) {
                int kind = random.nextInt(10);
                dictionary[i] = kind == 0 ? null : kind == 1 ? "" : "v" + random.nextInt(distinct * 2);
            }
            int rows = random.nextInt(200_000);
            int[] codes = new int[rows];
            for (int r = 0; r < rows; r++) {
                codes[r] = random.nextInt(distinct);
            }
            StringColumn fast = StringColumns.of("c", dictionary, codes);
            StringColumn slow = StringColumn.create("c");
            for (int code : codes) {
                slow.append(dictionary[code]);
            }
            assertEquals(slow.asList(), fast.asList(), "values, round " + round);
            assertEquals(slow.countMissing(), fast.countMissing(), "missing, round " + round);
            assertEquals(slow.countUnique(), fast.countUnique(), "unique, round " + round);
            // The same counts; the order of a dictionary's categories is Tablesaw's hash order, not part of a table.
            assertEquals(counts(slow), counts(fast), "counts, round " + round);
            StringColumn a = slow.copy();
            StringColumn b = fast.copy();
            a.sortDescending();
            b.sortDescending();
            assertEquals(a.asList(), b.asList(), "sorted, round " + round);
            a.append("new value");
            b.append("new value");
            a.set(0, "changed");
            b.set(0, "changed");
            assertEquals(a.asList(), b.asList(), "edited, round " + round);
            assertEquals(a.unique().size(), b.unique().size(), "unique after edits, round " + round);
        }
    }

    private static java.util.Map<String, Integer> counts(StringColumn c) {
        Table t = c.countByCategory();
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            out.put(t.stringColumn(0).get(i), t.intColumn(1).get(i));
        }
        return out;
    }

    @Test
    void aRowCountOutsideTheCodesIsRefused() {
        String[] dictionary = {"x"};
        int[] codes = {0, 0};
        assertEquals(0, StringColumns.of("c", dictionary, codes, 0).size());
        assertThrows(IllegalArgumentException.class, () -> StringColumns.of("c", dictionary, codes, -1));
        assertThrows(IllegalArgumentException.class, () -> StringColumns.of("c", dictionary, codes, 3));
    }
}

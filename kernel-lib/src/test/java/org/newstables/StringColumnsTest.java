package org.newstables;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.common.StringColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}

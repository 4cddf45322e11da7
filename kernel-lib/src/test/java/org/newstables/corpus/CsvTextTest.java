package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Table;

/** Reading CSV text: cells of any length, and the limit that catches a quote left open. */
class CsvTextTest {

    @Test
    void longCellsAreReadWhole() {
        String text = "قال الرئيس إن البلدين جاران. ".repeat(5_000);
        Table table = CsvText.read("id,text\n1,\"" + text + "\"\n2,قصير\n", "long.csv");
        assertEquals(2, table.rowCount());
        assertEquals(text, table.stringColumn("text").get(0));
        assertEquals("قصير", table.stringColumn("text").get(1));
    }

    @Test
    void aQuoteLeftOpenIsCaughtByTheCellLimit() {
        // The open quote in row 1 takes in rows 2 and 3: one row is read, its text three rows long.
        Table table = CsvText.read("id,text\n1,\"نص الخبر الأول\n2,نص الخبر الثاني\n3,نص الخبر الثالث\n", "open.csv");
        assertEquals(1, table.rowCount());
        NewsTablesException e = assertThrows(NewsTablesException.class,
                () -> CsvText.checkCellLengths(table, "open.csv", 30));
        assertEquals("open.csv could not be read as CSV: row number 1 has a cell of "
                + table.stringColumn("text").get(0).length() + " characters in column 'text', more than 30."
                + " Check that quotes are balanced: a quote left open takes in the rows after it.", e.getMessage());
        Table balanced = CsvText.read("id,text\n1,\"نص الخبر الأول\"\n2,نص الخبر الثاني\n", "balanced.csv");
        assertDoesNotThrow(() -> CsvText.checkCellLengths(balanced, "balanced.csv", 30));
    }
}

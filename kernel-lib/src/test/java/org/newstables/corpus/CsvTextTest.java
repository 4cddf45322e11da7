package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newstables.common.NewsTablesException;

/** Reading CSV text: cells of any length, and the checks that catch a quote left open. */
class CsvTextTest {

    @Test
    void longCellsAreReadWhole() {
        String text = "قال الرئيس إن البلدين جاران. ".repeat(5_000);
        CsvText.Parsed table = CsvText.read("id,text\n1,\"" + text + "\"\n2,قصير\n", "long.csv");
        assertEquals(2, table.rows().size());
        assertEquals(text, table.rows().get(0)[1]);
        assertEquals("قصير", table.rows().get(1)[1]);
    }

    @Test
    void aQuoteLeftOpenIsStoppedByTheCellLimit() {
        // The open quote in row 1 would take in rows 2 and 3; past the limit (30 here, 50 million in
        // use) the parser stops and the file is refused, naming the row and column where the cell begins.
        String open = "id,text\n1,\"نص الخبر الأول\n2,نص الخبر الثاني\n3,نص الخبر الثالث\n";
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> CsvText.read(open, "open.csv", ',', 30));
        assertEquals("open.csv could not be read as CSV: row number 1 has a cell, in its column 'text', that runs past 30 characters."
                + " Check that quotes are balanced: a quote left open takes in the rows after it.", e.getMessage());
        // A longer text whose cells are all within the limit is read, as is one exactly at it.
        String balanced = "id,text\n1,\"نص الخبر الأول\"\n2,نص الخبر الثاني\n3,نص الخبر الثالث\n";
        assertEquals(3, CsvText.read(balanced, "balanced.csv", ',', 30).rows().size());
        String thirty = "ن".repeat(30);
        assertEquals(thirty, CsvText.read("id,text\n1," + thirty + "\n", "at.csv", ',', 30).rows().get(0)[1]);
        assertThrows(NewsTablesException.class, () -> CsvText.read("id,text\n1," + thirty + "ن\n", "past.csv", ',', 30));
        NewsTablesException header = assertThrows(NewsTablesException.class,
                () -> CsvText.read("id,\"text\n1,نص الخبر الأول\n2,نص الخبر الثاني\n", "header.csv", ',', 30));
        assertTrue(header.getMessage().startsWith("header.csv could not be read as CSV: the header row has a cell, in column 2,"
                + " that runs past 30 characters."), header.getMessage());
        // Rows are numbered as the articles are, the blank line and the lone "" before not counted.
        NewsTablesException blank = assertThrows(NewsTablesException.class,
                () -> CsvText.read("id,text\n1,أ\n\n\"\"\n2,\"نص الخبر الثاني\n3,نص الخبر الثالث\n4,ن\n", "blank.csv", ',', 30));
        assertTrue(blank.getMessage().startsWith("blank.csv could not be read as CSV: row number 2 has a cell, in its column 'text',"),
                blank.getMessage());
    }

    @Test
    void aQuoteLeftOpenToTheEndOfTheFileIsRefused() {
        // Within the cell limit the open quote in row 1 takes in rows 2 and 3, which univocity gives as
        // one row of two cells: the file is refused rather than read as one article.
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> CsvText.read(
                "id,text\n1,\"نص الخبر الأول\n2,نص الخبر الثاني\n3,نص الخبر الثالث\n", "open.csv"));
        assertEquals("open.csv could not be read as CSV: row number 1 opens a quote in its column 'text' that is never"
                + " closed, so that cell would take in the 2 lines after it to the end of the file. Close the quote, or"
                + " write a quote inside a cell as two (\"\").", e.getMessage());
        // The same in the last of several rows, in the first column, with Windows line ends, after a
        // comment line and a blank one, and with semicolons.
        NewsTablesException last = assertThrows(NewsTablesException.class, () -> CsvText.read(
                "id;text\r\n1;\"أول\r\nسطر\"\r\n# تعليق\r\n\r\n \"2;ثان\r\n3;ثالث", "last.csv", ';'));
        assertTrue(last.getMessage().startsWith("last.csv could not be read as CSV: row number 2 opens a quote in its"
                + " column 'id' that is never closed, so that cell would take in the 1 line after it"), last.getMessage());
        // Closed quotes across lines, doubled quotes, a quote inside an unquoted cell and an open
        // quote in the last line (which takes in nothing) are read as before.
        assertEquals(3, CsvText.read("id,text\n1,\"سطر\nوسطر \"\"مقتبس\"\"\"\n2,قال \"نعم\n3,\"أخير\n", "ok.csv")
                .rows().size());
        CsvText.Parsed tail = CsvText.read("id,text\n1,\"قال \"\"نعم\"\"\nثم مضى\"\n2,\"سطر\n", "tail.csv");
        assertEquals("قال \"نعم\"\nثم مضى", tail.rows().get(0)[1]);
        assertEquals("سطر", tail.rows().get(1)[1].strip());
        assertEquals("سطر\nآخر", CsvText.read("id,text\n1,\"سطر\nآخر\"\n", "closed.csv").rows().get(0)[1]);
    }

    @Test
    void aQuoteLeftOpenThatALaterQuoteClosesIsReported() {
        // The quote opened in row 1 is closed by row 3's opening quote: univocity reads rows 1 to 3 as
        // one row of the right width. The row is read as before and reported, naming its column.
        String text = "id,date,text\n1,2020-01-02,\"نص أول\n2,2020-01-03,نص ثان\n3,2020-01-04,\"نص ثالث\"\n4,2020-01-05,رابع\n";
        java.util.List<String> odd = new java.util.ArrayList<>();
        java.util.List<String> order = new java.util.ArrayList<>();
        CsvText.read(text, "mid.csv", ',', CsvText.MAX_CELL_CHARS, names -> {
        }, row -> order.add("row " + row[0]), (why, row) -> {
            odd.add(why);
            order.add("odd at " + row);
        });
        assertEquals(java.util.List.of("odd at 1", "row 1", "row 4"), order);
        assertEquals("its column 'text' opens a quote that closes 2 lines further on before other characters («نص ثالث\"»),"
                + " as a quote left open does: if it was one, the rows on those lines were read into this cell. Check"
                + " the quotes of this row; write a quote inside a cell as two (\"\").", odd.get(0));
        // Quoted cells across lines whose quotes inside are doubled, a quote not doubled in a cell of
        // one line, and a quote inside an unquoted cell are not reported.
        java.util.List<String> none = new java.util.ArrayList<>();
        CsvText.read("id,text\n1,\"قال \"\"نعم\"\"\nثم مضى\"\n2,\"قال \"لا\" ومضى\"\n3,هو \"هنا\n4,\"سطر\nوسطر\"\n", "ok.csv",
                ',', CsvText.MAX_CELL_CHARS, names -> {
                }, row -> {
                }, (why, row) -> none.add(why));
        assertEquals(java.util.List.of(), none);
    }

    @Test
    void quotesAreScannedAsUnivocityReadsThem() {
        // Tabs: the separator is not white space, so a closed cell before a tab is right and the
        // column is counted.
        assertEquals(java.util.List.of(), odd("id\ttext\tsrc\n1\t\"متعدد \"\"ق\"\"\nسطر\"\tمصدر\n2\tنص\tآخر\n", '\t'));
        NewsTablesException tab = assertThrows(NewsTablesException.class,
                () -> CsvText.read("id\ttext\tsrc\n1\tنص\t\"مفتوح\n2\tنص\tآخر\n3\tص\tع\n", "tab.tsv", '\t'));
        assertTrue(tab.getMessage().contains("row number 1 opens a quote in its column 'src'"), tab.getMessage());
        // A quote that closes before other characters on its own line ("yes" vote) is read on to the
        // separator; a quote left open after it is still found, never closed (refused) or closed by
        // a later quote (reported).
        NewsTablesException hidden = assertThrows(NewsTablesException.class, () -> CsvText.read(
                "id,title,text\n1,t,a\n2,\"نعم\" للاتفاق,\"مفتوح\n3,t,صف ضائع\n", "hidden.csv"));
        assertTrue(hidden.getMessage().contains("row number 2 opens a quote in its column 'text'"), hidden.getMessage());
        java.util.List<String> later = odd("id,title,text\n1,\"نعم\" للاتفاق,\"مفتوح\n2,t,صف ضائع\n3,t,قال \"مرحبا\" هنا\n4,t,تم\n", ',');
        assertEquals(1, later.size());
        assertTrue(later.get(0).startsWith("its column 'text' opens a quote that closes 2 lines further on"), later.get(0));
        // White space is every character up to U+0020, form feed too, around a quoted cell.
        assertEquals(java.util.List.of(), odd("id,text,src\n1,\"أ \"\"ق\"\"\nب\"\f,س\n2,ص,ع\n", ','));
        NewsTablesException feed = assertThrows(NewsTablesException.class,
                () -> CsvText.read("id,text,src\n1,س,\f\"مفتوح\n2,ضائع,ع\n", "feed.csv"));
        assertTrue(feed.getMessage().contains("column 'src'"), feed.getMessage());
        // A '#' after white space begins a value, not a comment.
        NewsTablesException hash = assertThrows(NewsTablesException.class,
                () -> CsvText.read("id,text\n  #1,\"مفتوح\n2,س\n", "hash.csv"));
        assertTrue(hash.getMessage().contains("row number 1 opens a quote in its column 'text'"), hash.getMessage());
        // Only the line separator univocity detected ends an unquoted value or a comment: a lone "\r"
        // in a file of "\n" lines, or a lone "\n" in one of "\r\n" lines, is part of it.
        for (String text : new String[] {"id,title,text\n1,أ\rب,\"مفتوح\n2,ع,س\n3,ع,ص\n",
                "id,title,text\r\n1,أ\nب,\"مفتوح\r\n2,ع,س\r\n", "id,title,text\r1,أ\nب,\"مفتوح\r2,ع,س\r"}) {
            NewsTablesException lone = assertThrows(NewsTablesException.class, () -> CsvText.read(text, "lone.csv"));
            assertTrue(lone.getMessage().contains("row number 1 opens a quote in its column 'text'"), lone.getMessage());
        }
        assertEquals(2, CsvText.read("id,text\n1,أ\n#تعليق\r\"س\n2,ب\n", "comment.csv").rows().size());
        assertEquals(java.util.List.of(), odd("id,text\r\n#تعليق\n\"س\r\n1,\"أ \"\"ق\"\"\r\nب\"\r\n", ','));
        // Rows are numbered as the articles are: a blank line, or a lone "", is not a row.
        NewsTablesException blank = assertThrows(NewsTablesException.class,
                () -> CsvText.read("id,text\n1,أ\n\"\"\n\n2,ب\n3,\"مفتوح\nتابع\n", "blank.csv"));
        assertTrue(blank.getMessage().contains("row number 3 opens"), blank.getMessage());
    }

    @Test
    void theSeparatorIsDetectedFromTheHeaderRowPastCommentsAndBlankLines() {
        assertEquals(';', CsvText.detectDelimiter("# تصدير, أداة\nid;text\n1;نص, وفاصلة\n"));
        assertEquals(';', CsvText.detectDelimiter("\n  \r\n#,,\nid;text\n"));
        assertEquals('\t', CsvText.detectDelimiter("#a,b\r\nid\ttext\tsrc\n"));
        // A '#' after white space begins the header, as it begins a value for the parser.
        assertEquals(',', CsvText.detectDelimiter(" #id,text;x\n"));
        assertEquals(',', CsvText.detectDelimiter("id,text\n1;2;3\n"));
    }

    /** What {@link CsvText#read} says of the quotes of {@code text}'s rows. */
    private static java.util.List<String> odd(String text, char separator) {
        java.util.List<String> odd = new java.util.ArrayList<>();
        CsvText.read(text, "odd.csv", separator, CsvText.MAX_CELL_CHARS, names -> {
        }, row -> {
        }, (why, row) -> odd.add(why));
        return odd;
    }

    @Test
    void aQuoteLeftOpenInTheHeaderIsRefused() {
        NewsTablesException e = assertThrows(NewsTablesException.class,
                () -> CsvText.read("id,\"text\n1,نص الخبر الأول\n2,نص الخبر الثاني\n", "header.csv"));
        assertEquals("header.csv could not be read as CSV: the name of column 2 in the header row runs over 3 lines"
                + " (text 1,نص الخبر الأول 2,نص الخبر الثاني). Check the header row's quotes: a quote left open"
                + " takes in the rows after it.", e.getMessage());
    }

    @Test
    void messagesShowLongColumnNamesShortened() {
        // Semicolons read as commas' cells: the header is one name of 3,000 characters, and no text column.
        String name = "عمود;".repeat(600);
        NewsTablesException e = assertThrows(NewsTablesException.class,
                () -> TableRows.textColumn("wide.csv", java.util.List.of(name), null));
        assertEquals("wide.csv has no text column: none of its columns (" + name.substring(0, 60) + "… (3000 characters))"
                + " is called text, body or content. Rename the column that holds the article text, or name it:"
                + " Corpus.loader().textColumn(\"...\").load(path).", e.getMessage());
        java.util.List<String> many = java.util.stream.IntStream.range(0, 45).mapToObj(i -> "c" + i).toList();
        String listed = TableRows.list(many);
        assertTrue(listed.startsWith("c0, c1, ") && listed.endsWith("c28, c29 and 15 more"), listed);
    }
}

package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * CsvText reads CSV as Tablesaw's reader did before it (the reader it replaced, commit 0161402 and
 * earlier): the same names and cells, and an error where Tablesaw gave one, on random texts made of
 * the characters CSV turns on. It refuses two things Tablesaw read: a column name across lines and
 * a quote left open to the end of the text that took in lines.
 */
class CsvTextTablesawTest {

    /** What Tablesaw read, with the options CsvText gave it, as names and rows; null when it threw. */
    private static List<List<String>> tablesaw(String text, char separator) {
        CsvReadOptions options = CsvReadOptions.builder(new StringReader(text))
                .separator(separator)
                .header(true)
                .columnTypes(name -> ColumnType.STRING)
                .maxCharsPerColumn(-1)
                .maxNumberOfColumns(10_000)
                .missingValueIndicator("\u0000")
                .build();
        Table table;
        try {
            table = Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        out.add(table.columnNames());
        for (Row row : table) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                values.add(row.getString(c));
            }
            out.add(values);
        }
        return out;
    }

    private static List<List<String>> ours(String text, char separator) {
        CsvText.Parsed parsed = CsvText.read(text, "random.csv", separator);
        List<List<String>> out = new ArrayList<>();
        out.add(parsed.names());
        for (String[] row : parsed.rows()) {
            out.add(Arrays.asList(row));
        }
        return out;
    }

    @Test
    void readsRandomTextsAsTablesawDid() {
        String[] pieces = {",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", " ", "  ", "#", "نص", "الخبر", "a", "b1",
                "\u00A0", "N/A", "NaN", "null", ""};
        Random random = new Random(20);
        int compared = 0;
        int refused = 0;
        int open = 0;
        for (int n = 0; n < 2_000; n++) {
            char separator = random.nextInt(4) == 0 ? ';' : ',';
            StringBuilder text = new StringBuilder();
            // Mostly a header and rows of the same width, so that many texts are read; pieces between.
            int columns = 1 + random.nextInt(4);
            int lines = random.nextInt(5);
            for (int line = 0; line <= lines; line++) {
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        text.append(separator);
                    }
                    for (int k = random.nextInt(3); k > 0; k--) {
                        text.append(pieces[random.nextInt(pieces.length)]);
                    }
                }
                text.append(random.nextBoolean() ? "\n" : pieces[random.nextInt(pieces.length)]);
            }
            String csv = text.toString();
            List<List<String>> expected = tablesaw(csv, separator);
            if (expected != null && !distinctEmptyNames(csv, separator)) {
                continue;
            }
            if (expected == null) {
                assertThrows(NewsTablesException.class, () -> ours(csv, separator), csv);
                refused++;
            } else if (expected.get(0).stream().anyMatch(name -> name.contains("\n") || name.contains("\r"))) {
                // A name across lines: Tablesaw read it, CsvText refuses it (an open quote in the header).
                assertThrows(NewsTablesException.class, () -> ours(csv, separator), csv);
            } else if (leftOpen(csv, separator)) {
                // Tablesaw read it, CsvText refuses a quote left open to the end that took in lines:
                // in Tablesaw's reading the last row has a cell with words after a line break.
                List<String> last = expected.get(expected.size() - 1);
                assertTrue(expected.size() > 1 && last.stream().anyMatch(
                        cell -> cell != null && TAKEN_IN.matcher(cell).find()), csv);
                open++;
            } else {
                assertEquals(expected, ours(csv, separator), csv);
                compared++;
            }
        }
        // Each kind of outcome happens, many times.
        assertTrue(compared > 700, "compared " + compared);
        assertTrue(refused > 500, "refused " + refused);
        assertTrue(open > 10, "left open " + open);
    }

    /** A line break with more than white space after it. */
    private static final java.util.regex.Pattern TAKEN_IN = java.util.regex.Pattern.compile("[\r\n]\\s*\\S");

    /** Whether CsvText refuses {@code csv} for a quote never closed. */
    private static boolean leftOpen(String csv, char separator) {
        try {
            CsvText.read(csv, "random.csv", separator);
            return false;
        } catch (NewsTablesException e) {
            return e.getMessage().contains("that is never closed");
        }
    }

    /**
     * Whether no two header cells are blank (quoted white space): Tablesaw names them Column 1,
     * Column 2 but fills both with the first one's cells (it finds a column's cells by its header
     * cell), which CsvText does not copy.
     */
    private static boolean distinctEmptyNames(String csv, char separator) {
        CsvText.Parsed parsed;
        try {
            parsed = CsvText.read(csv, "random.csv", separator);
        } catch (NewsTablesException e) {
            return true;
        }
        return parsed.names().stream().filter(name -> name.startsWith("Column ")).count() < 2;
    }
}

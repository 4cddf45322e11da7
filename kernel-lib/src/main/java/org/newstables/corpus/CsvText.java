package org.newstables.corpus;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Reads decoded CSV text into a Tablesaw table of string columns, with clear errors. */
final class CsvText {

    /**
     * No cell limit for the parser: univocity's growing cell buffer (its value for "unlimited").
     * Tablesaw's default limit, 4,096 characters, is too small for article texts, and any fixed limit
     * is a buffer of that size allocated up front on every read — 50 million characters cost 100 MB
     * and a quarter of a second, most of a fresh JVM's reading of a small metadata.csv. The limit is
     * checked after parsing instead ({@link #MAX_CELL_CHARS}).
     */
    private static final int UNLIMITED_CELL = -1;
    /**
     * The longest cell a CSV file may have, in characters: no article runs to 50 million, so a longer
     * cell is a quote left open that took in the rows after it.
     */
    static final int MAX_CELL_CHARS = 50_000_000;

    private CsvText() {
    }

    static Table read(String text, String origin) {
        return read(text, origin, ',');
    }

    static Table read(String text, String origin, char separator) {
        CsvReadOptions options = CsvReadOptions.builder(new StringReader(text))
                .tableName(origin)
                .separator(separator)
                .header(true)
                .columnTypes(name -> ColumnType.STRING)
                .maxCharsPerColumn(UNLIMITED_CELL)
                .maxNumberOfColumns(10_000)
                // An empty list falls back to Tablesaw's defaults (NA, N/A, null, NaN, …), which would
                // empty cells that say so; a NUL character is in no cell a text file holds.
                .missingValueIndicator("\u0000")
                .build();
        Table table;
        try {
            table = Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            java.util.regex.Matcher dup = java.util.regex.Pattern.compile("duplicate name (.+?) to table")
                    .matcher(String.valueOf(rootMessage(e)));
            if (dup.find()) {
                throw new NewsTablesException(origin + " has the column '" + dup.group(1) + "' twice in its header"
                        + " (names are compared without case). Rename one of them so that each column name is unique.", e);
            }
            // Tablesaw's message may end with its own full stop ("3 expected."): one is enough.
            String why = rootMessage(e).replaceAll("\\.+$", "");
            throw new NewsTablesException(origin + " could not be read as CSV: " + why
                    + ". Check that it is comma-separated with a header row and that quotes are balanced.", e);
        }
        Set<String> seen = new HashSet<>();
        for (String name : table.columnNames()) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                throw new NewsTablesException(origin + " has the column '" + name.strip()
                        + "' twice in its header. Rename one of them so that each column name is unique.");
            }
        }
        checkCellLengths(table, origin, MAX_CELL_CHARS);
        return table;
    }

    /**
     * Refuses a table read from CSV text with a cell longer than {@code max} characters.
     *
     * @throws NewsTablesException naming the file, the row (counted from 1 after the header) and the column
     */
    static void checkCellLengths(Table table, String origin, int max) {
        for (int c = 0; c < table.columnCount(); c++) {
            tech.tablesaw.api.StringColumn column = table.stringColumn(c);
            for (int r = 0; r < column.size(); r++) {
                int length = column.get(r).length();
                if (length > max) {
                    throw new NewsTablesException(origin + " could not be read as CSV: row number " + (r + 1)
                            + " has a cell of " + length + " characters in column '" + column.name().strip()
                            + "', more than " + max + ". Check that quotes are balanced: a quote left open takes in"
                            + " the rows after it.");
                }
            }
        }
    }

    /**
     * The separator of a CSV text, from its header row: whichever of comma, semicolon and tab
     * occurs most often outside double quotes; comma when none does or on a tie. Hand-written:
     * Tablesaw's reader takes a separator but does not guess one.
     */
    static char detectDelimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    /** A separator in words, for messages. */
    static String describe(char separator) {
        return switch (separator) {
            case ',' -> "commas";
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            default -> "'" + separator + "'";
        };
    }

    /** The lower-cased, stripped column names of {@code table}. */
    static List<String> names(Table table) {
        return ArticleFactory.lowerCase(table.columnNames());
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int cut = m.indexOf('\n');
        return cut > 0 ? m.substring(0, cut) : m;
    }
}

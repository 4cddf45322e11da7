package org.newstables.report;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.io.csv.CsvWriteOptions;
import org.newstables.common.Internal;

/**
 * Writes a Tablesaw table as a CSV file (UTF-8), byte for byte what {@code table.write().csv(file)}
 * writes with Tablesaw's default options, three to five times faster: the report writes several
 * hundred megabytes of mentions and articles for 100,000 articles.
 *
 * <p>Tablesaw formats every cell through univocity-parsers' CSV writer and a character encoder.
 * Here univocity still decides how every value that needs it is written (quotes, escaped quotes,
 * trimmed whitespace, line breaks): it formats that value on its own, with the settings Tablesaw
 * gives it. What is new (hand-written, as neither library offers it) is only what skips that work:
 * a value with no character univocity treats specially is written as it is; a string column's
 * repeated values (an article id, an entity key, a type) are formatted and encoded once per
 * distinct value; and the bytes go to a buffered stream without a per-row encoder. {@code
 * CsvOutputTest} compares the bytes with Tablesaw's on random tables of every column type.
 */
@Internal
public final class CsvOutput {

    private static final byte[] SEPARATOR = String.valueOf(Formatter.SETTINGS.getFormat().getDelimiter()).getBytes(StandardCharsets.UTF_8);
    private static final byte[] LINE_END = Formatter.SETTINGS.getFormat().getLineSeparatorString().getBytes(StandardCharsets.UTF_8);
    /** A string column whose distinct values are at most this share of its rows is encoded once per value. */
    private static final double REPEATED = 0.5;

    private CsvOutput() {
    }

    /**
     * Writes {@code table} to {@code file} (replacing it) as CSV in UTF-8, with a header row.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Table table, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(table, out);
        }
    }

    /** {@link #write(Table, Path)} to a stream, which is left open. */
    public static void write(Table table, OutputStream out) throws IOException {
        Formatter format = new Formatter();
        int columns = table.columnCount();
        for (int c = 0; c < columns; c++) {
            if (c > 0) {
                out.write(SEPARATOR);
            }
            out.write(format.bytes(table.column(c).name(), c == 0));
        }
        out.write(LINE_END);
        Cells[] cells = new Cells[columns];
        for (int c = 0; c < columns; c++) {
            cells[c] = cells(table.column(c), c == 0, format);
        }
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    out.write(SEPARATOR);
                }
                out.write(cells[c].bytes(r));
            }
            out.write(LINE_END);
        }
    }

    /** A column's cells as written bytes. */
    private interface Cells {
        byte[] bytes(int row);
    }

    private static Cells cells(Column<?> column, boolean first, Formatter format) {
        if (column instanceof StringColumn strings && strings.countUnique() <= REPEATED * Math.max(1, strings.size())) {
            DictionaryMap dictionary = strings.getDictionary();
            Int2ObjectOpenHashMap<byte[]> byKey = new Int2ObjectOpenHashMap<>();
            return row -> byKey.computeIfAbsent(dictionary.getKeyForIndex(row),
                    (int key) -> format.bytes(dictionary.getValueForKey(key), first));
        }
        return row -> format.bytes(column.getUnformattedString(row), first);
    }

    /** One value as univocity writes it in Tablesaw's CSV settings, in UTF-8. */
    private static final class Formatter {
        /** Tablesaw's own settings for its default write options, set as its CsvWriter.createSettings (protected) sets them. */
        static final CsvWriterSettings SETTINGS;

        static {
            CsvWriteOptions options = CsvWriteOptions.builder(OutputStream.nullOutputStream()).build();
            CsvWriterSettings settings = new CsvWriterSettings();
            settings.setNullValue("");
            if (options.separator() != null) {
                settings.getFormat().setDelimiter(options.separator());
            }
            if (options.quoteChar() != null) {
                settings.getFormat().setQuote(options.quoteChar());
            }
            if (options.escapeChar() != null) {
                settings.getFormat().setQuoteEscape(options.escapeChar());
            }
            if (options.lineEnd() != null) {
                settings.getFormat().setLineSeparator(options.lineEnd());
            }
            settings.setIgnoreLeadingWhitespaces(options.ignoreLeadingWhitespaces());
            settings.setIgnoreTrailingWhitespaces(options.ignoreTrailingWhitespaces());
            settings.setSkipEmptyLines(false);
            settings.setQuoteAllFields(options.quoteAllFields());
            SETTINGS = settings;
        }

        private static final char SEPARATOR = SETTINGS.getFormat().getDelimiter();
        private static final char QUOTE = SETTINGS.getFormat().getQuote();
        private static final char ESCAPE = SETTINGS.getFormat().getQuoteEscape();
        private static final char COMMENT = SETTINGS.getFormat().getComment();
        private final CsvWriter univocity = new CsvWriter(SETTINGS);
        private byte[] emptyFirst;
        private byte[] emptyOther;

        /**
         * {@code value} as written in a row's {@code first} column or in another: univocity quotes
         * a first value that starts with the comment character, so that no reader skips the line.
         */
        byte[] bytes(String value, boolean first) {
            if (value.isEmpty()) {
                // Missing numbers and dates are empty strings: formatted once per column position.
                byte[] empty = first ? emptyFirst : emptyOther;
                if (empty == null) {
                    empty = univocityBytes(value, first);
                    if (first) {
                        emptyFirst = empty;
                    } else {
                        emptyOther = empty;
                    }
                }
                return empty;
            }
            if (plain(value) && !(first && value.charAt(0) == COMMENT)) {
                return value.getBytes(StandardCharsets.UTF_8);
            }
            return univocityBytes(value, first);
        }

        private byte[] univocityBytes(String value, boolean first) {
            if (first) {
                String written = univocity.writeRowToString(new Object[] {value});
                return written == null ? new byte[0] : written.getBytes(StandardCharsets.UTF_8);
            }
            // After a plain first value; the row's text after that value and its separator is this value's.
            String written = univocity.writeRowToString(new Object[] {"a", value});
            return written.substring(2).getBytes(StandardCharsets.UTF_8);
        }

        /**
         * Whether univocity writes {@code value} unchanged: no control character, separator, quote
         * or escape anywhere, and no space (or anything below it) to trim at either end.
         */
        private static boolean plain(String value) {
            int n = value.length();
            if (value.charAt(0) <= ' ' || value.charAt(n - 1) <= ' ') {
                return false;
            }
            for (int i = 0; i < n; i++) {
                char ch = value.charAt(i);
                if (ch < ' ' || ch == SEPARATOR || ch == QUOTE || ch == ESCAPE) {
                    return false;
                }
            }
            return true;
        }
    }
}

package org.newstables.corpus;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvFormat;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Table;

/** Reads decoded CSV text into column names and rows of strings, with clear errors. */
final class CsvText {

    /**
     * The longest cell a CSV file may have, in characters: no article runs to 50 million, so a longer
     * cell is a quote left open that took in the rows after it.
     */
    static final int MAX_CELL_CHARS = 50_000_000;
    /** univocity's value for "no cell limit": a cell buffer that grows as it fills. */
    private static final int UNLIMITED_CELL = -1;

    private CsvText() {
    }

    /**
     * A CSV text's column names and rows. Names are as in the header row, trimmed; an empty one is
     * {@code Column N}, N its position from 0 (as Tablesaw names it). Each row has one cell per
     * name, an empty cell as "" (never null); blank lines are not rows.
     */
    record Parsed(List<String> names, List<String[]> rows) {
    }

    static Parsed read(CharSequence text, String origin) {
        return read(text, origin, ',');
    }

    static Parsed read(CharSequence text, String origin, char separator) {
        return read(text, origin, separator, MAX_CELL_CHARS);
    }

    /**
     * Reads {@code text} as CSV with a header row, with univocity's CSV parser in the settings
     * Tablesaw reads CSV with ({@code tech.tablesaw.io.csv.CsvReader}): values trimmed of white space
     * outside quotes, lines that start with # skipped as comments, line endings detected. The rows
     * are kept as univocity gives them, not copied into a Tablesaw table: a table's string column
     * hashes every cell into its dictionary, the length of the file again for cells that are texts.
     *
     * @param maxCell the longest cell allowed, in characters ({@link #MAX_CELL_CHARS} but in tests)
     * @throws NewsTablesException when the text is not CSV, a row has more or fewer cells than the
     *     header, a cell (a column name too) is longer than {@code maxCell}, a column name spans
     *     lines, or two column names are alike
     */
    static Parsed read(CharSequence text, String origin, char separator, int maxCell) {
        return read(text, origin, separator, maxCell, null);
    }

    /**
     * {@link #read(CharSequence, String, char, int)}, telling {@code oddQuotes} (when not null) of
     * each row whose quotes look like one left open, as the seven-argument {@code read} does.
     */
    static Parsed read(CharSequence text, String origin, char separator, int maxCell,
            java.util.function.ObjIntConsumer<String> oddQuotes) {
        List<String[]> rows = new ArrayList<>();
        List<String> names = read(text, origin, separator, maxCell, header -> {
        }, rows::add, oddQuotes);
        return new Parsed(names, rows);
    }

    /**
     * {@link #read(CharSequence, String, char, int)}, handing each row to {@code rows} as it is parsed
     * instead of keeping them; the column names are returned, and are known (checked) before the
     * first row is handed out.
     *
     * @param onNames given the column names once the header row is read, before any row; it and
     *     {@code rows} throw nothing but a {@link NewsTablesException}, which is passed on (any other
     *     exception would be reported as the parser's)
     * @throws NewsTablesException as {@link #read(CharSequence, String, char, int)}; rows before the
     *     faulty one have been handed out
     */
    static List<String> read(CharSequence text, String origin, char separator, int maxCell,
            java.util.function.Consumer<List<String>> onNames, java.util.function.Consumer<String[]> rows) {
        return read(text, origin, separator, maxCell, onNames, rows, null);
    }

    /**
     * {@link #read(CharSequence, String, char, int, java.util.function.Consumer, java.util.function.Consumer)},
     * telling {@code oddQuotes} (when not null), just before a row is handed out, what is odd about its
     * quotes when it has a cell that looks like a quote left open ({@link #strayQuote}), and the row's
     * number (from 1, blank lines not counted, as the articles' origins number them).
     */
    static List<String> read(CharSequence text, String origin, char separator, int maxCell,
            java.util.function.Consumer<List<String>> onNames, java.util.function.Consumer<String[]> rows,
            java.util.function.ObjIntConsumer<String> oddQuotes) {
        // univocity allocates a fixed limit's whole buffer up front, on every read: 50 million
        // characters are 100 MB and a quarter of a second, most of a fresh JVM's reading of a small
        // metadata.csv. A text no longer than the limit cannot hold a longer cell, so it gets the
        // growing buffer; a longer text keeps the limit, which stops the parser at a quote left open
        // before its cell takes in the rest of the file (and the memory for it).
        int limit = text.length() > maxCell ? maxCell : UNLIMITED_CELL;
        CsvParserSettings settings = new CsvParserSettings();
        settings.setLineSeparatorDetectionEnabled(true);
        settings.getFormat().setDelimiter(separator);
        settings.setMaxCharsPerColumn(limit);
        settings.setMaxColumns(10_000);
        // univocity reads through a buffer of a million characters by default, allocated and
        // cleared on every parse (some 3 ms): a shorter text needs no more than its length.
        settings.setInputBufferSize(Math.min(text.length() + 1, settings.getInputBufferSize()));
        CsvParser parser = new CsvParser(settings);
        List<String> names = new ArrayList<>();
        // Rows are numbered as the articles' origins number them: blank lines (a lone "" too) are
        // not counted, though univocity hands them out and counts them.
        int number = 0;
        try {
            parser.beginParsing(reader(text));
            String[] header = parser.parseNext();
            for (int c = 0; header != null && c < header.length; c++) {
                // Tablesaw's names: univocity gives null for an empty cell (quoted or not), and a
                // quoted blank one is blank once trimmed.
                String name = header[c] == null ? "C" + c : header[c].trim();
                names.add(name.isEmpty() ? "Column " + c : name);
            }
            checkNames(names, origin);
            onNames.accept(List.copyOf(names));
            Shared shared = new Shared(names.size());
            CsvFormat detected = parser.getDetectedFormat();
            Dialect dialect = new Dialect(separator, detected == null || detected.getLineSeparatorString().isEmpty() ? "\n"
                    : detected.getLineSeparatorString());
            String[] row;
            // Where the row being parsed begins in the text: univocity counts the characters it has
            // read, and after a row that is where the next one (or a comment or blank line) begins.
            long rowStart = parser.getContext().currentChar();
            long lastStart = -1;
            while ((row = parser.parseNext()) != null) {
                lastStart = rowStart;
                rowStart = parser.getContext().currentChar();
                if (row.length < names.size() && row.length == 1 && (row[0] == null || row[0].isEmpty())) {
                    continue;
                }
                number++;
                if (row.length != names.size()) {
                    // A quote left open in an early column makes the last row short: say so.
                    checkClosed(text, (int) Math.min(lastStart, text.length()), dialect, number, names, origin);
                    throw notCsv(origin, "Row number " + number + " contains " + row.length + " columns. "
                            + names.size() + " expected", null);
                }
                for (int c = 0; c < row.length; c++) {
                    row[c] = row[c] == null ? "" : shared.cell(c, row[c]);
                }
                if (oddQuotes != null && acrossLinesWithQuote(row)) {
                    String odd = strayQuote(text, (int) Math.min(lastStart, text.length()),
                            (int) Math.min(rowStart, text.length()), dialect, names);
                    if (odd != null) {
                        oddQuotes.accept(odd, number);
                    }
                }
                rows.accept(row);
            }
            if (lastStart >= 0) {
                checkClosed(text, (int) Math.min(lastStart, text.length()), dialect, Math.max(number, 1), names, origin);
            }
        } catch (NewsTablesException e) {
            throw e;
        } catch (RuntimeException e) {
            if (limit != UNLIMITED_CELL && pastLimit(e, limit)) {
                TextParsingException where = parsingError(e);
                // Short of memory, univocity cannot build its own error and throws the bare index error
                // of its cell buffer, which does not say the column.
                String cell = (names.isEmpty() ? "the header row" : "row number " + (number + 1)) + " has a cell"
                        + (where == null ? "" : names.isEmpty() ? ", in column " + (where.getColumnIndex() + 1) + ","
                                : ", in its column '" + column(names, where.getColumnIndex()) + "',");
                throw new NewsTablesException(origin + " could not be read as CSV: " + cell + " that runs past "
                        + maxCell + " characters. Check that quotes are balanced: a quote left open takes in the"
                        + " rows after it.", e);
            }
            // univocity's message may end with its own full stop: one is enough.
            throw notCsv(origin, rootMessage(e).replaceAll("\\.+$", ""), e);
        } finally {
            parser.stopParsing();
        }
        return List.copyOf(names);
    }

    /** Whether a cell of {@code row} runs over lines and holds a quote: only such a row can hold a quote left open. */
    private static boolean acrossLinesWithQuote(String[] row) {
        for (String cell : row) {
            if (cell.indexOf('"') >= 0 && (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a last row whose quoted cell is never closed and so took in the lines after it: univocity
     * ends such a cell at the end of the text without a word, and the rows it swallowed would be lost
     * in silence (pandas' C parser refuses it too: "EOF inside string"). Only the last row is scanned,
     * from {@code from}, where it begins; a quote left open in an earlier row is closed by a later
     * quote, which {@link #strayQuote} reports. A quote left open in the last line, which takes in no
     * line, loses nothing and is let be.
     *
     * @throws NewsTablesException naming the row, the column and how many lines the cell took in
     */
    private static void checkClosed(CharSequence text, int from, Dialect dialect, int number, List<String> names,
            String origin) {
        Quote q = firstOddQuote(text, from, text.length(), dialect, true);
        if (q == null || q.closedAt >= 0) {
            return;
        }
        long lines = lineBreaks(text, q.open, text.length());
        if (lines > 0) {
            throw new NewsTablesException(origin + " could not be read as CSV: row number " + number
                    + " opens a quote in its column '" + column(names, q.column) + "' that is never closed, so that"
                    + " cell would take in the " + lines + (lines == 1 ? " line" : " lines") + " after it to the end of"
                    + " the file. Close the quote, or write a quote inside a cell as two (\"\").");
        }
    }

    /**
     * What to say of a row, in {@code text} from {@code from} to {@code to}, that has a quoted cell
     * whose quote closes, after one or more line breaks, before characters other than a separator or a
     * line end: the sign of a quote left open, which univocity closes at the next quote in the file,
     * taking the rows between into the cell (Tablesaw read them so too). Null when the row has none.
     * It may also be one cell of several paragraphs with a quote inside it not doubled, which univocity
     * reads right: hence a problem row that says where to look, not a refusal.
     */
    static String strayQuote(CharSequence text, int from, int to, Dialect dialect, List<String> names) {
        Quote q = firstOddQuote(text, from, to, dialect, false);
        if (q == null || q.closedAt < 0) {
            return null;
        }
        long lines = lineBreaks(text, q.open, q.closedAt);
        return "its column '" + column(names, q.column) + "' opens a quote that closes " + lines
                + (lines == 1 ? " line" : " lines") + " further on before other characters («"
                + TableRows.shorten(text.subSequence(q.closedAt, Math.min(to, q.closedAt + 40)).toString().strip())
                + "»), as a quote left open does: if it was one, the rows on those lines were read into this cell."
                + " Check the quotes of this row; write a quote inside a cell as two (\"\").";
    }

    private static String column(List<String> names, int column) {
        return column < names.size() ? names.get(column) : "number " + (column + 1);
    }

    /**
     * A quoted cell of a row that does not close as CSV (RFC 4180) closes a cell: {@code column} (from
     * 0), where its opening quote is, and where its closing quote is when other characters follow
     * it, or -1 when it never closes before {@code to}.
     */
    private record Quote(int column, int open, int closedAt) {
    }

    /**
     * How univocity splits a text into cells and rows: the cell separator, and the line separator it
     * detected from the first line end ("\n", "\r\n" or "\r"). Inside an unquoted value or a comment
     * only that separator ends the line (a lone "\r" in a file of "\n" lines is part of the value);
     * where a value may begin, after a closing quote, and in a value read on after a quote that closed
     * before other characters, a "\n" ends the row too, univocity's line end once normalized.
     */
    record Dialect(char separator, String lineSeparator) {

        /** How many characters of {@link #lineSeparator} begin at {@code i}: its length, or 0. */
        int lineSeparatorAt(CharSequence text, int i, int to) {
            if (text.charAt(i) != lineSeparator.charAt(0)) {
                return 0;
            }
            if (lineSeparator.length() == 1) {
                return 1;
            }
            return i + 1 < to && text.charAt(i + 1) == lineSeparator.charAt(1) ? 2 : 0;
        }

        /** Whether the row ends at {@code i} where a value may begin or a quoted one has closed. */
        boolean endsRow(CharSequence text, int i, int to) {
            return text.charAt(i) == '\n' || lineSeparatorAt(text, i, to) > 0;
        }

        /** univocity's white space, passed over around values: a character up to U+0020 but NUL that ends nothing. */
        boolean isBlank(CharSequence text, int i, int to) {
            char c = text.charAt(i);
            return c <= ' ' && c > '\0' && c != separator && !endsRow(text, i, to);
        }

        /** Where the value or comment that goes on at {@code from} ends: the next line separator, or separator when {@code orSeparator}. */
        int valueEnd(CharSequence text, int from, int to, boolean orSeparator) {
            for (int i = from; i < to; i++) {
                if ((orSeparator && text.charAt(i) == separator) || lineSeparatorAt(text, i, to) > 0) {
                    return i;
                }
            }
            return to;
        }

        /** Where the value read on after a quote that closed before other characters ends: a separator or a row end. */
        int readOnEnd(CharSequence text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == separator || endsRow(text, i, to)) {
                    return i;
                }
            }
            return to;
        }
    }

    /**
     * The first quoted cell of the row in {@code text} from {@code from} to {@code to} whose quote is
     * never closed, or (unless {@code onlyUnclosed}) closes after a line break before other characters
     * than white space, a separator or a line end; null when it has none. Comment and blank lines
     * before the row are passed over, as univocity passes over them. A cell whose quote closes before
     * other characters on its own line is read on as univocity reads it, as written to the next
     * separator or line end, and the scan goes on: a quote left open may follow it. Hand-written:
     * univocity does not say whether a cell was closed, nor where a quote it took as part of a cell
     * was.
     */
    private static Quote firstOddQuote(CharSequence text, int from, int to, Dialect dialect, boolean onlyUnclosed) {
        int i = from;
        int column = 0;
        boolean rowStarted = false;
        boolean lineStart = true;
        while (i < to) {
            char c = text.charAt(i);
            if (c == dialect.separator()) {
                rowStarted = true;
                column++;
                i++;
            } else if (dialect.endsRow(text, i, to)) {
                if (rowStarted) {
                    return null;
                }
                lineStart = true;
                i += Math.max(1, dialect.lineSeparatorAt(text, i, to));
            } else if (dialect.isBlank(text, i, to)) {
                lineStart = false;
                i++;
            } else if (c == '#' && lineStart && !rowStarted) {
                // univocity's comment: a '#' first on its line, not after white space, to the line separator.
                i = dialect.valueEnd(text, i, to, false);
            } else if (c == '"') {
                rowStarted = true;
                lineStart = false;
                int open = i;
                int close = closingQuote(text, open + 1, to);
                if (close < 0) {
                    return new Quote(column, open, -1);
                }
                i = close + 1;
                while (i < to && dialect.isBlank(text, i, to)) {
                    i++;
                }
                if (i < to && text.charAt(i) != dialect.separator() && !dialect.endsRow(text, i, to)) {
                    if (!onlyUnclosed && lineBreaks(text, open, close + 1) > 0) {
                        return new Quote(column, open, close + 1);
                    }
                    i = dialect.readOnEnd(text, i, to);
                }
            } else {
                // An unquoted value: a quote inside it is kept as written, as univocity keeps it.
                rowStarted = true;
                lineStart = false;
                i = dialect.valueEnd(text, i, to, true);
            }
        }
        return null;
    }

    /** Where the quote closes that a quoted cell's opening quote, just before {@code from}, opens; -1 when none does. */
    private static int closingQuote(CharSequence text, int from, int to) {
        int i = from;
        while (i < to) {
            int quote = nextQuote(text, i, to);
            if (quote < 0) {
                return -1;
            }
            if (quote + 1 < to && text.charAt(quote + 1) == '"') {
                i = quote + 2;
            } else {
                return quote;
            }
        }
        return -1;
    }

    /**
     * The first double quote in {@code text} from {@code from} to {@code to}, or -1: through
     * {@code String.indexOf} (vectorized by the JIT) or a large file's decoded array, because a quoted
     * cell is an article text and every row with a quote and a line break is scanned.
     */
    private static int nextQuote(CharSequence text, int from, int to) {
        if (text instanceof String string) {
            int at = string.indexOf('"', from);
            return at < to ? at : -1;
        }
        if (text instanceof java.nio.CharBuffer buffer && buffer.hasArray()) {
            char[] chars = buffer.array();
            int base = buffer.arrayOffset() + buffer.position();
            for (int i = base + from, end = base + to; i < end; i++) {
                if (chars[i] == '"') {
                    return i - base;
                }
            }
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The line breaks in {@code text} from {@code from} to {@code to}, not counting those at its end. */
    private static long lineBreaks(CharSequence text, int from, int to) {
        int last = to;
        while (last > from && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        long lines = 0;
        for (int i = from; i < last; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= last || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    /** A reader of {@code text}, over its array when it has one (a large file's decoded text) rather than a copy. */
    private static java.io.Reader reader(CharSequence text) {
        if (text instanceof java.nio.CharBuffer buffer && buffer.hasArray()) {
            return new java.io.CharArrayReader(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        }
        return new StringReader(text.toString());
    }

    /** The error for a text that is not CSV as read: {@code why}, and what to check. */
    private static NewsTablesException notCsv(String origin, String why, Throwable cause) {
        return new NewsTablesException(origin + " could not be read as CSV: " + why
                + ". Check that it is comma-separated with a header row and that quotes are balanced.", cause);
    }

    /**
     * One string for equal short cells of a column: a source, a section or a language repeated on
     * every row is held once, as the dictionary of the Tablesaw column the rows were once read into
     * held it (without it, a CSV file of 400,000 rows of such metadata held 40% more). Texts, longer,
     * are not hashed; a column stops taking new values past {@link #MAX_VALUES} (ids, titles).
     */
    private static final class Shared {

        private static final int MAX_LENGTH = 64;
        private static final int MAX_VALUES = 10_000;
        private final java.util.Map<String, String>[] values;

        @SuppressWarnings("unchecked")
        Shared(int columns) {
            values = new java.util.Map[columns];
            for (int c = 0; c < columns; c++) {
                values[c] = new java.util.HashMap<>();
            }
        }

        String cell(int column, String cell) {
            if (cell.length() > MAX_LENGTH) {
                return cell;
            }
            java.util.Map<String, String> known = values[column];
            String same = known.get(cell);
            if (same != null) {
                return same;
            }
            if (known.size() < MAX_VALUES) {
                known.put(cell, cell);
            }
            return cell;
        }
    }

    /** Refuses a column name across lines and two names alike but for case and surrounding white space. */
    private static void checkNames(List<String> names, String origin) {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                // Legal CSV, but a header is one line in every corpus file: a name across lines is a
                // quote left open in the header row, which took in the rows after it.
                throw new NewsTablesException(origin + " could not be read as CSV: the name of column " + (c + 1)
                        + " in the header row runs over " + name.lines().count() + " lines ("
                        + TableRows.shorten(name) + "). Check the header row's quotes: a quote left open takes in"
                        + " the rows after it.");
            }
            if (!seen.add(name.strip().toLowerCase(Locale.ROOT))) {
                throw new NewsTablesException(origin + " has the column '" + TableRows.shorten(name.strip())
                        + "' twice in its header (names are compared without case). Rename one of them so that each"
                        + " column name is unique.");
            }
        }
    }

    /**
     * Whether {@code e} is univocity stopping at the cell limit: its own error, or, when it had no
     * memory left to build that, the index error of its cell buffer of {@code limit} characters.
     */
    private static boolean pastLimit(Throwable e, int limit) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (t instanceof TextParsingException && m.contains("exceeds the maximum number of characters")
                    || t instanceof ArrayIndexOutOfBoundsException && m.endsWith("out of bounds for length " + limit))) {
                return true;
            }
        }
        return false;
    }

    /** univocity's error in {@code e}'s causes, or null. */
    private static TextParsingException parsingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TextParsingException p) {
                return p;
            }
        }
        return null;
    }

    /**
     * The separator of a CSV text, from its header row: whichever of comma, semicolon and tab
     * occurs most often outside double quotes; comma when none does or on a tie. Comment lines (a
     * '#' first on the line) and blank lines before the header are passed over, as the parser passes
     * over them. Hand-written: Tablesaw's reader takes a separator but does not guess one.
     */
    static char detectDelimiter(CharSequence text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = headerStart(text); i < text.length(); i++) {
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

    /** Where the header row begins: past the comment and blank lines before it. */
    private static int headerStart(CharSequence text) {
        int line = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                line = ++i;
            } else if (i == line && c == '#') {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c <= ' ' && c != '\t') {
                i++;
            } else {
                return line;
            }
        }
        return line;
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

    /** The lower-cased, stripped column names of {@code parsed}. */
    static List<String> names(Parsed parsed) {
        return ArticleFactory.lowerCase(parsed.names());
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

package org.newstables.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newstables.common.NewsTablesException;
import org.newstables.common.Internal;

/**
 * The rules that turn the rows of a table-shaped corpus file (CSV, JSON Lines, Parquet, a table in
 * memory) into documents: which column holds the text and which the id, what an empty or repeated
 * id becomes, which fields a document carries. {@code Corpus}'s readers apply them to a whole file;
 * an engine that reads a file in parts on several machines (Spark) applies the same rules part by
 * part, and the ids, which need every row, once on the driver, so both give the same documents and
 * problems.
 */
@Internal
public final class TableRows {

    /** The columns looked for, in this order, when no text column is named. */
    public static final List<String> TEXT_COLUMNS = List.of("text", "body", "content");

    /** The longest column name a message shows whole, in characters. */
    private static final int SHOWN_NAME_CHARS = 60;
    /** The most column names a message lists. */
    private static final int SHOWN_NAMES = 30;

    private TableRows() {
    }

    /**
     * A column name as a message shows it: whole up to 60 characters, else its start and its length,
     * on one line. A name can be a whole file's text (a quote left open in the header row, or the
     * wrong separator), which a message must not echo.
     */
    static String shorten(String name) {
        String line = name.replaceAll("[\\r\\n]+", " ");
        return line.length() <= SHOWN_NAME_CHARS ? line
                : line.substring(0, SHOWN_NAME_CHARS) + "… (" + name.length() + " characters)";
    }

    /** Column names for a message: each {@link #shorten shortened}, the first 30 and how many more. */
    static String list(List<String> columns) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < Math.min(columns.size(), SHOWN_NAMES); c++) {
            b.append(c == 0 ? "" : ", ").append(shorten(columns.get(c)));
        }
        if (columns.size() > SHOWN_NAMES) {
            b.append(" and ").append(columns.size() - SHOWN_NAMES).append(" more");
        }
        return b.toString();
    }

    /** Column names as the tables' fields use them: stripped and lower-cased (a missing name is ""). */
    public static List<String> columnNames(List<String> names) {
        return ArticleFactory.lowerCase(names);
    }

    /**
     * The column that holds the text: {@code requested} (any case), or else the first of {@link
     * #TEXT_COLUMNS} among {@code columns}.
     *
     * @throws NewsTablesException naming the columns found, when there is no such column
     */
    public static String textColumn(String name, List<String> columns, String requested) {
        if (requested != null) {
            String r = requested.strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(r)) {
                throw new NewsTablesException(name + " has no column '" + requested + "' (found: "
                        + list(columns) + "). Name the column that holds the article text.");
            }
            return r;
        }
        for (String c : TEXT_COLUMNS) {
            if (columns.contains(c)) {
                return c;
            }
        }
        throw new NewsTablesException(name + " has no text column: none of its columns ("
                + list(columns) + ") is called text, body or content. Rename the column"
                + " that holds the article text, or name it: Corpus.loader().textColumn(\"...\").load(path).");
    }

    /**
     * The column that holds the ids: {@code requested} (any case), or else {@code id} when there is
     * one, or else null (the row numbers are the ids).
     *
     * @throws NewsTablesException naming the columns found, when {@code requested} is not among them
     */
    public static String idColumn(String name, List<String> columns, String requested) {
        String id = requested == null ? (columns.contains("id") ? "id" : null) : requested.toLowerCase(Locale.ROOT);
        if (id != null && !columns.contains(id)) {
            throw new NewsTablesException(name + " has no column '" + requested + "' (found: "
                    + list(columns) + "). Name one of these as the id column, or leave it out"
                    + " to number the rows.");
        }
        return id;
    }

    /**
     * The articles' ids, in row order, and the problems of the rows whose id had to change.
     *
     * @param ids      one per row: the final id
     * @param problems an empty id (the row number is used) or a repeated one (kept as {@code id#number})
     */
    public record Ids(List<String> ids, List<Problem> problems) {
    }

    /**
     * The ids of every row of a file, in row order: the id column's value, stripped; an empty one
     * becomes the row number and a repeated one {@code id#number}, each with a problem row.
     *
     * @param name    the file's name, for the problems
     * @param unit    what a row is called there ("row", "line")
     * @param numbers each row's number in the file, ascending
     * @param values  each row's id cell, or null when the file has no id column
     */
    public static Ids ids(String name, String unit, int[] numbers, List<String> values) {
        List<String> out = new ArrayList<>(numbers.length);
        List<Problem> problems = new ArrayList<>();
        IdAssigner assigner = new IdAssigner(name, unit);
        for (int r = 0; r < numbers.length; r++) {
            out.add(assigner.next(numbers[r], values == null ? null : values.get(r), problems));
        }
        return new Ids(out, problems);
    }

    /**
     * The ids of a file's rows given one row at a time, in row order, as {@link #ids} gives them
     * all at once: for a reader that hands out rows while it parses.
     */
    static final class IdAssigner {
        private final String name;
        private final String unit;
        private final Set<String> seen = new HashSet<>();

        /**
         * @param name the file's name, for the problems
         * @param unit what a row is called there ("row", "line")
         */
        IdAssigner(String name, String unit) {
            this.name = name;
            this.unit = unit;
        }

        /**
         * The id of the row numbered {@code number} (ascending from call to call) whose id cell is
         * {@code value}, or null when the file has no id column; adds a problem to {@code problems}
         * when the id had to change.
         */
        String next(int number, String value, List<Problem> problems) {
            Origin origin = Origin.at(name, unit, number);
            String articleId = value == null ? String.valueOf(number) : value.strip();
            if (articleId.isEmpty()) {
                articleId = String.valueOf(number);
                problems.add(new Problem(origin, Problem.Kind.ID, "the id is empty; the " + unit + " number " + number
                        + " is used instead."));
            }
            if (!seen.add(articleId)) {
                String unique = articleId + "#" + number;
                problems.add(new Problem(origin, Problem.Kind.ID, "repeats the id '" + articleId + "'; this article is"
                        + " kept as '" + unique + "'. Give every article its own id."));
                articleId = unique;
                seen.add(articleId);
            }
            return articleId;
        }
    }

    /** The error for a file with a header (or columns) but not one row of an article. */
    public static NewsTablesException noArticles(String name) {
        return new NewsTablesException(name + " holds no articles: it has a header but no rows. Add one row per article.");
    }

    /**
     * One row's document: its text from column {@code text}, every column as a field (a missing
     * cell is "").
     */
    public static SourceDocument document(String id, Origin origin, List<String> columns, List<String> values,
            String text, String encoding) {
        Map<String, String> fields = FolderReader.fields(columns, values);
        return new SourceDocument(id, origin, fields.getOrDefault(text, ""), fields, encoding);
    }

    /**
     * One line of a JSON Lines file as a row: its keys (stripped, lower-cased) in order, with their
     * values as text (nested objects and arrays as their JSON text, null as "").
     *
     * @throws IOException              when the line is not JSON
     * @throws IllegalArgumentException when it is JSON but not one object with distinct keys
     */
    public static Map<String, String> jsonObject(String line) throws IOException {
        return JsonLines.parseObject(line);
    }

    /** The problem row of a JSON Lines line that {@link #jsonObject} refused. */
    public static Problem notJson(String name, int line, Exception e) {
        return new Problem(Origin.at(name, "line", line), Problem.Kind.FORMAT, "not a JSON object ("
                + CsvText.rootMessage(e) + "); fix or remove the line. The other lines were read.");
    }
}

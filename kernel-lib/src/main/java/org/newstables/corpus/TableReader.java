package org.newstables.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Reads a corpus held in one table-shaped file: a CSV file (one article per row) or a JSON Lines
 * file (one JSON object per line). The text is in the column the user names, or else in the
 * first of {@code text}, {@code body} and {@code content}; the id in the id column the user names,
 * or {@code id}, or else the row number. Other columns are metadata, as in a folder's
 * {@code metadata.csv}.
 */
final class TableReader {

    static final List<String> TEXT_COLUMNS = List.of("text", "body", "content");

    private TableReader() {
    }

    /** @param delimiter the cell separator, or null to detect it from the header row */
    static FolderReader.Batch readCsv(Path file, String textColumn, String idColumn, long maxBytes, Character delimiter) {
        TextDecoder.Decoded decoded = FileText.readWhole(file, maxBytes);
        char sep = delimiter != null ? delimiter : CsvText.detectDelimiter(decoded.text());
        String how = delimiter != null ? "" : " (detected from the header row)";
        Table table = CsvText.read(decoded.text(), file.getFileName().toString(), sep);
        List<String> columns = CsvText.names(table);
        List<List<String>> rows = new ArrayList<>();
        for (Row row : table) {
            List<String> values = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                values.add(row.getString(c));
            }
            rows.add(values);
        }
        try {
            return documents(file.getFileName().toString(), "row", columns, rows, null, textColumn, idColumn,
                    decoded.encoding(), new ArrayList<>());
        } catch (NewsTablesException e) {
            throw new NewsTablesException(e.getMessage() + " The cells were read as separated by "
                    + CsvText.describe(sep) + how + "; if that is wrong, give the delimiter:"
                    + " Corpus.loader().delimiter(';').load(path).", e);
        }
    }

    /** Articles from the rows of a Tablesaw table held in memory, by the same column rules. */
    static FolderReader.Batch readTable(Table table, String textColumn, String idColumn) {
        List<String> columns = CsvText.names(table);
        // Cells are read in parallel: formatting a date or number cell as text is most of the work.
        List<List<String>> rows = java.util.stream.IntStream.range(0, table.rowCount()).parallel().mapToObj(r -> {
            List<String> values = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                values.add(table.column(c).isMissing(r) ? "" : table.column(c).getString(r));
            }
            return values;
        }).collect(java.util.stream.Collectors.toList());
        String name = table.name() == null || table.name().isBlank() ? "table" : table.name();
        return documents(name, "row", columns, rows, null, textColumn, idColumn, "in memory", new ArrayList<>());
    }

    static FolderReader.Batch readJsonl(Path file, String textColumn, String idColumn, long maxBytes) {
        TextDecoder.Decoded decoded = FileText.readWhole(file, maxBytes);
        List<Problem> problems = new ArrayList<>();
        JsonLines.Parsed parsed = JsonLines.parse(decoded.text(), file.getFileName().toString(), problems);
        return documents(file.getFileName().toString(), "line", parsed.columns(), parsed.rows(),
                parsed.lineNumbers(), textColumn, idColumn, decoded.encoding(), problems);
    }

    private static FolderReader.Batch documents(String name, String unit, List<String> columns,
            List<List<String>> rows, List<Integer> numbers, String textColumn, String idColumn,
            String encoding, List<Problem> problems) {
        String text = textColumn(name, columns, textColumn);
        String id = idColumn == null ? (columns.contains("id") ? "id" : null) : idColumn.toLowerCase(Locale.ROOT);
        if (id != null && !columns.contains(id)) {
            throw new NewsTablesException(name + " has no column '" + idColumn + "' (found: "
                    + String.join(", ", columns) + "). Name one of these as the id column, or leave it out"
                    + " to number the rows.");
        }
        List<SourceDocument> docs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            int number = numbers == null ? r + 1 : numbers.get(r);
            Origin origin = Origin.at(name, unit, number);
            Map<String, String> fields = FolderReader.fields(columns, rows.get(r));
            String articleId = id == null ? String.valueOf(number) : fields.get(id).strip();
            if (articleId.isEmpty()) {
                articleId = String.valueOf(number);
                problems.add(new Problem(origin, Problem.Kind.ID, "the id is empty; the " + unit + " number " + number
                        + " is used instead."));
            }
            if (!ids.add(articleId)) {
                String unique = articleId + "#" + number;
                problems.add(new Problem(origin, Problem.Kind.ID, "repeats the id '" + articleId + "'; this article is"
                        + " kept as '" + unique + "'. Give every article its own id."));
                articleId = unique;
                ids.add(articleId);
            }
            docs.add(new SourceDocument(articleId, origin, fields.getOrDefault(text, ""), fields, encoding));
        }
        if (docs.isEmpty() && problems.isEmpty()) {
            throw new NewsTablesException(name + " holds no articles: it has a header but no rows."
                    + " Add one row per article.");
        }
        return new FolderReader.Batch(docs, problems, text);
    }

    private static String textColumn(String name, List<String> columns, String requested) {
        if (requested != null) {
            String r = requested.strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(r)) {
                throw new NewsTablesException(name + " has no column '" + requested + "' (found: "
                        + String.join(", ", columns) + "). Name the column that holds the article text.");
            }
            return r;
        }
        for (String c : TEXT_COLUMNS) {
            if (columns.contains(c)) {
                return c;
            }
        }
        throw new NewsTablesException(name + " has no text column: none of its columns ("
                + String.join(", ", columns) + ") is called text, body or content. Rename the column"
                + " that holds the article text, or name it: Corpus.loader().textColumn(\"...\").load(path).");
    }
}

package org.newstables.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Table;

/**
 * Reads a corpus held in one table-shaped file: a CSV file (one article per row) or a JSON Lines
 * file (one JSON object per line). The text is in the column the user names, or else in the
 * first of {@code text}, {@code body} and {@code content}; the id in the id column the user names,
 * or {@code id}, or else the row number. Other columns are metadata, as in a folder's
 * {@code metadata.csv}.
 */
final class TableReader {

    private TableReader() {
    }

    /** @param delimiter the cell separator, or null to detect it from the header row */
    static FolderReader.Batch readCsv(Path file, String textColumn, String idColumn, long maxBytes, Character delimiter) {
        TextDecoder.Decoded decoded = FileText.readWhole(file, maxBytes);
        char sep = delimiter != null ? delimiter : CsvText.detectDelimiter(decoded.text());
        String how = delimiter != null ? "" : " (detected from the header row)";
        CsvText.Parsed parsed = CsvText.read(decoded.text(), file.getFileName().toString(), sep);
        List<String> columns = CsvText.names(parsed);
        List<List<String>> rows = new ArrayList<>(parsed.rows().size());
        for (String[] row : parsed.rows()) {
            rows.add(java.util.Arrays.asList(row));
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
        String text = TableRows.textColumn(name, columns, textColumn);
        String id = TableRows.idColumn(name, columns, idColumn);
        int[] number = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            number[r] = numbers == null ? r + 1 : numbers.get(r);
        }
        int idAt = columns.indexOf(id);
        List<String> values = id == null ? null : rows.stream().map(row -> idAt < row.size() && row.get(idAt) != null
                ? row.get(idAt) : "").toList();
        TableRows.Ids ids = TableRows.ids(name, unit, number, values);
        problems.addAll(ids.problems());
        List<SourceDocument> docs = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            docs.add(TableRows.document(ids.ids().get(r), Origin.at(name, unit, number[r]), columns, rows.get(r), text,
                    encoding));
        }
        if (docs.isEmpty() && problems.isEmpty()) {
            throw TableRows.noArticles(name);
        }
        return new FolderReader.Batch(docs, problems, text);
    }
}

package org.newstables.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
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
        List<SourceDocument> docs = new ArrayList<>();
        FolderReader.Batch rest = streamCsv(file, textColumn, idColumn, maxBytes, delimiter, part -> docs.addAll(part.docs()));
        return new FolderReader.Batch(docs, rest.problems(), rest.textField());
    }

    /** How many rows {@link #streamCsv} hands out at a time: a millisecond or two of building articles. */
    static final int CSV_BATCH = 64;

    /**
     * A CSV file's documents, handed to {@code batches} {@link #CSV_BATCH} rows at a time while the
     * file is parsed, so that its articles can be built meanwhile: the same documents, ids and
     * problems as {@link #readCsv} gives, in row order (it is this, collected).
     *
     * @param delimiter the cell separator, or null to detect it from the header row
     * @return no documents (they went to {@code batches}), the problems of the rows' ids, and the
     *     text column's name
     * @throws NewsTablesException when the file cannot be read or is not CSV (rows before the
     *     faulty one have been handed out), when it has no text column or the id column asked for,
     *     or when it has a header but no rows
     */
    static FolderReader.Batch streamCsv(Path file, String textColumn, String idColumn, long maxBytes, Character delimiter,
            Consumer<FolderReader.Batch> batches) {
        TextDecoder.Decoded decoded = FileText.readWhole(file, maxBytes);
        char sep = delimiter != null ? delimiter : CsvText.detectDelimiter(decoded.content());
        String how = delimiter != null ? "" : " (detected from the header row)";
        String name = file.getFileName().toString();
        CsvRows rows = new CsvRows(name, textColumn, idColumn, decoded.encoding(), batches);
        CsvText.read(decoded.content(), name, sep, CsvText.MAX_CELL_CHARS, rows::header, rows::row, rows::oddQuotes);
        try {
            return rows.end();
        } catch (NewsTablesException e) {
            throw new NewsTablesException(e.getMessage() + " The cells were read as separated by "
                    + CsvText.describe(sep) + how + "; if that is wrong, give the delimiter:"
                    + " Corpus.loader().delimiter(';').load(path).", e);
        }
    }

    /** The rows of a CSV file becoming documents as they are parsed, for {@link #streamCsv}. */
    private static final class CsvRows {
        private final String name;
        private final String textColumn;
        private final String idColumn;
        private final String encoding;
        private final Consumer<FolderReader.Batch> batches;
        private final TableRows.IdAssigner ids;
        private final List<Problem> problems = new ArrayList<>();
        private List<String> columns;
        private String text;
        private int idAt = -1;
        /**
         * The header's fault (no text column, no such id column): thrown once the rest is parsed, so
         * that a row that is not CSV is reported first, as when every row was read before the header
         * was looked at.
         */
        private NewsTablesException headerFault;
        private List<SourceDocument> batch = new ArrayList<>(CSV_BATCH);
        private int rows;
        private final QuoteProblems oddQuotes;

        CsvRows(String name, String textColumn, String idColumn, String encoding, Consumer<FolderReader.Batch> batches) {
            this.name = name;
            this.textColumn = textColumn;
            this.idColumn = idColumn;
            this.encoding = encoding;
            this.batches = batches;
            this.ids = new TableRows.IdAssigner(name, "row");
            this.oddQuotes = new QuoteProblems(name, problems);
        }

        /** The header row's names, as {@link CsvText#read} gives them (lower-cased here, as for every table). */
        void header(List<String> names) {
            columns = ArticleFactory.lowerCase(names);
            try {
                text = TableRows.textColumn(name, columns, textColumn);
                String id = TableRows.idColumn(name, columns, idColumn);
                idAt = id == null ? -1 : columns.indexOf(id);
            } catch (NewsTablesException e) {
                headerFault = e;
            }
        }

        /** What {@link CsvText#strayQuote} says of row {@code row}'s quotes. */
        void oddQuotes(String what, int row) {
            oddQuotes.add(what, row);
        }

        void row(String[] cells) {
            rows++;
            if (headerFault != null) {
                return;
            }
            String value = idAt < 0 ? null : idAt < cells.length && cells[idAt] != null ? cells[idAt] : "";
            String id = ids.next(rows, value, problems);
            batch.add(TableRows.document(id, Origin.at(name, "row", rows), columns, Arrays.asList(cells), text, encoding));
            if (batch.size() == CSV_BATCH) {
                batches.accept(new FolderReader.Batch(batch, List.of(), text));
                batch = new ArrayList<>(CSV_BATCH);
            }
        }

        FolderReader.Batch end() {
            if (headerFault != null) {
                throw headerFault;
            }
            if (!batch.isEmpty()) {
                batches.accept(new FolderReader.Batch(batch, List.of(), text));
            }
            oddQuotes.end();
            if (rows == 0 && problems.isEmpty()) {
                throw TableRows.noArticles(name);
            }
            return new FolderReader.Batch(List.of(), problems, text);
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

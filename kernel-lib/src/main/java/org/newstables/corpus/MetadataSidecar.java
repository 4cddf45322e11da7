package org.newstables.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies a folder's {@code metadata.csv} to its articles: one row per article, matched by the
 * {@code id} column (or {@code file}/{@code filename}) to the article id, with or without the
 * file extension. Known columns ({@code date}, {@code published}, {@code title},
 * {@code dateline}, {@code source}) take precedence over what the text says; any other column
 * becomes an article column.
 *
 * <p>Rows that cannot be used are problems, never errors: an id that names no file, an id given
 * twice (the first row is used), an empty id. A file without a metadata row is simply read from
 * its text.
 */
final class MetadataSidecar {

    private static final List<String> ID_COLUMNS = List.of("id", "file", "filename");

    private MetadataSidecar() {
    }

    static List<SourceDocument> apply(String csv, List<SourceDocument> docs, List<Problem> problems) {
        String name = FolderReader.METADATA;
        CsvText.Parsed table;
        List<Problem> quotes = new ArrayList<>();
        try {
            QuoteProblems odd = new QuoteProblems(name, quotes);
            table = CsvText.read(csv, name, CsvText.detectDelimiter(csv), CsvText.MAX_CELL_CHARS, odd::add);
            odd.end();
        } catch (RuntimeException e) {
            problems.add(new Problem(Origin.of(name), Problem.Kind.METADATA, e.getMessage() + " The metadata was not used."));
            return docs;
        }
        problems.addAll(quotes);
        List<String> columns = CsvText.names(table);
        String idColumn = ID_COLUMNS.stream().filter(columns::contains).findFirst().orElse(null);
        if (idColumn == null) {
            problems.add(new Problem(Origin.of(name), Problem.Kind.METADATA, "has no id column (found: " + TableRows.list(columns)
                    + "); add a column 'id' holding each file's name without extension. The metadata was not used."));
            return docs;
        }
        int idIndex = columns.indexOf(idColumn);

        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byId.put(docs.get(i).id().toLowerCase(Locale.ROOT), i);
            byId.putIfAbsent(docs.get(i).origin().toString().toLowerCase(Locale.ROOT), i);
        }
        Map<Integer, Map<String, String>> fieldsByDoc = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Origin where = Origin.at(name, "row", r + 1);
            List<String> values = java.util.Arrays.asList(table.rows().get(r));
            String id = values.get(idIndex).strip();
            if (id.isEmpty()) {
                problems.add(new Problem(where, Problem.Kind.METADATA, "the id is empty; fill it in or delete the row."));
                continue;
            }
            Integer doc = byId.get(id.toLowerCase(Locale.ROOT));
            if (doc == null) {
                problems.add(new Problem(where, Problem.Kind.METADATA, "names '" + id + "', but no article has that id;"
                        + " check the file name (ids are file names without extension)."));
                continue;
            }
            if (fieldsByDoc.containsKey(doc)) {
                problems.add(new Problem(where, Problem.Kind.METADATA, "repeats the id '" + id
                        + "'; only its first row is used. Merge or delete the repeated rows."));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>(FolderReader.fields(columns, values));
            fields.remove(idColumn);
            fieldsByDoc.put(doc, fields);
        }

        List<SourceDocument> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            SourceDocument d = docs.get(i);
            Map<String, String> fields = fieldsByDoc.getOrDefault(i, emptyFields(columns, idColumn));
            out.add(new SourceDocument(d.id(), d.origin(), d.raw(), fields, d.encoding()));
        }
        return out;
    }

    /** Articles without a row still get every metadata column, empty, so the table is rectangular. */
    private static Map<String, String> emptyFields(List<String> columns, String idColumn) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String c : columns) {
            if (!c.equals(idColumn)) {
                fields.put(c, "");
            }
        }
        return fields;
    }
}

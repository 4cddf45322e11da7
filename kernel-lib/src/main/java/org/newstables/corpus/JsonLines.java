package org.newstables.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses JSON Lines text (one JSON object per line) with Jackson's streaming parser into rows
 * of string values. A line that is not a JSON object becomes a problem; the other lines load.
 * Nested objects and arrays are kept as their JSON text.
 */
final class JsonLines {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Column names in order of first appearance, the rows, and each row's line number. */
    record Parsed(List<String> columns, List<List<String>> rows, List<Integer> lineNumbers) {
    }

    private JsonLines() {
    }

    static Parsed parse(String text, String name, List<Problem> problems) {
        List<String> columns = new ArrayList<>();
        List<Map<String, String>> objects = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                Map<String, String> object = parseObject(line);
                for (String key : object.keySet()) {
                    if (!columns.contains(key)) {
                        columns.add(key);
                    }
                }
                objects.add(object);
                numbers.add(i + 1);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(TableRows.notJson(name, i + 1, e));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> o : objects) {
            List<String> row = new ArrayList<>(columns.size());
            for (String c : columns) {
                row.add(o.getOrDefault(c, ""));
            }
            rows.add(row);
        }
        return new Parsed(columns, rows, numbers);
    }

    static Map<String, String> parseObject(String line) throws IOException {
        Map<String, String> object = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the line does not start with {");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName().strip().toLowerCase(Locale.ROOT);
                JsonToken value = p.nextToken();
                if (object.containsKey(key)) {
                    throw new IllegalArgumentException("the key '" + key + "' appears twice");
                }
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    long start = p.currentTokenLocation().getCharOffset();
                    p.skipChildren();
                    long end = p.currentLocation().getCharOffset();
                    object.put(key, line.substring((int) start, (int) end));
                } else if (value == JsonToken.VALUE_NULL) {
                    object.put(key, "");
                } else {
                    object.put(key, p.getText());
                }
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value on the line");
            }
        }
        return object;
    }
}

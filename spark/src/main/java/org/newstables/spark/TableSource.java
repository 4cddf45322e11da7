package org.newstables.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.CorpusReader;
import org.newstables.corpus.Origin;
import org.newstables.corpus.Problem;
import org.newstables.corpus.TableRows;
import org.newstables.corpus.TextDecoder;
import scala.Tuple2;

/**
 * A JSON Lines or Parquet file read on the executors, in parts, with the core's row rules ({@link
 * TableRows}): each task parses its lines or rows; the driver gets only what needs every row (the
 * columns in order of first appearance, each row's id cell, the problems), settles the text and id
 * columns and the ids as {@code Corpus} does, and sends back the few ids that had to change. The
 * texts never pass through the driver, so a file may be larger than its memory.
 *
 * <p>A JSON Lines file is split into lines by Hadoop's {@link TextInputFormat}, which reads only
 * UTF-8. When the file turns out to be something else — another encoding, NUL bytes, control
 * characters beyond those of text, a binary file — the caller reads it on the driver with the core's
 * reader instead ({@link #jsonLines} returns null), so such a file gives exactly {@code Corpus}'s
 * documents and problems, or its error.
 */
final class TableSource {

    /**
     * The core's decoder refuses a file by its share of control characters over the whole text;
     * here each task counts its lines' ({@link TextDecoder#controls}), and from half the core's
     * limit on the file is left to the core's reader, which decides.
     */
    private static final double CONTROL_SHARE_TO_DEFER = TextDecoder.MAX_CONTROL_SHARE / 2;

    private TableSource() {
    }

    /** What one task found in its part of a file: what the driver needs of every row. */
    private record Summary(boolean utf8, long chars, long controls, List<String> columns, int[] numbers,
            List<String> idCells, List<Object[]> problems) implements Serializable {
    }

    /** One line, decoded, with its number in the file (from 1); text null when it is not valid UTF-8 or holds a NUL. */
    private record Line(int number, String text) implements Serializable {
    }

    /**
     * The documents of the JSON Lines file at {@code path} (a local path or a URI of the session's
     * file systems), or null when the file is not plain UTF-8 text and must be read by the core.
     *
     * @throws NewsTablesException as the core's reader: no text column, no such id column
     */
    static FolderSource.Documents jsonLines(JavaSparkContext jsc, String path, String name, CorpusReader.Options options) {
        byte[] head = head(jsc, path);
        if (TextDecoder.binaryKind(head).isPresent()) {
            return null;
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        String encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
        String idWanted = options.idColumn() == null ? "id" : options.idColumn().toLowerCase(java.util.Locale.ROOT);

        JavaRDD<Line> lines = jsc.hadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class)
                .values().zipWithIndex().mapPartitions(it -> {
                    // Hadoop reuses its Text objects: each is decoded before the next is read.
                    List<Line> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Tuple2<Text, Long> t = it.next();
                        out.add(new Line(Math.toIntExact(t._2 + 1), strictUtf8(t._1, t._2 == 0)));
                    }
                    return out.iterator();
                }, true);

        List<Summary> summaries = lines.mapPartitions(it -> List.of(summary(it, name, idWanted)).iterator()).collect();
        long chars = 0;
        long controls = 0;
        List<String> columns = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int rows = 0;
        for (Summary s : summaries) {
            if (!s.utf8) {
                return null;
            }
            chars += s.chars;
            controls += s.controls;
            s.columns.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
            s.problems.forEach(p -> problems.add(Doc.problem(p)));
            rows += s.numbers.length;
        }
        if (controls > CONTROL_SHARE_TO_DEFER * chars) {
            return null;
        }
        String text = TableRows.textColumn(name, columns, options.textColumn());
        String id = TableRows.idColumn(name, columns, options.idColumn());
        int[] numbers = new int[rows];
        List<String> cells = id == null ? null : new ArrayList<>(rows);
        int r = 0;
        for (Summary s : summaries) {
            System.arraycopy(s.numbers, 0, numbers, r, s.numbers.length);
            r += s.numbers.length;
            if (cells != null) {
                cells.addAll(s.idCells);
            }
        }
        TableRows.Ids ids = TableRows.ids(name, "line", numbers, cells);
        problems.addAll(ids.problems());
        if (rows == 0 && problems.isEmpty()) {
            throw TableRows.noArticles(name);
        }
        Broadcast<HashMap<Integer, String>> changed = jsc.broadcast(changedIds(numbers, cells, ids.ids()));
        List<String> cols = List.copyOf(columns);
        JavaRDD<Doc> docs = lines.mapPartitions(it -> {
            List<Doc> out = new ArrayList<>();
            while (it.hasNext()) {
                Line l = it.next();
                Map<String, String> object = parse(l.text());
                if (object != null) {
                    List<String> values = new ArrayList<>(cols.size());
                    cols.forEach(c -> values.add(object.getOrDefault(c, "")));
                    String articleId = changed.value().getOrDefault(l.number(),
                            id == null ? String.valueOf(l.number()) : object.getOrDefault(id, "").strip());
                    out.add(Doc.of(TableRows.document(articleId, Origin.at(name, "line", l.number()), cols, values,
                            text, encoding)));
                }
            }
            return out.iterator();
        }, true);
        return new FolderSource.Documents(docs, null, problems, text);
    }

    /**
     * The documents of the Parquet file or folder at {@code path}, read by Spark's Parquet source on
     * the executors: every column's value as text (null as ""), rows numbered in the order Spark
     * reads them, with the core's text, id and field rules.
     */
    static FolderSource.Documents parquet(SparkSession spark, String path, String name, CorpusReader.Options options) {
        Dataset<Row> rows;
        try {
            rows = spark.read().parquet(path);
        } catch (Exception e) {
            // Spark's AnalysisException, checked to Java, says a path does not exist or is not Parquet.
            throw new NewsTablesException(path + " could not be read as Parquet (" + e.getMessage().lines().findFirst()
                    .orElse("") + "). Check that it exists and is a Parquet file or folder, as Spark writes them.", e);
        }
        List<String> columns = TableRows.columnNames(List.of(rows.columns()));
        String text = TableRows.textColumn(name, columns, options.textColumn());
        String id = TableRows.idColumn(name, columns, options.idColumn());
        int idAt = columns.indexOf(id);
        JavaPairRDD<Row, Long> numbered = rows.javaRDD().zipWithIndex();
        List<String> cells = id == null ? null
                : numbered.map(t -> t._1.isNullAt(idAt) ? "" : String.valueOf(t._1.get(idAt))).collect();
        int count = id == null ? Math.toIntExact(numbered.count()) : cells.size();
        int[] numbers = new int[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = i + 1;
        }
        TableRows.Ids ids = TableRows.ids(name, "row", numbers, cells);
        if (count == 0) {
            throw TableRows.noArticles(name);
        }
        Broadcast<HashMap<Integer, String>> changed = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(changedIds(numbers, cells, ids.ids()));
        JavaRDD<Doc> docs = numbered.map(t -> {
            int number = Math.toIntExact(t._2 + 1);
            List<String> values = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                values.add(t._1.isNullAt(c) ? "" : String.valueOf(t._1.get(c)));
            }
            String articleId = changed.value().getOrDefault(number, id == null ? String.valueOf(number) : values.get(idAt).strip());
            return Doc.of(TableRows.document(articleId, Origin.at(name, "row", number), columns, values, text, "Parquet"));
        });
        return new FolderSource.Documents(docs, null, ids.problems(), text);
    }

    /** The rows whose final id is not their id cell, stripped (or their number, without an id column). */
    private static HashMap<Integer, String> changedIds(int[] numbers, List<String> cells, List<String> ids) {
        HashMap<Integer, String> changed = new HashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            String plain = cells == null ? String.valueOf(numbers[i]) : cells.get(i).strip();
            if (!plain.equals(ids.get(i))) {
                changed.put(numbers[i], ids.get(i));
            }
        }
        return changed;
    }

    private static Summary summary(Iterator<Line> it, String name, String idWanted) {
        boolean utf8 = true;
        long chars = 0;
        long controls = 0;
        List<String> columns = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> idCells = new ArrayList<>();
        List<Object[]> problems = new ArrayList<>();
        while (it.hasNext()) {
            Line l = it.next();
            if (l.text() == null) {
                utf8 = false;
                continue;
            }
            chars += l.text().length() + 1;
            controls += TextDecoder.controls(l.text());
            String line = l.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                Map<String, String> object = TableRows.jsonObject(line);
                object.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add);
                numbers.add(l.number());
                idCells.add(object.getOrDefault(idWanted, ""));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Doc.row(TableRows.notJson(name, l.number(), e)));
            }
        }
        return new Summary(utf8, chars, controls, columns, numbers.stream().mapToInt(Integer::intValue).toArray(),
                idCells, problems);
    }

    /** The line's JSON object, or null for a blank line or one that is not an object (a problem row already). */
    private static Map<String, String> parse(String text) {
        String line = text.strip();
        if (line.isEmpty()) {
            return null;
        }
        try {
            return TableRows.jsonObject(line);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The line as strict UTF-8 (a leading byte order mark dropped on the first), or null when it is not, or holds a NUL. */
    private static String strictUtf8(Text t, boolean first) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(t.getBytes(), 0, t.getLength())).toString();
            if (first && s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return s.indexOf('\u0000') >= 0 ? null : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The first bytes of the file, for its byte order mark and binary signatures. */
    private static byte[] head(JavaSparkContext jsc, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = p.getFileSystem(jsc.hadoopConfiguration());
            try (InputStream in = fs.open(p)) {
                return in.readNBytes(16);
            }
        } catch (IOException | RuntimeException e) {
            throw new NewsTablesException(path + " could not be read: " + e.getMessage()
                    + ". Check the address and that the Spark session may read it.", e);
        }
    }

}

package org.newstables.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.Kind;
import org.newstables.Per;
import org.newstables.bench.Benchmark;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * SparkCorpus in local mode (two threads) against Corpus on the same files: every aggregate table
 * is the same table — name, columns, types, row order and every cell — on the seeds and on a
 * generated corpus of a few hundred articles; bad files are problems, a missing path an error.
 */
class SparkCorpusTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("SparkCorpusTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theSeedsGiveCorpusTables() {
        Path seeds = Path.of("..", "seeds");
        sameAggregates(Corpus.load(seeds), SparkCorpus.load(spark, seeds.toString()));
    }

    @Test
    void aGeneratedCorpusGivesCorpusTables(@TempDir Path dir) {
        Path csv = dir.resolve("generated.csv");
        Benchmark.generate(300).write().csv(csv.toString());
        sameAggregates(Corpus.load(csv), SparkCorpus.load(spark, csv.toString()));
    }

    /**
     * A CSV file on another of the session's file systems (here a second local one under the scheme
     * other:, standing for hdfs: or s3a:) is copied to the driver and read as Corpus reads it.
     */
    @Test
    void aCsvFileOnAnotherFileSystemIsReadAsCorpusReadsIt(@TempDir Path dir) {
        Path csv = dir.resolve("elsewhere.csv");
        Benchmark.generate(120).write().csv(csv.toString());
        org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
        conf.set("fs.other.impl", OtherFileSystem.class.getName());
        conf.setBoolean("fs.other.impl.disable.cache", true);
        try {
            SparkCorpus s = SparkCorpus.load(spark, "other://" + csv.toAbsolutePath());
            Corpus c = Corpus.load(csv);
            assertSameTable(c.problems(), s.problemsTable());
            assertSameTable(c.entities(), s.entities());
            assertSameTable(c.topTerms(30), s.topTerms(30));
            NewsTablesException e = assertThrows(NewsTablesException.class,
                    () -> SparkCorpus.load(spark, "other://" + dir.resolve("missing.csv").toAbsolutePath()));
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        } finally {
            conf.unset("fs.other.impl");
            conf.unset("fs.other.impl.disable.cache");
        }
    }

    /** This machine's file system under another scheme, as a remote one would be addressed. */
    public static final class OtherFileSystem extends org.apache.hadoop.fs.RawLocalFileSystem {
        @Override
        public java.net.URI getUri() {
            return java.net.URI.create("other:///");
        }

        @Override
        public String getScheme() {
            return "other";
        }
    }

    private static void sameAggregates(Corpus c, SparkCorpus s) {
        assertEquals(c.size(), s.size(), "articles");
        // Not vacuous: the tables compared have rows, and the articles were spread over several partitions.
        for (Table t : List.of(c.entities(), c.partners(), c.cooccurrence(), c.ngrams(3), c.timeline(Per.YEAR))) {
            assertTrue(t.rowCount() > 0, t.name() + " has rows");
        }
        assertTrue(s.partitions() > 1, "partitions");
        assertSameTable(c.problems(), s.problemsTable());
        assertSameTable(c.entities(), s.entities());
        assertSameTable(c.partners(), s.partners());
        assertSameTable(c.partners("KZ"), s.partners("KZ"));
        assertSameTable(c.cooccurrence(), s.cooccurrence());
        assertSameTable(c.topTerms(40), s.topTerms(40));
        assertSameTable(c.ngrams(2), s.ngrams(2));
        assertSameTable(c.ngrams(3), s.ngrams(3));
        assertSameTable(c.timeline(Per.YEAR), s.timeline(Per.YEAR));
        assertSameTable(c.timeline(Per.MONTH, Kind.THEME), s.timeline(Per.MONTH, Kind.THEME));
        assertSameTable(c.timeline(Per.QUARTER, Kind.ENTITY, "CN", "KZ", "EG"),
                s.timeline(Per.QUARTER, Kind.ENTITY, "CN", "KZ", "EG"));
        assertEquals(c.mentions().rowCount(), s.mentions().count(), "mention rows");
        assertEquals(c.themeMentions().rowCount(), s.themeMentions().count(), "theme mention rows");
        assertEquals(c.dates().rowCount(), s.dates().count(), "date rows");
        assertEquals(c.terms().rowCount(), s.terms().count(), "term rows");
        assertEquals(c.articles().rowCount(), s.articles().count(), "article rows");
    }

    @Test
    void badFilesAreProblemsAndAMissingPathIsAnError(@TempDir Path dir) throws Exception {
        for (Path f : Files.list(Path.of("..", "seeds")).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0});
        Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
        SparkCorpus s = SparkCorpus.load(spark, dir.toString());
        assertSameTable(Corpus.load(dir).problems(), s.problemsTable());
        assertTrue(s.problemsTable().rowCount() >= 3, "the three bad files are problems");
        assertEquals(5, s.size());
        NewsTablesException e = assertThrows(NewsTablesException.class,
                () -> SparkCorpus.load(spark, dir.resolve("no-such-folder").toString()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    /**
     * A folder with subfolders, a hidden folder, a file whose name starts with an underscore (which
     * Spark's own file sources would pass over), a.txt beside a.md, bad files and metadata rows that
     * name no article: read on the executors, from a plain path and through Hadoop's file system (a
     * file: URI), it gives Corpus's problems and tables; and the articles' files are opened inside
     * Spark tasks only, never on the driver, which reads the metadata.csv alone.
     */
    @Test
    void aFolderIsReadOnTheExecutorsAsCorpusReadsIt(@TempDir Path dir) throws Exception {
        for (Path f : Files.list(Path.of("..", "seeds")).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        String text = Files.readString(dir.resolve("003_0771d52ef52d5648.txt"));
        Files.createDirectories(dir.resolve("2021/june"));
        Files.writeString(dir.resolve("2021/june/report.txt"), text);
        Files.writeString(dir.resolve("2021/june/report.md"), text.replace("الصين", "مصر"));
        Files.writeString(dir.resolve("_draft.txt"), text);
        Files.createDirectories(dir.resolve(".ipynb_checkpoints"));
        Files.writeString(dir.resolve(".ipynb_checkpoints/skipped.txt"), text);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0});
        Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
        Files.writeString(dir.resolve("metadata.csv"), Files.readString(dir.resolve("metadata.csv"))
                + "no-such-file,2020-01-01,,,,\nbinary,2020-01-01,,,,\n2021/june/report,2019-03-04,,Cairo,,visit\n");
        Corpus c = Corpus.load(dir);
        assertEquals(8, c.size());

        SparkCorpus local = SparkCorpus.load(spark, dir.toString());
        assertTrue(local.problemsTable().rowCount() >= 5, "the bad files and metadata rows are problems");
        sameAggregates(c, local);

        SparkCorpus hadoop = watched(() -> SparkCorpus.load(spark, dir.toUri().toString()));
        sameAggregates(c, hadoop);
        assertEquals(c.articles().where(c.articles().stringColumn("event").isEqualTo("visit")).rowCount(),
                hadoop.articles().filter("extra['event'] = 'visit'").count(), "the metadata rows are the articles'");
        java.util.Set<String> inTasks = new java.util.TreeSet<>();
        java.util.Set<String> onDriver = new java.util.TreeSet<>();
        WatchedFileSystem.OPENED.forEach(o -> ((Boolean) o[1] ? inTasks : onDriver).add((String) o[0]));
        assertEquals(java.util.Set.of("metadata.csv"), onDriver, "the driver reads the metadata alone");
        assertEquals(java.util.Set.of("000_dbcc2ad676738809.txt", "001_142f32de0e3f95ea.txt", "002_62e56145ec15ce3a.txt",
                "003_0771d52ef52d5648.txt", "004_59f284bc6e15a1ce.txt", "report.txt", "report.md", "_draft.txt", "empty.txt",
                "binary.txt"), inTasks, "the articles' files are read inside Spark tasks");
    }

    /** What {@code load} gives, with file: addresses read through {@link WatchedFileSystem}, its record cleared first. */
    private static SparkCorpus watched(java.util.function.Supplier<SparkCorpus> load) {
        org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
        conf.set("fs.file.impl", WatchedFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        WatchedFileSystem.OPENED.clear();
        try {
            return load.get();
        } finally {
            conf.unset("fs.file.impl");
            conf.unset("fs.file.impl.disable.cache");
        }
    }

    /** This machine's file system, noting each file opened, and whether inside a Spark task. */
    public static final class WatchedFileSystem extends org.apache.hadoop.fs.LocalFileSystem {
        static final java.util.Queue<Object[]> OPENED = new java.util.concurrent.ConcurrentLinkedQueue<>();

        @Override
        public org.apache.hadoop.fs.FSDataInputStream open(org.apache.hadoop.fs.Path f, int bufferSize)
                throws java.io.IOException {
            OPENED.add(new Object[] {f.getName(), org.apache.spark.TaskContext.get() != null});
            return super.open(f, bufferSize);
        }
    }

    @Test
    void jsonLinesWithABadLineAndParquetGiveCorpusTables(@TempDir Path dir) throws Exception {
        Table generated = Benchmark.generate(40);
        // JSON Lines: a line that is no JSON object is a problem row, the others are articles.
        List<String> lines = new java.util.ArrayList<>();
        for (int r = 0; r < generated.rowCount(); r++) {
            lines.add("{\"id\": \"" + generated.stringColumn("id").get(r) + "\", \"date\": \""
                    + generated.dateColumn("date").get(r) + "\", \"text\": "
                    + json(generated.stringColumn("text").get(r))
                    + "}");
            if (r == 7) {
                lines.add("{\"id\": \"broken\", \"text\": \"no end");
            }
        }
        Path jsonl = dir.resolve("generated.jsonl");
        Files.write(jsonl, lines);
        Corpus c = Corpus.load(jsonl);
        SparkCorpus s = SparkCorpus.load(spark, jsonl.toString());
        assertTrue(c.problems().stringColumn("kind").contains("format"), "the broken line is a problem");
        assertSameTable(c.problems(), s.problemsTable());
        assertSameTable(c.entities(), s.entities());
        assertSameTable(c.topTerms(20), s.topTerms(20));
        // Parquet, as Spark writes it: the rows of the same table.
        Path parquet = dir.resolve("generated.parquet");
        spark.read().json(jsonl.toString()).filter("id is not null and id != 'broken'").select("id", "date", "text")
                .write().parquet(parquet.toString());
        SparkCorpus p = SparkCorpus.load(spark, parquet.toString());
        assertEquals(40, p.size());
        assertSameTable(c.entities(), p.entities());
        assertSameTable(c.ngrams(2), p.ngrams(2));
    }

    /**
     * JSON Lines read on the executors, in parts: a byte order mark, keys in another order on some
     * lines, a key that appears only late (a column of its own, last), a blank line, a broken line,
     * an empty id, an id repeated across the parts, a line without text. Corpus's problems, ids,
     * encodings and aggregates; the file's lines are parsed inside Spark tasks. The same lines in
     * Windows-1256 are left to the core's reader on the driver, with the same tables.
     */
    @Test
    void jsonLinesAreReadOnTheExecutorsWithCorpusRows(@TempDir Path dir) throws Exception {
        Table generated = Benchmark.generate(80);
        List<String> lines = new java.util.ArrayList<>();
        for (int r = 0; r < generated.rowCount(); r++) {
            String id = r == 70 ? generated.stringColumn("id").get(3) : r == 20 ? " " : generated.stringColumn("id").get(r);
            String date = "\"date\": \"" + generated.dateColumn("date").get(r) + "\"";
            String text = r == 40 ? "\"body_missing\": true" : "\"text\": " + json(generated.stringColumn("text").get(r));
            String idField = "\"id\": " + json(id);
            lines.add(r % 3 == 0 ? "{" + text + ", " + idField + ", " + date + "}"
                    : "{" + idField + ", " + date + ", " + text + (r > 60 ? ", \"outlet\": \"agency " + r % 4 + "\"" : "") + "}");
            if (r == 5) {
                lines.add("   ");
            }
            if (r == 50) {
                lines.add("{\"id\": \"broken\", \"text\": \"no end");
            }
        }
        Path jsonl = dir.resolve("generated.jsonl");
        Files.writeString(jsonl, "\uFEFF" + String.join("\r\n", lines) + "\r\n");
        Corpus c = Corpus.load(jsonl);
        assertTrue(c.problems().stringColumn("kind").contains("format"), "the broken line is a problem");
        assertTrue(c.problems().stringColumn("kind").contains("id"), "the empty and the repeated id are problems");

        SparkCorpus s = watched(() -> {
            SparkCorpus loaded = SparkCorpus.load(spark, jsonl.toUri().toString());
            // The aggregates read the file again: inside the watch, so that every open is seen.
            assertSameTable(c.problems(), loaded.problemsTable());
            sameAggregates(c, loaded);
            return loaded;
        });
        assertTrue(WatchedFileSystem.OPENED.stream().filter(o -> (Boolean) o[1]).count() >= 2,
                "the lines are read inside Spark tasks, in parts");
        List<org.apache.spark.sql.Row> rows = s.articles().select("id", "encoding", "extra").collectAsList();
        Table a = c.articles();
        assertEquals(a.rowCount(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(a.stringColumn("id").get(r), rows.get(r).getString(0), "id of row " + r);
            assertEquals("UTF-8 (BOM)", rows.get(r).getString(1));
            assertEquals(a.stringColumn("outlet").get(r), rows.get(r).<String, String>getJavaMap(2).get("outlet"), "outlet of row " + r);
        }

        Path cp1256 = dir.resolve("arabic-1256.jsonl");
        Files.write(cp1256, String.join("\n", lines.subList(0, 30)).replace("\uFEFF", "").getBytes(java.nio.charset.Charset.forName("windows-1256")));
        Corpus w = Corpus.load(cp1256);
        assertEquals("windows-1256", w.articles().stringColumn("encoding").get(0));
        SparkCorpus ws = SparkCorpus.load(spark, cp1256.toString());
        assertSameTable(w.problems(), ws.problemsTable());
        assertSameTable(w.entities(), ws.entities());
        assertSameTable(w.topTerms(30), ws.topTerms(30));
    }

    /**
     * Copies — exact, with a new headline, with a paragraph dropped, with another dateline, a copy of
     * a copy — among generated articles: SparkCorpus.duplicates() is Corpus's table, with the
     * default options and with others, the copies spread over several partitions.
     */
    @Test
    void duplicatesAreCorpusDuplicates(@TempDir Path dir) throws Exception {
        Table t = Benchmark.generate(240);
        tech.tablesaw.api.StringColumn id = t.stringColumn("id");
        tech.tablesaw.api.StringColumn text = t.stringColumn("text");
        tech.tablesaw.api.DateColumn date = t.dateColumn("date");
        int[][] copies = {{3, 0}, {10, 1}, {50, 2}, {120, 3}, {200, 1}};
        for (int[] c : copies) {
            String original = text.get(c[0]);
            String copy = switch (c[1]) {
                case 0 -> original;
                case 1 -> "عنوان جديد للخبر نفسه كما نشره موقع آخر\n" + original;
                case 2 -> original.substring(0, original.lastIndexOf('\n'));
                default -> original.replaceFirst("^[^\n]*", "القاهرة 3 مارس 2019 (وكالات)");
            };
            id.append("copy-of-" + id.get(c[0]));
            text.append(copy);
            date.append(date.get(c[0]).plusDays(1));
        }
        id.append("copy-of-copy");
        text.append(text.get(text.size() - 1) + "\nسطر أضافه موقع ثالث.");
        date.append(date.get(date.size() - 1));
        Path csv = dir.resolve("copies.csv");
        t.write().csv(csv.toString());
        Corpus c = Corpus.load(csv);
        SparkCorpus s = SparkCorpus.load(spark, csv.toString());
        assertTrue(s.partitions() > 1, "partitions");
        Table expected = c.duplicates();
        assertTrue(expected.intColumn("cluster").max() >= 4, "the copies are found: " + expected.print());
        assertSameTable(expected, s.duplicates());
        org.newstables.duplicates.NearDuplicates.Options strict = org.newstables.duplicates.NearDuplicates.Options.DEFAULTS
                .withShingle(3).withThreshold(0.9);
        assertSameTable(c.duplicates(strict), s.duplicates(strict));
    }

    /** {@code s} as a JSON string. */
    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    /** Same name, columns (names and types, in order), rows, and every cell. */
    static void assertSameTable(Table expected, Table got) {
        String what = expected.name();
        assertEquals(expected.name(), got.name(), "table name");
        assertEquals(expected.columnNames(), got.columnNames(), what + ": columns");
        for (int c = 0; c < expected.columnCount(); c++) {
            assertEquals(expected.column(c).type(), got.column(c).type(), what + ": type of " + expected.column(c).name());
        }
        assertEquals(expected.rowCount(), got.rowCount(), what + ": rows");
        for (int r = 0; r < expected.rowCount(); r++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                Column<?> e = expected.column(c);
                Column<?> g = got.column(c);
                assertEquals(e.isMissing(r), g.isMissing(r), what + ": row " + r + ", " + e.name() + " missing");
                if (!e.isMissing(r)) {
                    assertEquals(e.get(r), g.get(r), what + ": row " + r + ", " + e.name());
                }
            }
        }
    }
}

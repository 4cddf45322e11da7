package org.newstables.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.common.NewsTablesException;
import org.newstables.report.ReportWriter;
import org.newstables.report.TableFile;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;

/** Tables written as Parquet and read back with Parquet's own reader, value by value. */
class ParquetTablesTest {

    /** What a Parquet file holds: its schema and its records, read with parquet-hadoop's reader. */
    private record Read(MessageType schema, List<Group> rows) {
    }

    private static Read read(Path file) throws IOException {
        List<Group> rows = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
            return new Read(schema, rows);
        }
    }

    @Test
    void everyColumnTypeRoundTripsWithItsMissingValues(@TempDir Path dir) throws IOException {
        Table t = Table.create("mixed",
                StringColumn.create("s", "الصين", "", "Xi Jinping"),
                IntColumn.create("i", 1, Integer.MIN_VALUE, -7),
                ShortColumn.create("sh", (short) 3, Short.MIN_VALUE, (short) -4),
                LongColumn.create("l", 5_000_000_000L, Long.MIN_VALUE, 0L),
                DoubleColumn.create("d", 1.5, Double.NaN, -0.25),
                FloatColumn.create("f", 2.5f, Float.NaN, 0f),
                BooleanColumn.create("b", true, false, true),
                DateColumn.create("date", LocalDate.of(2013, 9, 7), null, LocalDate.of(1969, 12, 31)),
                DateTimeColumn.create("dt", LocalDateTime.of(2022, 9, 14, 10, 30, 15, 123_000_000), null,
                        LocalDateTime.of(1970, 1, 1, 0, 0)),
                InstantColumn.create("at", Instant.parse("2020-01-01T00:00:00.001Z"), null, Instant.EPOCH),
                TimeColumn.create("time", LocalTime.of(9, 5, 1, 250_000_000), null, LocalTime.MIDNIGHT));
        t.booleanColumn("b").setMissing(1);
        Path file = dir.resolve("mixed.parquet");
        ParquetTables.write(t, file);
        Read r = read(file);

        assertEquals(List.of("s", "i", "sh", "l", "d", "f", "b", "date", "dt", "at", "time"),
                r.schema().getFields().stream().map(f -> f.getName()).toList());
        assertEquals(LogicalTypeAnnotation.stringType(), r.schema().getType("s").getLogicalTypeAnnotation());
        assertEquals(LogicalTypeAnnotation.dateType(), r.schema().getType("date").getLogicalTypeAnnotation());
        assertEquals(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS),
                r.schema().getType("dt").getLogicalTypeAnnotation());
        assertEquals(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS),
                r.schema().getType("at").getLogicalTypeAnnotation());
        assertEquals(3, r.rows().size());

        Group first = r.rows().get(0);
        assertEquals("الصين", first.getString("s", 0));
        assertEquals(1, first.getInteger("i", 0));
        assertEquals(3, first.getInteger("sh", 0));
        assertEquals(5_000_000_000L, first.getLong("l", 0));
        assertEquals(1.5, first.getDouble("d", 0));
        assertEquals(2.5f, first.getFloat("f", 0));
        assertTrue(first.getBoolean("b", 0));
        // 2013-09-07 is day 15,955 after 1970-01-01; times in microseconds.
        assertEquals(15_955, first.getInteger("date", 0));
        // Tablesaw keeps a date-time to the millisecond.
        assertEquals(LocalDateTime.of(2022, 9, 14, 10, 30, 15).toEpochSecond(java.time.ZoneOffset.UTC) * 1_000_000L
                + 123_000, first.getLong("dt", 0));
        assertEquals(1_577_836_800_001_000L, first.getLong("at", 0));
        assertEquals(((9 * 60 + 5) * 60 + 1) * 1_000_000L + 250_000, first.getLong("time", 0));

        // The middle row's every value is Tablesaw's missing value: none is written (a null in Parquet).
        Group missing = r.rows().get(1);
        for (String column : t.columnNames()) {
            assertEquals(0, missing.getFieldRepetitionCount(column), column);
        }
        Group last = r.rows().get(2);
        assertEquals(-1, last.getInteger("date", 0));
        assertEquals(-7, last.getInteger("i", 0));
        assertEquals(0, last.getLong("at", 0));
        assertEquals(-4, last.getInteger("sh", 0));
    }

    @Test
    void theReportWritesEveryTableAsParquetToo(@TempDir Path dir) throws IOException {
        TableFile parquet = TableFile.named("parquet");
        assertEquals("parquet", parquet.extension());
        Corpus seeds = Corpus.seeds();
        ReportWriter.write(seeds, dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                ReportWriter.Copies.KEEP, List.of(parquet));
        // Every table of the report (ReportWriter.tables, the one list the report writes) has its Parquet file.
        java.util.Map<String, Table> tables = ReportWriter.tables(seeds, seeds.duplicates());
        for (java.util.Map.Entry<String, Table> e : tables.entrySet()) {
            Read r = read(dir.resolve(e.getKey() + ".parquet"));
            assertEquals(e.getValue().rowCount(), r.rows().size(), e.getKey());
            assertEquals(e.getValue().columnNames(), r.schema().getFields().stream().map(f -> f.getName()).toList(), e.getKey());
            assertTrue(Files.exists(dir.resolve(e.getKey() + ".csv")), e.getKey());
        }
        assertTrue(tables.size() >= 15, tables.size() + " tables");
        assertTrue(Files.readString(dir.resolve("index.html")).contains("mentions.parquet"));
        // The mention table's values, column by column, as the library made them.
        Table mentions = seeds.mentions();
        Read r = read(dir.resolve("mentions.parquet"));
        for (int row = 0; row < mentions.rowCount(); row++) {
            Group g = r.rows().get(row);
            assertEquals(mentions.stringColumn("entity").get(row), g.getString("entity", 0));
            assertEquals(mentions.stringColumn("surface").get(row), g.getString("surface", 0));
            assertEquals(mentions.intColumn("start").get(row), g.getInteger("start", 0));
            LocalDate date = mentions.dateColumn("date").get(row);
            if (date == null) {
                assertEquals(0, g.getFieldRepetitionCount("date"));
            } else {
                assertEquals(date.toEpochDay(), g.getInteger("date", 0));
            }
            String title = mentions.stringColumn("title").get(row);
            if (title.isEmpty()) {
                assertEquals(0, g.getFieldRepetitionCount("title"));
            } else {
                assertEquals(title, g.getString("title", 0));
            }
        }
    }

    @Test
    void writingAgainReplacesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.parquet");
        ParquetTables.write(Table.create("t", IntColumn.create("n", 1, 2, 3)), file);
        ParquetTables.write(Table.create("t", IntColumn.create("n", new int[] {4})), file);
        Read r = read(file);
        assertEquals(1, r.rows().size());
        assertEquals(4, r.rows().get(0).getInteger("n", 0));
    }

    @Test
    void aWriteThatFailsLeavesNoFileAndTheOldOneAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.parquet");
        ParquetTables.write(Table.create("t", IntColumn.create("n", new int[] {7})), file);
        byte[] before = Files.readAllBytes(file);
        // A column that fails on its third row, after two rows are written (Parquet's writer still closes
        // the file with a footer, so a file written in place would look complete).
        BooleanColumn flags = BooleanColumn.create("b", true, false, true);
        BooleanColumn failing = new BooleanColumn("b", flags.data()) {
            @Override
            public boolean isMissing(int row) {
                if (row == 2) {
                    throw new IllegalStateException("row 2 cannot be read");
                }
                return super.isMissing(row);
            }
        };
        Table broken = Table.create("t", failing);
        assertThrows(IllegalStateException.class, () -> ParquetTables.write(broken, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        Path fresh = dir.resolve("fresh.parquet");
        assertThrows(IllegalStateException.class, () -> ParquetTables.write(broken, fresh));
        assertFalse(Files.exists(fresh));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("t.parquet"), left.map(p -> p.getFileName().toString()).toList(), "no part file left");
        }
    }

    @Test
    void badTablesAndPathsAreRefusedClearly(@TempDir Path dir) throws IOException {
        Table ok = Table.create("t", IntColumn.create("n", new int[] {1}));
        NewsTablesException noColumns = assertThrows(NewsTablesException.class,
                () -> ParquetTables.write(Table.create("empty"), dir.resolve("e.parquet")));
        assertTrue(noColumns.getMessage().contains("no columns"), noColumns.getMessage());
        Table ragged = Table.create("r", IntColumn.create("a", new int[] {1, 2, 3}), IntColumn.create("b", new int[] {1, 2, 3}));
        ragged.intColumn("a").append(4);
        NewsTablesException lengths = assertThrows(NewsTablesException.class,
                () -> ParquetTables.write(ragged, dir.resolve("r.parquet")));
        assertTrue(lengths.getMessage().contains("same length"), lengths.getMessage());
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        NewsTablesException isFolder = assertThrows(NewsTablesException.class, () -> ParquetTables.write(ok, folder));
        assertTrue(isFolder.getMessage().contains("is a folder"), isFolder.getMessage());
        assertTrue(Files.isDirectory(folder), "the folder is left alone");
        NewsTablesException noFolder = assertThrows(NewsTablesException.class,
                () -> ParquetTables.write(ok, dir.resolve("no-such-folder").resolve("t.parquet")));
        assertTrue(noFolder.getMessage().contains("does not exist"), noFolder.getMessage());
        try (var left = Files.list(dir)) {
            assertEquals(List.of("a-folder"), left.map(p -> p.getFileName().toString()).toList());
        }
    }
}

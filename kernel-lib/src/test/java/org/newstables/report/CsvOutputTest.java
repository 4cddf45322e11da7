package org.newstables.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
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

/** The fast CSV path writes the very bytes Tablesaw's {@code table.write().csv(file)} writes. */
class CsvOutputTest {

    @TempDir
    Path dir;

    /** What univocity quotes, escapes or trims, mixed with Arabic, other scripts and plain words. */
    private static final String[] PIECES = {"", " ", "  ", "\t", "\n", "\r", "\r\n", ",", "\"", "\"\"", "'", ";", "\\",
        "\u00a0", "\u200f", "\u0000", "\u001f", "الصين", "كازاخستان", "a", "Word", "1.5", "-3", "😀", "\ud800", "x y",
        "«", "»", "#", "=", "NaN"};

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private byte[] tablesaw(Table table) throws IOException {
        Path file = dir.resolve("tablesaw.csv");
        table.write().csv(file.toFile());
        return Files.readAllBytes(file);
    }

    private byte[] ours(Table table) throws IOException {
        Path file = dir.resolve("ours.csv");
        CsvOutput.write(table, file);
        return Files.readAllBytes(file);
    }

    @Test
    void randomTablesOfEveryColumnTypeAreWrittenAsTablesawWritesThem() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int rows = random.nextInt(round < 30 ? 8 : 400);
            // Few distinct values make the string column a repeated one (encoded once per value), many a unique one.
            String[] repeated = new String[1 + random.nextInt(6)];
            for (int i = 0; i < repeated.length; i++) {
                repeated[i] = randomString(random);
            }
            StringColumn few = StringColumn.create(randomString(random) + "few");
            StringColumn many = StringColumn.create("many \"names\", with commas");
            IntColumn ints = IntColumn.create("ints");
            LongColumn longs = LongColumn.create("longs");
            ShortColumn shorts = ShortColumn.create("shorts");
            DoubleColumn doubles = DoubleColumn.create("doubles");
            FloatColumn floats = FloatColumn.create("floats");
            BooleanColumn booleans = BooleanColumn.create("booleans");
            DateColumn dates = DateColumn.create("dates");
            DateTimeColumn times = DateTimeColumn.create("times");
            InstantColumn instants = InstantColumn.create("instants");
            for (int r = 0; r < rows; r++) {
                boolean missing = random.nextInt(6) == 0;
                few.append(repeated[random.nextInt(repeated.length)]);
                many.append(missing ? null : randomString(random) + r);
                if (missing) {
                    ints.appendMissing();
                    longs.appendMissing();
                    shorts.appendMissing();
                    doubles.appendMissing();
                    floats.appendMissing();
                    booleans.appendMissing();
                    dates.appendMissing();
                    times.appendMissing();
                    instants.appendMissing();
                    continue;
                }
                ints.append(random.nextInt());
                longs.append(random.nextLong());
                shorts.append((short) random.nextInt());
                doubles.append(random.nextInt(3) == 0 ? random.nextInt(100) : random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
                floats.append(random.nextFloat());
                booleans.append(random.nextBoolean());
                dates.append(LocalDate.ofEpochDay(random.nextInt(40_000)));
                times.append(LocalDateTime.of(2020, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)));
                instants.append(Instant.ofEpochSecond(random.nextInt(2_000_000_000)));
            }
            Table table = Table.create("t", few, many, ints, longs, shorts, doubles, floats, booleans, dates, times, instants);
            assertArrayEquals(tablesaw(table), ours(table), "round " + round + ", " + rows + " rows");
        }
    }

    @Test
    void aStringOnlyTableWithLineBreaksAndEmptyRowsIsWrittenAsTablesawWritesIt() throws IOException {
        StringColumn one = StringColumn.create("text", "", "line one\nline two", "  padded  ", "\"quoted\"", "", "a,b");
        Table table = Table.create("t", one);
        assertArrayEquals(tablesaw(table), ours(table));
        Table empty = Table.create("empty", StringColumn.create("a"), IntColumn.create("b"));
        assertArrayEquals(tablesaw(empty), ours(empty));
    }

    @Test
    void theSeedsTablesAreWrittenAsTablesawWritesThem() throws IOException {
        Corpus seeds = Corpus.seeds();
        for (Table table : new Table[] {seeds.articles(), seeds.mentions(), seeds.themeMentions(), seeds.dates(),
                seeds.removed(), seeds.entities(), seeds.topTerms(50), seeds.timeline(org.newstables.Per.MONTH)}) {
            byte[] expected = tablesaw(table);
            assertArrayEquals(expected, ours(table), table.name());
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            CsvOutput.write(table, stream);
            assertArrayEquals(expected, stream.toByteArray(), table.name() + " to a stream");
        }
    }
}

package org.newstables.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes Tablesaw tables as Apache Parquet files, with the column types kept: strings as UTF-8
 * strings, int and short columns as INT32, long as INT64, double and float as themselves, dates
 * as Parquet DATE (days since 1970-01-01), date-times as TIMESTAMP and times as TIME in
 * microseconds (local, not adjusted to UTC), instants as TIMESTAMP adjusted to UTC. Every column
 * is optional: a missing value is a null, which pandas reads as NaN/None/NaT and Spark as null.
 * Files are Snappy-compressed, pandas' and Spark's default, in one file per table.
 *
 * <p>Written with Apache Parquet's own Java writer ({@code parquet-hadoop}, its example {@link
 * Group} records and a {@link LocalOutputFile}); only the mapping of Tablesaw's column types to
 * Parquet's is this class's.
 */
public final class ParquetTables {

    private ParquetTables() {
    }

    /**
     * Writes {@code table} to {@code file}, replacing it if it exists, one column per Tablesaw column
     * under the same name. The file is written beside its final place and moved there only when
     * complete: a write that fails leaves no file, and the old one as it was.
     *
     * @throws IOException when the file cannot be written
     * @throws NewsTablesException when {@code file} is a folder or its folder does not exist, when
     *     the table has no columns or columns of different lengths, or when a column's type has no
     *     Parquet counterpart here (a column type of one's own; every Tablesaw type has one)
     */
    public static void write(Table table, Path file) throws IOException {
        MessageType schema = schema(table);
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new NewsTablesException(file + " is a folder; give the Parquet file's own name, such as "
                    + file.resolve("table.parquet") + ".");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NewsTablesException("The folder " + folder + " of " + file + " does not exist; create it"
                    + " (Files.createDirectories) or write the file elsewhere.");
        }
        // Parquet's writer writes its footer when closed, even after an error: a file written in place
        // would then look complete with part of the rows.
        Path part = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        boolean moved = false;
        try {
            writeRows(table, schema, part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(part);
            }
        }
    }

    private static void writeRows(Table table, MessageType schema, Path file) throws IOException {
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withType(schema)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .build()) {
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            List<Column<?>> columns = table.columns();
            for (int r = 0; r < table.rowCount(); r++) {
                Group g = groups.newGroup();
                for (int c = 0; c < columns.size(); c++) {
                    Column<?> column = columns.get(c);
                    if (!column.isMissing(r)) {
                        add(g, c, column, r);
                    }
                }
                writer.write(g);
            }
        }
    }

    /** The Parquet schema of {@code table}: one optional field per column, in order. */
    private static MessageType schema(Table table) {
        if (table.columnCount() == 0) {
            throw new NewsTablesException("Table " + table.name() + " has no columns; a Parquet file needs at least one.");
        }
        for (Column<?> column : table.columns()) {
            if (column.size() != table.rowCount()) {
                throw new NewsTablesException("Column " + column.name() + " of table " + table.name() + " has "
                        + column.size() + " rows and the table " + table.rowCount() + "; make the columns the same"
                        + " length before writing.");
            }
        }
        // Tablesaw already refuses two columns of one name, which Parquet would refuse too.
        List<Type> fields = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            fields.add(field(table, column));
        }
        return new MessageType("table", fields);
    }

    private static Type field(Table table, Column<?> column) {
        ColumnType type = column.type();
        String name = column.name();
        if (type == ColumnType.STRING) {
            return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
        } else if (type == ColumnType.INTEGER) {
            return Types.optional(PrimitiveTypeName.INT32).named(name);
        } else if (type == ColumnType.SHORT) {
            return Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.intType(16, true)).named(name);
        } else if (type == ColumnType.LONG) {
            return Types.optional(PrimitiveTypeName.INT64).named(name);
        } else if (type == ColumnType.DOUBLE) {
            return Types.optional(PrimitiveTypeName.DOUBLE).named(name);
        } else if (type == ColumnType.FLOAT) {
            return Types.optional(PrimitiveTypeName.FLOAT).named(name);
        } else if (type == ColumnType.BOOLEAN) {
            return Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
        } else if (type == ColumnType.LOCAL_DATE) {
            return Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
        } else if (type == ColumnType.LOCAL_DATE_TIME) {
            return Types.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS)).named(name);
        } else if (type == ColumnType.INSTANT) {
            return Types.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(name);
        } else if (type == ColumnType.LOCAL_TIME) {
            return Types.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timeType(false, LogicalTypeAnnotation.TimeUnit.MICROS)).named(name);
        }
        throw new NewsTablesException("Column " + name + " of table " + table.name() + " is of type " + type.name()
                + ", which has no Parquet counterpart here; convert it (for example to a string column) before writing.");
    }

    private static void add(Group g, int field, Column<?> column, int row) {
        Object v = column.get(row);
        ColumnType type = column.type();
        if (type == ColumnType.STRING) {
            g.add(field, (String) v);
        } else if (type == ColumnType.INTEGER || type == ColumnType.SHORT) {
            g.add(field, ((Number) v).intValue());
        } else if (type == ColumnType.LONG) {
            g.add(field, (Long) v);
        } else if (type == ColumnType.DOUBLE) {
            g.add(field, (Double) v);
        } else if (type == ColumnType.FLOAT) {
            g.add(field, (Float) v);
        } else if (type == ColumnType.BOOLEAN) {
            g.add(field, (Boolean) v);
        } else if (type == ColumnType.LOCAL_DATE) {
            g.add(field, Math.toIntExact(((LocalDate) v).toEpochDay()));
        } else if (type == ColumnType.LOCAL_DATE_TIME) {
            g.add(field, micros(((LocalDateTime) v).toEpochSecond(ZoneOffset.UTC), ((LocalDateTime) v).getNano()));
        } else if (type == ColumnType.INSTANT) {
            java.time.Instant i = (java.time.Instant) v;
            g.add(field, micros(i.getEpochSecond(), i.getNano()));
        } else {
            g.add(field, ((LocalTime) v).toNanoOfDay() / 1_000);
        }
    }

    private static long micros(long seconds, int nanos) {
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), nanos / 1_000);
    }
}

package org.newstables.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Between Tablesaw tables and Spark rows: schemas, rows as arrays, and rows appended to a table. */
final class Tables {

    private Tables() {
    }

    /** The Spark type of a Tablesaw column type: a time of day becomes its ISO text. */
    static DataType sparkType(ColumnType type) {
        if (type == ColumnType.INTEGER) {
            return DataTypes.IntegerType;
        } else if (type == ColumnType.LONG) {
            return DataTypes.LongType;
        } else if (type == ColumnType.DOUBLE) {
            return DataTypes.DoubleType;
        } else if (type == ColumnType.BOOLEAN) {
            return DataTypes.BooleanType;
        } else if (type == ColumnType.LOCAL_DATE) {
            return DataTypes.DateType;
        }
        return DataTypes.StringType;
    }

    /** The schema of {@code t}'s columns, in order. */
    static StructType schema(Table t) {
        List<StructField> fields = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The rows of {@code t} as arrays of cells (null when missing; times as text), with {@code extra} cells after. */
    static List<Object[]> rows(Table t, Object... extra) {
        List<Object[]> out = new ArrayList<>(t.rowCount());
        int width = t.columnCount();
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] row = new Object[width + extra.length];
            for (int c = 0; c < width; c++) {
                Column<?> col = t.column(c);
                // Text cells keep "" (Tablesaw's missing text); other missing cells are null.
                Object v = col.type() == ColumnType.STRING ? t.stringColumn(c).get(r) : col.isMissing(r) ? null : col.get(r);
                row[c] = v instanceof java.time.LocalTime ? v.toString() : v;
            }
            System.arraycopy(extra, 0, row, width, extra.length);
            out.add(row);
        }
        return out;
    }

    /** Spark's value of a date cell (a LocalDate, or a java.sql.Date without the Java 8 API) as a LocalDate. */
    static LocalDate date(Object v) {
        if (v == null || v instanceof LocalDate) {
            return (LocalDate) v;
        }
        return ((java.sql.Date) v).toLocalDate();
    }

    /** Appends {@code rows} (Spark rows with the template's columns first, in order) to {@code table}. */
    static Table append(Table table, List<Row> rows) {
        for (Row row : rows) {
            for (int c = 0; c < table.columnCount(); c++) {
                Column<?> col = table.column(c);
                Object v = row.get(c);
                if (v == null) {
                    col.appendMissing();
                } else if (col.type() == ColumnType.LOCAL_DATE) {
                    table.dateColumn(c).append(date(v));
                } else if (col.type() == ColumnType.INTEGER) {
                    table.intColumn(c).append(((Number) v).intValue());
                } else if (col.type() == ColumnType.LONG) {
                    table.longColumn(c).append(((Number) v).longValue());
                } else if (col.type() == ColumnType.DOUBLE) {
                    table.doubleColumn(c).append(((Number) v).doubleValue());
                } else {
                    table.stringColumn(c).append(v.toString());
                }
            }
        }
        return table;
    }
}

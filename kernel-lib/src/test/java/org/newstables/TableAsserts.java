package org.newstables;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Assertions on a whole table, in the style of DFLib's {@code DataFrameAsserts}: its column names
 * and types, its height, and its rows as expected values, compactly.
 * <pre>{@code
 * TableAsserts.of(c.entities())
 *         .expectColumns("entity", "label", "mentions")
 *         .expectTypes(STRING, STRING, INTEGER)
 *         .expectHeight(2)
 *         .expectRow(0, "CN", "China", 4)
 *         .expectRow(1, "EG", "Egypt", 2);
 * TableAsserts.of(c.entities()).select("entity", "mentions").expectRows(
 *         row("CN", 4),
 *         row("EG", 2));
 * }</pre>
 * Cells compare as their column gives them ({@link Column#get}): a missing number or date is
 * {@code null}, a missing string {@code ""}; numbers compare by value, and a double within
 * {@value #TOLERANCE} (relative). A failure names the table, the row and the column, and prints
 * the table; a whole-table comparison reports expected and actual rows so an IDE can diff them.
 */
public final class TableAsserts {

    /** Relative tolerance for comparing doubles. */
    public static final double TOLERANCE = 1e-9;

    private static final int PRINTED_ROWS = 40;

    private final Table table;

    private TableAsserts(Table table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Assertions on {@code table}. */
    public static TableAsserts of(Table table) {
        return new TableAsserts(table);
    }

    /** One expected row, for {@link #expectRows}. */
    public static Object[] row(Object... values) {
        return values;
    }

    /** The table asserted on, for anything the assertions here do not cover. */
    public Table table() {
        return table;
    }

    /** Assertions on these columns of the table only, in this order (for tables with many columns). */
    public TableAsserts select(String... columns) {
        for (String c : columns) {
            if (!table.columnNames().contains(c)) {
                throw failure("has no column '" + c + "'; its columns are " + table.columnNames());
            }
        }
        return new TableAsserts(table.selectColumns(columns).setName(table.name()));
    }

    /** The column names, all of them, in order. */
    public TableAsserts expectColumns(String... names) {
        List<String> expected = Arrays.asList(names);
        if (!expected.equals(table.columnNames())) {
            throw new AssertionFailedError(describe() + ": column names differ", expected, table.columnNames());
        }
        return this;
    }

    /** The column types, all of them, in order. */
    public TableAsserts expectTypes(ColumnType... types) {
        List<String> expected = Arrays.stream(types).map(ColumnType::name).toList();
        List<String> actual = table.columns().stream().map(c -> c.type().name()).toList();
        if (!expected.equals(actual)) {
            List<String> named = new ArrayList<>();
            for (int i = 0; i < actual.size(); i++) {
                named.add(table.column(i).name() + " " + actual.get(i));
            }
            throw new AssertionFailedError(describe() + ": column types differ; the table has " + named, expected, actual);
        }
        return this;
    }

    /** The number of rows. */
    public TableAsserts expectHeight(int rows) {
        if (table.rowCount() != rows) {
            throw new AssertionFailedError(describe() + ": expected " + rows + " rows but found " + table.rowCount()
                    + "\n" + printed(), rows, table.rowCount());
        }
        return this;
    }

    /** Row {@code index}, every cell (of the selected columns). */
    public TableAsserts expectRow(int index, Object... values) {
        if (index < 0 || index >= table.rowCount()) {
            throw failure("has no row " + index + " (it has " + table.rowCount() + ")\n" + printed());
        }
        if (values.length != table.columnCount()) {
            throw failure("row " + index + ": " + values.length + " values expected for " + table.columnCount()
                    + " columns " + table.columnNames());
        }
        for (int c = 0; c < values.length; c++) {
            Object actual = table.column(c).get(index);
            if (!same(values[c], actual)) {
                throw new AssertionFailedError(describe() + ", row " + index + ", column '" + table.column(c).name()
                        + "': expected " + show(values[c]) + " but was " + show(actual) + "\nrow " + index + ": "
                        + show(cells(index)) + "\n" + printed(), values[c], actual);
            }
        }
        return this;
    }

    /** Every row, in order: the height and each cell (of the selected columns). */
    public TableAsserts expectRows(Object[]... rows) {
        List<String> expected = new ArrayList<>();
        for (Object[] r : rows) {
            expected.add(show(Arrays.asList(r)));
        }
        List<String> actual = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            actual.add(show(cells(r)));
        }
        String difference = null;
        for (int r = 0; difference == null && r < Math.min(rows.length, table.rowCount()); r++) {
            if (rows[r].length != table.columnCount()) {
                difference = "row " + r + " has " + rows[r].length + " values for " + table.columnCount() + " columns";
            }
            for (int c = 0; difference == null && c < rows[r].length; c++) {
                Object cell = table.column(c).get(r);
                if (!same(rows[r][c], cell)) {
                    difference = "row " + r + ", column '" + table.column(c).name() + "': expected " + show(rows[r][c])
                            + " but was " + show(cell);
                }
            }
        }
        if (difference == null && rows.length != table.rowCount()) {
            difference = "expected " + rows.length + " rows but found " + table.rowCount();
        }
        if (difference != null) {
            throw new AssertionFailedError(describe() + ": " + difference + "\ncolumns " + table.columnNames()
                    + "\nexpected rows:\n" + String.join("\n", expected) + "\nactual rows:\n" + String.join("\n", actual),
                    String.join("\n", expected), String.join("\n", actual));
        }
        return this;
    }

    /** Every value of one column, in order. */
    public TableAsserts expectColumn(String name, Object... values) {
        return select(name).expectRows(Arrays.stream(values).map(v -> new Object[] {v}).toArray(Object[][]::new));
    }

    private List<Object> cells(int row) {
        List<Object> out = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            out.add(c.get(row));
        }
        return out;
    }

    private static boolean same(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            if (e instanceof Double || e instanceof Float || a instanceof Double || a instanceof Float) {
                double x = e.doubleValue();
                double y = a.doubleValue();
                return x == y || Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(x));
            }
            return e.longValue() == a.longValue();
        }
        return Objects.equals(expected, actual);
    }

    private static String show(Object value) {
        if (value instanceof String s) {
            return "\"" + s.replace("\n", "\\n") + "\"";
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return value.toString();
        }
        if (value instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(v -> parts.add(show(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(value);
    }

    private String describe() {
        return "table '" + table.name() + "'";
    }

    private AssertionFailedError failure(String message) {
        return new AssertionFailedError(describe() + " " + message);
    }

    private String printed() {
        return table.rowCount() <= PRINTED_ROWS ? table.printAll() : table.first(PRINTED_ROWS).print() + "\n…";
    }
}

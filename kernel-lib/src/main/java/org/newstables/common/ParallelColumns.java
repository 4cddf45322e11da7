package org.newstables.common;

import java.util.List;
import java.util.function.Supplier;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Makes the columns of one table at the same time, on the pool the caller runs in ({@link Chunks}).
 * A string column's dictionary is built on one thread ({@link StringColumns}): the mentions table of
 * 100,000 generated articles has eleven columns over 5 million rows, and made one after the other
 * they left the second thread idle for a tenth of a second per table (async-profiler, two threads);
 * made at once, one column's dictionary is built while another's is.
 *
 * <p>Tablesaw's column classes initialise one another (ColumnType and AbstractColumnType), so two
 * threads making their first columns at once can deadlock: when the mention tables' columns were
 * first made in parallel (commit 7d1cfba, undone by e6365bd), a notebook kernel's main thread waited
 * in DateColumn's constructor for AbstractColumnType while a pool thread, in StringColumns'
 * initialiser, waited in ColumnType's for the main thread. This class's initialiser therefore makes
 * one column of each kind the tables use on the thread that first asks for columns, before it hands
 * out any work: the makers of that call, and of every later one, initialise no column class. It
 * enters Tablesaw's cycle of column types where every other first column of NewsTables does, through
 * StringColumn (StringColumnType initialises ColumnType, which initialises every type it registers):
 * entered through ColumnType instead, it deadlocked against another thread making its first
 * StringColumn at that moment (a helper's race of two threads, 15 of 20 fresh JVMs;
 * {@code ParallelColumnsTest} runs it). A thread of the user's own that makes its first column of
 * another type at that moment can still meet Tablesaw's cycle, as it could before. Hand-written:
 * Tablesaw makes a table's columns one at a time.
 */
@Internal
public final class ParallelColumns {

    static {
        // Each of these initialises its classes here, on this thread, StringColumn's first (see above).
        StringColumn.create("string").append("a");
        StringColumns.of("string", new String[0], new int[0]);
        DateColumn.create("date").append(java.time.LocalDate.EPOCH);
        TimeColumn.create("time").append(java.time.LocalTime.NOON);
        IntColumn.create("int");
        DoubleColumn.create("double");
        NumberColumns.ints("int", new int[0]);
        NumberColumns.doubles("double", new double[0]);
    }

    private ParallelColumns() {
    }

    /**
     * The columns {@code makers} make, in their order, made in parallel: each maker runs once, on
     * one thread, and must not share what it changes with another maker. A maker may itself work in
     * parallel ({@link Chunks}). What a maker throws is thrown here (the fork/join framework may wrap
     * it in a copy of its class, the original as its cause), and then no maker not yet begun starts;
     * makers already begun on other threads may still be running when it is thrown.
     */
    public static List<Column<?>> of(List<Supplier<? extends Column<?>>> makers) {
        return Chunks.each(makers.size(), i -> makers.get(i).get());
    }

    /**
     * Runs each of {@code fills} once, in parallel, as {@link #of} does: for columns made beforehand on
     * this thread and filled row by row, each by one fill.
     */
    public static void fill(List<Runnable> fills) {
        Chunks.forEach(fills.size(), i -> fills.get(i).run());
    }
}

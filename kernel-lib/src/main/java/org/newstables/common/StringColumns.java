package org.newstables.common;

import tech.tablesaw.api.StringColumn;

/**
 * Builds Tablesaw string columns from codes: a column of many rows but few distinct values (an
 * article id, a term, an entity key) is made as a dictionary and one code per row, and appended
 * row by row through Tablesaw's public API, so that the column is Tablesaw's own whatever its
 * storage becomes in another version. (It used to fill Tablesaw's int dictionary directly, with its
 * internal key constants, which a Tablesaw upgrade could break silently. That took about 0.2 s of
 * CPU for a column of 20 million rows, appending takes 2 to 3 s: on 100,000 generated articles
 * terms(), 22 million rows and three string columns, takes about 3 s more CPU, 4 s then 7 s; the
 * mention tables and the report differ by less than the noise of a shared machine.)
 */
public final class StringColumns {

    private StringColumns() {
    }

    /**
     * A column whose row {@code r} is {@code dictionary[codes[r]]}. The dictionary may hold
     * duplicates and values no row uses; null and empty values are Tablesaw's missing value.
     */
    public static StringColumn of(String name, String[] dictionary, int[] codes) {
        return of(name, dictionary, codes, codes.length);
    }

    /** {@link #of(String, String[], int[])} over the first {@code rows} codes. */
    public static StringColumn of(String name, String[] dictionary, int[] codes, int rows) {
        StringColumn column = StringColumn.create(name);
        for (int r = 0; r < rows; r++) {
            column.append(dictionary[codes[r]]);
        }
        return column;
    }
}

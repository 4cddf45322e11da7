package org.newstables.corpus;

import java.util.Comparator;

/**
 * Where an article or a problem came from: a file, and for a CSV, JSONL or metadata file the row
 * or line in it. Written {@code news.csv, row 12}; problems are sorted by file, then by number,
 * from these fields rather than from that text.
 *
 * @param file   the path as the user gave it, relative to the corpus folder
 * @param unit   {@code row} or {@code line}, or "" for a whole file
 * @param number the 1-based row or line, or 0 for a whole file
 */
public record Origin(String file, String unit, int number) {

    /** Files in order of their names, then rows or lines in order of their numbers. */
    public static final Comparator<Origin> IN_INPUT_ORDER = Comparator.comparing(Origin::file)
            .thenComparingInt(Origin::number);

    /** A whole file. */
    public static Origin of(String file) {
        return new Origin(file, "", 0);
    }

    /** Row or line {@code number} of {@code file}. */
    public static Origin at(String file, String unit, int number) {
        return new Origin(file, unit, number);
    }

    @Override
    public String toString() {
        return unit.isEmpty() ? file : file + ", " + unit + " " + number;
    }
}

package org.newstables.corpus;

import java.util.List;

/**
 * The {@link Problem.Kind#FORMAT} rows of one CSV file whose quotes {@link CsvText#strayQuote} found
 * odd: the first {@link #LISTED}, each at its row, then one row of the file saying how many more. A
 * file written with a stray quote in every row would otherwise give as many problem rows as articles
 * (1.35 million for an 80 MB file), and take several times as long to read.
 */
final class QuoteProblems {

    static final int LISTED = 100;

    private final String file;
    private final List<Problem> problems;
    private int rows;

    /** Rows of {@code file} go to {@code problems}. */
    QuoteProblems(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** What {@link CsvText#strayQuote} says of row {@code row} (from 1, as the file's articles are numbered). */
    void add(String what, int row) {
        if (rows++ < LISTED) {
            problems.add(new Problem(Origin.at(file, "row", row), Problem.Kind.FORMAT, what));
        }
    }

    /** Once the file is read: the row that counts those past {@link #LISTED}, if any. */
    void end() {
        if (rows > LISTED) {
            int more = rows - LISTED;
            problems.add(new Problem(Origin.of(file), Problem.Kind.FORMAT, more + " more " + (more == 1 ? "row has" : "rows have")
                    + " a quote that closes lines further on before other characters, as a quote left open does,"
                    + " besides the " + LISTED + " listed. Check how the file writes a quote inside a cell:"
                    + " CSV writes it as two (\"\"), not as \\\"."));
        }
    }
}

package org.newstables.corpus;

import java.util.Locale;

/**
 * Something in the input that could not be used as it was, and why: a row of
 * {@code Corpus.problems()}.
 *
 * @param origin  the file, and where useful the row or line ({@code news.csv, row 12})
 * @param kind    what sort of problem it is
 * @param problem what is wrong and what to do about it
 */
public record Problem(Origin origin, Kind kind, String problem) {

    /** What sort of problem: the {@code kind} column of {@code problems()}. */
    public enum Kind {
        /** A file or article that was not read at all: not a file, too large, unreadable, not text. */
        NOT_READ,
        /** A file or row with no text; the article was skipped. */
        EMPTY,
        /** Bytes that were not valid in the encoding, or Arabic that had been mis-decoded before. */
        ENCODING,
        /**
         * A line of a JSONL file that is no JSON object; a CSV row whose quotes look like one left open
         * (the first 100 of a file, then one row of the file saying how many more).
         */
        FORMAT,
        /** An empty or repeated article id. */
        ID,
        /** A metadata file or value that could not be used. */
        METADATA,
        /** Dates that disagree, are ambiguous, lie in the future, or a weekday that fits no date. */
        DATE;

        /** The kind as the table writes it: not_read, encoding, date, … */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where, as written in the table's {@code source} column: {@code news.csv, row 12}. */
    public String source() {
        return origin.toString();
    }
}

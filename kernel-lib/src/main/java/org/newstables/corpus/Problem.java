package org.newstables.corpus;

/**
 * Something in the input that could not be used as it was, and why: a row of
 * {@code Corpus.problems()}.
 *
 * @param source  the file, and where useful the line or row, e.g. {@code news.csv, row 12}
 * @param problem what is wrong and what to do about it
 */
public record Problem(String source, String problem) {
}

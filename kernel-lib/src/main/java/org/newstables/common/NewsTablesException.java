package org.newstables.common;

/**
 * An input NewsTables cannot use, with a message that says what is wrong, where, and what to do.
 *
 * <pre>{@code
 * Corpus.load(Path.of("missing"));
 * // NewsTablesException: missing does not exist. Give the path of a folder of .txt/.md files,
 * //                      or of a .csv or .jsonl file.
 * }</pre>
 */
public class NewsTablesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with its message. */
    public NewsTablesException(String message) {
        super(message);
    }

    /** An exception with its message and the underlying cause. */
    public NewsTablesException(String message, Throwable cause) {
        super(message, cause);
    }
}

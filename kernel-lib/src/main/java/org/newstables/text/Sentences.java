package org.newstables.text;

import java.util.Arrays;

/**
 * Splits a text into sentences: at every line break, and after {@code .} {@code !} {@code ?}
 * {@code ؟} or {@code …} (and any closing quotes or brackets) when white space or the end of
 * the text follows. So {@code arabic.news.cn} and {@code 3.5} stay whole.
 *
 * <p>Hand-written: the JDK's sentence {@link java.text.BreakIterator} does not break at the Arabic
 * question mark in every locale and treats line breaks inside paragraphs as spaces, while news
 * files put one paragraph per line.
 */
public final class Sentences {

    private final int[] starts;
    private final int[] ends;

    private Sentences(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The sentences of {@code text}, without leading or trailing white space. */
    public static Sentences split(String text) {
        char[] cs = new char[text.length()];
        text.getChars(0, cs.length, cs, 0);
        return split(cs, text.length());
    }

    /**
     * {@link #split(String)} of the text held in {@code cs[0, len)}: a thread's analyzer passes the
     * copy it reads the tokens from.
     */
    static Sentences split(char[] cs, int len) {
        int[] s = new int[16];
        int[] e = new int[16];
        int n = 0;
        int start = 0;
        // Scanned as an array: String.charAt checks its index and the string's coder on every call,
        // and this loop reads every character of every article.
        for (int i = 0; i <= len; i++) {
            // Most characters are neither a line break nor a terminal: skip them in a tight loop.
            while (i < len && !isBreak(cs[i])) {
                i++;
            }
            boolean cut;
            int cutAt = i;
            if (i == len || cs[i] == '\n') {
                cut = true;
            } else {
                int j = i + 1;
                while (j < len && isCloser(cs[j])) {
                    j++;
                }
                cut = j == len || Character.isWhitespace(cs[j]);
                cutAt = j;
                if (cut) {
                    i = j - 1;
                }
            }
            if (!cut) {
                continue;
            }
            int a = start;
            int b = cutAt;
            while (a < b && Character.isWhitespace(cs[a])) {
                a++;
            }
            while (b > a && Character.isWhitespace(cs[b - 1])) {
                b--;
            }
            if (b > a) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                    e = Arrays.copyOf(e, n * 2);
                }
                s[n] = a;
                e[n] = b;
                n++;
            }
            start = cutAt;
            if (i < len && cs[i] == '\n') {
                start = i + 1;
            }
        }
        return new Sentences(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    /** The line break and the ASCII terminals ({@code . ! ?}), as bits by character: all are below 64. */
    private static final long ASCII_BREAKS = 1L << '\n' | 1L << '.' | 1L << '!' | 1L << '?';

    /**
     * A line break or a terminal: where a sentence may end. One shift and test for the ASCII ones, so
     * that an Arabic letter costs two comparisons rather than six: this runs on every character.
     */
    private static boolean isBreak(char c) {
        return c < 64 ? (ASCII_BREAKS >>> c & 1L) != 0 : c == '\u061F' || c == '\u2026';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019'
                || c == '\u00BB' || isTerminal(c);
    }

    /** How many sentences there are. */
    public int count() {
        return starts.length;
    }

    /** Start offset of sentence {@code i} (0-based). */
    public int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) of sentence {@code i} (0-based). */
    public int end(int i) {
        return ends[i];
    }

    /** The 1-based number of the sentence that holds {@code offset}, or the nearest one before it. */
    public int numberAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, i) + 1;
    }

    /**
     * {@link #numberAt(int)}, searched forward from sentence {@code from} (1-based), which must not
     * start after {@code offset}: for offsets asked in text order, a cursor instead of a binary
     * search each time.
     */
    public int numberAt(int offset, int from) {
        int i = from - 1;
        while (i + 1 < starts.length && starts[i + 1] <= offset) {
            i++;
        }
        return i + 1;
    }
}

package org.newstables.common;

import java.util.regex.Pattern;

/**
 * Regular expressions that several steps split or match with, compiled once: {@code
 * String.split(regex)} and {@code replaceAll} compile their pattern on every call, which cost a
 * fresh JVM's seeds pipeline about 0.4 s when done per lexicon line and per word.
 */
@Internal
public final class Patterns {

    /** One or more white-space characters ({@code \s+}: ASCII space, tab, line breaks, form feed, vertical tab). */
    public static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Patterns() {
    }

    /**
     * {@code (?:w1|w2|…)}: {@code words} as a non-capturing alternation, each taken literally
     * ({@link Pattern#quote}), tried in the order given.
     */
    public static String literalAlternation(java.util.Collection<String> words) {
        return words.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Whether {@code c} is white space as {@link #WHITE_SPACE} and every other pattern's {@code \s}
     * read it: space, tab, line feed, vertical tab, form feed, carriage return (not a no-break space,
     * nor the other Unicode spaces). For code that finds where a pattern can match before trying it.
     */
    public static boolean isWhiteSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Whether {@code codePoint} is what {@code [\p{L}\p{N}]} matches, the class of the patterns'
     * word boundaries: a letter or a number of any category (a lone surrogate is neither). For code
     * that finds where a pattern can match before trying it.
     */
    public static boolean isLetterOrNumber(int codePoint) {
        return codePoint < LetterOrNumber.TABLE.length ? LetterOrNumber.TABLE[codePoint] : letterOrNumberType(codePoint);
    }

    private static boolean letterOrNumberType(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@link #isLetterOrNumber} of every char, looked up: the date finder asks it of every character of a page. */
    private static final class LetterOrNumber {
        static final boolean[] TABLE = table();

        // A method of its own, not a static block: a loop of 65,536 turns gets compiled while it runs
        // (on-stack replacement), and in a static initializer that compiles the whole initializer.
        private static boolean[] table() {
            boolean[] table = new boolean[65536];
            for (int c = 0; c < table.length; c++) {
                table[c] = letterOrNumberType(c);
            }
            return table;
        }
    }

    /**
     * Whether a web address may be in {@code s}: it holds {@code ://}, or a dot before an ASCII
     * letter (a domain's ending), or {@code www} (in any case) and a dot with a character after
     * it. A necessary condition for the cleaner's and the date tagger's address patterns, which
     * java.util.regex would otherwise try at every character of every line that may be a stamp; it
     * may say yes where they find nothing.
     */
    public static boolean mayHoldWebAddress(String s) {
        if (s.contains("://")) {
            return true;
        }
        for (int i = s.indexOf('.'); i >= 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            char c = s.charAt(i + 1);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
            if (i >= 3 && s.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}

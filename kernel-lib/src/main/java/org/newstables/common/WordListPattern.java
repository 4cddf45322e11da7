package org.newstables.common;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that finds one of a list of words as a whole word, {@code
 * (?<![\p{L}\p{N}])(?:w1|w2|…)(?![\p{L}\p{N}])}: the words taken literally and tried in the order
 * given, not after and not before a letter or a number (any of the letter and number categories).
 * {@link #replaceAll} gives what {@link Matcher#replaceAll} of that expression gives, without the
 * regex engine: only where one of the words is written after a character that is not a letter or
 * a number (or at the text's start), comparing characters as the expression's alternation would,
 * word by word in order.
 *
 * <p>Hand-written: {@code java.util.regex} tries such an alternation at every word start of the
 * text, branch by branch, and skips ahead only for a pattern that begins with a literal string of a
 * few characters. Over the lines of 40 real pages, the date tagger's stamp words took about 55 ns
 * a character that way and 11 by hand.
 */
@Internal
public final class WordListPattern {

    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";

    private final Pattern whole;
    /**
     * The words by the low byte of their first character, each bucket in the list's order, Latin
     * capitals as small letters when the case is ignored: at a word start only the words that may
     * begin with its character are compared.
     */
    private final char[][][] byFirst = new char[256][][];
    private final boolean ignoreCase;

    private WordListPattern(List<String> words, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        String alternation = Patterns.literalAlternation(words);
        this.whole = Pattern.compile(NOT_AFTER_WORD + alternation + NOT_BEFORE_WORD,
                ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        for (String word : words) {
            char[] w = word.toCharArray();
            for (int i = 0; i < w.length; i++) {
                w[i] = fold(w[i]);
            }
            char[][] bucket = byFirst[w[0] & 0xFF];
            bucket = bucket == null ? new char[1][] : Arrays.copyOf(bucket, bucket.length + 1);
            bucket[bucket.length - 1] = w;
            byFirst[w[0] & 0xFF] = bucket;
        }
    }

    /**
     * The expression of {@code words}, each taken literally, in this order; with {@code ignoreCase},
     * Latin letters match in either case ({@link Pattern#CASE_INSENSITIVE}, which leaves other
     * scripts' letters as they are).
     *
     * @throws IllegalArgumentException when there is no word, a word is empty, or a word has a
     *     surrogate (half of a character above U+FFFF, alone or in a pair)
     */
    public static WordListPattern of(List<String> words, boolean ignoreCase) {
        if (words.isEmpty() || words.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a word list needs one word or more, none of them empty: " + words);
        }
        // java.util.regex reads the character before a match as one char, not a code point, only in
        // a pattern without supplementary characters; the hand-written match does the same.
        if (words.stream().anyMatch(w -> w.chars().anyMatch(c -> Character.isSurrogate((char) c)))) {
            throw new IllegalArgumentException("a word list takes words of the Basic Multilingual Plane only "
                    + "(no character above U+FFFF): " + words);
        }
        return new WordListPattern(words, ignoreCase);
    }

    /**
     * The whole expression, {@code (?<![\p{L}\p{N}])(?:w1|w2|…)(?![\p{L}\p{N}])}: what {@link
     * #replaceAll} answers for (the tests hold it to that).
     */
    public Pattern pattern() {
        return whole;
    }

    /**
     * {@code text} with every match of the expression replaced by {@code replacement}, taken
     * literally: {@code pattern().matcher(text).replaceAll(Matcher.quoteReplacement(replacement))}.
     */
    public String replaceAll(CharSequence text, String replacement) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        for (int p = 0; p < n;) {
            int end = matchAt(text, p);
            if (end < 0) {
                p++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, p).append(replacement);
            copied = end;
            // Every word has a character: the next match starts after this one, as find()'s does.
            p = end;
        }
        if (out == null) {
            return text.toString();
        }
        return out.append(text, copied, n).toString();
    }

    /**
     * Where the expression's match at {@code p} ends, or -1 when it does not match there: the first
     * word, in the list's order, written at {@code p} and not followed by a letter or a number, after
     * a character that is not a letter or a number — as java.util.regex tries an alternation.
     */
    private int matchAt(CharSequence text, int p) {
        // The character before first: inside a word, where most characters are, nothing else is read.
        // The character, not the code point: java.util.regex's look-behind of one class reads one char.
        if (p > 0 && Patterns.isLetterOrNumber(text.charAt(p - 1))) {
            return -1;
        }
        char first = fold(text.charAt(p));
        char[][] bucket = byFirst[first & 0xFF];
        if (bucket == null) {
            return -1;
        }
        int n = text.length();
        for (char[] w : bucket) {
            int end = p + w.length;
            if (w[0] != first || end > n) {
                continue;
            }
            int i = 1;
            while (i < w.length && fold(text.charAt(p + i)) == w[i]) {
                i++;
            }
            // The look-ahead reads the code point after the word, a supplementary letter included.
            if (i == w.length && (end == n || !Patterns.isLetterOrNumber(Character.codePointAt(text, end)))) {
                return end;
            }
        }
        return -1;
    }

    /** A Latin capital as its small letter when the case is ignored, as {@link Pattern#CASE_INSENSITIVE} compares them. */
    private char fold(char c) {
        return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}

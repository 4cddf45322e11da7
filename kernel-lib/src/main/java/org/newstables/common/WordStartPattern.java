package org.newstables.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that finds one of a list of words as a word: {@code (?:^|\s)(?:w1|w2|…)after},
 * where {@code after} is what must follow the word ({@code (?:\s|$)}, say). It is found by trying
 * {@code (?:w1|w2|…)after} only where one of the words may begin: at the start of the text (or of
 * the part of it searched) or after a white-space character ({@code \s}), and where one of the words
 * is written. The answer is that of {@link Matcher#find} of the whole expression, which tries it at
 * every character of the text, for an {@code after} that does not look behind (a look-behind would
 * not see before the word's start) and a part that does not end inside a surrogate pair. On the
 * lines of a real page, find()'s tries were most of the time the date tagger spent deciding whether
 * a date is an event of the story.
 *
 * <p>Hand-written: {@code java.util.regex} skips ahead to where a pattern may match only for a
 * pattern that begins with a literal string.
 */
@Internal
public final class WordStartPattern {

    private final Pattern whole;
    private final Pattern atWordStart;
    private final String[] words;

    private WordStartPattern(List<String> words, String after) {
        String alternation = Patterns.literalAlternation(words);
        this.whole = Pattern.compile("(?:^|\\s)" + alternation + after);
        this.atWordStart = Pattern.compile(alternation + after);
        this.words = words.toArray(String[]::new);
    }

    /**
     * {@code (?:^|\s)(?:w1|w2|…)after} of {@code words}, each taken literally.
     *
     * @throws IllegalArgumentException when a word is empty
     * @throws java.util.regex.PatternSyntaxException when {@code after} is not a regular expression
     */
    public static WordStartPattern of(List<String> words, String after) {
        if (words.isEmpty() || words.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a word pattern needs one word or more, none of them empty: " + words);
        }
        return new WordStartPattern(words, after);
    }

    /** The whole expression, {@code (?:^|\s)(?:w1|w2|…)after}: what {@link #find} answers for. */
    public Pattern pattern() {
        return whole;
    }

    /** Whether the expression is found in {@code text}: {@code pattern().matcher(text).find()}. */
    public boolean find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /**
     * Whether the expression is found in {@code text} from {@code from} to {@code to}, as if that part
     * were the whole text ({@code ^} and {@code $} at its ends): {@code
     * pattern().matcher(text.subSequence(from, to)).find()}, without the copy (for an {@code after} and
     * a part as the class describes).
     */
    public boolean find(CharSequence text, int from, int to) {
        Matcher m = null;
        for (int p = from; p < to; p++) {
            if (p > from && !Patterns.isWhiteSpace(text.charAt(p - 1)) || !anyWordAt(text, p, to)) {
                continue;
            }
            if (m == null) {
                m = atWordStart.matcher(text);
            }
            // Opaque and anchoring bounds (the defaults): ^ and $ at the region's ends, as on the part
            // cut out; what follows the region is out of sight (a look-behind in `after` would not see
            // before p either).
            m.region(p, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words is written at {@code p}, ending by {@code to}: where the expression may match. */
    private boolean anyWordAt(CharSequence text, int p, int to) {
        for (String w : words) {
            int n = w.length();
            if (p + n > to) {
                continue;
            }
            int i = 0;
            while (i < n && text.charAt(p + i) == w.charAt(i)) {
                i++;
            }
            if (i == n) {
                return true;
            }
        }
        return false;
    }
}

package org.newstables.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newstables.WordsAndGaps;

/**
 * {@link WordListPattern#replaceAll} tries its words by hand: it must give what {@link
 * Matcher#replaceAll} of the whole expression gives, for words that begin like one another, in
 * either order, Latin words in either case, and letters, digits and punctuation around them.
 */
class WordListPatternProperties {

    private static final List<String> WORDS = List.of("نشر في", "نشر", "تاريخ النشر", "م", "ص", "الساعه", "GMT", "am",
            "updated", "الخميس", "خميس", "x-y");

    private static final List<WordListPattern> PATTERNS = List.of(WordListPattern.of(WORDS, false),
            WordListPattern.of(WORDS, true), WordListPattern.of(reversed(WORDS), true),
            WordListPattern.of(List.of("a", "ab", "abc"), false), WordListPattern.of(List.of("abc", "ab", "a"), true));

    private static List<String> reversed(List<String> words) {
        List<String> out = new java.util.ArrayList<>(words);
        java.util.Collections.reverse(out);
        return out;
    }

    private static void sameAsMatcher(String text) {
        for (WordListPattern p : PATTERNS) {
            for (String replacement : List.of(" ", "", "$1\\")) {
                String expected = p.pattern().matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
                assertEquals(expected, p.replaceAll(text, replacement), () -> p.pattern() + " in '" + text + "'");
                assertEquals(expected, p.replaceAll(new StringBuilder(text), replacement));
            }
        }
    }

    /** The words, words that begin or end like them, in other cases, and what may stand around them. */
    @Provide
    Arbitrary<String> wordText() {
        Arbitrary<String> word = Arbitraries.of("نشر", "نشر في", "ونشر", "نشرت", "تاريخ النشر", "م", "ص", "مصر", "الساعه",
                "ساعه", "GMT", "gmt", "Gmt", "GMT3", "AM", "am", "pm", "Updated", "UPDATED", "updatedx", "الخميس",
                "خميس", "x-y", "X-Y", "a", "ab", "abc", "ABC", "abcd", "2024", "٣", "\uD83B\uDE00", "\uD800\uDF00",
                "\uDE00", "\uD83B", "ß", "K");
        Arbitrary<String> gap = Arbitraries.of(" ", "", "", "  ", "\t", "\n", "\u00A0", "\u0085", "،", ".", ":", "(",
                "-", "_", "ـ", "\u064B", "\uD800\uDD00", "1");
        return WordsAndGaps.texts(word, gap, 10);
    }

    @Property(tries = 4000)
    void replacesAsTheMatcherDoes(@ForAll("wordText") String text) {
        sameAsMatcher(text);
    }

    @Example
    void handMadeTexts() {
        for (String text : List.of("", "م", " م", "م ", "نشر في 3 مارس", "نشر فيه", "تاريخ النشر: 2024", "GMT+3",
                "12:30 gmt", "ونشر", "الخميس،", "خميسx", "ab abc abcd ABC", "x-yx-y", "\uD83B\uDE00\uD83B\uDE00",
                "\uD83B\uDE00م", "م\uD83B\uDE00", "\uD83B\uDE00 م")) {
            sameAsMatcher(text);
        }
    }

    @Example
    void wordsNeeded() {
        assertThrows(IllegalArgumentException.class, () -> WordListPattern.of(List.of(), false));
        assertThrows(IllegalArgumentException.class, () -> WordListPattern.of(List.of("م", ""), false));
        assertThrows(IllegalArgumentException.class, () -> WordListPattern.of(List.of("م", "\uD83B\uDE00"), false));
    }

    @Property(tries = 2000)
    void addressGuardHoldsWhereTheAddressPatternsMatch(@ForAll("addressText") String text) {
        boolean matches = java.util.regex.Pattern.compile(
                "(?i)(?:https?://|www\\.)\\S+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}").matcher(text).find();
        if (matches) {
            assertEquals(true, Patterns.mayHoldWebAddress(text), text);
        }
    }

    @Provide
    Arbitrary<String> addressText() {
        return Arbitraries.of("www", "WWW", ".", "..", "://", "http", "HTTPS", "a", "Z", "com", "1", "-", " ", "ش", "é", "/",
                ":").list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}

package org.newstables.time;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.newstables.common.WordStartPattern;
import org.newstables.WordsAndGaps;

/**
 * {@link WordStartPattern} tries its words only at word starts: it must answer as {@code find()}
 * of the whole expression on the same part of the text, for the date tagger's expressions.
 */
class WordStartPatternProperties {

    private static final List<WordStartPattern> PATTERNS = List.of(DateTagger.NOT_AN_EVENT_BEFORE,
            DateTagger.NOT_AN_EVENT_IN_SENTENCE, WordStartPattern.of(List.of("من"), "(?:\\s|$)"),
            WordStartPattern.of(List.of("حتي", "الي"), "(?:\\s|$)"));

    private static void sameAsFind(String text, int from, int to) {
        for (WordStartPattern p : PATTERNS) {
            boolean expected = p.pattern().matcher(text.substring(from, to)).find();
            if (p.find(text, from, to) != expected) {
                throw new AssertionError(p.pattern() + " in '" + text + "' [" + from + ", " + to + "): find() says " + expected);
            }
        }
    }

    /** The words, words that begin or end like them, and every kind of white space and line end around them. */
    @Provide
    Arbitrary<String> wordText() {
        Arbitrary<String> word = Arbitraries.of("منذ", "ولد", "ولدت", "والد", "ولده", "بتاريخ ميلاد", "بتاريخ", "ميلاد", "قبل",
                "قبلها", "من", "منه", "ومن", "حتي", "الي", "المقرر", "حدد", "تحدد", "سيعقد", "2024", "14 مارس", "قال", "الوزير",
                "x", "\uD83B\uDE00");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", "", "  ", "\t", "\n", "\u000B", "\f", "\r", "\r\n", "\u00A0",
                "\u2028", "\u0085", "،", ".", ":", "(", ")");
        return WordsAndGaps.texts(word, gap, 12);
    }

    @Property(tries = 3000)
    void foundAsFindFindsIt(@ForAll("wordText") String text, @ForAll @IntRange(max = 60) int a,
            @ForAll @IntRange(max = 60) int b) {
        int from = Math.min(Math.min(a, b), text.length());
        int to = Math.min(Math.max(a, b), text.length());
        sameAsFind(text, from, to);
        sameAsFind(text, 0, text.length());
    }

    @Example
    void handMadeTexts() {
        for (String text : List.of("", "منذ", " منذ", "منذ ", "منذ 2024", "ولد في 14 مارس", "والد", "قال منذ\n", "منذ\u2028",
                "منذ\r\n", "قبل عامين 14 مارس", "قبل ثلاثة اعوام 14", "بتاريخ ميلاد 2", "من الخميس حتي", "ومن الخميس الي")) {
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    sameAsFind(text, from, to);
                }
            }
        }
    }
}

package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PageCleaner#withoutPunctuationAround} strips by hand what {@code ^\p{P}+|\p{P}+$} took away
 * from a word, supplementary punctuation included; the one difference, a line terminator ending the
 * word, leaves a word that is no web word either way.
 */
class PunctuationAroundProperties {

    private static final Pattern PUNCTUATION_AROUND = Pattern.compile("^[\\p{P}]+|[\\p{P}]+$");

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("رد", "share", "a", "٣", ".", "،", "«", "»", "(", ")", "-", "_", "!", "؟", "'", "\"", "…",
                "\uD800\uDD00", "\uD83D\uDE00", "\u064B", "ـ", "$", "+", "\uDD00", "\uD800").list().ofMaxSize(8)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void stripsAsThePatternDid(@ForAll("words") String word) {
        assertEquals(PUNCTUATION_AROUND.matcher(word).replaceAll(""), PageCleaner.withoutPunctuationAround(word), word);
    }

    @Property(tries = 500)
    void aWordEndingInALineTerminatorIsNoWebWord(@ForAll("words") String word) {
        String w = word + "\u0085";
        assertEquals(false, PageCleaner.WEB_WORDS.contains(PageCleaner.withoutPunctuationAround(w)));
        assertEquals(false, PageCleaner.WEB_WORDS.contains(PUNCTUATION_AROUND.matcher(w).replaceAll("")));
    }
}

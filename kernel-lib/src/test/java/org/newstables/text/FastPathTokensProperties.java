package org.newstables.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * {@link TextAnalyzer} reads plain Arabic words without Lucene's tokenizer and hands the rest of a
 * text to it: the tokens and offsets must be exactly those of {@link StandardTokenizer} over the
 * whole text (split at "_" and at a dot between Arabic letters, as the analyzer splits them).
 * Checked on texts made of words that take either way, next to each other, and on the seeds; and
 * the character classes the shortcut relies on are checked against ICU's Word_Break property.
 */
class FastPathTokensProperties {

    /** Words the shortcut takes: letters, harakat and tatweel, with punctuation before and after. */
    private static final String LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويأإآءؤئىة\u0640";
    private static final String MARKS = "\u064B\u064C\u064E\u0650\u0651\u0652\u0670";
    private static final String PUNCTUATION = ".,:;!?\"'()[]{}-/*«»،؛؟–—‘’“”…";
    /** What sends a word to Lucene: digits, Latin, "_", joiners, bidi marks, presentation forms, emoji, other letters. */
    private static final String OTHER = "0١aZ_#@%\u200C\u200D\u200F\u00A0\uFEE9\uFE8D\u063B\u06A9\u06CC\u05D0\u3042";
    private static final String SPACES = "   \n\t\r";

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> fast = Arbitraries.strings().withChars(PUNCTUATION.toCharArray()).ofMaxLength(2)
                .flatMap(before -> Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(7)
                        .flatMap(core -> Arbitraries.strings().withChars((LETTERS + MARKS).toCharArray()).ofMaxLength(3)
                                .flatMap(tail -> Arbitraries.strings().withChars(PUNCTUATION.toCharArray()).ofMaxLength(2)
                                        .map(after -> before + core + tail + after))));
        Arbitrary<String> mixed = Arbitraries.strings().withChars((LETTERS + MARKS + PUNCTUATION + OTHER).toCharArray())
                .ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, fast), net.jqwik.api.Tuple.of(3, mixed),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars((MARKS + OTHER).toCharArray()).ofMinLength(1).ofMaxLength(3)));
        Arbitrary<String> gap = Arbitraries.strings().withChars(SPACES.toCharArray()).ofMinLength(1).ofMaxLength(2);
        return net.jqwik.api.Combinators.combine(word.list().ofMaxSize(40), gap.list().ofMinSize(41).ofMaxSize(41),
                Arbitraries.of(true, false)).as((ws, gs, lead) -> {
                    StringBuilder b = new StringBuilder(lead ? gs.get(40) : "");
                    for (int i = 0; i < ws.size(); i++) {
                        b.append(i > 0 ? gs.get(i) : "").append(ws.get(i));
                    }
                    return b.toString();
                });
    }

    @Property(tries = 1000)
    void tokensAndOffsetsAreStandardTokenizers(@ForAll("words") String text) throws IOException {
        assertSameTokens(text);
    }

    @Example
    void seedsAndLongWords() throws IOException {
        List<Path> seeds;
        try (var files = Files.list(Path.of("..", "seeds"))) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        for (Path f : seeds) {
            assertSameTokens(Files.readString(f, StandardCharsets.UTF_8));
        }
        // Lucene cuts a token after 255 characters: a longer run of letters goes to it whole.
        String run = "ب".repeat(255);
        assertSameTokens("قال " + run + " و" + run + "، " + run + "ب");
        assertEquals(List.of(255, 255, 1), lengths(TextAnalyzer.analyze("«" + run + "ب" + run + "».")));
    }

    /**
     * A text that ends in half a surrogate pair loses some of Lucene's tokens (its last buffer
     * refill's): the analyzer keeps them the same, whether Lucene then gives none or all of them.
     */
    @Example
    void textEndingInHalfASurrogatePair() throws IOException {
        assertSameTokens("\u0628 \uD800");
        assertSameTokens("\u0638\n\uD83D");
        assertSameTokens("\u0628 " + "a ".repeat(126) + "\uD800");
        assertSameTokens("\u0628 " + "a ".repeat(127) + "\uD800");
        assertSameTokens("\u0628 \uD83D\uDE00 \u0628");
    }

    /** The classes are what UAX #29 (ICU's Word_Break property) says the shortcut's rules need. */
    @Example
    void characterClassesHaveTheirWordBreakProperty() {
        Set<Integer> punctuation = Set.of(UCharacter.WordBreak.OTHER, UCharacter.WordBreak.MIDLETTER,
                UCharacter.WordBreak.MIDNUM, UCharacter.WordBreak.MIDNUMLET, UCharacter.WordBreak.SINGLE_QUOTE,
                UCharacter.WordBreak.DOUBLE_QUOTE);
        int letters = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int wb = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
            String at = String.format("U+%04X", (int) c);
            if (TextAnalyzer.isLetter(c)) {
                assertEquals(UCharacter.WordBreak.ALETTER, wb, at);
                letters++;
            }
            if (TextAnalyzer.isMark(c)) {
                assertEquals(UCharacter.WordBreak.EXTEND, wb, at);
            }
            if (TextAnalyzer.isPunctuation(c)) {
                assertTrue(punctuation.contains(wb), at);
                assertTrue(!UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)
                        && !Character.isLetterOrDigit(c), at);
            }
            if (TextAnalyzer.isSpace(c)) {
                assertTrue(Set.of(UCharacter.WordBreak.WSEGSPACE, UCharacter.WordBreak.LF, UCharacter.WordBreak.CR,
                        UCharacter.WordBreak.OTHER).contains(wb), at);
            }
        }
        // Hamza to ghain (26), tatweel, feh to yeh (10): every letter the tests' words are made of.
        assertEquals(37, letters);
        assertTrue(LETTERS.chars().allMatch(c -> TextAnalyzer.isLetter((char) c)));
    }

    private static List<Integer> lengths(AnalyzedText t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.end(i) - t.start(i));
        }
        return out;
    }

    private static void assertSameTokens(String text) throws IOException {
        AnalyzedText t = TextAnalyzer.analyze(text);
        List<int[]> expected = luceneTokens(text);
        List<String> got = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            got.add(t.start(i) + ".." + t.end(i));
        }
        List<String> want = new ArrayList<>();
        for (int[] e : expected) {
            want.add(e[0] + ".." + e[1]);
        }
        if (!want.equals(got)) {
            StringBuilder codes = new StringBuilder();
            text.chars().forEach(c -> codes.append(String.format("%04X ", c)));
            throw new AssertionError("tokens " + got + " != Lucene's " + want + " in " + codes);
        }
    }

    /**
     * StandardTokenizer's tokens' offsets, split where TextAnalyzer splits them: at "_", at a dot
     * between Arabic letters, and without the parts that are only harakat in presentation forms.
     */
    static List<int[]> luceneTokens(String text) throws IOException {
        List<int[]> out = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String s = term.toString();
                int from = 0;
                for (int c = 0; c <= s.length(); c++) {
                    boolean cut = c == s.length() || s.charAt(c) == '_' || s.charAt(c) == '.' && c > 0
                            && c + 1 < s.length() && Scripts.isArabicLetter(s.charAt(c - 1))
                            && Scripts.isArabicLetter(s.charAt(c + 1));
                    if (cut) {
                        if (c > from && !TextNormalizer.marksOnly(s.toCharArray(), from, c - from)) {
                            out.add(new int[] {offset.startOffset() + from, offset.startOffset() + c});
                        }
                        from = c + 1;
                    }
                }
            }
            tokenizer.end();
        }
        return out;
    }
}

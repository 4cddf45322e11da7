package org.newstables.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Offsets hold on any text: every token's offsets lie inside the text, in order, without overlap,
 * and the text between them is exactly the term Lucene's tokenizer produced, split where
 * {@link TextAnalyzer} splits it (at "_", and at a dot between Arabic letters: د.موسى);
 * normalization is idempotent.
 */
class TokenOffsetsProperties {

    /** Arabic letters, harakat, tatweel, Latin, both digit sets, punctuation, spaces, line breaks. */
    private static final String ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهوي" + "أإآءؤئىة"
            + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640" + "abcXYZ" + "0123456789٠١٢٣٤٥٦٧٨٩"
            + ".,،؛؟!?()-\"'«»/:" + "      \n\t\u200F";

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(300);
    }

    /**
     * {@link AnalyzedText#spaceAfter} is what the text says: one plain space between neighbours, on
     * texts long enough that the token arrays grow (one-letter words) and span several longs.
     */
    @Property(tries = 300)
    void spaceAfterIsOneSpaceBetweenNeighbours(@ForAll("longText") String text) {
        AnalyzedText t = TextAnalyzer.analyze(text);
        for (int i = 0; i + 1 < t.size(); i++) {
            boolean expected = text.substring(t.end(i), t.start(i + 1)).equals(" ");
            if (t.spaceAfter(i) != expected) {
                throw new AssertionError("spaceAfter(" + i + ") = " + t.spaceAfter(i) + " for '"
                        + text.substring(t.end(i), t.start(i + 1)) + "'");
            }
        }
    }

    @Example
    void spaceAfterOnManyShortWords() {
        // 400 one-letter words, a double space, a line break, a comma and a no-break space among them.
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append(i == 100 ? "  " : i == 200 ? "\n" : i == 300 ? "، " : i == 350 ? "\u00A0" : i > 0 ? " " : "").append("و");
        }
        AnalyzedText t = TextAnalyzer.analyze(b.toString());
        assertEquals(400, t.size());
        for (int i = 0; i + 1 < 400; i++) {
            assertEquals(i + 1 != 100 && i + 1 != 200 && i + 1 != 300 && i + 1 != 350, t.spaceAfter(i), "token " + i);
        }
        // Nothing follows the last token; past it is no token at all.
        assertEquals(false, t.spaceAfter(399));
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> t.spaceAfter(400));
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> t.spaceAfter(-1));
    }

    /**
     * Tokens are held in two bytes each when the text is under 65,536 characters and its word ids
     * under 65,536: past either bound they must read back whole. A text of 70,000 distinct words
     * (350,000 characters), then a short text whose new words get ids past 65,535.
     */
    @Example
    void offsetsAndWordIdsPastSixteenBits() {
        String letters = "ابتثجحخدذرسشصضطظعغفقكلمنهوي";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            b.append(i > 0 ? " " : "");
            for (int k = 0, x = i; k < 4; k++, x /= letters.length()) {
                b.append(letters.charAt(x % letters.length()));
            }
        }
        String big = b.toString();
        Vocabulary v = new Vocabulary();
        AnalyzedText t = TextAnalyzer.analyze(big, v);
        assertEquals(70_000, t.size());
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            assertEquals(5 * i, t.start(i), "start of token " + i);
            assertEquals(5 * i + 4, t.end(i), "end of token " + i);
            assertEquals(big.substring(5 * i, 5 * i + 4), t.surface(i));
            ids.add(t.word(i));
        }
        assertEquals(70_000, ids.size());
        String last = t.surface(69_999);
        String later = "كلمة جديدة " + last;
        AnalyzedText s = TextAnalyzer.analyze(later, v);
        assertEquals(3, s.size());
        assertEquals(t.word(69_999), s.word(2));
        assertTrue(s.word(0) > 65_535 && s.word(1) > 65_535, s.word(0) + ", " + s.word(1));
        assertEquals(List.of("كلمة", "جديدة", last), List.of(s.surface(0), s.surface(1), s.surface(2)));
        assertEquals(later.length() - last.length(), s.start(2));
    }

    @Provide
    Arbitrary<String> longText() {
        Arbitrary<String> words = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(6);
        return words.list().ofMinSize(0).ofMaxSize(200).map(w -> String.join(" ", w));
    }

    @Property(tries = 500)
    void offsetsSliceExactlyTheTokenizersTerms(@ForAll("mixedText") String text) throws IOException {
        AnalyzedText t = TextAnalyzer.analyze(text);
        List<String> lucene = luceneWords(text);
        if (lucene.size() != t.size()) {
            throw new AssertionError("token count " + t.size() + " != Lucene's " + lucene.size());
        }
        int lastEnd = 0;
        for (int i = 0; i < t.size(); i++) {
            int s = t.start(i);
            int e = t.end(i);
            if (s < lastEnd || e <= s || e > text.length()) {
                throw new AssertionError("bad offsets " + s + ".." + e + " after " + lastEnd);
            }
            if (!text.substring(s, e).equals(lucene.get(i)) || !t.surface(i).equals(lucene.get(i))) {
                throw new AssertionError("surface '" + t.surface(i) + "' != '" + lucene.get(i) + "'");
            }
            if (t.sentence(i) < 1 || t.sentence(i) > Math.max(1, t.sentences().count())) {
                throw new AssertionError("sentence " + t.sentence(i));
            }
            lastEnd = e;
        }
    }

    @Property(tries = 500)
    void normalizationIsIdempotent(@ForAll("mixedText") String text) {
        AnalyzedText t = TextAnalyzer.analyze(text);
        for (int i = 0; i < t.size(); i++) {
            String norm = t.norm(i);
            String again = TextAnalyzer.norm(norm);
            if (!again.equals(norm)) {
                throw new AssertionError("'" + norm + "' normalizes again to '" + again + "'");
            }
        }
    }

    @Example
    void wordsJoinedByAnUnderscoreOrADotAreTwoTokens() throws IOException {
        String text = "قال د.موسى إن #عبدالفتاح_البرهان وصل، والنسبة 2.5 بالمئة. " + org.newstables.TinyNews.A1;
        AnalyzedText t = TextAnalyzer.analyze(text);
        List<String> surfaces = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            surfaces.add(text.substring(t.start(i), t.end(i)));
        }
        // Lucene keeps د.موسى and عبدالفتاح_البرهان whole (and 2.5); the analyzer splits the first two.
        assertEquals(List.of("قال", "د", "موسى", "إن", "عبدالفتاح", "البرهان", "وصل", "والنسبة", "2.5", "بالمئة"),
                surfaces.subList(0, 10));
        assertEquals(luceneWords(text), surfaces);
        assertEquals(10 + 20, t.size());
    }

    /** Lucene's terms split as TextAnalyzer splits them ({@link FastPathTokensProperties#luceneTokens}). */
    private static List<String> luceneWords(String text) throws IOException {
        List<String> out = new ArrayList<>();
        for (int[] t : FastPathTokensProperties.luceneTokens(text)) {
            out.add(text.substring(t[0], t[1]));
        }
        return out;
    }
}

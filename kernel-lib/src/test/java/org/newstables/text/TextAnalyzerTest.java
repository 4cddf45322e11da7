package org.newstables.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One Arabic (or Latin) pair per phenomenon, as Lucene's own analysis tests do. */
class TextAnalyzerTest {

    private static void norm(String word, String expected) {
        assertEquals(expected, TextAnalyzer.norm(word), word);
    }

    private static void stem(String word, String expected) {
        assertEquals(expected, TextAnalyzer.stem(word), word);
    }

    @Test
    void normalizesHamzaFormsOfAlef() {
        norm("أحمد", "احمد");
        norm("إلى", "الي");
        norm("آسيا", "اسيا");
    }

    @Test
    void normalizesAlefMaksuraTehMarbutaHarakatTatweel() {
        norm("على", "علي");
        norm("الحكومة", "الحكومه");
        norm("القيّم", "القيم");
        norm("مُحَمَّد", "محمد");
        norm("لـ", "ل");
    }

    @Test
    void foldsArabicIndicDigits() {
        norm("٢٠٢١", "2021");
        norm("۱۹", "19");
        norm("2021", "2021");
    }

    @Test
    void latinWordsGoThroughTheEnglishChain() {
        assertEquals("xinhua", TextAnalyzer.norm("Xinhua's"));
        assertEquals("xinhua", TextAnalyzer.stem("Xinhua's"));
        stem("Cooperation", "cooper");
        stem("talks", "talk");
    }

    @Test
    void lightStemmingConflatesCliticForms() {
        String stem = TextAnalyzer.stem("التعاون");
        for (String w : List.of("تعاون", "والتعاون", "للتعاون", "بالتعاون")) {
            stem(w, stem);
        }
        stem("الصين", "صين");
        stem("والصين", "صين");
        stem("للصين", "صين");
    }

    @Test
    void tokensKeepOffsetsIntoTheText() {
        String text = "قال الرئيس الصيني شي جين بينغ (شينخوا)، إن الصين.\nو٢٠٢١ هنا؟ نعم.";
        AnalyzedText t = TextAnalyzer.analyze(text);
        assertEquals("قال", t.surface(0));
        assertEquals(0, t.start(0));
        assertEquals(3, t.end(0));
        assertEquals("شينخوا", t.surface(6));
        for (int i = 0; i < t.size(); i++) {
            assertEquals(text.substring(t.start(i), t.end(i)), t.surface(i));
        }
        assertEquals(3, t.sentences().count());
        assertEquals(1, t.sentence(0));
        assertEquals(2, t.sentence(t.size() - 2));
        assertEquals(3, t.sentence(t.size() - 1));
    }

    @Test
    void sentencesSplitAtLineBreaksAndSentencePunctuationOnly() {
        String text = "أ. ب؟ ج! arabic.news.cn و 3.5 د\n\nهـ (ز.) و";
        Sentences s = Sentences.split(text);
        List<String> pieces = new java.util.ArrayList<>();
        for (int i = 0; i < s.count(); i++) {
            pieces.add(text.substring(s.start(i), s.end(i)));
        }
        assertEquals(List.of("أ.", "ب؟", "ج!", "arabic.news.cn و 3.5 د", "هـ (ز.)", "و"), pieces);
        Sentences none = Sentences.split("   \n \n");
        assertEquals(0, none.count());
    }

    @Test
    void sentenceNumbersReadForwardAgreeWithTheBinarySearch() {
        String text = "  أ. ب؟ ج! arabic.news.cn و 3.5 د\n\nهـ (ز.) و";
        for (Sentences s : List.of(Sentences.split(text), Sentences.split("   \n \n"))) {
            int from = 1;
            for (int offset = 0; offset <= text.length(); offset++) {
                from = s.numberAt(offset, from);
                assertEquals(s.numberAt(offset), from, "offset " + offset);
            }
        }
        Sentences s = Sentences.split(text);
        assertEquals(s.count(), s.numberAt(text.length(), 1));
        assertEquals(3, s.numberAt(s.start(2), 3));
    }

    @Test
    void emptyText() {
        assertEquals(0, TextAnalyzer.analyze("").size());
        assertEquals(0, TextAnalyzer.analyze("").sentences().count());
    }

    @Test
    void stopWordsAreMatchedInAnySpelling() {
        StopWords stop = StopWords.defaults();
        assertTrue(stop.contains(TextAnalyzer.norm("إلى")));
        assertTrue(stop.contains(TextAnalyzer.norm("الى")));
        assertTrue(stop.contains("the"));
        assertTrue(!stop.contains(TextAnalyzer.norm("الصين")));
        assertTrue(!stop.minus("في").contains("في"));
        assertTrue(stop.plus("قال").contains("قال"));
        assertEquals(0, StopWords.none().size());
    }

    /** Every token and sentence of {@code t}: start, surface, space after; sentence bounds. */
    private static String described(AnalyzedText t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            b.append(t.start(i)).append(':').append(t.surface(i)).append(t.spaceAfter(i) ? " " : "|");
        }
        for (int s = 0; s < t.sentences().count(); s++) {
            b.append('[').append(t.sentences().start(s)).append(',').append(t.sentences().end(s)).append(']');
        }
        return b.toString();
    }

    @Test
    void aThreadsKeptWorkingArraysLeaveNoTraceFromOneTextToTheNext() throws Exception {
        String sentence = "قال الرئيس الصيني شي جين بينغ إن التعاون مع طاجيكستان مهم. ";
        // Longer than the arrays kept between texts (65,536), then short ones, then one that grows them.
        List<String> texts = List.of(sentence.repeat(2_000), "نعم.", sentence.repeat(3), "",
                sentence.repeat(40) + "\n" + sentence, "كلمة");
        for (String text : texts) {
            Vocabulary shared = new Vocabulary();
            String here = described(TextAnalyzer.analyze(text, shared));
            // A thread of its own starts with fresh working arrays.
            String[] fresh = new String[1];
            Vocabulary other = new Vocabulary();
            Thread thread = new Thread(() -> fresh[0] = described(TextAnalyzer.analyze(text, other)));
            thread.start();
            thread.join();
            assertEquals(fresh[0], here, "a text of " + text.length() + " characters");
        }
    }
}

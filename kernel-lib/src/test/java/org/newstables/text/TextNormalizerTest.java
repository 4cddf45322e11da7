package org.newstables.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One pair per phenomenon the normalizer handles, as Lucene's own tests are written. */
class TextNormalizerTest {

    private static void check(String written, String normalized) {
        assertEquals(normalized, TextNormalizer.word(written), written);
    }

    @Test
    void presentationFormsAndLigatures() {
        check("ﺍﻟﺼﻴﻦ", "الصين");
        check("ﻻ", "لا");
        check("ﷲ", "الله");
        check("ﺇﻥ", "ان");
        check("２０２１", "2021");
    }

    @Test
    void lettersOfOtherArabicScriptKeyboards() {
        check("الصینی", "الصيني");
        check("کابل", "كابل");
        check("حکومە", "حكومه");
        check("اللہجۀ", "اللهجه");
        check("ھدنة", "هدنه");
        check("ٱلله", "الله");
        check("پاکستان", "پاكستان");
    }

    @Test
    void digitsMarksAndControls() {
        check("٢٠٢١", "2021");
        check("۱۹", "19");
        check("مُحَمَّدٌ", "محمد");
        check("الـصـين", "الصين");
        check("الصين\u200F", "الصين");
        check("الص\u200Cين", "الصين");
        check("رحمٰن", "رحمن");
        check("أإآى", "ااا" + "ي");
        check("Xinhua", "xinhua");
        check("", "");
    }

    @Test
    void offsetsLeadBackToTheOriginalText() {
        String text = "قال ﺍﻟﺼﻴﻦ\u200F الـصـين ﻻ";
        TextNormalizer.Normalized n = TextNormalizer.text(text);
        assertEquals("قال الصين الصين لا", n.normalized());
        int at = n.normalized().indexOf("الصين");
        // Marks the normalization deleted right after a word (a bidi mark, harakat) go with it, as
        // the tokenizer keeps them in the word's token.
        assertEquals("ﺍﻟﺼﻴﻦ\u200F", n.originalText(at, at + 5));
        int second = n.normalized().lastIndexOf("الصين");
        assertEquals("الـصـين", n.originalText(second, second + 5));
        assertEquals("ﻻ", n.originalText(n.normalized().length() - 2, n.normalized().length()));
    }
}

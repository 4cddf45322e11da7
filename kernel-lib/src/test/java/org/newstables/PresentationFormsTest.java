package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.text.TextNormalizer;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Text in Arabic presentation forms (a PDF's: ICU's shaping) reads, cleans and tokenizes as the
 * plain text (issue 15), also where harakat stand alone: shaped, they are the isolated forms
 * U+FE70–U+FE7F, which Unicode counts as letters though they stand for marks.
 */
class PresentationFormsTest {

    @Test
    void aLineOfHarakatAloneHasNoLettersInPresentationFormsToo() {
        // What WrittenVariantsProperties found: line 2 holds only ًّ (shaped: U+FE70 U+FE7C).
        String page = "دمشق 1 فبراير 2010 (شينخوا) وبالتعاون مع\nًّ\nالاتفاق الصيني كبيرة مصر.";
        Corpus plain = TextCorpora.of(page);
        Corpus shaped = TextCorpora.of(WrittenVariants.presentationForms(page));
        // The line has no letter: it is cleaned away, and the second sentence is the page's third line.
        assertEquals(List.of("2 no letters"), removed(plain));
        assertEquals(removed(plain), removed(shaped));
        assertEquals(List.of("Damascus@1", "Xinhua@1", "CN@2", "EG@2"), mentions(plain));
        assertEquals(mentions(plain), mentions(shaped));
        assertEquals(counts(plain), counts(shaped));
    }

    @Test
    void harakatStandingAloneInPresentationFormsMakeNoToken() {
        // ًّ between a title and a name: no word in the plain text, so the name still follows the title.
        String text = "القاهرة 25 فبراير 2022 (شينخوا) وكازاخستان الوزير ًّ بينغ الكويت للوزير.";
        Corpus plain = TextCorpora.of(text);
        Corpus shaped = TextCorpora.of(WrittenVariants.presentationForms(text));
        assertEquals(norms(plain), norms(shaped));
        assertEquals(List.of("Cairo@1", "Xinhua@1", "KZ@1", "بينغ@1", "KW@1"), mentions(plain));
        assertEquals(mentions(plain), mentions(shaped));
        assertEquals(counts(plain), counts(shaped));
    }

    @Test
    void anIsolatedMarkAfterAWordNormalizesAsThePlainMark() {
        // Shaped, كبيرةً ends with U+FE70, whose compatibility form is a space and the fathatan.
        String text = "قال إن الأزمة كبيرةً. لا";
        assertEquals(TextNormalizer.text(text).normalized(),
                TextNormalizer.text(WrittenVariants.presentationForms(text)).normalized());
    }

    private static List<String> removed(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Row r : c.removed()) {
            out.add(r.getInt("line") + " " + r.getString("reason"));
        }
        return out;
    }

    private static List<String> mentions(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Row r : c.mentions()) {
            out.add(r.getString("entity") + "@" + r.getInt("sentence"));
        }
        return out;
    }

    private static List<String> norms(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Row r : c.tokens()) {
            out.add(r.getInt("sentence") + ":" + r.getString("norm"));
        }
        return out;
    }

    /** The article's measures: removed lines, sentences, tokens, language. */
    private static String counts(Corpus c) {
        Table a = c.articles().selectColumns("removed_lines", "sentences", "tokens", "language");
        return a.print();
    }
}

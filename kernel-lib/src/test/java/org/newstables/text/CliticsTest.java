package org.newstables.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one clitic splitter: stacks, attestation, protected words, hamza, enclitics. */
class CliticsTest {

    /** A corpus where تعاون، استثمارات، شي and لدى occur, and الوزير often. */
    private static final Clitics.Attestation CORPUS = new Clitics.Attestation() {
        private final Map<String, int[]> counts = Map.of("تعاون", new int[] {3, 9}, "استثمارات", new int[] {1, 2},
                "شي", new int[] {30, 0}, "وزير", new int[] {4, 12}, "زير", new int[] {1, 0}, "لدي", new int[] {5, 0},
                "اعمال", new int[] {2, 3});

        @Override
        public int count(String form) {
            int[] c = counts.get(form);
            return c == null ? 0 : c[0] + c[1];
        }

        @Override
        public int definite(String form) {
            int[] c = counts.get(form);
            return c == null ? 0 : c[1];
        }
    };

    private static String split(String word) {
        String norm = TextNormalizer.word(word);
        Clitics.Split s = Clitics.DEFAULT.split(norm, TextAnalyzer.hamzas(word), CORPUS);
        return s.prefix() + "+" + s.base() + "+" + s.suffix();
    }

    @Test
    void articleStacksAlwaysSplit() {
        assertEquals("ال+تعاون+", split("التعاون"));
        assertEquals("لل+تعاون+", split("للتعاون"));
        assertEquals("ولل+تعاون+", split("وللتعاون"));
        assertEquals("وبال+تعاون+", split("وبالتعاون"));
        assertEquals("فال+قرار+", split("فالقرار"));
    }

    @Test
    void aConjunctionOrPrepositionAloneSplitsWhereTheRestIsAWordOfTheCorpus() {
        assertEquals("و+تعاون+", split("وتعاون"));
        assertEquals("ب+استثمارات+", split("باستثمارات"));
        assertEquals("ل+شي+", split("لشي"));
        assertEquals("و+لدي+", split("ولدى"));
        // The rest is no word of the corpus.
        assertEquals("+بحثت+", split("بحثت"));
        // الوزير is far more common than زير: وزير is a word of its own (and a protected one).
        assertEquals("+وزير+", split("وزير"));
        assertEquals("و+وزير+", split("ووزير"));
    }

    @Test
    void protectedWordsAndHamzas() {
        assertEquals("+وزاره+", split("وزارة"));
        assertEquals("+الله+", split("الله"));
        assertEquals("و+الله+", split("والله"));
        // The alef of the article is never written with a hamza: ألقى and بألمانيا have no article.
        assertEquals("+القي+", split("ألقى"));
        assertEquals(0, Clitics.DEFAULT.candidates(TextNormalizer.word("ألقى"), TextAnalyzer.hamzas("ألقى")).size());
    }

    @Test
    void encliticsSplitWhereTheirBaseIsAWord() {
        assertEquals("ل+تعاون+هما", split("لتعاونهما"));
        assertEquals("ال+اعمال+هم", split("الأعمالهم"));
        assertEquals("+تفاهم+", split("تفاهم"));
    }

    @Test
    void nothingSplitsBelowTwoLetters() {
        assertEquals("+ول+", split("ول"));
        assertEquals("+الي+", split("إلى"));
    }

    /**
     * The name finders' tests of a word as written go through the same minimum: the article needs
     * two letters after it (الوزير yes; الي from إلى, الخ no), the conjunction too (وفؤاد → فؤاد،
     * وشي → شي; ول → none).
     */
    @Test
    void articleAndConjunctionAsWrittenKeepTheSameMinimum() {
        assertEquals(true, Clitics.startsWithArticle(TextNormalizer.word("الوزير")));
        assertEquals(true, Clitics.startsWithArticle("الصين"));
        assertEquals(false, Clitics.startsWithArticle(TextNormalizer.word("إلى")));
        assertEquals(false, Clitics.startsWithArticle("الخ"));
        assertEquals(false, Clitics.startsWithArticle("والوزير"));
        assertEquals("وزير", Clitics.withoutLeadingArticle("الوزير"));
        assertEquals("الخ", Clitics.withoutLeadingArticle("الخ"));
        assertEquals(TextNormalizer.word("فؤاد"), Clitics.afterConjunction(TextNormalizer.word("وفؤاد")));
        assertEquals("شي", Clitics.afterConjunction("وشي"));
        assertEquals(null, Clitics.afterConjunction("ول"));
        assertEquals(null, Clitics.afterConjunction("فؤاد"));
    }
}

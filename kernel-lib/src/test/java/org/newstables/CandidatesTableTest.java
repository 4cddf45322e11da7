package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.STRING;

import org.junit.jupiter.api.Test;

/** candidates(): name-like words after a title that nothing attributed, to grow the lexicon from. */
class CandidatesTableTest {

    @Test
    void unattributedNamesAfterTitlesCountedWithTheirFirstSentence() {
        Corpus c = TextCorpora.of(
                "واستقبل الرئيس فلان الفلاني الوفد الزائر.",
                "واستقبل الرئيس فلان الفلاني السفير.",
                "وقال وزير الخارجية كمال إن الزيارة ناجحة.",
                "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مفيدة.");
        // فلان after الرئيس, in articles 1 and 2: in no lexicon and no given name; the run stops at
        // الفلاني (a word with the article). Its example is the sentence of its first occurrence.
        // كمال after وزير الخارجية (an office and its complement): a given name that is also an
        // ordinary word (given-names.tsv marks it common-word), so not taken for a person alone.
        // Article 4: the lexicon names سيرغي لافروف after the title and its complements: nothing left.
        TableAsserts.of(c.candidates())
                .expectColumns("candidate", "title", "count", "articles", "example")
                .expectTypes(STRING, STRING, INTEGER, INTEGER, STRING)
                .expectRows(
                        row("فلان", "الرئيس", 2, 2, "واستقبل الرئيس فلان الفلاني الوفد الزائر."),
                        row("كمال", "وزير الخارجية", 1, 1, "وقال وزير الخارجية كمال إن الزيارة ناجحة."));
        TableAsserts.of(c.mentions()).select("article", "entity", "title").expectRows(
                row("4", "RU", ""),
                row("4", "Sergey Lavrov", "وزير الخارجية الروسي"));
    }

    @Test
    void aPersonFoundInTheTextIsNoCandidate() {
        // هشام عبد الفتاح الزيني after وزير الإسكان المصري is a person (PartnersTest); TinyNews's
        // الوزير is followed by إن, a stop word: no candidates at all.
        Corpus c = TextCorpora.of("وقال وزير الإسكان المصري هشام عبد الفتاح الزيني إن مصر ماضية في خططها.");
        TableAsserts.of(c.candidates()).expectHeight(0);
        TableAsserts.of(TinyNews.corpus().candidates()).expectHeight(0);
    }

    /**
     * Candidates are found in parallel chunks of articles and added up in order: on any number of
     * threads the counts are the whole corpus's, and the title and example those of the first
     * occurrence.
     */
    @Test
    void countedOverChunksAsOnOneThread() throws Exception {
        String[] texts = new String[64];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = i % 2 == 0 ? "واستقبل الرئيس فلان الفلاني الوفد " + (i + 1) + "."
                    : "وقال وزير الخارجية كمال إن الزيارة " + (i + 1) + " ناجحة.";
        }
        for (int threads = 1; threads <= 3; threads++) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                tech.tablesaw.api.Table t = pool.submit(() -> TextCorpora.of(texts).candidates())
                        .get(60, java.util.concurrent.TimeUnit.SECONDS);
                TableAsserts.of(t).expectRows(
                        row("فلان", "الرئيس", 32, 32, "واستقبل الرئيس فلان الفلاني الوفد 1."),
                        row("كمال", "وزير الخارجية", 32, 32, "وقال وزير الخارجية كمال إن الزيارة 2 ناجحة."));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

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
}

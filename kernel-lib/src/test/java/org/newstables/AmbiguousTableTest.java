package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.STRING;

import org.junit.jupiter.api.Test;

/** ambiguous(): partial names the matcher found but could not attribute, and why. */
class AmbiguousTableTest {

    @Test
    void aPartialNameWithNobodyOrTwoPeopleToFit() {
        // وانغ is a partial name of two people of the built-in lexicon, Wang Yi and Wang Qishan.
        // Article 1 names neither in full: ambiguous. Article 2 names both: ambiguous, fitting 2.
        // Article 3 names Wang Yi only: its وانغ is his, and not in this table.
        Corpus c = TextCorpora.of(
                "وقال وانغ إن الصين مستعدة للتعاون.",
                "التقى وانغ يي ووانغ تشي شان الوفد. وقال وانغ إن المحادثات كانت مثمرة.",
                "التقى وانغ يي الوفد. وقال وانغ إن المحادثات كانت مثمرة.");
        // Offsets: "وقال " puts وانغ at 5..9; in article 2 the first sentence and its space are 35
        // characters and "وقال " 5 more: 40..44.
        TableAsserts.of(c.ambiguous())
                .expectColumns("article", "surface", "candidates", "why", "start", "end", "sentence")
                .expectTypes(STRING, STRING, STRING, STRING, INTEGER, INTEGER, INTEGER)
                .expectRows(
                        row("1", "وانغ", "Wang Yi | Wang Qishan",
                                "a partial name, and nobody of that name is named in full in the article", 5, 9, 1),
                        row("2", "وانغ", "Wang Yi | Wang Qishan", "a partial name that fits 2 people named in the article",
                                40, 44, 2));
        TableAsserts.of(c.mentions()).select("article", "entity", "surface", "sentence").expectRows(
                row("1", "CN", "الصين", 1),
                row("2", "Wang Yi", "وانغ يي", 1),
                row("2", "Wang Qishan", "ووانغ تشي شان", 1),
                row("3", "Wang Yi", "وانغ يي", 1),
                row("3", "Wang Yi", "وانغ", 2));
    }

    @Test
    void nothingAmbiguousInTinyNews() {
        TableAsserts.of(TinyNews.corpus().ambiguous()).expectHeight(0);
    }
}

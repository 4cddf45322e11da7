package org.newstables;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LONG;
import static tech.tablesaw.api.ColumnType.STRING;

import org.junit.jupiter.api.Test;

/**
 * ngrams(n): n-grams of runs of content words. A run ends at a stop word and at a sentence end, so
 * in TinyNews the runs are: a1 وقعت مصر والصين اتفاقا | مجال الطاقة | وقال الوزير | التجارة |
 * مصر والصين تنمو | وزار وفد | السعودية القاهرة; a2 بحثت الصين والسعودية التعاون | مجال الطاقة |
 * وأكدت الصين أهمية التجارة; a3 أعلنت مصر خطة للصحة | وقالت مصر | اللقاح متاح.
 */
class NgramsTableTest {

    private static final Corpus NEWS = TinyNews.corpus();

    @Test
    void bigramsCountedByNormalizedWords() {
        // A run of k words has k − 1 bigrams: 3+1+1+0+2+1+1 in a1, 3+1+3 in a2, 3+1+1 in a3 = 21,
        // of which مجال الطاقة (a1, a2) and مصر والصين (a1 twice) repeat: 19 rows. Most frequent
        // first, then by the normalized words in code-point order. Words are not stemmed (والصين is
        // not الصين) but normalized (أهمية is اهميه).
        TableAsserts.of(NEWS.ngrams(2))
                .expectColumns("ngram", "norm", "count", "articles")
                .expectTypes(STRING, STRING, LONG, INTEGER)
                .expectRows(
                        row("مجال الطاقة", "مجال الطاقه", 2, 2),
                        row("مصر والصين", "مصر والصين", 2, 1),
                        row("أعلنت مصر", "اعلنت مصر", 1, 1),
                        row("السعودية القاهرة", "السعوديه القاهره", 1, 1),
                        row("الصين أهمية", "الصين اهميه", 1, 1),
                        row("الصين والسعودية", "الصين والسعوديه", 1, 1),
                        row("اللقاح متاح", "اللقاح متاح", 1, 1),
                        row("أهمية التجارة", "اهميه التجاره", 1, 1),
                        row("بحثت الصين", "بحثت الصين", 1, 1),
                        row("خطة للصحة", "خطه للصحه", 1, 1),
                        row("مصر خطة", "مصر خطه", 1, 1),
                        row("وأكدت الصين", "واكدت الصين", 1, 1),
                        row("والسعودية التعاون", "والسعوديه التعاون", 1, 1),
                        row("والصين اتفاقا", "والصين اتفاقا", 1, 1),
                        row("والصين تنمو", "والصين تنمو", 1, 1),
                        row("وزار وفد", "وزار وفد", 1, 1),
                        row("وقال الوزير", "وقال الوزير", 1, 1),
                        row("وقالت مصر", "وقالت مصر", 1, 1),
                        row("وقعت مصر", "وقعت مصر", 1, 1));
    }

    @Test
    void trigramsOnlyWithinARun() {
        // Runs of four words give two trigrams, of three one: 2 + 1 in a1, 2 + 2 in a2, 2 in a3; none
        // repeats, so all nine in code-point order of their normalized words.
        TableAsserts.of(NEWS.ngrams(3)).expectRows(
                row("أعلنت مصر خطة", "اعلنت مصر خطه", 1, 1),
                row("الصين أهمية التجارة", "الصين اهميه التجاره", 1, 1),
                row("الصين والسعودية التعاون", "الصين والسعوديه التعاون", 1, 1),
                row("بحثت الصين والسعودية", "بحثت الصين والسعوديه", 1, 1),
                row("مصر خطة للصحة", "مصر خطه للصحه", 1, 1),
                row("مصر والصين اتفاقا", "مصر والصين اتفاقا", 1, 1),
                row("مصر والصين تنمو", "مصر والصين تنمو", 1, 1),
                row("وأكدت الصين أهمية", "واكدت الصين اهميه", 1, 1),
                row("وقعت مصر والصين", "وقعت مصر والصين", 1, 1));
    }

    @Test
    void singleWordsAreNotNgrams() {
        assertThrows(IllegalArgumentException.class, () -> NEWS.ngrams(1));
    }
}

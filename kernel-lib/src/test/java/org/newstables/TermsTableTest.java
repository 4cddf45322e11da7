package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.DOUBLE;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LONG;
import static tech.tablesaw.api.ColumnType.STRING;

import org.junit.jupiter.api.Test;
import org.newstables.text.StopWords;
import tech.tablesaw.api.Table;

/** terms() and topTerms(n): stems counted per article and in the whole corpus, stop words left out. */
class TermsTableTest {

    private static final Corpus NEWS = TinyNews.corpus();

    private static double log10(double x) {
        return Math.log10(x);
    }

    @Test
    void termsOfAnArticleWithTfAndIdf() {
        Table terms = NEWS.terms();
        // Distinct non-stop stems: a1 14 (16 non-stop tokens, مصر and صين twice), a2 9 (10, صين twice),
        // a3 7 (8, مصر twice).
        TableAsserts.of(terms)
                .expectColumns("article", "term", "surface", "count", "tf", "articles", "idf", "tfidf")
                .expectTypes(STRING, STRING, STRING, INTEGER, DOUBLE, INTEGER, DOUBLE, DOUBLE)
                .expectHeight(14 + 9 + 7);
        // a3 (9 tokens): مصر twice, six stems once; most frequent first, then in code-point order
        // (ا < خ < ص < ل < م < و). tf = count / 9 (the article's tokens, stop words included);
        // articles: مصر is in a1 and a3, every other stem of a3 only there; idf = log10(3 / articles).
        // surface: the stem's most frequent written form in the corpus.
        double idf1 = log10(3.0 / 1);
        double idf2 = log10(3.0 / 2);
        TableAsserts.of(terms.where(terms.stringColumn("article").isEqualTo("a3"))).expectRows(
                row("a3", "مصر", "مصر", 2, 2 / 9.0, 2, idf2, 2 / 9.0 * idf2),
                row("a3", "اعلنت", "أعلنت", 1, 1 / 9.0, 1, idf1, 1 / 9.0 * idf1),
                row("a3", "خط", "خطة", 1, 1 / 9.0, 1, idf1, 1 / 9.0 * idf1),
                row("a3", "صح", "للصحة", 1, 1 / 9.0, 1, idf1, 1 / 9.0 * idf1),
                row("a3", "لقاح", "اللقاح", 1, 1 / 9.0, 1, idf1, 1 / 9.0 * idf1),
                row("a3", "متاح", "متاح", 1, 1 / 9.0, 1, idf1, 1 / 9.0 * idf1),
                row("a3", "وقالت", "وقالت", 1, 1 / 9.0, 1, idf1, 1 / 9.0 * idf1));
        // a1's first rows: صين (والصين twice) and مصر (twice), in that order (ص < م), tf = 2 / 20.
        TableAsserts.of(terms.where(terms.stringColumn("article").isEqualTo("a1")).first(2))
                .select("term", "surface", "count", "tf", "articles")
                .expectRows(row("صين", "الصين", 2, 0.1, 2), row("مصر", "مصر", 2, 0.1, 2));
    }

    @Test
    void topTermsCountTheWholeCorpus() {
        // صين: والصين ×2 (a1), الصين ×2 (a2) = 4; its surface on this tie is the first in code-point
        // order, الصين. مصر: a1 ×2, a3 ×2 = 4. Then four stems twice each, one per article of a1 and a2:
        // تجار (التجارة), سعود (السعودية, والسعودية), طاق (الطاقة), مجال. per_1k: per 1,000 of the
        // corpus's 40 tokens (stop words included): 4 → 100, 2 → 50.
        TableAsserts.of(NEWS.topTerms(6))
                .expectColumns("term", "surface", "count", "articles", "per_1k")
                .expectTypes(STRING, STRING, LONG, INTEGER, DOUBLE)
                .expectRows(
                        row("صين", "الصين", 4, 2, 100.0),
                        row("مصر", "مصر", 4, 2, 100.0),
                        row("تجار", "التجارة", 2, 2, 50.0),
                        row("سعود", "السعودية", 2, 2, 50.0),
                        row("طاق", "الطاقة", 2, 2, 50.0),
                        row("مجال", "مجال", 2, 2, 50.0));
        // 24 distinct stems in all: fewer rows than asked for is no error.
        TableAsserts.of(NEWS.topTerms(100)).expectHeight(24);
    }

    @Test
    void stopWordsAreLeftOutOfTheCountsButNotOfTheTokens() {
        // With مصر a stop word it is no term; the other counts and the 40 tokens do not change.
        TableAsserts.of(NEWS.withStopWords(StopWords.defaults().plus("مصر")).topTerms(2))
                .expectRows(row("صين", "الصين", 4, 2, 100.0), row("تجار", "التجارة", 2, 2, 50.0));
    }
}

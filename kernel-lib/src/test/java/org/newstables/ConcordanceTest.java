package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.DOUBLE;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** kwic(), collocations() and dispersion() on TinyNews (its tokens are listed there). */
class ConcordanceTest {

    private static final Corpus NEWS = TinyNews.corpus();
    private static final LocalDate D1 = LocalDate.of(2021, 3, 10);
    private static final LocalDate D2 = LocalDate.of(2021, 7, 4);

    @Test
    void keywordInContextFindsEveryCliticFormWithItsNeighbours() {
        // الصين matches its stem صين: والصين a1 #3 and #14, الصين a2 #2 and #9. Two tokens each side,
        // as the text has them (punctuation and line breaks kept, white space folded): a1 #14 is
        // followed by تنمو, the full stop, the line break and وزار; a2 #2 has only one token before it.
        TableAsserts.of(NEWS.kwic("الصين", 2))
                .expectColumns("article", "date", "left", "match", "right", "start", "end", "sentence")
                .expectTypes(STRING, LOCAL_DATE, STRING, STRING, STRING, INTEGER, INTEGER, INTEGER)
                .expectRows(
                        row("a1", D1, "وقعت مصر", "والصين", "اتفاقا في", 9, 15, 1),
                        row("a1", D1, "بين مصر", "والصين", "تنمو. وزار", 70, 76, 2),
                        row("a2", D2, "بحثت", "الصين", "والسعودية التعاون", 5, 10, 1),
                        row("a2", D2, "الطاقة. وأكدت", "الصين", "أهمية التجارة", 51, 56, 2));
        // A phrase: مجال الطاقة in a1 (26..37) and a2 (32..43), one token of context; the full stop after it is text.
        TableAsserts.of(NEWS.kwic("مجال الطاقة", 1)).select("article", "left", "match", "right", "start", "end")
                .expectRows(row("a1", "في", "مجال الطاقة", ". وقال", 26, 37), row("a2", "في", "مجال الطاقة", ". وأكدت", 32, 43));
    }

    /** Dunning's G² of a 2×2 table, written out: 2 Σ O ln(O / E), E from the margins. */
    private static double g2(double a, double b, double c, double d) {
        double n = a + b + c + d;
        double[][] o = {{a, b}, {c, d}};
        double[] rows = {a + b, c + d};
        double[] cols = {a + c, b + d};
        double sum = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                if (o[i][j] > 0) {
                    sum += o[i][j] * Math.log(o[i][j] / (rows[i] * cols[j] / n));
                }
            }
        }
        return 2 * sum;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void collocatesWithinOneTokenAndTheirScores() {
        // The four الصين (as in kwic) with the nearest non-stop token on each side: a1 مصر|اتفاقا,
        // مصر|تنمو; a2 بحثت|والسعودية, وأكدت|أهمية. So مصر twice on the left, six stems once.
        // N = 34 non-stop tokens (16 + 10 + 8), f(n) = 4 occurrences, span = 2 × 1; frequency f(c) is the
        // collocate's count in the corpus (مصر 4, سعود 2, the others 1).
        // PMI = log2(O / (f(n) f(c) span / N)); G² of [[O, f(c) − O], [f(n) span − O, N − the rest]].
        double n = 34;
        TableAsserts.of(NEWS.collocations("الصين", 1))
                .expectColumns("collocate", "surface", "together", "left", "right", "frequency", "pmi", "log_likelihood")
                .expectTypes(STRING, STRING, INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE, DOUBLE)
                .expectRows(
                        row("مصر", "مصر", 2, 2, 0, 4, log2(2 / (4 * 4 * 2 / n)), g2(2, 2, 6, 24)),
                        row("اتفاقا", "اتفاقا", 1, 0, 1, 1, log2(1 / (4 * 1 * 2 / n)), g2(1, 0, 7, 26)),
                        row("اهم", "أهمية", 1, 0, 1, 1, log2(1 / (4 * 1 * 2 / n)), g2(1, 0, 7, 26)),
                        row("بحثت", "بحثت", 1, 1, 0, 1, log2(1 / (4 * 1 * 2 / n)), g2(1, 0, 7, 26)),
                        row("تنمو", "تنمو", 1, 0, 1, 1, log2(1 / (4 * 1 * 2 / n)), g2(1, 0, 7, 26)),
                        row("سعود", "السعودية", 1, 0, 1, 2, log2(1 / (4 * 2 * 2 / n)), g2(1, 1, 7, 25)),
                        row("واكدت", "وأكدت", 1, 1, 0, 1, log2(1 / (4 * 1 * 2 / n)), g2(1, 0, 7, 26)));
    }

    @Test
    void dispersionGivesEveryPositionInItsArticle() {
        // مصر: a1 #2 and #13 of 20 tokens, a3 #2 and #6 of 9; الطاقة: a1 #7 of 20, a2 #7 of 11.
        // relative = position / tokens of the article.
        TableAsserts.of(NEWS.dispersion("مصر", "الطاقة"))
                .expectColumns("article", "term", "position", "relative", "start", "end")
                .expectTypes(STRING, STRING, INTEGER, DOUBLE, INTEGER, INTEGER)
                .expectRows(
                        row("a1", "مصر", 2, 2 / 20.0, 5, 8),
                        row("a1", "مصر", 13, 13 / 20.0, 66, 69),
                        row("a3", "مصر", 2, 2 / 9.0, 6, 9),
                        row("a3", "مصر", 6, 6 / 9.0, 27, 30),
                        row("a1", "الطاقة", 7, 7 / 20.0, 31, 37),
                        row("a2", "الطاقة", 7, 7 / 11.0, 37, 43));
    }
}

package org.newstables.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.tablesaw.api.ColumnType.DOUBLE;
import static tech.tablesaw.api.ColumnType.LONG;
import static tech.tablesaw.api.ColumnType.STRING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.TableAsserts;
import org.newstables.TinyNews;
import tech.tablesaw.api.Table;

class KeynessTest {

    /**
     * quanteda's own test table: target "b b b b b b b a a a", reference "a a a a a a a b b".
     * For feature a: a = 3, b = 7, c = 7, d = 2, N = 19.
     * Yates: N (|ad − bc| − N/2)² / ((a+b)(c+d)(a+c)(b+d)) = 19 · 33.5² / 8100 = 2.632438…, negative
     * because a is rarer in the target; R's chisq.test(correct = TRUE) gives the same.
     * G² = 2 Σ O ln(O/E) = 4.534939…, Williams' q = 1 + (19/10 + 19/9 − 1)² / 114 = 1.079534…,
     * G²/q = 4.200833….
     */
    @Test
    void matchesHandComputedValuesOnQuantedasExample() {
        assertEquals(-2.632438271604938, Keyness.chi2(3, 7, 7, 2), 1e-9);
        assertEquals(-4.200833412154394, Keyness.g2(3, 7, 7, 2), 1e-9);
        assertEquals(4.200833412154394, Keyness.g2(7, 2, 3, 7), 1e-9);
    }

    /** G² = 2 Σ O ln(O / E) of [[a, b], [c, d]], divided by Williams' q, signed as a/(a+c) against b/(b+d). */
    private static double williamsG2(double a, double b, double c, double d) {
        double n = a + b + c + d;
        double[][] o = {{a, b}, {c, d}};
        double[] rows = {a + b, c + d};
        double[] cols = {a + c, b + d};
        double g = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                if (o[i][j] > 0) {
                    g += 2 * o[i][j] * Math.log(o[i][j] / (rows[i] * cols[j] / n));
                }
            }
        }
        double q = 1 + (n / rows[0] + n / rows[1] - 1) * (n / cols[0] + n / cols[1] - 1) / (6 * n);
        return Math.signum(a / cols[0] - b / cols[1]) * g / q;
    }

    /** P(χ² with one degree of freedom ≥ x) = 1 − erf(√(x/2)), erf by its Taylor series (x small here). */
    private static double p(double x) {
        double z = Math.sqrt(Math.abs(x) / 2);
        double sum = 0;
        double term = z;
        for (int k = 0; k < 60; k++) {
            sum += term / (2 * k + 1);
            term *= -z * z / (k + 1);
        }
        return 1 - 2 / Math.sqrt(Math.PI) * sum;
    }

    /**
     * G² before correction is commons-math's G-test, which computes it from entropies: on these
     * tables it agrees with 2 Σ O ln(O/E) worked out to 60 digits (4.534939332256224268…;
     * 2 (5 ln 2 + 95 ln(95/97.5) + 100 ln(100/97.5)) = 7.059690985837903…) to 1e-12. The sum it
     * replaced gave 4.534939332256226, commons-math 4.534939332256223: only such last digits change
     * (at most 5e-12 on the keyness and collocation tables of the real page sets, same row order).
     */
    @Test
    void logLikelihoodIsTheGTestAndZeroForAnEmptyRowOrColumn() {
        assertEquals(4.534939332256224, Keyness.logLikelihood(3, 7, 7, 2), 1e-12);
        assertEquals(7.059690985837903, Keyness.logLikelihood(5, 0, 95, 100), 1e-12);
        // commons-math refuses a table with an empty row or column; every cell then equals its
        // expectation, so G² is 0.
        assertEquals(0, Keyness.logLikelihood(0, 0, 5, 7));
        assertEquals(0, Keyness.logLikelihood(4, 0, 6, 0));
        assertEquals(0, Keyness.logLikelihood(0, 0, 0, 0));
    }

    @Test
    void oneArticleAgainstTheOtherTwo() {
        Corpus news = TinyNews.corpus();
        Table k = Corpus.keyness(news.filter(a -> a.id().equals("a1")), news.filter(a -> !a.id().equals("a1")));
        // Totals: the non-stop tokens, 16 in a1 (target), 10 + 8 = 18 in a2 and a3 (reference). 24 stems
        // in all. A stem of a1 only (اتفاقا, 1 against 0): G² of [[1, 0], [15, 18]]; Yates χ² =
        // 34 (|1·18 − 0·15| − 17)² / (1 · 33 · 16 · 18) = 34 / 9504; Log Ratio = log2((1/16) / (0.5/18)),
        // 0.5 standing for the zero. Ties of G² by term, so اتفاقا (ا first) leads the eight of a1 only.
        // صين (2 against 2; in a1 written والصين only): G² of [[2, 2], [14, 16]], Yates χ² 0 (|32 − 28| is
        // less than 34/2), Log Ratio log2((2/16) / (2/18)). A stem of the reference only (وقالت, 0 against
        // 1) is negative, and last by term among the ten of a2 and a3 only.
        TableAsserts.of(k)
                .expectColumns("term", "surface", "target", "reference", "g2", "chi2", "p", "log_ratio")
                .expectTypes(STRING, STRING, LONG, LONG, DOUBLE, DOUBLE, DOUBLE, DOUBLE)
                .expectHeight(24)
                .expectRow(0, "اتفاقا", "اتفاقا", 1, 0, williamsG2(1, 0, 15, 18), 34.0 / 9504, p(williamsG2(1, 0, 15, 18)),
                        log2((1 / 16.0) / (0.5 / 18)))
                .expectRow(8, "صين", "والصين", 2, 2, williamsG2(2, 2, 14, 16), 0.0, p(williamsG2(2, 2, 14, 16)),
                        log2((2 / 16.0) / (2 / 18.0)))
                .expectRow(23, "وقالت", "وقالت", 0, 1, williamsG2(0, 1, 16, 17), 0.0, p(williamsG2(0, 1, 16, 17)),
                        log2((0.5 / 16) / (1 / 18.0)));
        assertTrue(williamsG2(0, 1, 16, 17) < 0);
        assertEquals(List.of("اتفاقا", "تنمو", "قاهر", "وزار", "وزير", "وفد", "وقال", "وقعت", "صين", "مصر", "تجار", "سعود",
                "طاق", "مجال"), k.stringColumn("term").asList().subList(0, 14));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

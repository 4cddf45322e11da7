package org.newstables.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import tech.tablesaw.api.Row;
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
    void tajikistanArticlesAgainstKazakhstanArticles() {
        Corpus seeds = Corpus.seeds();
        Corpus tj = seeds.filter(a -> a.text().contains("طاجيكستان"));
        Corpus kz = seeds.filter(a -> !a.text().contains("طاجيكستان"));
        assertEquals(3, tj.size());
        assertEquals(2, kz.size());
        Table k = Corpus.keyness(tj, kz);
        Row top = k.row(0);
        assertEquals("طاجيكستان", top.getString("surface"));
        assertTrue(top.getDouble("g2") > 10 && top.getDouble("p") < 0.01, top.toString());
        Row last = k.row(k.rowCount() - 1);
        assertTrue(last.getDouble("g2") < 0 && last.getDouble("log_ratio") < 0, last.toString());
        // The most negative row is a term the Kazakhstan articles use more: قازاقستان itself, which
        // the Tajikistan articles name once (002: لقازاقستان, one term with it since the one clitic splitter).
        assertEquals("قازاقستان", last.getString("surface"));
        assertEquals(1, last.getLong("target"));
    }
}

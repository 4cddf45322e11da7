package org.newstables.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.GTest;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * Keyness of terms in a target corpus against a reference corpus, as quanteda's
 * {@code textstat_keyness} computes it: for each term, the 2×2 table of its count and of all
 * other terms' count in target and reference, tested with
 * <ul>
 *   <li>{@code g2}, the log-likelihood ratio G² (Dunning 1993; commons-math's G-test), with
 *       Williams' correction as quanteda's default for this measure;</li>
 *   <li>{@code chi2}, Pearson's χ² with Yates' continuity correction, as quanteda's default;</li>
 *   <li>{@code p}, the p-value of G² on one degree of freedom (commons-math's χ² distribution);</li>
 *   <li>{@code log_ratio}, Hardie's Log Ratio effect size: log2 of the ratio of relative
 *       frequencies, with 0.5 added to a zero count.</li>
 * </ul>
 * Both statistics are signed, as in quanteda: negative when the term is relatively more frequent
 * in the reference. Rows are ordered by G², most key first. Totals are the non-stop tokens, the
 * same counts as {@code terms()}.
 */
@Internal
public final class Keyness {

    private static final ChiSquaredDistribution CHI2_1DF = new ChiSquaredDistribution(null, 1);
    /** Stateless, so shared by every thread. */
    private static final GTest G_TEST = new GTest();

    private Keyness() {
    }

    /** term, surface, target, reference, g2, chi2, p, log_ratio. */
    public static Table of(TermIndex target, TermIndex reference) {
        long targetTotal = target.termTokens();
        long referenceTotal = reference.termTokens();
        TreeSet<String> terms = new TreeSet<>();
        for (int i = 0; i < target.size(); i++) {
            terms.add(target.term(i));
        }
        for (int i = 0; i < reference.size(); i++) {
            terms.add(reference.term(i));
        }
        List<Row> rows = new ArrayList<>(terms.size());
        for (String term : terms) {
            long a = target.total(term);
            long b = reference.total(term);
            long c = targetTotal - a;
            long d = referenceTotal - b;
            rows.add(new Row(term, a >= b ? target.surface(term) : reference.surface(term),
                    a, b, g2(a, b, c, d), chi2(a, b, c, d), logRatio(a, b, targetTotal, referenceTotal)));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -r.g2).thenComparing(r -> r.term));
        StringColumn term = StringColumn.create("term");
        StringColumn surface = StringColumn.create("surface");
        LongColumn tgt = LongColumn.create("target");
        LongColumn ref = LongColumn.create("reference");
        DoubleColumn g2 = DoubleColumn.create("g2");
        DoubleColumn chi2 = DoubleColumn.create("chi2");
        DoubleColumn p = DoubleColumn.create("p");
        DoubleColumn lr = DoubleColumn.create("log_ratio");
        for (Row r : rows) {
            term.append(r.term);
            surface.append(r.surface);
            tgt.append(r.a);
            ref.append(r.b);
            g2.append(r.g2);
            chi2.append(r.chi2);
            p.append(1 - CHI2_1DF.cumulativeProbability(Math.abs(r.g2)));
            lr.append(r.logRatio);
        }
        return Table.create("keyness", term, surface, tgt, ref, g2, chi2, p, lr);
    }

    private record Row(String term, String surface, long a, long b, double g2, double chi2, double logRatio) {
    }

    /** Signed G² with Williams' correction. */
    static double g2(long a, long b, long c, long d) {
        double n = a + b + c + d;
        double g = logLikelihood(a, b, c, d);
        // Williams' correction for a 2×2 table (Williams 1976), as quanteda applies it; written out
        // because commons-math's G-test has no correction.
        double q = 1 + (n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1) / (6 * n);
        g /= q;
        return sign(a, b, c, d) * g;
    }

    /**
     * Dunning's log-likelihood ratio G² = 2 Σ O ln(O / E) of the 2×2 table [[a, b], [c, d]], without
     * correction or sign: the statistic AntConc reports for collocates. It is commons-math's G-test
     * of the two columns ({@link GTest#gDataSetsComparison}), and 0 for a table with an empty row or
     * column (every cell then equals its expectation), which commons-math refuses. commons-math
     * computes G² from entropies, which agrees with the sum above in all but the last digits: by
     * less than 1e-11 on the real page sets, 1e-7 on tables of 50 million tokens; where G² is
     * itself near 0 (far below any threshold of significance) the relative difference is larger.
     */
    public static double logLikelihood(long a, long b, long c, long d) {
        if (a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0) {
            return 0;
        }
        return G_TEST.gDataSetsComparison(new long[] {a, c}, new long[] {b, d});
    }

    /**
     * Signed Pearson χ² with Yates' correction. Written out: commons-math's χ² test of a table
     * ({@code ChiSquareTest.chiSquare(long[][])}) has no continuity correction, and quanteda's
     * default applies it.
     */
    static double chi2(long a, long b, long c, long d) {
        double n = a + b + c + d;
        double num = Math.max(0, Math.abs((double) a * d - (double) b * c) - n / 2);
        double chi = n * num * num / ((double) (a + b) * (c + d) * (a + c) * (b + d));
        return sign(a, b, c, d) * chi;
    }

    private static double logRatio(long a, long b, long targetTotal, long referenceTotal) {
        double x = a == 0 ? 0.5 : a;
        double y = b == 0 ? 0.5 : b;
        return Math.log((x / targetTotal) / (y / referenceTotal)) / Math.log(2);
    }

    private static int sign(long a, long b, long c, long d) {
        return (double) a / (a + c) >= (double) b / (b + d) ? 1 : -1;
    }
}

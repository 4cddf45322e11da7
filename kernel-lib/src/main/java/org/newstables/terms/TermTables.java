package org.newstables.terms;

import java.util.Arrays;
import java.util.List;
import org.newstables.common.Chunks;
import org.newstables.common.NumberColumns;
import org.newstables.common.ParallelColumns;
import org.newstables.common.StringColumns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/** The term tables: {@code terms()} (one row per term in an article) and {@code topTerms(n)}. */
@Internal
public final class TermTables {

    private TermTables() {
    }

    /**
     * article, term, surface, count, tf (count / tokens of the article), df, idf, tfidf; per article,
     * the most frequent terms first.
     */
    public static Table terms(List<String> ids, TermIndex index) {
        int n = index.articles();
        int[] offsets = new int[n + 1];
        for (int a = 0; a < n; a++) {
            offsets[a + 1] = offsets[a] + index.termsIn(a);
        }
        int rows = offsets[n];
        // The numbers are filled in parallel into arrays, which become the columns' storage as they are
        // (NumberColumns): Tablesaw's create(name, size) appends a missing value per row, one call at a
        // time on this thread (0.7 s of 2.4 s for the 22 million rows of 100,000 generated articles), and
        // its create(name, values) copies the array.
        // Made in parallel: the JVM zeroes a new array on the thread that makes it, and these seven are
        // 880 MB for 100,000 generated articles, a twentieth of a second of one thread's time while
        // the other idled (async-profiler, two threads).
        List<Object> arrays = Chunks.each(7, k -> k < 4 ? new int[rows] : new double[rows]);
        int[] article = (int[]) arrays.get(0);
        int[] term = (int[]) arrays.get(1);
        int[] count = (int[]) arrays.get(2);
        int[] df = (int[]) arrays.get(3);
        double[] tf = (double[]) arrays.get(4);
        double[] idf = (double[]) arrays.get(5);
        double[] tfidf = (double[]) arrays.get(6);
        // Once per term, not per row: a logarithm for each of the 22 million rows of 100,000 generated
        // articles was nearly a fifth of terms() on one thread (async-profiler).
        double[] idfOf = new double[index.size()];
        for (int t = 0; t < idfOf.length; t++) {
            idfOf[t] = index.idf(t);
        }
        Chunks.map(n, (from, to) -> {
            for (int a = from; a < to; a++) {
                int tokens = index.tokens(a);
                for (int k = 0, r = offsets[a], size = index.termsIn(a); k < size; k++, r++) {
                    int t = index.termId(a, k);
                    int c = index.termCount(a, k);
                    double f = (double) c / tokens;
                    double i = idfOf[t];
                    article[r] = a;
                    term[r] = t;
                    count[r] = c;
                    tf[r] = f;
                    df[r] = index.df(t);
                    idf[r] = i;
                    tfidf[r] = f * i;
                }
            }
            return null;
        });
        String[] terms = new String[index.size()];
        String[] surfaces = new String[index.size()];
        for (int t = 0; t < terms.length; t++) {
            terms[t] = index.term(t);
            surfaces[t] = index.surface(t);
        }
        String[] idArray = ids.toArray(new String[0]);
        return Table.create("terms", ParallelColumns.of(List.of(
                () -> StringColumns.of("article", idArray, article),
                () -> StringColumns.of("term", terms, term), () -> StringColumns.of("surface", surfaces, term),
                () -> NumberColumns.ints("count", count), () -> NumberColumns.doubles("tf", tf),
                () -> NumberColumns.ints(org.newstables.common.Columns.ARTICLES, df),
                () -> NumberColumns.doubles("idf", idf), () -> NumberColumns.doubles("tfidf", tfidf))));
    }

    /** term, surface, count, articles, per_1k (per 1,000 tokens of the corpus): the {@code n} most frequent. */
    public static Table top(TermIndex index, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, not " + n);
        }
        Integer[] order = new Integer[index.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> index.total(x) != index.total(y) ? Long.compare(index.total(y), index.total(x))
                : index.term(x).compareTo(index.term(y)));
        StringColumn term = StringColumn.create("term");
        StringColumn surface = StringColumn.create("surface");
        LongColumn count = LongColumn.create("count");
        IntColumn articles = IntColumn.create("articles");
        DoubleColumn per1k = DoubleColumn.create("per_1k");
        for (int i = 0; i < Math.min(n, order.length); i++) {
            int t = order[i];
            term.append(index.term(t));
            surface.append(index.surface(t));
            count.append(index.total(t));
            articles.append(index.df(t));
            per1k.append(index.allTokens() == 0 ? 0 : 1000.0 * index.total(t) / index.allTokens());
        }
        return Table.create("top terms", term, surface, count, articles, per1k);
    }
}

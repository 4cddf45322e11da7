package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ArticleTablesTest {

    /**
     * The columns, each filled by a task of its own on the pool, give the table of one thread: the
     * same values in every column, in article order.
     */
    @Test
    void columnsFilledInParallelGiveTheTableOfOneThread() throws Exception {
        int n = 5_000;
        CorpusReader.Options options = new CorpusReader.Options(null, null, 1L << 30, LocalDate.of(2026, 1, 1), null);
        List<Article> articles = CorpusReader.read(org.newstables.bench.Benchmark.generate(n), options).articles();
        int[] sentences = new int[n];
        int[] tokens = new int[n];
        for (int i = 0; i < n; i++) {
            sentences[i] = i % 17;
            tokens[i] = i;
        }
        String[] csv = new String[3];
        for (int threads = 1; threads <= 3; threads++) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                Table t = pool.submit(() -> ArticleTables.articles(articles, sentences, tokens)).get(60, TimeUnit.SECONDS);
                StringWriter out = new StringWriter();
                t.write().csv(out);
                csv[threads - 1] = out.toString();
                assertEquals(n, t.rowCount());
                assertEquals(articles.get(n - 1).text(), t.stringColumn("text").get(n - 1));
            } finally {
                pool.shutdownNow();
            }
        }
        assertTrue(csv[0].length() > n * 1_000, "texts written");
        assertEquals(csv[0], csv[1], "two threads");
        assertEquals(csv[0], csv[2], "three threads");
    }
}

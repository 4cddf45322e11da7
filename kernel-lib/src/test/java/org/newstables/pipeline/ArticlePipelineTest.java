package org.newstables.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.corpus.Article;
import org.newstables.lexicon.Resolver;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Vocabulary;
import org.newstables.time.DateTagger;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The per-article pipeline run article by article — in shuffled orders, on one thread and on
 * four, into one vocabulary settled at the end — gives the rows the corpus tables give: tokens
 * (with their stems), entity mentions, theme mentions and dates.
 */
class ArticlePipelineTest {

    /** The seeds and texts of our own: people no lexicon knows, stacked clitics, a weekday, a list of names. */
    private static Corpus corpus() {
        Corpus seeds = Corpus.seeds();
        StringColumn text = StringColumn.create("text",
                "القاهرة 8 مارس 2018 - قال وزير الخارجية المصري سامح شكري إن القاهرة وبكين تعززان التعاون وللتعاون آفاق.",
                "التقى الرئيس الصيني شي جين بينغ يوم الثلاثاء نظيره الكازاخي قاسم جومارت توكاييف، وبحث الجانبان الاستثمارات وباستثمارات جديدة.",
                "أعلنت منظمة شنغهاي للتعاون أن وزراء الطاقة والصحة سيجتمعون الأسبوع المقبل في أستانا، وقال شكري إن مصر ستشارك.");
        List<String> texts = new ArrayList<>();
        seeds.articleList().forEach(a -> texts.add(a.text()));
        text.forEach(texts::add);
        return Corpus.from(Table.create("t", StringColumn.create("text", texts)));
    }

    @Test
    void articleByArticleInAnyOrderAndThreadCountGivesTheCorpusTables() throws Exception {
        Corpus c = corpus();
        List<List<String>> expected = List.of(rows(c.tokens(), "article", "sentence", "position", "surface", "norm", "stem",
                "start", "end"), rows(c.mentions(), "article", "entity", "surface", "start", "end", "sentence"),
                rows(c.themeMentions(), "article", "theme", "surface", "start", "end", "sentence"),
                rows(c.dates(), "article", "kind", "surface", "start", "end", "value"));
        assertFalse(expected.get(1).isEmpty(), "the test corpus has entity mentions");
        assertFalse(expected.get(2).isEmpty(), "the test corpus has theme mentions");
        ArticlePipeline pipeline = c.pipeline();
        for (int threads : new int[] {1, 4}) {
            for (long seed : new long[] {1, 2, 3}) {
                List<List<String>> got = byArticle(pipeline, c.articleList(), threads, new Random(seed));
                for (int k = 0; k < expected.size(); k++) {
                    assertSameRows(expected.get(k), got.get(k), "table " + k + ", " + threads + " threads, order " + seed);
                }
            }
        }
    }

    @Test
    void aBatchGivesTheSameAnalysesAsTheCorpus() {
        Corpus c = corpus();
        List<ArticleAnalysis> batch = c.pipeline().analyze(c.articleList());
        assertSameRows(rows(c.mentions(), "article", "entity", "surface", "start", "end", "sentence"),
                tables(batch).get(1), "mentions");
        assertSameRows(rows(c.tokens(), "article", "sentence", "position", "surface", "norm", "stem", "start", "end"),
                tables(batch).get(0), "tokens");
    }

    @Test
    void partsAnalysedApartAndSettledWithTheSummedCountsGiveTheCorpusTables() {
        Corpus c = corpus();
        List<List<String>> expected = List.of(rows(c.tokens(), "article", "sentence", "position", "surface", "norm", "stem",
                "start", "end"), rows(c.mentions(), "article", "entity", "surface", "start", "end", "sentence"),
                rows(c.themeMentions(), "article", "theme", "surface", "start", "end", "sentence"));
        List<Article> articles = c.articleList();
        // Three parts, each with a vocabulary of its own, as on three executors: every third article.
        int parts = 3;
        List<Vocabulary> vocabularies = new ArrayList<>();
        List<List<AnalyzedText>> texts = new ArrayList<>();
        Map<String, int[]> summed = new java.util.HashMap<>();
        for (int p = 0; p < parts; p++) {
            Vocabulary v = new Vocabulary();
            List<AnalyzedText> part = new ArrayList<>();
            for (int a = p; a < articles.size(); a += parts) {
                part.add(ArticlePipeline.text(articles.get(a), v));
            }
            ArticlePipeline.attestation(v, part).forEach((form, n) -> {
                int[] sum = summed.computeIfAbsent(form, k -> new int[2]);
                sum[0] += n[0];
                sum[1] += n[1];
            });
            vocabularies.add(v);
            texts.add(part);
        }
        ArticlePipeline pipeline = c.pipeline();
        ArticleAnalysis[] analyses = new ArticleAnalysis[articles.size()];
        for (int p = 0; p < parts; p++) {
            ArticlePipeline.settle(vocabularies.get(p), summed);
            for (int a = p, i = 0; a < articles.size(); a += parts, i++) {
                analyses[a] = pipeline.analyze(articles.get(a), texts.get(p).get(i));
            }
        }
        List<List<String>> got = tables(List.of(analyses));
        for (int k = 0; k < expected.size(); k++) {
            assertSameRows(expected.get(k), got.get(k), "table " + k);
        }
    }

    /** The first row that differs, rather than two lists of thousands of rows. */
    private static void assertSameRows(List<String> expected, List<String> got, String what) {
        for (int i = 0; i < Math.min(expected.size(), got.size()); i++) {
            assertEquals(expected.get(i), got.get(i), what + ", row " + i);
        }
        assertEquals(expected.size(), got.size(), what + ": rows");
    }

    /** Step 1 per article in a shuffled order on {@code threads} threads, settle, step 2 likewise. */
    private static List<List<String>> byArticle(ArticlePipeline pipeline, List<Article> articles, int threads, Random order)
            throws Exception {
        Vocabulary vocabulary = new Vocabulary();
        Map<Article, AnalyzedText> texts = new ConcurrentHashMap<>();
        Map<Article, ArticleAnalysis> analyses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runAll(pool, shuffled(articles, order), a -> texts.put(a, ArticlePipeline.text(a, vocabulary)));
            ArticlePipeline.settle(vocabulary, new ArrayList<>(texts.values()));
            runAll(pool, shuffled(articles, order), a -> analyses.put(a, pipeline.analyze(a, texts.get(a))));
        } finally {
            pool.shutdown();
        }
        List<ArticleAnalysis> inOrder = new ArrayList<>();
        articles.forEach(a -> inOrder.add(analyses.get(a)));
        return tables(inOrder);
    }

    private static void runAll(ExecutorService pool, List<Article> articles, java.util.function.Consumer<Article> step)
            throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(pool.submit(() -> step.accept(a)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static List<Article> shuffled(List<Article> articles, Random order) {
        List<Article> out = new ArrayList<>(articles);
        Collections.shuffle(out, order);
        return out;
    }

    /** The rows of the tokens, mentions, theme mentions and dates tables, from analyses. */
    private static List<List<String>> tables(List<ArticleAnalysis> analyses) {
        List<String> tokens = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (ArticleAnalysis x : analyses) {
            String id = x.article().id();
            AnalyzedText t = x.text();
            for (int i = 0; i < t.size(); i++) {
                tokens.add(String.join("|", id, "" + t.sentence(i), "" + (i + 1), t.surface(i), t.norm(i), t.stem(i),
                        "" + t.start(i), "" + t.end(i)));
            }
            for (Resolver.Resolved r : x.entities().resolved()) {
                mentions.add(mention(id, r, t));
            }
            for (Resolver.Resolved r : x.themes().resolved()) {
                themes.add(mention(id, r, t));
            }
            for (DateTagger.Expression e : x.dates()) {
                dates.add(String.join("|", id, e.kind().toString(), e.surface(), e.start() < 0 ? "" : "" + e.start(),
                        e.start() < 0 ? "" : "" + e.end(), e.value() == null ? "" : e.value().toString()));
            }
        }
        return List.of(tokens, mentions, themes, dates);
    }

    private static String mention(String id, Resolver.Resolved r, AnalyzedText t) {
        return String.join("|", id, r.entry().key(), t.text().substring(r.match().start(), r.match().end()),
                "" + r.match().start(), "" + r.match().end(), "" + r.match().sentence());
    }

    private static List<String> rows(Table t, String... columns) {
        List<String> out = new ArrayList<>();
        for (Row row : t) {
            List<String> cells = new ArrayList<>();
            for (String col : columns) {
                cells.add(row.isMissing(col) ? "" : row.getObject(col).toString());
            }
            out.add(String.join("|", cells));
        }
        return out;
    }
}

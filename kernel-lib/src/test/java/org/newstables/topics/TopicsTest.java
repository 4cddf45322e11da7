package org.newstables.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.tablesaw.api.ColumnType.BOOLEAN;
import static tech.tablesaw.api.ColumnType.DOUBLE;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.LONG;
import static tech.tablesaw.api.ColumnType.STRING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.Lexicon;
import org.newstables.Per;
import org.newstables.TableAsserts;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Table;

/** Topic models: shapes, determinism, the separation of two obvious topics, seeds, bad input. */
class TopicsTest {

    /** Each article's largest topic, from a shares table. */
    private static Map<String, String> largest(Table shares) {
        Map<String, String> top = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        for (int r = 0; r < shares.rowCount(); r++) {
            String a = shares.stringColumn("article").get(r);
            double s = shares.doubleColumn("share").get(r);
            if (s > best.getOrDefault(a, -1.0)) {
                best.put(a, s);
                top.put(a, shares.stringColumn("topic").get(r));
            }
        }
        return top;
    }

    @Test
    void separatesTwoTopicsThatShareNoWord() {
        Map<String, String> top = largest(TwoTopics.corpus().topicModel(TopicOptions.of(2)).shares());
        String football = top.get("f01");
        String weather = top.get("w01");
        assertNotEquals(football, weather);
        top.forEach((article, topic) -> assertEquals(article.startsWith("f") ? football : weather, topic, article));
    }

    @Test
    void topWordsAreTheTopicsWords() {
        Corpus c = TwoTopics.corpus();
        Table terms = c.topicModel(TopicOptions.of(2)).terms();
        String footballTopic = largest(c.topicModel(TopicOptions.of(2)).shares()).get("f01");
        Table football = terms.where(terms.stringColumn("topic").isEqualTo(footballTopic));
        String text = String.join(" ", TwoTopics.FOOTBALL);
        for (String surface : football.stringColumn("surface")) {
            assertTrue(text.contains(surface), surface + " is not a football word");
        }
        // The label is the top three written forms.
        assertEquals(String.join("، ", football.stringColumn("surface").asList().subList(0, 3)),
                football.stringColumn("label").get(0));
    }

    @Test
    void bigramsAreWordsOfTheirOwn() {
        Corpus c = TwoTopics.corpus();
        TopicModel m = c.topicModel(TopicOptions.of(2).bigrams(true).words(40));
        Table t = m.terms();
        // درجات الحرارة: two content words side by side in five weather articles, one word of the model.
        Table pair = t.where(t.stringColumn("surface").isEqualTo("درجات الحرارة"));
        assertEquals(1, pair.rowCount());
        assertTrue(pair.stringColumn("term").get(0).contains(" "));
        Map<String, String> top = largest(m.shares());
        top.forEach((article, topic) -> assertEquals(top.get(article.substring(0, 1) + "01"), topic, article));
    }

    @Test
    void termsHaveTheirColumnsAndRanks() {
        Table t = TwoTopics.corpus().topicModel(TopicOptions.of(2).words(5)).terms();
        TableAsserts.of(t)
                .expectColumns("topic", "label", "label_ar", "rank", "term", "surface", "weight", "seed")
                .expectTypes(STRING, STRING, STRING, INTEGER, STRING, STRING, DOUBLE, BOOLEAN);
        assertEquals(10, t.rowCount());
        assertEquals(List.of("topic1", "topic2"), t.stringColumn("topic").unique().asList().stream().sorted().toList());
        assertEquals(List.of(1, 2, 3, 4, 5), t.intColumn("rank").asList().subList(0, 5));
        for (int r = 1; r < 5; r++) {
            assertTrue(t.doubleColumn("weight").get(r) <= t.doubleColumn("weight").get(r - 1));
        }
        assertTrue(t.booleanColumn("seed").isFalse().size() == t.rowCount(), "an unseeded model has no seeds");
    }

    @Test
    void sharesOfAnArticleSumToOne() {
        Table s = TwoTopics.corpus().topicModel(TopicOptions.of(3)).shares();
        TableAsserts.of(s).expectColumns("article", "topic", "label", "share").expectTypes(STRING, STRING, STRING, DOUBLE);
        assertEquals(20 * 3, s.rowCount());
        for (Table one : s.splitOn("article").asTableList()) {
            assertEquals(1.0, one.doubleColumn("share").sum(), 1e-9);
        }
    }

    @Test
    void timelineHasEveryPeriodAndTheUndated() {
        Corpus c = TwoTopics.corpus();
        TopicModel m = c.topicModel(TopicOptions.of(2));
        Table t = m.timeline(Per.QUARTER);
        TableAsserts.of(t)
                .expectColumns("period", "period_start", "kind", "key", "label", "label_ar", "mentions", "articles",
                        "period_articles", "tokens", "per_1k", "share")
                .expectTypes(STRING, LOCAL_DATE, STRING, STRING, STRING, STRING, INTEGER, INTEGER, INTEGER, LONG, DOUBLE, DOUBLE);
        // 2021-Q1 (January) to 2022-Q3 (w09, September 2022): seven quarters, and the undated w10; two topics each.
        assertEquals((7 + 1) * 2, t.rowCount());
        assertEquals("undated", t.stringColumn("period").get(t.rowCount() - 1));
        // Every article's tokens are in some topic; every article with words is some topic's largest.
        Table shares = m.shares();
        assertEquals(20, (int) t.intColumn("articles").sum());
        assertEquals(shares.rowCount() / 2, (int) t.intColumn("articles").sum());
        for (Table period : t.splitOn("period").asTableList()) {
            assertEquals(1.0, period.doubleColumn("share").sum(), 1e-9, period.stringColumn("period").get(0));
        }
        // Football (January to October 2021) is over by 2022: its topic has no tokens there.
        String football = largest(shares).get("f01");
        Table later = t.where(t.stringColumn("period").startsWith("2022").and(t.stringColumn("key").isEqualTo(football)));
        assertEquals(0, (int) later.intColumn("mentions").sum());
    }

    /** Fits {@code o} on two corpora of the same articles, which share nothing, and compares every table. */
    private static void assertSameTables(TopicOptions o) {
        Corpus first = TwoTopics.corpus();
        Corpus second = TwoTopics.corpus();
        TopicModel a = first.topicModel(o);
        TopicModel b = second.topicModel(o);
        assertEquals(a.terms().printAll(), b.terms().printAll());
        assertEquals(a.shares().printAll(), b.shares().printAll());
        assertEquals(a.timeline(Per.MONTH).printAll(), b.timeline(Per.MONTH).printAll());
    }

    @Test
    void chartsDrawATopicTimeline() {
        Corpus c = TwoTopics.corpus();
        TopicModel m = c.topicModel(TopicOptions.of(2));
        org.knowm.xchart.XYChart chart = org.newstables.Charts.timeline(m.timeline(Per.QUARTER));
        assertEquals(2, chart.getSeriesMap().size());
        assertTrue(chart.getTitle().startsWith("Topics over time"), chart.getTitle());
        assertTrue(org.newstables.Charts.png(chart).length > 0);
        org.knowm.xchart.XYChart shares = org.newstables.Charts.timeline(m.timeline(Per.QUARTER),
                org.newstables.ChartText.ENGLISH, org.newstables.Measure.SHARE);
        assertEquals("mean topic share of the period's articles", shares.getYAxisTitle());
        // XChart's own format drew a tick at 0.05 as ".05".
        assertEquals("0.00", shares.getStyler().getYAxisDecimalPattern());
        double[] a = shares.getSeriesMap().values().iterator().next().getYData();
        assertTrue(java.util.Arrays.stream(a).allMatch(y -> y >= 0 && y <= 1));
        // A timeline of mentions has no shares to draw, and says so.
        assertThrows(NewsTablesException.class, () -> org.newstables.Charts.timeline(c.timeline(Per.YEAR),
                org.newstables.ChartText.ENGLISH, org.newstables.Measure.SHARE));
    }

    @Test
    void sameSeedSameTablesOnOneThread() {
        assertSameTables(TopicOptions.of(3));
    }

    @Test
    void sameSeedSameTablesOnSeveralThreads() {
        // Each sweep waits for every thread, and their counts are merged in thread order: a given
        // number of threads gives the same tables, whatever the timing (MALLET 2.0.8's own loop did not).
        assertSameTables(TopicOptions.of(3).threads(4));
        assertSameTables(TopicOptions.of(3).threads(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void anotherSeedAnotherSample() {
        Corpus c = TwoTopics.corpus();
        assertNotEquals(c.topicModel(TopicOptions.of(3)).shares().printAll(),
                c.topicModel(TopicOptions.of(3).randomSeed(2)).shares().printAll());
    }

    @Test
    void iterationsByDefaultShrinkWithTheCorpus() {
        // MALLET's 1,000 up to a million tokens, then a billion draws' worth, never under 200.
        assertEquals(1000, TopicOptions.of(2).iterationsFor(1_000));
        assertEquals(1000, TopicOptions.of(2).iterationsFor(1_000_000));
        assertEquals(500, TopicOptions.of(2).iterationsFor(2_000_000));
        assertEquals(200, TopicOptions.of(2).iterationsFor(30_000_000));
        assertEquals(50, TopicOptions.of(2).iterations(50).iterationsFor(30_000_000));
        assertEquals(1000, TwoTopics.corpus().topicModel(TopicOptions.of(2)).iterations());
    }

    @Test
    void seedsNameTopicsAndShowWhatTheModelAdds() {
        Lexicon sport = Lexicon.builder().add("sport", "THEME", "Sport", "الرياضة", "المباراة", "الملعب").build();
        Corpus c = TwoTopics.corpus().withThemes(sport);
        Table t = c.topicModel(TopicOptions.seeded(1)).terms();
        assertEquals(List.of("sport", "topic1"), t.stringColumn("topic").unique().asList().stream().sorted().toList());
        Table sportRows = t.where(t.stringColumn("topic").isEqualTo("sport"));
        assertEquals("Sport", sportRows.stringColumn("label").get(0));
        assertEquals("الرياضة", sportRows.stringColumn("label_ar").get(0));
        // Both seeds are in the theme's words, marked; the other football words are what the model adds.
        assertEquals(2, sportRows.where(sportRows.booleanColumn("seed").isTrue()).rowCount());
        assertTrue(sportRows.where(sportRows.booleanColumn("seed").isFalse()).rowCount() > 0);
        for (TopicOptions o : List.of(TopicOptions.seeded(1), TopicOptions.seeded(1).threads(2))) {
            // On several threads the pseudo-counts are added again after each merge of the threads' counts.
            Map<String, String> top = largest(c.topicModel(o).shares());
            top.forEach((article, topic) -> assertEquals(article.startsWith("f") ? "sport" : "topic1", topic, article));
        }
    }

    @Test
    void seedsCorpusGetsItsThemesAsTopics() {
        Table t = Corpus.seeds().topicModel(TopicOptions.seeded(2)).terms();
        List<String> topics = t.stringColumn("topic").unique().asList();
        assertTrue(topics.containsAll(List.of("trade", "topic1", "topic2")), topics.toString());
        // Only themes with a keyword among the modelled terms (two articles or more) get a topic.
        assertTrue(topics.size() <= Lexicon.themes().size() + 2);
    }

    @Test
    void badInputIsRefusedClearly() {
        Corpus c = TwoTopics.corpus();
        assertThrows(NewsTablesException.class, () -> c.topicModel(TopicOptions.of(0)));
        assertThrows(NewsTablesException.class, () -> TopicOptions.seeded(-1));
        assertThrows(NewsTablesException.class, () -> TopicOptions.of(2).iterations(-1));
        NewsTablesException none = assertThrows(NewsTablesException.class,
                () -> c.topicModel(TopicOptions.of(2).minArticles(21)));
        assertTrue(none.getMessage().contains("no terms to model"), none.getMessage());
        TopicModel other = TwoTopics.corpus().filter(a -> a.id().startsWith("f")).topicModel(TopicOptions.of(2));
        // A model's timeline counts the articles it was fitted on, not those of the corpus it came from.
        Table t = other.timeline(Per.YEAR);
        java.util.Map<String, Integer> periodArticles = new java.util.HashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            periodArticles.put(t.stringColumn("period").get(i), t.intColumn("period_articles").get(i));
        }
        int articles = periodArticles.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(other.articleIds().size(), articles);
        assertTrue(articles < c.size(), articles + " of " + c.size());
    }
}

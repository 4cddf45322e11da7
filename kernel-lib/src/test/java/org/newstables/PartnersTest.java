package org.newstables;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.common.NewsTablesException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.STRING;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Partners of whom: the focal country is the corpus's most mentioned one, and every partners
 * table, timeline and chart names it. Discovered people count like lexicon entities. The
 * sentences are written for these tests.
 */
class PartnersTest {

    private static Corpus corpus(String... texts) {
        StringColumn text = StringColumn.create("text");
        StringColumn date = StringColumn.create("date");
        for (int i = 0; i < texts.length; i++) {
            text.append(texts[i]);
            date.append("2023-0" + (i % 9 + 1) + "-15");
        }
        return Corpus.from(Table.create("t", text, date));
    }

    private static final Corpus EGYPT = corpus(
            "القاهرة - بحث وزير الخارجية المصري مع نظيره السعودي تعزيز العلاقات بين مصر والسعودية.",
            "أكدت مصر والإمارات أهمية التنسيق، وقال وزير الإسكان المصري هشام عبد الفتاح الزيني إن مصر ماضية في خططها.",
            "استقبلت مصر وفدا من السودان، وأكد هشام عبد الفتاح الزيني أن المشروعات ستنتهي قريبا.",
            "قالت الصين إنها مستعدة للتعاون مع مصر في مجال الطاقة.");

    @Test
    void aCorpusAboutEgyptHasEgyptsPartners() {
        assertEquals("EG", EGYPT.focalCountry());
        Table p = EGYPT.partners();
        assertEquals("partners of Egypt (EG)", p.name());
        assertEquals(List.of("AE", "CN", "SA", "SD"), p.stringColumn("entity").asList().stream().sorted().toList());
        Table timeline = EGYPT.partnersTimeline(Per.MONTH);
        assertTrue(timeline.name().startsWith("partners of Egypt (EG)"), timeline.name());
        assertTrue(Charts.timeline(timeline).getTitle().startsWith("Partners of Egypt"), Charts.timeline(timeline).getTitle());
        assertTrue(Charts.timeline(timeline, ChartText.ARABIC).getTitle().startsWith("شركاء مصر"));
        // Another focal country on request: the countries named beside China.
        assertEquals(List.of("EG"), EGYPT.partners("CN").stringColumn("entity").asList());
    }

    @Test
    void partnersCountedByArticleMentionAndSentence() {
        // TinyNews: CN and EG are both named 4 times in 2 articles; the key decides: CN. The articles
        // naming CN are a1 and a2. SA: in both (السعودية a1 s3, والسعودية a2 s1), 2 mentions, and
        // named with CN in one sentence (a2 s1; in a1 CN is in s1 and s2 only). EG: only in a1, twice
        // (s1, s2), both times beside CN: 2 sentences. Most articles first.
        Corpus news = TinyNews.corpus();
        assertEquals("CN", news.focalCountry());
        Table p = news.partners();
        assertEquals("partners of China (CN)", p.name());
        TableAsserts.of(p)
                .expectColumns("entity", "label", "label_ar", "articles", "mentions", "same_sentence")
                .expectTypes(STRING, STRING, STRING, INTEGER, INTEGER, INTEGER)
                .expectRows(
                        row("SA", "Saudi Arabia", "المملكة العربية السعودية", 2, 2, 1),
                        row("EG", "Egypt", "مصر", 1, 2, 2));
        // Partners of Egypt: a1 and a3 name it; a1 names CN twice beside it and SA once apart; a3 no other country.
        TableAsserts.of(news.partners("EG")).select("entity", "articles", "mentions", "same_sentence")
                .expectRows(row("CN", 1, 2, 2), row("SA", 1, 1, 0));
        // Each article of EGYPT is one sentence. Article 1 names SA twice (السعودي, والسعودية) beside
        // EG; the others name AE, SD and CN once each beside EG: by articles, then mentions, then key.
        TableAsserts.of(EGYPT.partners()).select("entity", "label", "articles", "mentions", "same_sentence")
                .expectRows(
                        row("SA", "Saudi Arabia", 1, 2, 1),
                        row("AE", "United Arab Emirates", 1, 1, 1),
                        row("CN", "China", 1, 1, 1),
                        row("SD", "Sudan", 1, 1, 1));
    }

    @Test
    void onATieOfMentionsTheCountryNamedInMoreArticlesIsTheFocalCountry() {
        // China 4 times in one article, Egypt 4 times in two: Egypt, as focalCountry() says, though
        // entities() lists China first (equal mentions, then by key).
        Corpus c = corpus("قالت الصين إن الصين ستواصل دعم التنمية، وأضافت الصين أن الصين شريك موثوق.",
                "وقعت مصر اتفاقا جديدا وقالت مصر إنه مهم.",
                "استضافت مصر المؤتمر وأعلنت مصر نتائجه.");
        TableAsserts.of(c.entities()).select("entity", "mentions", "articles").expectRows(row("CN", 4, 1), row("EG", 4, 2));
        assertEquals("EG", c.focalCountry());
        assertEquals("partners of Egypt (EG)", c.partners().name());
        TableAsserts.of(c.partners()).select("entity", "articles", "mentions", "same_sentence").expectHeight(0);
    }

    @Test
    void aCorpusThatNamesNoCountryHasNoFocalCountry() {
        Corpus c = corpus("وقال المتحدث إن الاجتماع انتهى.");
        NewsTablesException e = assertThrows(NewsTablesException.class, c::focalCountry);
        assertTrue(e.getMessage().contains("c.partners(\"EG\")"), e.getMessage());
        assertEquals(0, c.partners().rowCount());
        assertEquals("partners (the corpus names no country)", c.partners().name());
    }

    @Test
    void discoveredPeopleAreEntitiesInTimelinesAndChartsAndNotCandidates() {
        Table e = EGYPT.entities();
        int row = e.stringColumn("entity").indexOf("هشام عبد الفتاح الزيني");
        assertTrue(row >= 0, e.printAll());
        assertEquals("discovered", e.stringColumn("source").get(row));
        assertEquals("PERSON", e.stringColumn("type").get(row));
        assertEquals(2, e.intColumn("mentions").get(row));
        assertEquals("وزير الإسكان المصري", e.stringColumn("role").get(row));
        Table t = EGYPT.timeline(Per.MONTH, Kind.ENTITY, "هشام عبد الفتاح الزيني");
        assertEquals(2, (int) t.intColumn("mentions").sum());
        assertTrue(Charts.timeline(t).getSeriesMap().size() == 1);
        assertFalse(EGYPT.candidates().stringColumn("candidate").asList().stream().anyMatch(s -> s.contains("الزيني")),
                EGYPT.candidates().printAll());
    }
}

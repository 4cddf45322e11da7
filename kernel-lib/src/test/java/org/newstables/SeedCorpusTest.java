package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The bundled seeds with their metadata. Expected dates are the facts from the English versions
 * of the same Xinhua stories (issue 3); titles are those of ../shared/gold/seeds_docs.csv.
 */
class SeedCorpusTest {

    private static final Table ARTICLES = Corpus.seeds().articles();

    private static Row row(String prefix) {
        for (Row r : ARTICLES) {
            if (r.getString("id").startsWith(prefix)) {
                return r;
            }
        }
        throw new AssertionError("no article " + prefix);
    }

    @Test
    void fiveArticlesInFileOrder() {
        assertEquals(5, ARTICLES.rowCount());
        assertEquals("000_dbcc2ad676738809", ARTICLES.stringColumn("id").get(0));
        assertEquals("004_59f284bc6e15a1ce", ARTICLES.stringColumn("id").get(4));
        assertTrue(Corpus.seeds().problemList().isEmpty(), Corpus.seeds().problems().printAll());
    }

    @Test
    void eventDatesComeFromMetadata() {
        assertEquals(LocalDate.of(2020, 6, 16), row("000").getDate("date"));
        assertEquals(LocalDate.of(2022, 8, 1), row("001").getDate("date"));
        assertEquals(LocalDate.of(2017, 6, 9), row("002").getDate("date"));
        assertEquals(LocalDate.of(2021, 6, 2), row("003").getDate("date"));
        assertEquals(LocalDate.of(2020, 3, 24), row("004").getDate("date"));
        for (Row r : ARTICLES) {
            assertEquals("metadata", r.getString("date_source"));
        }
    }

    @Test
    void publicationOf003KeepsTheTimeFromThePage() {
        Row r = row("003");
        assertEquals(LocalDate.of(2021, 6, 3), r.getDate("published"));
        assertEquals(LocalTime.of(3, 46, 49), r.getTime("published_time"));
        assertEquals("arabic.news.cn", r.getString("source"));
        assertEquals("Beijing", r.getString("dateline"));
    }

    @Test
    void datelinesAndExtraColumnsFromMetadata() {
        assertEquals("Dushanbe", row("001").getString("dateline"));
        assertEquals("Astana", row("002").getString("dateline"));
        assertEquals("phone call", row("000").getString("event"));
        assertEquals("meeting", row("001").getString("event"));
    }

    @Test
    void titlesAreTheHeadlines() {
        assertEquals("شي يدعو إلى بذل جهود مشتركة مع طاجيكستان لتنفيذ المشروعات الرئيسية في الحزام والطريق",
                row("000").getString("title"));
        // 001's headline is its third line, after the site slogan and a blank line.
        assertEquals("الرئيس الطاجيكي يلتقي وزير الخارجية الصيني لبحث تعزيز التعاون", row("001").getString("title"));
        assertEquals("شي يتطلع إلى علاقات أفضل بين الصين وقازاقستان", row("003").getString("title"));
        // 002 opens with its dateline and 004 with a lead sentence: no headline.
        assertEquals("", row("002").getString("title"));
        assertEquals("", row("004").getString("title"));
    }

    @Test
    void languageSentencesAndTokens() {
        for (Row r : ARTICLES) {
            assertEquals("ar", r.getString("language"));
            assertTrue(r.getInt("sentences") >= 10, r.getString("id"));
            assertTrue(r.getInt("tokens") > 300, r.getString("id"));
        }
        // 002 has ten lines, one sentence each (gold README: sentence_no equals the line number).
        assertEquals(10, row("002").getInt("sentences"));
        // 000 and 004 likewise: 12 and 17 lines.
        assertEquals(12, row("000").getInt("sentences"));
        assertEquals(17, row("004").getInt("sentences"));
        // 001: 23 gold sentences less 4 removed lines (banner, counter, two comment-form lines).
        assertEquals(19, row("001").getInt("sentences"));
        // 003: 20 gold sentences less 3 removed lines (timestamp, widget, id number).
        assertEquals(17, row("003").getInt("sentences"));
    }

    @Test
    void seedsLoadFromAnyWorkingDirectoryBecauseTheyAreInTheJar() {
        assertTrue(Corpus.class.getResource("/org/newstables/seeds/metadata.csv") != null);
        assertTrue(Corpus.class.getResource("/org/newstables/seeds/003_0771d52ef52d5648.txt") != null);
    }

    @Test
    void theSeedsArePartnersOfChina() {
        Corpus seeds = Corpus.seeds();
        assertEquals("CN", seeds.focalCountry());
        Table p = seeds.partners();
        assertEquals("partners of China (CN)", p.name());
        assertFalse(p.stringColumn("entity").contains("CN"));
        assertTrue(p.stringColumn("entity").contains("TJ"));
        Table timeline = seeds.partnersTimeline(Per.YEAR);
        assertTrue(timeline.name().startsWith("partners of China (CN)"), timeline.name());
        assertTrue(Charts.timeline(timeline).getTitle().startsWith("Partners of China"), Charts.timeline(timeline).getTitle());
        assertTrue(Charts.timeline(timeline, ChartText.ARABIC).getTitle().startsWith("شركاء الصين"));
    }
}

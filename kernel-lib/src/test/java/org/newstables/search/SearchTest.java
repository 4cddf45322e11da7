package org.newstables.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.DOUBLE;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.STRING;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.TableAsserts;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.Article;
import org.newstables.kernel.Display;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class SearchTest {

    private static final Corpus SEEDS = Corpus.seeds();

    @Test
    void phraseSearchFindsExactlyTheArticlesWithThePhraseHighlighted() {
        Table t = SEEDS.search("\"الذكاء الاصطناعي\"");
        assertEquals(List.of("001_142f32de0e3f95ea", "003_0771d52ef52d5648"), t.stringColumn("article").asList());
        assertTrue(t.doubleColumn("score").get(0) >= t.doubleColumn("score").get(1));
        for (Row r : t) {
            assertTrue(r.getString("snippet").contains(CorpusIndex.HIT_START + "والذكاء الاصطناعي" + CorpusIndex.HIT_END),
                    r.getString("snippet"));
        }
        // A careful check: these are exactly the seeds whose text has the phrase.
        for (Article a : SEEDS.articleList()) {
            assertEquals(a.text().contains("الذكاء الاصطناعي"), t.stringColumn("article").contains(a.id()), a.id());
        }
    }

    @Test
    void aPhraseStopsAtASentenceEndInSearchAsInEveryOtherView() {
        // b has the phrase; a has its two words across a sentence end. kwic and matrix count b only,
        // and so must search (Lucene's phrase query alone would match a too).
        Corpus c = org.newstables.TextCorpora.of("وقال إن المبادرة مهمة لتعزيز الحزام. والطريق إلى التنمية طويل.",
                "وأشاد بمبادرة الحزام والطريق في المنطقة.");
        List<String> hits = c.search("\"الحزام والطريق\"").stringColumn("article").asList();
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(1, c.kwic("الحزام والطريق", 6).rowCount());
        assertEquals(c.articleList().get(1).id(), hits.get(0));
        // A highlighted hit still cuts the text where the phrase is.
        assertTrue(c.search("\"الحزام والطريق\"").stringColumn("snippet").get(0)
                .contains(CorpusIndex.HIT_START + "الحزام والطريق" + CorpusIndex.HIT_END));
    }

    private static List<String> hits(Corpus c, String query) {
        return c.search(query).stringColumn("article").asList().stream().sorted().toList();
    }

    /** The ids of the articles whose metadata column {@code column} is {@code value}, from articles(). */
    private static List<String> where(String column, String value) {
        Table a = SEEDS.articles();
        return a.where(a.stringColumn(column).isEqualTo(value)).stringColumn("id").asList().stream().sorted().toList();
    }

    @Test
    void booleanDateAndFieldQueries() {
        // 000 (2020-06-16) and 004 (2020-03-24) are the seeds of 2020, and both have تعاون.
        assertEquals(List.of("000_dbcc2ad676738809", "004_59f284bc6e15a1ce"),
                hits(SEEDS, "تعاون AND date:[2020-01-01 TO 2020-12-31]"));
        // Fields of the metadata: the articles whose column says so, and only those.
        assertEquals(List.of("000_dbcc2ad676738809", "003_0771d52ef52d5648", "004_59f284bc6e15a1ce"),
                hits(SEEDS, "dateline:Beijing"));
        assertEquals(where("dateline", "Beijing"), hits(SEEDS, "dateline:Beijing"));
        assertEquals(List.of("001_142f32de0e3f95ea", "002_62e56145ec15ce3a"), hits(SEEDS, "event:meeting"));
        assertEquals(where("event", "meeting"), hits(SEEDS, "event:meeting"));
        assertEquals(List.of("003_0771d52ef52d5648", "004_59f284bc6e15a1ce"), hits(SEEDS, "توكاييف NOT طاجيكستان"));
        assertEquals(SEEDS.articles().stringColumn("id").asList(), hits(SEEDS, "الص*"));
    }

    @Test
    void theSearchTableOfTinyNews() {
        Corpus news = org.newstables.TinyNews.corpus();
        // الطاقة is in a1 and a2, once each; BM25 ranks the shorter article (a2, 11 tokens against 20)
        // first. The snippet is the sentence with the hit, the hit between ⟦ and ⟧.
        Table energy = news.search("الطاقة");
        TableAsserts.of(energy)
                .expectColumns("article", "title", "date", "score", "snippet")
                .expectTypes(STRING, STRING, LOCAL_DATE, DOUBLE, STRING)
                .select("article", "title", "date", "snippet")
                .expectRows(
                        row("a2", "", LocalDate.of(2021, 7, 4), "بحثت الصين والسعودية التعاون في مجال ⟦الطاقة⟧."),
                        row("a1", "", LocalDate.of(2021, 3, 10), "وقعت مصر والصين اتفاقا في مجال ⟦الطاقة⟧."));
        assertTrue(energy.doubleColumn("score").get(0) > energy.doubleColumn("score").get(1), energy.print());
        // Only a1 names both; every clitic form of each word is highlighted.
        TableAsserts.of(news.search("مصر AND الصين")).select("article", "snippet").expectRows(row("a1",
                "وقعت ⟦مصر⟧ ⟦والصين⟧ اتفاقا في مجال الطاقة. وقال الوزير إن التجارة بين ⟦مصر⟧ ⟦والصين⟧ تنمو."));
        // The phrase is in a1 and a2; a1 also names القاهرة.
        TableAsserts.of(news.search("\"مجال الطاقة\" NOT القاهرة")).select("article", "snippet")
                .expectRows(row("a2", "بحثت الصين والسعودية التعاون في ⟦مجال الطاقة⟧."));
        // تعاون finds التعاون (a2 only); والتجارة finds التجارة (a2, the shorter, then a1).
        assertEquals(List.of("a2"), news.search("تعاون").stringColumn("article").asList());
        assertEquals(List.of("a2", "a1"), news.search("والتجارة").stringColumn("article").asList());
        // Metadata fields and dates: the table's dateline, topic and date columns.
        assertEquals(List.of("a1", "a3"), hits(news, "dateline:Cairo"));
        assertEquals(List.of("a3"), hits(news, "topic:health"));
        assertEquals(List.of("a1", "a2"), hits(news, "date:[2021-01-01 TO 2021-12-31]"));
        // No word to highlight: the snippet is the opening of the text, unmarked.
        for (Row r : news.search("dateline:Cairo")) {
            assertTrue(news.article(r.getString("article")).text().startsWith(r.getString("snippet"))
                    && !r.getString("snippet").contains(CorpusIndex.HIT_START), r.getString("snippet"));
        }
        TableAsserts.of(news.search("\"الطاقة مجال\"")).expectHeight(0);
    }

    @Test
    void badQueriesSayWhatToDo() {
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> SEEDS.search("\"الحزام والطريق"));
        assertTrue(e.getMessage().contains("not valid Lucene syntax") && e.getMessage().contains("Quote phrases"));
        assertThrows(NewsTablesException.class, () -> SEEDS.search(" "));
        NewsTablesException d = assertThrows(NewsTablesException.class, () -> SEEDS.search("date:[June TO July]"));
        assertTrue(d.getMessage().contains("not a date"), d.getMessage());
    }

    @Test
    void aPathologicalRegularExpressionRunsOnLucenesBoundedAutomaton() {
        // Lucene compiles query regexps to automata with a work limit; this one returns, empty,
        // instead of backtracking for ever (a java.util.regex of this shape would not).
        assertEquals(0, SEEDS.search("words:/(.*a){40}(.*b){40}.*/").rowCount());
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> SEEDS.search("words:/[/"));
        assertTrue(e.getMessage().contains("not valid Lucene syntax"), e.getMessage());
    }

    @Test
    void indexOnDisk(@TempDir Path dir) {
        String query = "\"منظمة شانغهاي للتعاون\"";
        Table t = Corpus.loader().indexAt(dir.resolve("index")).seeds().search(query);
        assertTrue(dir.resolve("index").toFile().list().length > 0);
        // Every seed names the organization; the index on disk gives the same hits, order and snippets
        // as the one in memory.
        Table inMemory = SEEDS.search(query);
        assertEquals(SEEDS.articles().stringColumn("id").asList(), t.stringColumn("article").asList().stream().sorted().toList());
        assertEquals(inMemory.stringColumn("article").asList(), t.stringColumn("article").asList());
        assertEquals(inMemory.stringColumn("snippet").asList(), t.stringColumn("snippet").asList());
    }

    @Test
    void aSubCorpusSearchesTheSharedIndexAmongItsOwnArticles(@TempDir Path dir) {
        Corpus onDisk = Corpus.loader().indexAt(dir.resolve("index")).seeds();
        String query = "\"منظمة شانغهاي للتعاون\"";
        Table whole = onDisk.search(query);
        List<String> all = whole.stringColumn("article").asList();
        long files = dir.resolve("index").toFile().list().length;
        // Two of the five seeds, picked by id; their hits are the whole corpus's hits among them, in
        // the same order, from the same folder (no second index is written).
        List<String> two = List.of(all.get(0), all.get(3));
        Corpus sub = onDisk.filter(a -> two.contains(a.id()));
        assertEquals(two, sub.search(query).stringColumn("article").asList());
        // Ranked with the whole index's statistics: the scores are those of the whole corpus's search.
        assertEquals(List.of(whole.doubleColumn("score").get(0), whole.doubleColumn("score").get(3)),
                sub.search(query).doubleColumn("score").asList());
        assertEquals(files, dir.resolve("index").toFile().list().length);
        assertEquals(List.of(dir.resolve("index").toFile().getName()), List.of(dir.toFile().list()));
        // A sub-corpus of a sub-corpus, and one with no article.
        assertEquals(List.of(all.get(3)), sub.filter(a -> a.id().equals(all.get(3))).search(query)
                .stringColumn("article").asList());
        assertEquals(0, onDisk.filter(a -> false).search(query).rowCount());
        // In memory, the same.
        assertEquals(two, SEEDS.filter(a -> two.contains(a.id())).search(query).stringColumn("article").asList());
    }

    @Test
    void kwicFindsEveryCliticFormAndSlicesTheText() {
        Table k = SEEDS.kwic("تعاون", 6);
        // A careful search: whole words made of the proclitics (و/ف, ب/ك/ل, ال; لل), تعاون, and a
        // pronoun suffix, counted with a regular expression over the cleaned texts.
        java.util.regex.Pattern forms = java.util.regex.Pattern.compile("(?<![\\u0621-\\u064A])"
                + "(?:(?:و|ف)?(?:ب|ك|ل)?(?:ال)?|ولل|فلل|لل)تعاون(?:هما|كما|هم|هن|كم|ها|نا|ه|ي)?(?![\\u0621-\\u064A])");
        int expected = 0;
        for (Article a : SEEDS.articleList()) {
            Matcher m = forms.matcher(a.text());
            while (m.find()) {
                expected++;
            }
        }
        assertEquals(47, expected);
        assertEquals(expected, k.rowCount());
        for (Row r : k) {
            assertEquals(r.getString("match"), SEEDS.article(r.getString("article")).text().substring(r.getInt("start"), r.getInt("end")));
        }
        // By date: 002 (2017) first, 001 (2022) last.
        assertTrue(k.stringColumn("article").get(0).startsWith("002"));
        assertTrue(k.stringColumn("article").get(k.rowCount() - 1).startsWith("001"));
    }

    @Test
    void multiWordKwicAndItsNotebookView() {
        Table k = SEEDS.kwic("الحزام والطريق", 3);
        assertTrue(k.rowCount() >= 12, k.printAll());
        for (Row r : k) {
            assertTrue(r.getString("match").matches("(لل|ال)حزام والطريق"), r.getString("match"));
        }
        String html = Display.bundle(k).get(Display.HTML);
        assertTrue(html.contains("<mark>") && html.contains("dir=\"rtl\""));
    }

    @Test
    void collocatesOfAlHizam() {
        Table c = SEEDS.collocations("الحزام", 1);
        Row tariq = c.row(0);
        // By hand: الحزام (with its clitic forms) occurs 13 times; 12 times it is followed by
        // والطريق (الحزام والطريق ×8 incl. مبادرة الحزام والطريق, للحزام والطريق ×4), once by
        // الاقتصادى (002). Nothing with the stem طريق stands before it.
        assertEquals("طريق", tariq.getString("collocate"));
        assertEquals(12, tariq.getInt("together"));
        assertEquals(0, tariq.getInt("left"));
        assertEquals(12, tariq.getInt("right"));
        // طريق: والطريق ×12, وطريق ×3, طريق and لطريق (002) once each; لطريق counts since the
        // one clitic splitter (it was 16).
        assertEquals(17, tariq.getInt("frequency"));
        long n = (long) SEEDS.terms().intColumn("count").sum();
        double expected = 13.0 * 17 * 2 / n;
        assertEquals(Math.log(12 / expected) / Math.log(2), tariq.getDouble("pmi"), 1e-9);
        assertTrue(tariq.getDouble("log_likelihood") > 50);
        // مبادرة stands before الحزام 7 times: مبادرة ×5, بمبادرة (002) and لمبادرة (003), which count
        // since the one clitic splitter (it was 5).
        Row mubadara = c.where(c.stringColumn("surface").isEqualTo("مبادرة")).row(0);
        assertEquals(7, mubadara.getInt("left"));
    }

    @Test
    void dispersionPositions() {
        Table d = SEEDS.dispersion("شي", "رحمن");
        // شي: the 36 Xi mentions of the gold annotation (لشي included; the pattern strips the ل);
        // رحمن: 000 has 4 (one in the full name), 001 has 5; رحمون (002) is another spelling.
        assertEquals(36, d.where(d.stringColumn("term").isEqualTo("شي")).rowCount());
        assertEquals(9, d.where(d.stringColumn("term").isEqualTo("رحمن")).rowCount());
        for (Row r : d) {
            assertTrue(r.getDouble("relative") > 0 && r.getDouble("relative") <= 1);
        }
    }
}

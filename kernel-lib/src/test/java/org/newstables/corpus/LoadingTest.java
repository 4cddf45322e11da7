package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.time.DateSource;
import tech.tablesaw.api.Table;

/** Folders, CSV and JSONL files, encodings and metadata: the good paths. */
class LoadingTest {

    @TempDir
    Path dir;

    /**
     * A CSV cell is what it says, never missing: Tablesaw's reader takes NA, N/A, null and NaN for
     * missing values by default, which would empty a title "NA", an id "null" or a source "N/A".
     */
    @Test
    void csvCellsThatLookLikeMissingValuesAreKept() {
        CorpusFiles.write(dir, "feed.csv", "id,title,source,text\nnull,NA,N/A,خبر عن التعاون بين الصين ومصر.\n"
                + "NaN,-,nan,خبر ثان عن التجارة.\n");
        Corpus c = Corpus.load(dir.resolve("feed.csv"));
        Table a = c.articles();
        assertEquals(List.of("null", "NaN"), a.stringColumn("id").asList());
        assertEquals(List.of("NA", "-"), a.stringColumn("title").asList());
        assertEquals(List.of("N/A", "nan"), a.stringColumn("source").asList());
        assertEquals(0, c.problems().rowCount(), c.problems().print());
    }

    /**
     * On Linux a file name may hold a backslash: {@code x\.y.txt} is not a hidden file. And two
     * files whose paths Java reads as one name ({@code a\b.txt} and {@code a/b.txt} here; Arabic
     * names read under a non-UTF-8 locale) give one article and a problem, not one lost in silence.
     */
    @Test
    void aFileWhosePathJavaReadsAsAnothersIsAProblem() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/', "names with a backslash");
        CorpusFiles.write(dir, "x\\.y.txt", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, "a/b.txt", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, "a\\b.txt", CorpusFiles.ARTICLE);
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("a/b", "x/.y"), c.articles().stringColumn("id").asList());
        assertEquals(1, c.problemList().size(), c.problems().print());
        assertEquals("a/b.txt", c.problemList().get(0).origin().file());
        assertTrue(c.problemList().get(0).problem().contains("as this same name"), c.problems().print());
    }

    @Test
    void folderIsReadRecursivelyInPathOrder() {
        CorpusFiles.write(dir, "b.txt", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, "a.md", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, "2021/june/z.txt", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, ".ipynb_checkpoints/b-checkpoint.txt", CorpusFiles.ARTICLE);
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("2021/june/z", "a", "b"), c.articles().stringColumn("id").asList());
        assertTrue(c.problemList().isEmpty());
    }

    @Test
    void foldersAndFilesReachedThroughSymbolicLinksLoad() throws IOException {
        Path real = dir.resolve("real");
        CorpusFiles.write(real.resolve("inner"), "a.txt", "خبر أول عن الصين وكازاخستان والتعاون بينهما.\n");
        CorpusFiles.write(real, "b.txt", "خبر ثان عن طاجيكستان.\n");
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.createSymbolicLink(corpus.resolve("linked-folder"), real.resolve("inner"));
        Files.createSymbolicLink(corpus.resolve("linked.txt"), real.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("corpus-link"), corpus);
        Corpus c = Corpus.load(dir.resolve("corpus-link"));
        // In path order, character by character: "linked-folder/a.txt" sorts before "linked.txt".
        assertEquals(List.of("linked-folder/a", "linked"), ids(c));
        assertEquals(0, c.problems().rowCount(), c.problems().print());
    }

    @Test
    void aSymbolicLinkCycleIsAProblemNotAnEndlessWalk() throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusFiles.write(corpus.resolve("sub"), "a.txt", "خبر عن الصين.\n");
        Files.createSymbolicLink(corpus.resolve("sub").resolve("loop"), corpus);
        Corpus c = Corpus.load(corpus);
        assertEquals(List.of("sub/a"), ids(c));
        assertEquals(1, c.problems().rowCount(), c.problems().print());
        assertEquals("sub/loop", c.problems().getString(0, "source"));
        assertTrue(c.problems().getString(0, "problem").contains("cycle"), c.problems().print());
    }

    private static List<String> ids(Corpus c) {
        return c.articles().stringColumn("id").asList();
    }

    @Test
    void titleDatelineDateAndSourceFromTheText() {
        CorpusFiles.write(dir, "a.txt", CorpusFiles.ARTICLE);
        Article a = Corpus.load(dir).article("a");
        assertEquals("الصين وقازاقستان توقعان اتفاقية جديدة", a.title());
        assertEquals(LocalDate.of(2021, 6, 2), a.date());
        // The dateline; the lead's اليوم (الأربعاء) is the same day.
        assertEquals(DateSource.DATELINE, a.dateSource());
        assertEquals("بكين", a.dateline());
        assertEquals("شينخوا", a.source());
    }

    @Test
    void weekdayCountsBackFromThePublicationDate() {
        CorpusFiles.write(dir, "a.txt", "عنوان الخبر هنا\n"
                + "نشر في: 2021-06-03 10:00\n"
                + "التقى الرئيس الطاجيكي إمام علي رحمن وزير الخارجية الصيني وانغ يي هنا يوم (الاثنين) للسعي إلى تعاون أوثق.\n");
        Article a = Corpus.load(dir).article("a");
        // 2021-06-03 is a Thursday; the Monday before it is 2021-05-31.
        assertEquals(LocalDate.of(2021, 5, 31), a.date());
        assertEquals(LocalDate.of(2021, 6, 3), a.published());
        assertEquals(DateSource.WEEKDAY, a.dateSource());
    }

    @Test
    void windows1256AndUtf16FilesInOneFolder() {
        CorpusFiles.write(dir, "cp.txt", CorpusFiles.ARTICLE, java.nio.charset.Charset.forName("windows-1256"));
        CorpusFiles.write(dir, "u16.txt", CorpusFiles.ARTICLE, StandardCharsets.UTF_16);
        CorpusFiles.write(dir, "u8.txt", "\uFEFF" + CorpusFiles.ARTICLE);
        Corpus c = Corpus.load(dir);
        Table t = c.articles();
        assertEquals(3, t.rowCount());
        assertEquals(List.of("windows-1256", "UTF-16BE (BOM)", "UTF-8 (BOM)"), t.stringColumn("encoding").asList());
        for (Article a : c.articleList()) {
            assertEquals("الصين وقازاقستان توقعان اتفاقية جديدة", a.title(), a.id());
        }
    }

    @Test
    void windowsLineEndsAreUnified() {
        CorpusFiles.write(dir, "a.txt", CorpusFiles.ARTICLE.replace("\n", "\r\n"));
        Article a = Corpus.load(dir).article("a");
        assertTrue(!a.text().contains("\r"));
        assertEquals("الصين وقازاقستان توقعان اتفاقية جديدة", a.title());
    }

    @Test
    void metadataColumnsBecomeArticleColumnsAndWin() {
        CorpusFiles.write(dir, "a.txt", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, "b.txt", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, "metadata.csv", "id,date,source,outlet_country\na,2021-06-02,Xinhua Arabic,CN\n");
        Corpus c = Corpus.load(dir);
        Table t = c.articles();
        assertEquals("Xinhua Arabic", t.stringColumn("source").get(0));
        assertEquals("CN", t.stringColumn("outlet_country").get(0));
        assertEquals("", t.stringColumn("outlet_country").get(1));
        assertEquals("metadata", t.stringColumn("date_source").get(0));
        assertEquals("dateline", t.stringColumn("date_source").get(1));
        assertTrue(c.problemList().isEmpty(), c.problems().printAll());
    }

    @Test
    void metadataThatDisagreesWithTheTextWinsAndIsReported() {
        CorpusFiles.write(dir, "a.txt", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, "metadata.csv", "id,date\na.txt,2021-06-05\n");
        Corpus c = Corpus.load(dir);
        assertEquals(LocalDate.of(2021, 6, 5), c.article("a").date());
        assertEquals(2, c.problemList().size(), c.problems().printAll());
        assertTrue(c.problemList().get(0).problem().contains("disagrees with 2021-06-02"));
        assertTrue(c.problemList().get(1).problem().contains("Wednesday"));
    }

    @Test
    void csvWithTextColumnQuotedNewlinesAndMetadata() {
        CorpusFiles.write(dir, "news.csv", "id,Body,date,section\n"
                + "x1,\"" + CorpusFiles.ARTICLE.replace("\"", "\"\"") + "\",2021-06-02,politics\n"
                + "x2,\"سطر أول\nسطر ثان\",,economy\n");
        Corpus c = Corpus.load(dir.resolve("news.csv"));
        Table t = c.articles();
        assertEquals(List.of("x1", "x2"), t.stringColumn("id").asList());
        assertEquals("politics", t.stringColumn("section").get(0));
        assertEquals("سطر أول\nسطر ثان", t.stringColumn("text").get(1));
        assertEquals("news.csv, row 2", t.stringColumn("file").get(1));
    }

    @Test
    void csvTextColumnNamedByTheUser() {
        CorpusFiles.write(dir, "news.csv", "url,article_body\nhttp://a,نص الخبر الأول هنا\nhttp://b,نص الخبر الثاني\n");
        Corpus c = Corpus.loader().textColumn("article_body").idColumn("url").load(dir.resolve("news.csv"));
        assertEquals(List.of("http://a", "http://b"), c.articles().stringColumn("id").asList());
    }

    @Test
    void jsonlWithABadLineLoadsTheRest() {
        CorpusFiles.write(dir, "news.jsonl", "{\"id\": \"j1\", \"text\": \"نص الخبر الأول\", \"tags\": [\"a\", \"b\"]}\n"
                + "{not json}\n"
                + "\n"
                + "{\"id\": \"j2\", \"content\": \"ignored\", \"text\": \"نص الخبر الثاني\", \"date\": \"2020-03-24\"}\n");
        Corpus c = Corpus.load(dir.resolve("news.jsonl"));
        Table t = c.articles();
        assertEquals(List.of("j1", "j2"), t.stringColumn("id").asList());
        assertEquals("[\"a\", \"b\"]", t.stringColumn("tags").get(0));
        assertEquals(LocalDate.of(2020, 3, 24), t.dateColumn("date").get(1));
        assertNull(t.dateColumn("date").get(0));
        assertEquals(1, c.problemList().size());
        assertEquals("news.jsonl, line 2", c.problemList().get(0).source());
    }

    @Test
    void singleTextFile() {
        Path file = CorpusFiles.write(dir, "one.txt", CorpusFiles.ARTICLE);
        Corpus c = Corpus.load(file);
        assertEquals(1, c.size());
        assertEquals("one", c.articleList().get(0).id());
    }
}

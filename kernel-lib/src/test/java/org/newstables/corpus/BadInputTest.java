package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.common.NewsTablesException;
import org.newstables.time.DateSource;

/**
 * Issue 3's bad inputs: each gives a clear exception (what, where, what to do) or a problems()
 * row, and the good articles beside a bad one are never lost.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private static void assertMessage(NewsTablesException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    private void twoGoodArticles() {
        CorpusFiles.write(dir, "good1.txt", CorpusFiles.ARTICLE);
        CorpusFiles.write(dir, "good2.txt", CorpusFiles.ARTICLE);
    }

    private static Problem onlyProblem(Corpus c) {
        assertEquals(1, c.problemList().size(), c.problems().printAll());
        return c.problemList().get(0);
    }

    @Test
    void missingPath() {
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Corpus.load(dir.resolve("nope")));
        assertMessage(e, "nope", "does not exist", "folder of .txt");
    }

    @Test
    void emptyFolder() {
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Corpus.load(dir));
        assertMessage(e, dir.toString(), "no .txt or .md files", "one article per .txt file");
    }

    @Test
    void emptyFile() {
        twoGoodArticles();
        CorpusFiles.write(dir, "empty.txt", "");
        CorpusFiles.write(dir, "blank.txt", "  \n\n \t\n");
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("good1", "good2"), c.articles().stringColumn("id").asList());
        assertEquals(2, c.problemList().size());
        assertEquals("blank.txt", c.problemList().get(0).source());
        assertTrue(c.problemList().get(0).problem().contains("empty"));
        assertEquals("empty.txt", c.problemList().get(1).source());
        assertTrue(c.problemList().get(1).problem().contains("empty"));
    }

    @Test
    void pngRenamedTxt() {
        twoGoodArticles();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        CorpusFiles.writeBytes(dir, "photo.txt", png);
        Corpus c = Corpus.load(dir);
        assertEquals(2, c.size());
        Problem p = onlyProblem(c);
        assertEquals("photo.txt", p.source());
        assertTrue(p.problem().contains("PNG image") && p.problem().contains("Save it as UTF-8"), p.problem());
    }

    @Test
    void randomBytesAreNoTextInAnySupportedEncoding() {
        twoGoodArticles();
        byte[] noise = new byte[2000];
        new Random(7).nextBytes(noise);
        noise[0] = 'x';
        CorpusFiles.writeBytes(dir, "noise.txt", noise);
        Corpus c = Corpus.load(dir);
        assertEquals(2, c.size());
        Problem p = onlyProblem(c);
        assertEquals("noise.txt", p.source());
        assertTrue(p.problem().contains("not text in UTF-8, UTF-16 or Windows-1256"), p.problem());
    }

    @Test
    void csvWithoutTextColumn() {
        Path csv = CorpusFiles.write(dir, "news.csv", "id,headline,date\n1,عنوان,2021-01-01\n");
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Corpus.load(csv));
        assertMessage(e, "news.csv", "no text column", "id, headline, date", "textColumn(");
    }

    @Test
    void csvTextColumnNamedButAbsent() {
        Path csv = CorpusFiles.write(dir, "news.csv", "id,text\n1,نص\n");
        NewsTablesException e = assertThrows(NewsTablesException.class,
                () -> Corpus.loader().textColumn("story").load(csv));
        assertMessage(e, "news.csv", "no column 'story'", "id, text");
    }

    @Test
    void csvQuoteLeftOpen() {
        // Closed by a later quote: the rows between are read into row 1, which problems() reports.
        Path mid = CorpusFiles.write(dir, "mid.csv", "id,text\n1,\"قال الوزير\n2,نص ثان\n3,\"نص ثالث\"\n4,نص رابع\n");
        Corpus c = Corpus.load(mid);
        assertEquals(2, c.size());
        Problem p = onlyProblem(c);
        assertEquals("mid.csv, row 1", p.source());
        assertEquals(Problem.Kind.FORMAT, p.kind());
        assertMessage(p.problem(), "column 'text'", "2 lines", "quote left open");
        // Never closed: the file is refused.
        Path end = CorpusFiles.write(dir, "end.csv", "id,text\n1,نص أول\n2,\"قال الوزير\n3,نص ثالث\n");
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Corpus.load(end));
        assertMessage(e, "end.csv", "row number 2", "column 'text'", "never closed", "1 line");
    }

    @Test
    void csvQuoteRowsPastAHundredAreCounted() {
        // Every row's cell runs over two lines with a quote inside not doubled: the first hundred
        // are listed, the rest counted in one row, and every article is read.
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 1; i <= 150; i++) {
            csv.append(i).append(",\"قال \"\"س\"\"\nثم \"نعم\" ومضى\n");
        }
        Corpus c = Corpus.load(CorpusFiles.write(dir, "every.csv", csv.toString()));
        assertEquals(150, c.size());
        List<Problem> format = c.problemList().stream().filter(p -> p.kind() == Problem.Kind.FORMAT).toList();
        assertEquals(101, format.size());
        assertEquals(100, format.stream().filter(p -> p.source().startsWith("every.csv, row ")).count());
        Problem more = format.stream().filter(p -> p.source().equals("every.csv")).findFirst().orElseThrow();
        assertMessage(more.problem(), "50 more rows", "besides the 100 listed");
    }

    private static void assertMessage(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing from: " + message);
        }
    }

    @Test
    void metadataNamesAMissingFile() {
        twoGoodArticles();
        CorpusFiles.write(dir, "metadata.csv", "id,date\ngood1,2021-06-02\nghost,2021-01-01\n");
        Corpus c = Corpus.load(dir);
        assertEquals(2, c.size());
        Problem p = onlyProblem(c);
        assertEquals("metadata.csv, row 2", p.source());
        assertTrue(p.problem().contains("'ghost'") && p.problem().contains("no article has that id"), p.problem());
    }

    @Test
    void metadataWithAQuoteLeftOpen() {
        // Row 1's title opens a quote that row 2's closes: univocity reads row 2 into that title, and
        // good2 gets no metadata. As in a corpus CSV file, problems() names the row and the column.
        twoGoodArticles();
        CorpusFiles.write(dir, "metadata.csv", "id,date,title\ngood1,2021-06-02,\"قمة بكين\ngood2,2021-06-03,\"عنوان ثان\"\n");
        Corpus c = Corpus.load(dir);
        assertEquals(2, c.size());
        Problem p = onlyProblem(c);
        assertEquals("metadata.csv, row 1", p.source());
        assertEquals(Problem.Kind.FORMAT, p.kind());
        assertMessage(p.problem(), "column 'title'", "1 line", "quote left open");
    }

    @Test
    void metadataRepeatsAnId() {
        twoGoodArticles();
        CorpusFiles.write(dir, "metadata.csv", "id,date\ngood1,2021-06-02\ngood1,2019-01-01\n");
        Corpus c = Corpus.load(dir);
        assertEquals(LocalDate.of(2021, 6, 2), c.article("good1").date());
        Problem p = onlyProblem(c);
        assertEquals("metadata.csv, row 2", p.source());
        assertTrue(p.problem().contains("repeats the id 'good1'") && p.problem().contains("first row"), p.problem());
    }

    @Test
    void metadataWithAnUnparseableDate() {
        twoGoodArticles();
        CorpusFiles.write(dir, "metadata.csv", "id,date\ngood1,sometime in June\n");
        Corpus c = Corpus.load(dir);
        assertEquals(2, c.size());
        // The date falls back to the text's dateline.
        assertEquals(LocalDate.of(2021, 6, 2), c.article("good1").date());
        assertEquals(DateSource.DATELINE, c.article("good1").dateSource());
        Problem p = onlyProblem(c);
        assertEquals("good1.txt", p.source());
        assertTrue(p.problem().contains("'sometime in June' is not a date") && p.problem().contains("YYYY-MM-DD"),
                p.problem());
    }

    @Test
    void otherFilesInAFolderAreListedNotSilentlySkipped() {
        twoGoodArticles();
        CorpusFiles.write(dir, "notes.docx", "x");
        Corpus c = Corpus.load(dir);
        assertEquals(2, c.size());
        assertEquals("notes.docx", onlyProblem(c).source());
    }

    @Test
    void unknownFileType() {
        Path f = CorpusFiles.write(dir, "news.xlsx", "x");
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Corpus.load(f));
        assertMessage(e, "news.xlsx", ".csv or .jsonl");
    }

    @Test
    void articleWithOnlyDebrisIsAProblemNotAnEmptyRow() {
        twoGoodArticles();
        CorpusFiles.write(dir, "debris.txt", "0\n2021-06-03 03:46:49|example.com\n");
        Corpus c = Corpus.load(dir);
        assertEquals(2, c.size());
        assertTrue(onlyProblem(c).problem().contains("nothing is left"));
    }
}

package org.newstables.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.Lexicon;
import org.newstables.lexicon.LexiconMatcher;
import org.newstables.text.TextAnalyzer;

/**
 * Large inputs, run with a 2 GB heap (the large-inputs execution in kernel-lib/pom.xml). The
 * bound: files up to 100 MB (CorpusLoader's default) and articles up to 20 million characters are
 * processed; larger ones are refused with a message that says what to do.
 */
@Tag("large")
class LargeInputTest {

    @TempDir
    Path dir;

    @Test
    void a200MegabyteFileIsRefusedWithAClearMessageBesideAGoodArticle() throws IOException {
        Path big = dir.resolve("everything.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200_000_000L);
        }
        Files.writeString(dir.resolve("good.txt"), "عنوان\nقال الرئيس الصيني شي جين بينغ إن الصين مستعدة للتعاون مع قازاقستان في كل المجالات.\n");
        Corpus c = Corpus.load(dir);
        assertEquals(1, c.size());
        String problem = c.problemList().get(0).problem();
        assertTrue(problem.contains("200 MB") && problem.contains("limit of 100 MB") && problem.contains("maxFileMegabytes"),
                problem);
    }

    @Test
    void a100MegabyteCsvOfArticlesIsProcessedInTwoGigabytes() throws IOException {
        Path csv = dir.resolve("many.csv");
        String row = "قال الرئيس الصيني شي جين بينغ إن الصين وطاجيكستان ستعززان التعاون في مجالات التجارة والطاقة والصحة"
                + " في إطار مبادرة الحزام والطريق، وأكد الرئيس الطاجيكي إمام علي رحمن دعم بلاده لمنظمة شانغهاي للتعاون.";
        long written = 0;
        int rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,date,text\n");
            while (written < 95_000_000L) {
                String line = rows + ",20" + (13 + rows % 12) + "-0" + (1 + rows % 9) + "-1" + (rows % 9) + ",\""
                        + (row + " ").repeat(8) + "\"\n";
                w.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
                rows++;
            }
        }
        Corpus c = Corpus.load(csv);
        assertEquals(rows, c.size());
        assertEquals(rows, c.articles().rowCount());
        assertTrue(c.entities().rowCount() >= 5);
        assertEquals(12, c.timeline(org.newstables.Per.YEAR, org.newstables.Kind.THEME, "health").rowCount()); // 2013 to 2024
    }

    @Test
    void aFolderOf100000SmallFiles() throws IOException {
        Path folder = dir.resolve("many");
        Files.createDirectories(folder);
        for (int i = 0; i < 100_000; i++) {
            Files.writeString(folder.resolve(String.format("%03d/%06d.txt", i / 1000, i).replace('/', '_')),
                    "قال الرئيس الطاجيكي إمام علي رحمن إن طاجيكستان والصين شريكان، رقم " + i + ".\n");
        }
        Corpus c = Corpus.load(folder);
        assertEquals(100_000, c.size());
        assertEquals(0, c.problemList().size());
        // Each file: الطاجيكي (TJ), إمام علي رحمن, طاجيكستان, والصين.
        assertEquals(400_000, c.mentions().rowCount());
    }

    @Test
    void aTenMegabyteLine() throws IOException {
        String sentence = "وأكد الرئيس شي جين بينغ أن الصين وقازاقستان شريكتان استراتيجيتان، ";
        String line = sentence.repeat(10_000_000 / sentence.getBytes(StandardCharsets.UTF_8).length + 1);
        Files.writeString(dir.resolve("line.txt"), "عنوان طويل جدا\n" + line + "\n");
        Corpus c = Corpus.load(dir);
        assertEquals(1, c.size());
        assertTrue(c.article("line").text().length() > 5_000_000);
        long xi = c.mentions().stringColumn("entity").countOccurrences("Xi Jinping");
        assertEquals(line.length() / sentence.length(), xi);
        assertTrue(c.topTerms(5).rowCount() == 5);
    }

    @Test
    void aPathologicalLexiconStillMatchesInOnePass() {
        // 5,000 aliases that share their first word, and a chain of 50 aliases كلمة, كلمة كلمة, …:
        // the trie walks at most 50 words from each position, so the work is linear in the text.
        Lexicon.Builder b = Lexicon.builder();
        for (int i = 0; i < 5_000; i++) {
            b.add("shared" + i, "ORG", "o" + i, "م", "منظمة رقم" + i);
        }
        for (int n = 1; n <= 50; n++) {
            b.add("chain" + n, "ORG", "c" + n, "ك", "كلمة ".repeat(n).strip());
        }
        LexiconMatcher matcher = b.build().matcher();
        String text = "كلمة ".repeat(100_000);
        assertEquals(2_000, matcher.match(TextAnalyzer.analyze(text)).size());
        String shared = "منظمة رقم4999 ".repeat(20_000);
        assertEquals(20_000, matcher.match(TextAnalyzer.analyze(shared)).size());
    }

    /**
     * A quote left open in row 1 of a 60 MB CSV file takes in every row after it: the one cell of
     * more than 50 million characters is refused (CsvText's limit), not loaded as one article.
     */
    @Test
    void aQuoteLeftOpenInABigCsvFileIsRefused() throws IOException {
        Path csv = dir.resolve("open.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,text\n1,\"The quote of this cell is never closed\n");
            for (int row = 2; row < 1_200_000; row++) {
                w.write(row + ",a short article of some fifty characters or so\n");
            }
        }
        org.newstables.common.NewsTablesException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.newstables.common.NewsTablesException.class,
                () -> Corpus.loader().maxFileMegabytes(100).load(csv));
        // The row and column are named when univocity has the memory to say them (CsvTextTest checks them).
        assertTrue(e.getMessage().startsWith("open.csv could not be read as CSV: ") && e.getMessage().endsWith(
                " that runs past 50000000 characters. Check that quotes are balanced: a quote left open takes in"
                + " the rows after it."), e.getMessage());
    }
}

package org.newstables.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.CorpusFiles;
import org.newstables.corpus.Problem;

/**
 * Every reader fed bad and hostile input: each case gives a clear exception (what, where, what to
 * do) or a problems() row, and every good article beside it still loads.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static final String GOOD = CorpusFiles.ARTICLE;

    private Corpus loadWithGoodNeighbour(String name, byte[] bytes) {
        CorpusFiles.write(dir, "good.txt", GOOD);
        CorpusFiles.writeBytes(dir, name, bytes);
        Corpus c = Corpus.load(dir);
        assertTrue(c.articleList().stream().anyMatch(a -> a.id().equals("good")), "the good article was lost");
        return c;
    }

    private static String problemsOf(Corpus c) {
        return c.problemList().toString();
    }

    @Test
    void twentyGoodAndFiveBadFiles() {
        for (int i = 0; i < 20; i++) {
            CorpusFiles.write(dir, String.format("good%02d.txt", i), GOOD.replace("جديدة", "جديدة " + i));
        }
        CorpusFiles.write(dir, "bad1.txt", "");
        CorpusFiles.writeBytes(dir, "bad2.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        byte[] noise = new byte[3000];
        new Random(3).nextBytes(noise);
        noise[0] = 'a';
        CorpusFiles.writeBytes(dir, "bad3.txt", noise);
        CorpusFiles.write(dir, "bad4.txt", "   \n\t\n");
        CorpusFiles.write(dir, "bad5.txt", "٢٠٢١ — ٢٠٢٢\n12345\n");
        Corpus c = Corpus.load(dir);
        assertEquals(20, c.size());
        assertEquals(5, c.problemList().size(), c.problems().printAll());
        assertEquals(List.of("bad1.txt", "bad2.txt", "bad3.txt", "bad4.txt", "bad5.txt"),
                c.problemList().stream().map(Problem::source).toList());
    }

    @Test
    void truncatedUtf8IsStillUtf8AndSaysSo() {
        byte[] whole = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 2);
        cut[cut.length - 1] = (byte) 0xD8;
        Corpus c = loadWithGoodNeighbour("cut.txt", cut);
        assertEquals(2, c.size());
        assertTrue(c.article("cut").text().startsWith("الصين وقازاقستان"), "decoded as mojibake");
        assertTrue(problemsOf(c).contains("not valid UTF-8"), problemsOf(c));
    }

    @Test
    void mixedEncodingsInOneFolderAndUtf16WithoutBom() {
        CorpusFiles.write(dir, "a.txt", GOOD, java.nio.charset.Charset.forName("windows-1256"));
        CorpusFiles.write(dir, "b.txt", GOOD, StandardCharsets.UTF_16LE);
        CorpusFiles.write(dir, "c.txt", GOOD, StandardCharsets.UTF_8);
        Corpus c = Corpus.load(dir);
        assertEquals(3, c.size());
        c.articleList().forEach(a -> assertEquals("الصين وقازاقستان توقعان اتفاقية جديدة", a.title(), a.encoding()));
    }

    @Test
    void windowsLineEndsAndBomInTheMiddle() {
        Corpus c = loadWithGoodNeighbour("x.txt", ("\uFEFFعنوان الخبر في سطره\r\n\r\nنص\uFEFF الخبر هنا بعد العنوان مباشرة وفيه كلمات كافية ليكون فقرة طويلة من فقرات الخبر.\r\n")
                .getBytes(StandardCharsets.UTF_8));
        String text = c.article("x").text();
        assertFalse(text.contains("\r") || text.contains("\uFEFF"), text);
        assertEquals("عنوان الخبر في سطره", c.article("x").title());
    }

    @Test
    void textWithOnlyDiacriticsPunctuationOrDigitsIsAProblemOnlyLatinLoads() {
        CorpusFiles.write(dir, "good.txt", GOOD);
        CorpusFiles.write(dir, "diacritics.txt", "ًٌٍَُِّْ ًٌٍ\n");
        CorpusFiles.write(dir, "punctuation.txt", "... !!! ؟؟ ،،، ---\n");
        CorpusFiles.write(dir, "digits.txt", "2021 2022 ٣٤٥\n");
        CorpusFiles.write(dir, "latin.txt", "Xi Jinping met Emomali Rahmon in Dushanbe on Monday.\n");
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("good", "latin"), c.articles().stringColumn("id").asList());
        assertEquals("en", c.article("latin").language());
        assertEquals(3, c.problemList().size());
        assertTrue(c.problemList().stream().allMatch(p -> p.problem().contains("nothing is left")), problemsOf(c));
    }

    @Test
    void veryLongWordsAndLinesKeepOffsetsRight() {
        String longWord = "ب".repeat(100_000);
        String longLine = "الصين ".repeat(50_000);
        CorpusFiles.write(dir, "long.txt", "عنوان طويل\n" + longWord + "\n" + longLine + "\n");
        Corpus c = Corpus.load(dir);
        var tokens = c.tokens();
        String text = c.article("long").text();
        for (int i = 0; i < tokens.rowCount(); i += 997) {
            assertEquals(tokens.stringColumn("surface").get(i),
                    text.substring(tokens.intColumn("start").get(i), tokens.intColumn("end").get(i)));
        }
        assertEquals(50_000, c.mentions().rowCount());
    }

    @Test
    void nulBytesAreBinary() {
        Corpus c = loadWithGoodNeighbour("nul.txt", "نص\u0000مع\u0000صفر".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, c.size());
        assertTrue(problemsOf(c).contains("NUL bytes"), problemsOf(c));
    }

    @Test
    void bidiControlsDoNotHideNames() {
        CorpusFiles.write(dir, "bidi.txt", "عنوان\n\u202Bقال الرئيس الصيني\u200F شي جين بينغ إن الصين\u200F ‏وطاجيكستان\u2067 شريكان.\u202C\n");
        Corpus c = Corpus.load(dir);
        List<String> entities = c.mentions().stringColumn("entity").asList();
        assertEquals(List.of("CN", "Xi Jinping", "CN", "TJ"), entities);
    }

    @Test
    void brokenLinkIsAProblem() throws Exception {
        CorpusFiles.write(dir, "good.txt", GOOD);
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Corpus c = Corpus.load(dir);
        assertEquals(1, c.size());
        assertTrue(problemsOf(c).contains("not a regular file"), problemsOf(c));
    }

    @Test
    void csvWithDuplicatedHeadersOrRaggedRows() {
        Path dup = CorpusFiles.write(dir, "dup.csv", "id,text,Text\n1,نص,نص\n");
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Corpus.load(dup));
        assertTrue(e.getMessage().contains("dup.csv") && e.getMessage().contains("twice"), e.getMessage());
        // A row with fewer or more cells than the header: Tablesaw's reader refuses it, and the whole
        // file is refused with a message naming the file and the row (CsvText), not loaded in part.
        Path shortRow = CorpusFiles.write(dir, "short.csv", "id,text,source\n1,نص الخبر الأول هنا,وكالة\n2,نص الخبر الثاني\n");
        NewsTablesException s = assertThrows(NewsTablesException.class, () -> Corpus.load(shortRow));
        assertEquals("short.csv could not be read as CSV: Row number 2 contains 2 columns. 3 expected. Check that it is"
                + " comma-separated with a header row and that quotes are balanced.", s.getMessage());
        Path longRow = CorpusFiles.write(dir, "long.csv", "id,text,source\n1,نص الخبر الأول هنا,وكالة\n3,نص,وكالة,زائد,زائد\n");
        NewsTablesException l = assertThrows(NewsTablesException.class, () -> Corpus.load(longRow));
        assertEquals("long.csv could not be read as CSV: Row number 2 contains 5 columns. 3 expected. Check that it is"
                + " comma-separated with a header row and that quotes are balanced.", l.getMessage());
    }

    @Test
    void metadataWithFutureDates() {
        CorpusFiles.write(dir, "a.txt", GOOD);
        CorpusFiles.write(dir, "metadata.csv", "id,date\na,2031-01-01\n");
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Corpus c = Corpus.loader().clock(fixed).load(dir);
        assertTrue(problemsOf(c).contains("2031-01-01 is in the future"), problemsOf(c));
        assertEquals(1, c.size());
    }

    @Test
    void unreadableAndMissingPaths() {
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Corpus.load(dir.resolve("missing")));
        assertTrue(e.getMessage().contains("does not exist"));
        assertThrows(NewsTablesException.class, () -> Corpus.load((Path) null));
    }
}

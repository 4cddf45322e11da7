package org.newstables.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.Lexicon;
import org.newstables.corpus.CorpusFiles;
import tech.tablesaw.api.Table;

class ReportTest {

    @TempDir
    Path dir;

    private String run(Corpus corpus, Path out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportWriter.write(corpus, out, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seedReportPrintsFiveArticlesAndWritesCsvAndHtml() throws IOException {
        Path out = dir.resolve("report");
        String printed = run(Corpus.seeds(), out);
        for (String date : new String[] {"2020-06-16", "2022-08-01", "2017-06-09", "2021-06-02", "2020-03-24"}) {
            assertTrue(printed.contains(date), date + " not printed");
        }
        assertTrue(printed.contains("Corpus of 5 articles"));
        for (String f : new String[] {"index.html", "articles.csv", "articles.html", "problems.csv", "removed.csv"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        Table back = Table.read().csv(out.resolve("articles.csv").toFile());
        assertEquals(5, back.rowCount());
        assertEquals(LocalDate.of(2021, 6, 2), back.dateColumn("date").get(3));
        String html = Files.readString(out.resolve("articles.html"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("dir=\"auto\""));
        assertTrue(html.contains("الرئيس الطاجيكي يلتقي وزير الخارجية الصيني لبحث تعزيز التعاون"));
    }

    @Test
    void theTerminalGetsTheFirstFiftyArticlesAndTheCsvAllOfThem() throws IOException {
        tech.tablesaw.api.StringColumn id = tech.tablesaw.api.StringColumn.create("id");
        tech.tablesaw.api.StringColumn text = tech.tablesaw.api.StringColumn.create("text");
        for (int i = 1; i <= ReportWriter.PRINTED_ARTICLES + 10; i++) {
            id.append(String.format(java.util.Locale.ROOT, "art-%03d", i));
            text.append("التقى الرئيس الصيني نظيره الكازاخستاني في أستانا لبحث التعاون في الطاقة رقم " + i + ".");
        }
        Path out = dir.resolve("sixty");
        String printed = run(Corpus.from(Table.create("sixty", id, text)), out);
        assertTrue(printed.contains("art-050"), printed);
        assertFalse(printed.contains("art-051"), "the 51st article was printed");
        assertTrue(printed.contains("… and 10 more articles: all of them are in articles.csv"), printed);
        assertEquals(ReportWriter.PRINTED_ARTICLES + 10, Table.read().csv(out.resolve("articles.csv").toFile()).rowCount());
    }

    @Test
    void printedTablesRoundDecimalsAsNotebooksDo() throws IOException {
        String printed = run(Corpus.seeds(), dir.resolve("report"));
        // per_1k of الصين: 78 of 2,229 tokens, 34.99326…; printed with four decimals, as in HTML.
        assertTrue(printed.contains("34.9933"), printed);
        assertFalse(printed.matches("(?s).*\\d\\.\\d{5,}.*"), "a decimal with more than four places was printed");
    }

    @Test
    void htmlEscapesWhatTheArticlesSay() throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusFiles.write(corpus, "x.txt", "عنوان <img src=x onerror=alert(1)>\n"
                + "هذا نص طويل بما يكفي ليكون فقرة من فقرات الخبر <script>alert(1)</script> وفيه \"اقتباس\" أيضا.\n");
        Path out = dir.resolve("out");
        run(Corpus.load(corpus), out);
        String html = Files.readString(out.resolve("articles.html"));
        assertFalse(html.contains("<script>alert(1)</script>"));
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void indexEscapesChartTitlesAsAttributeValues() throws IOException {
        // A lexicon's label reaches the partners charts' titles, which the index writes in alt="…".
        Lexicon countries = Lexicon.builder().add("CN", "COUNTRY", "Ch\"ina & <b>", "الصين", "الصين").build();
        Path out = dir.resolve("out");
        run(Corpus.seeds().withLexicon(countries), out);
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains(" alt=\"Partners of Ch&quot;ina &amp; <b> over time"), index);
    }

    @Test
    void theReportSaysHowManyCopiesThereAreAndFoldsThemWhenAsked() throws IOException {
        // The seeds and a reprint of each 2022 article typed on a Persian keyboard (ي → ی, ك → ک).
        Table seeds = Corpus.seeds().articles().selectColumns("id", "date", "text");
        Table reprints = seeds.where(seeds.dateColumn("date").isAfter(LocalDate.of(2021, 12, 31))).copy();
        reprints.replaceColumn("id", reprints.stringColumn("id").map(x -> x + "-reprint"));
        reprints.replaceColumn("text", reprints.stringColumn("text").map(x -> x.replace('ي', 'ی').replace('ك', 'ک')));
        int copies = reprints.rowCount();
        Corpus wire = Corpus.from(seeds.copy().append(reprints));
        Path kept = dir.resolve("kept");
        String printed = run(wire, kept);
        assertTrue(printed.contains(copies + " articles are near-duplicate copies of another (" + copies + " stories"), printed);
        assertEquals(2 * copies, Table.read().csv(kept.resolve("duplicates.csv").toFile()).rowCount());
        assertEquals(5 + copies, Table.read().csv(kept.resolve("articles.csv").toFile()).rowCount());

        Path folded = dir.resolve("folded");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportWriter.write(wire, folded, new PrintStream(bytes, true, StandardCharsets.UTF_8), ReportWriter.Copies.FOLD);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains(copies + " near-duplicate copies (" + copies
                + " stories) were folded"));
        assertEquals(5, Table.read().csv(folded.resolve("articles.csv").toFile()).rowCount());
        // Folded, the tables are the seeds' own.
        run(Corpus.seeds(), dir.resolve("seeds"));
        assertEquals(Files.readString(dir.resolve("seeds").resolve("entities.csv")),
                Files.readString(folded.resolve("entities.csv")));
        assertTrue(Files.readString(dir.resolve("seeds").resolve("index.html"))
                .contains("No article is a near-duplicate of another."));
    }

    @Test
    void argumentsDefaultToSeedsAndReport() {
        Report.Arguments a = Report.Arguments.parse(new String[] {"report"});
        assertEquals(null, a.corpus());
        assertEquals(Path.of("report"), a.out());
        Report.Arguments b = Report.Arguments.parse(new String[] {"report", "news", "--out", "x"});
        assertEquals(Path.of("news"), b.corpus());
        assertEquals(Path.of("x"), b.out());
        assertFalse(b.dedup());
        assertTrue(Report.Arguments.parse(new String[] {"report", "news", "--dedup"}).dedup());
        assertThrows(IllegalArgumentException.class, () -> Report.Arguments.parse(new String[] {"--out"}));
        assertThrows(IllegalArgumentException.class, () -> Report.Arguments.parse(new String[] {"--bogus"}));
        assertFalse(b.parquet());
        assertTrue(Report.Arguments.parse(new String[] {"report", "--parquet"}).parquet());
    }

    @Test
    void parquetWithoutItsModuleSaysWhichJarToAdd() {
        // The core has no Parquet writer: the optional newstables-parquet module brings it.
        org.newstables.common.NewsTablesException e = assertThrows(org.newstables.common.NewsTablesException.class,
                () -> TableFile.named("parquet"));
        assertTrue(e.getMessage().contains("newstables-parquet"), e.getMessage());
        assertTrue(e.getMessage().contains("--parquet"), e.getMessage());
    }
}

package org.newstables.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstables.Kind;
import org.newstables.Charts;
import org.newstables.Corpus;
import org.newstables.Per;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What the kernels show: through Display, and through each kernel's own Renderer. */
class DisplayTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void arabicTablesReadRightToLeftAndScriptIsText() {
        Corpus c = Corpus.from(Table.create("t", StringColumn.create("text",
                "قال الرئيس <script>alert(1)</script> إن الصين \"شريك\" <img src=x onerror=alert(2)>.")));
        String html = Display.bundle(c.articles()).get(Display.HTML);
        assertTrue(html.contains("dir=\"auto\""));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("قال الرئيس"));
    }

    @Test
    void previewShowsTheFirstRowsTheSizeAndRoundedNumbers() {
        DoubleColumn x = DoubleColumn.create("x");
        for (int i = 0; i < 50; i++) {
            x.append(i / 3.0);
        }
        Table t = Table.create("numbers", x);
        String html = Display.bundle(t).get(Display.HTML);
        assertTrue(html.contains("<bdi>numbers</bdi> · 50 rows × 1 columns · first 20 shown"), html);
        assertTrue(html.contains(">0.3333<"), html);
        assertFalse(html.contains("0.33333"));
        assertTrue(html.contains("class=\"num\""));
        assertEquals(Display.HTML + " " + Display.PLAIN, Display.mimeTypes(t));
    }

    @Test
    void wideTablesKeepEveryCellOnOneLineAndCutLongTextWithTheWholeValueOnHover() {
        Table articles = Corpus.seeds().articles();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(Display.bundle(articles).get(Display.HTML));
        String css = doc.select("style").html();
        assertTrue(css.contains(".newstables td,.newstables th{white-space:nowrap"), css);
        org.jsoup.select.Elements rows = doc.select("tbody tr");
        assertEquals(5, rows.size());
        int textColumn = articles.columnIndex("text");
        int titleColumn = articles.columnIndex("title");
        for (int r = 0; r < rows.size(); r++) {
            org.jsoup.nodes.Element text = rows.get(r).select("td").get(textColumn);
            assertTrue(text.text().length() <= 61 && text.text().endsWith("…"), text.text());
            assertEquals(articles.stringColumn("text").get(r), text.attr("title"));
            assertEquals("cut", text.className());
            org.jsoup.nodes.Element date = rows.get(r).select("td").get(articles.columnIndex("date"));
            assertEquals("", date.attr("title"));
            assertTrue(rows.get(r).select("td").get(titleColumn).text().length() <= 61);
        }
        // The table itself keeps every character.
        assertTrue(articles.stringColumn("text").get(0).length() > 1000);
    }

    @Test
    void aSearchSnippetIsCutAroundItsHitAndProblemsShowTheirWholeMessage() {
        String snippet = "كلمة ".repeat(40) + "\u27E6الهدف\u27E7" + " بعد".repeat(40);
        String cut = TableHtml.cut(snippet, 60);
        assertTrue(cut.contains("\u27E6الهدف\u27E7") && cut.startsWith("…") && cut.endsWith("…"), cut);
        Table problems = Table.create("problems", StringColumn.create("source", "a.txt"),
                StringColumn.create("problem", "not read: the file is not text; " + "x".repeat(80) + " save it as UTF-8 text."));
        org.jsoup.nodes.Element cell = org.jsoup.Jsoup.parseBodyFragment(Display.bundle(problems).get(Display.HTML))
                .selectFirst("td.message");
        assertTrue(cell.text().endsWith("save it as UTF-8 text."), cell.text());
    }

    @Test
    void decimalsLineUpAndTinyValuesAreNotShownAsZero() {
        Table t = Table.create("t", DoubleColumn.create("per_1k", 15.674, 3.1348, 2.0), DoubleColumn.create("p", 3e-12, 0.5, 0));
        String plain = TableHtml.rounded(t).print();
        assertTrue(plain.contains("15.6740") && plain.contains("3.1348") && plain.contains("2.0000"), plain);
        assertTrue(plain.contains("3.0E-12"), plain);
        assertTrue(plain.contains(" 0.5") && plain.contains(" 0 ") || plain.contains(" 0.0 "), plain);
    }

    @Test
    void aConcordanceLinesUpItsMatchesInOneColumn() {
        Table k = Corpus.seeds().kwic("تعاون", 3);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(Display.bundle(k).get(Display.HTML));
        org.jsoup.nodes.Element row = doc.selectFirst("tbody tr");
        // Arabic: read right to left, the row must read before, match, after; so left to right it is after, match, before.
        assertEquals(List.of("after", "match", "before"), row.select("td[dir]").stream().skip(1).map(e -> e.className()).toList());
        assertEquals(k.getString(0, "left"), row.selectFirst("td.before").text());
        assertEquals("rtl", row.selectFirst("td.match").attr("dir"));
        assertEquals(k.getString(0, "match"), row.selectFirst("td.match").text());
    }

    @Test
    void theCaptionIsolatesAnArabicNameFromTheEnglishAroundIt() {
        Table t = Corpus.seeds().collocations("الحزام", 1);
        org.jsoup.nodes.Element caption = org.jsoup.Jsoup.parseBodyFragment(Display.bundle(t).get(Display.HTML))
                .selectFirst("caption");
        assertEquals("bdi", caption.child(0).tagName());
        assertTrue(caption.child(0).text().contains("الحزام"), caption.html());
        assertTrue(caption.text().endsWith(t.rowCount() + " rows × " + t.columnCount() + " columns"), caption.text());
    }

    @Test
    void chartsAreHighDensityPng() throws Exception {
        Map<String, String> bundle = Display.bundle(Charts.timeline(Corpus.seeds().timeline(Per.YEAR, Kind.THEME)));
        byte[] png = Base64.getDecoder().decode(bundle.get(Display.PNG));
        assertEquals(2 * Charts.WIDTH, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void jjavaRendererRendersTablesAsHtmlAndChartsAsPng() {
        org.dflib.jjava.jupyter.kernel.display.Renderer r = new org.dflib.jjava.jupyter.kernel.display.Renderer();
        JJavaExtension.register(r);
        var table = r.render(Corpus.seeds().topTerms(5));
        assertTrue(table.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML).toString().contains("<table"));
        var chart = r.render(Charts.topTerms(Corpus.seeds().topTerms(5)));
        assertTrue(chart.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG) != null);
        assertDisplayWidth(new com.google.gson.Gson().toJson(chart));
    }

    /** The display data, as the kernel sends it, asks for the 2× PNG to be shown at its 1× size. */
    private static void assertDisplayWidth(String json) {
        com.fasterxml.jackson.databind.JsonNode png;
        try {
            png = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("metadata").path("image/png");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(Charts.WIDTH, png.path("width").asInt(), json.substring(0, Math.min(200, json.length())));
        assertEquals(Charts.HEIGHT, png.path("height").asInt());
    }

    @Test
    void ijavaRendererRendersTablesAsHtmlAndChartsAsPng() {
        io.github.spencerpark.jupyter.kernel.display.Renderer r = new io.github.spencerpark.jupyter.kernel.display.Renderer();
        IJavaDisplay.register(r);
        var table = r.render(Corpus.seeds().topTerms(5));
        assertTrue(table.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML).toString().contains("<table"));
        var chart = r.render(Charts.topTerms(Corpus.seeds().topTerms(5)));
        assertTrue(chart.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG) != null);
        assertDisplayWidth(new com.google.gson.Gson().toJson(chart));
    }

    @Test
    void withoutAKernelInstallDoesNothingAndNeverThrows() {
        Kernels.install();
        Kernels.install();
        assertEquals(null, Kernels.failure());
    }
}

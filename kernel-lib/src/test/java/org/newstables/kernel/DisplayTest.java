package org.newstables.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Kind;
import org.newstables.Charts;
import org.newstables.Corpus;
import org.newstables.Per;
import org.newstables.TinyNews;
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
        Table articles = TinyNews.corpus().articles();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(Display.bundle(articles).get(Display.HTML));
        String css = doc.select("style").html();
        assertTrue(css.contains(".newstables td,.newstables th{white-space:nowrap"), css);
        org.jsoup.select.Elements rows = doc.select("tbody tr");
        assertEquals(3, rows.size());
        int textColumn = articles.columnIndex("text");
        int datelineColumn = articles.columnIndex("dateline");
        // A table of more than ten columns gets half a cell's 60 characters: every text of TinyNews
        // (111, 72 and 46 characters) is cut after 30, on one line, with "…", the whole text on hover.
        for (int r = 0; r < 3; r++) {
            org.jsoup.nodes.Element text = rows.get(r).select("td").get(textColumn);
            String whole = articles.stringColumn("text").get(r);
            assertEquals(whole.substring(0, 30).strip() + "…", text.text());
            assertEquals(whole, text.attr("title"));
            assertEquals("cut", text.className());
            // A short cell is shown whole, with no hover.
            org.jsoup.nodes.Element dateline = rows.get(r).select("td").get(datelineColumn);
            assertEquals(articles.stringColumn("dateline").get(r), dateline.text());
            assertEquals("", dateline.attr("title"));
            assertEquals("", dateline.className());
        }
        assertEquals("وقعت مصر والصين اتفاقا في مجال…", rows.get(0).select("td").get(textColumn).text());
        assertEquals("", rows.get(0).select("td").get(articles.columnIndex("date")).attr("title"));
        // The table itself keeps every character.
        assertEquals(TinyNews.A1, articles.stringColumn("text").get(0));
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
        Table k = TinyNews.corpus().kwic("الصين", 2);
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
        Table t = TinyNews.corpus().collocations("الصين", 1);
        org.jsoup.nodes.Element caption = org.jsoup.Jsoup.parseBodyFragment(Display.bundle(t).get(Display.HTML))
                .selectFirst("caption");
        assertEquals("bdi", caption.child(0).tagName());
        assertEquals("collocations of الصين", caption.child(0).text(), caption.html());
        assertTrue(caption.text().endsWith(t.rowCount() + " rows × " + t.columnCount() + " columns"), caption.text());
    }

    @Test
    void chartsAreHighDensityPng() throws Exception {
        Map<String, String> bundle = Display.bundle(Charts.timeline(TinyNews.corpus().timeline(Per.YEAR, Kind.THEME)));
        byte[] png = Base64.getDecoder().decode(bundle.get(Display.PNG));
        assertEquals(2 * Charts.WIDTH, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void jjavaRendererRendersTablesAsHtmlAndChartsAsPng() {
        org.dflib.jjava.jupyter.kernel.display.Renderer r = new org.dflib.jjava.jupyter.kernel.display.Renderer();
        JJavaExtension.register(r);
        var table = r.render(TinyNews.corpus().topTerms(5));
        assertTrue(table.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML).toString().contains("<table"));
        var chart = r.render(Charts.topTerms(TinyNews.corpus().topTerms(5)));
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
        var table = r.render(TinyNews.corpus().topTerms(5));
        assertTrue(table.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML).toString().contains("<table"));
        var chart = r.render(Charts.topTerms(TinyNews.corpus().topTerms(5)));
        assertTrue(chart.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG) != null);
        assertDisplayWidth(new com.google.gson.Gson().toJson(chart));
    }

    /**
     * Defines NewsTables' classes afresh, and IJava's from {@code ijava} when given: Kernels.install()
     * then runs as at a kernel's first use of the library, not after some static initializer of this
     * JVM already ran it (when {@code done} is set, install returns at once and proves nothing).
     */
    private static final class FreshLoader extends ClassLoader {
        private final Path ijava;

        FreshLoader(Path ijava) {
            super(DisplayTest.class.getClassLoader());
            this.ijava = ijava;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.newstables.") && !name.startsWith("io.github.spencerpark.ijava.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String file = name.replace('.', '/') + ".class";
            try {
                byte[] bytes;
                if (name.startsWith("io.github.spencerpark.ijava.")) {
                    if (ijava == null || !Files.exists(ijava.resolve(file))) {
                        throw new ClassNotFoundException(name);
                    }
                    bytes = Files.readAllBytes(ijava.resolve(file));
                } else {
                    try (InputStream in = getParent().getResourceAsStream(file)) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        bytes = in.readAllBytes();
                    }
                }
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }

    /** A stand-in for IJava's main class: its getKernelInstance() gives {@code kernel} or throws {@code failure}. */
    private static Path standInIJava(Path dir) throws IOException {
        Path source = dir.resolve("src/io/github/spencerpark/ijava/IJava.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, String.join("\n",
                "package io.github.spencerpark.ijava;",
                "public final class IJava {",
                "    public static Object kernel;",
                "    public static RuntimeException failure;",
                "    public static int calls;",
                "    public static Object getKernelInstance() {",
                "        calls++;",
                "        if (failure != null) throw failure;",
                "        return kernel;",
                "    }",
                "}"));
        Path classes = dir.resolve("classes");
        int status = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString());
        assertEquals(0, status, "the stand-in IJava did not compile");
        return classes;
    }

    private static Object call(ClassLoader loader, String className, String method) throws Exception {
        return loader.loadClass(className).getMethod(method).invoke(null);
    }

    private static int calls(ClassLoader loader) throws Exception {
        return loader.loadClass("io.github.spencerpark.ijava.IJava").getField("calls").getInt(null);
    }

    private static io.github.spencerpark.jupyter.kernel.BaseKernel kernel() {
        return new io.github.spencerpark.jupyter.kernel.BaseKernel() {
            @Override
            public io.github.spencerpark.jupyter.kernel.display.DisplayData eval(String expr) {
                return null;
            }

            @Override
            public io.github.spencerpark.jupyter.kernel.LanguageInfo getLanguageInfo() {
                return null;
            }
        };
    }

    private static boolean rendersHtml(io.github.spencerpark.jupyter.kernel.BaseKernel k, Object value) {
        return k.getRenderer().render(value).getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML) != null;
    }

    @Test
    void withoutAKernelInstallDoesNothingAndNeverThrows() throws Exception {
        ClassLoader fresh = new FreshLoader(null);
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.github.spencerpark.ijava.IJava", false, fresh));
        call(fresh, "org.newstables.kernel.Kernels", "install");
        call(fresh, "org.newstables.kernel.Kernels", "install");
        assertEquals(null, call(fresh, "org.newstables.kernel.Kernels", "failure"));
    }

    @Test
    void inIJavaTheFirstUseOfCorpusRegistersTheRenderersOnce(@TempDir Path dir) throws Exception {
        ClassLoader fresh = new FreshLoader(standInIJava(dir));
        io.github.spencerpark.jupyter.kernel.BaseKernel kernel = kernel();
        fresh.loadClass("io.github.spencerpark.ijava.IJava").getField("kernel").set(null, kernel);
        Table table = Table.create("t", StringColumn.create("x", "a"));
        assertFalse(rendersHtml(kernel, table), "a table renders as HTML before anything registered it");
        assertEquals(0, calls(fresh));
        // Loading the Corpus class alone registers nothing; the first corpus made (every one is made
        // through a CorpusLoader, whose static initializer asks IJava for its kernel) registers.
        Class.forName("org.newstables.Corpus", true, fresh);
        assertEquals(0, calls(fresh));
        call(fresh, "org.newstables.Corpus", "loader");
        assertEquals(1, calls(fresh));
        assertTrue(rendersHtml(kernel, table));
        assertTrue(kernel.getRenderer().render(table).getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML)
                .toString().contains("<table"));
        // Once only: later calls (Charts, Lexicon) do not ask again.
        call(fresh, "org.newstables.kernel.Kernels", "install");
        assertEquals(1, calls(fresh));
        assertEquals(null, call(fresh, "org.newstables.kernel.Kernels", "failure"));
    }

    @Test
    void aKernelThatFailsIsRecordedNotThrown(@TempDir Path dir) throws Exception {
        ClassLoader fresh = new FreshLoader(standInIJava(dir));
        fresh.loadClass("io.github.spencerpark.ijava.IJava").getField("failure").set(null,
                new IllegalStateException("no kernel yet"));
        call(fresh, "org.newstables.kernel.Kernels", "install");
        Throwable failure = (Throwable) call(fresh, "org.newstables.kernel.Kernels", "failure");
        assertTrue(failure != null && failure.getCause() instanceof IllegalStateException
                && failure.getCause().getMessage().equals("no kernel yet"), String.valueOf(failure));
        assertEquals(1, calls(fresh));
    }
}

package org.newstables.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.Lexicon;
import org.newstables.corpus.CorpusFiles;
import org.newstables.kernel.Display;
import org.newstables.report.ReportWriter;

/** Whatever a file says reaches HTML as text: tables, KWIC, search snippets, lexicons, report pages. */
class HostileHtmlTest {

    private static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> "
            + "\"><b onmouseover=\"alert(3)\">x</b> <a href=\"javascript:alert(4)\">رابط</a>";

    @TempDir
    Path dir;

    private static void assertInert(String html, String where) {
        assertInert(html, where, false);
    }

    /** {@code ownTags}: report pages have their own links and chart images; none may come from the input. */
    private static void assertInert(String html, String where, boolean ownTags) {
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), where + " has a script tag");
        assertFalse(lower.contains("<img src=x"), where + " has the input's img tag");
        assertFalse(!ownTags && lower.contains("<img"), where + " has an img tag");
        assertFalse(!ownTags && lower.contains("<a href"), where + " has a link");
        assertFalse(lower.contains("<b onmouseover"), where + " has an attribute escape");
        // Quotes may stay as they are in text; what matters is that no tag carries an attribute from the input.
        // A notebook cell's hover text is the input inside a double-quoted title="…" (with " escaped as
        // &quot;): data, not an attribute, so quoted values are blanked before tags are searched.
        String tagsOnly = lower.replaceAll("=\"[^\"]*\"", "=\"\"");
        assertFalse(java.util.regex.Pattern.compile("<[^>]*(javascript:|onerror|onmouseover)").matcher(tagsOnly).find(),
                where + " has a hostile attribute inside a tag");
        // The same, as a browser reads it: no element or attribute from the input.
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        assertTrue(doc.select("script, b, [onerror], [onmouseover], a[href^=javascript]").isEmpty(), where + " has an element from the input");
        assertFalse(!ownTags && !doc.select("img, a").isEmpty(), where + " has an img or a link");
    }

    @Test
    void everyHtmlOutputEscapesTheInput() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusFiles.write(corpus, "x.txt", "عنوان " + HOSTILE + "\n"
                + "قال الرئيس الصيني شي جين بينغ إن التعاون " + HOSTILE + " مستمر بين الصين وطاجيكستان في كل المجالات.\n");
        CorpusFiles.write(corpus, "metadata.csv", "id,source,note\nx,\"" + HOSTILE.replace("\"", "\"\"") + "\",\""
                + HOSTILE.replace("\"", "\"\"") + "\"\n");
        Lexicon hostileLexicon = Lexicon.builder().add("X", "ORG", HOSTILE.replace("\t", " "), HOSTILE, "التعاون").build();
        Corpus c = Corpus.load(corpus).withLexicon(Lexicon.entities().plus(hostileLexicon));

        List<Object> values = new ArrayList<>(List.of(c.articles(), c.mentions(), c.entities(), c.kwic("التعاون", 6),
                c.search("تعاون"), c.tokens(), hostileLexicon, c.problems()));
        for (Object v : values) {
            String html = Display.bundle(v).get(Display.HTML);
            assertInert(html, v.getClass().getSimpleName());
        }
        String articles = Display.bundle(c.articles()).get(Display.HTML);
        assertTrue(articles.contains("&lt;script&gt;"), articles);

        Path out = dir.resolve("report");
        ReportWriter.write(c, out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (Stream<Path> pages = Files.list(out)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertInert(Files.readString(page), page.getFileName().toString(), true);
            }
        }
    }
}

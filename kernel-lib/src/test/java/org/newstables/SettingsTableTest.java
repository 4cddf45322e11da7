package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.tablesaw.api.ColumnType.STRING;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.text.StopWords;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** settings(): what made a corpus's tables, with fingerprints that change when the inputs do. */
class SettingsTableTest {

    private static final Corpus NEWS = TinyNews.corpus();

    private static String value(Corpus c, String setting) {
        Table s = c.settings();
        int row = s.stringColumn("setting").indexOf(setting);
        assertTrue(row >= 0, setting + " missing: " + s.printAll());
        return s.stringColumn("value").get(row);
    }

    /** The first 16 hex digits of the SHA-256 of the UTF-8 bytes of {@code text}. */
    private static String sha256(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d).substring(0, 16);
    }

    @Test
    void everySettingInOrderWithTheVersionsOfThisRun() {
        TableAsserts.of(NEWS.settings())
                .expectColumns("setting", "value")
                .expectTypes(STRING, STRING)
                .expectColumn("setting", "newstables", "lucene", "java", "tokenizer", "normalizer", "clitics", "stemmer",
                        "sentences", "stop_words", "entity_lexicon", "theme_lexicon", "articles", "problems");
        assertEquals(org.apache.lucene.util.Version.LATEST.toString(), value(NEWS, "lucene"));
        assertEquals(System.getProperty("java.version"), value(NEWS, "java"));
        // Run from classes, not from the jar: no manifest version.
        assertEquals("development", value(NEWS, "newstables"));
        assertEquals("3", value(NEWS, "articles"));
        assertEquals("0", value(NEWS, "problems"));
        // One row of a table with an empty text is a problem, not an article.
        Corpus withProblem = Corpus.from(Table.create("t", StringColumn.create("text", "نص خبر قصير عن التجارة.", " ")));
        assertEquals("1", value(withProblem, "articles"));
        assertEquals("1", value(withProblem, "problems"));
    }

    @Test
    void theStopListsFingerprintIsTheSha256OfItsWords() throws Exception {
        StopWords defaults = StopWords.defaults();
        assertEquals(defaults.size() + " words, sha256 " + sha256(String.join("\n", defaults.words())),
                value(NEWS, "stop_words"));
        StopWords more = defaults.plus("مصر");
        String changed = value(NEWS.withStopWords(more), "stop_words");
        assertEquals((defaults.size() + 1) + " words, sha256 " + sha256(String.join("\n", more.words())), changed);
        assertNotEquals(value(NEWS, "stop_words").substring(value(NEWS, "stop_words").indexOf("sha256")),
                changed.substring(changed.indexOf("sha256")));
    }

    @Test
    void lexiconFingerprintsFollowTheirContentNotTheObject() {
        String builtIn = value(NEWS, "entity_lexicon");
        assertTrue(builtIn.matches("Lexicon built-in entities \\(\\d+ entries\\), sha256 [0-9a-f]{16}"), builtIn);
        assertEquals("Lexicon built-in entities (" + Lexicon.entities().entries().size() + " entries)",
                builtIn.substring(0, builtIn.indexOf(", sha256")));
        Lexicon one = Lexicon.builder().add("NILE", "ORG", "Nile Company", "شركة النيل", "شركة النيل").build();
        Lexicon same = Lexicon.builder().add("NILE", "ORG", "Nile Company", "شركة النيل", "شركة النيل").build();
        Lexicon other = Lexicon.builder().add("NILE", "ORG", "Nile Company", "شركة النيل", "شركة النيل", "النيل").build();
        String a = value(NEWS.withLexicon(one), "entity_lexicon");
        assertTrue(a.matches("Lexicon custom \\(1 entries\\), sha256 [0-9a-f]{16}"), a);
        assertEquals(a, value(NEWS.withLexicon(same), "entity_lexicon"));
        assertNotEquals(a, value(NEWS.withLexicon(other), "entity_lexicon"));
        assertNotEquals(builtIn, a);
        // The theme lexicon likewise.
        String themes = value(NEWS, "theme_lexicon");
        assertTrue(themes.matches("Lexicon themes.tsv \\(11 entries\\), sha256 [0-9a-f]{16}"), themes);
        Lexicon health = Lexicon.builder().add("health", "THEME", "Health", "الصحة", "الصحة|اللقاح").build();
        assertNotEquals(themes, value(NEWS.withThemes(health), "theme_lexicon"));
        assertEquals(List.of("health"), NEWS.withThemes(health).themeMentions().stringColumn("theme").unique().asList());
    }
}

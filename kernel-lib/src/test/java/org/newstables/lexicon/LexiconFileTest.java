package org.newstables.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Lexicon;
import org.newstables.common.NewsTablesException;

class LexiconFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void assertError(String text, String name, String... parts) {
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Lexicon.parse(text, name));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void loadsTabSeparatedWithCommentsAndPartialNames() throws IOException {
        Path p = write("mine.tsv", "# my people\nkey\ttype\tlabel\tlabel_ar\taliases\tpartial\tlink\n"
                + "Anwar Ibrahim\tPERSON\tAnwar Ibrahim\tأنور إبراهيم\tأنور إبراهيم|أنور ابراهيم\tإبراهيم\tMY\n");
        Lexicon l = Lexicon.load(p);
        assertEquals(1, l.size());
        assertEquals(3, l.entry("Anwar Ibrahim").aliases().size());
        assertTrue(l.entry("Anwar Ibrahim").aliases().get(2).partial());
        assertEquals("MY", l.entry("Anwar Ibrahim").link());
    }

    @Test
    void loadsCommaSeparatedWithQuotes() throws IOException {
        Path p = write("mine.csv", "key,type,aliases\nGazprom,ORG,\"غازبروم|جازبروم\"\n");
        assertEquals(2, Lexicon.load(p).entry("Gazprom").aliases().size());
    }

    @Test
    void errorsNameTheLine() {
        String header = "key\ttype\tlabel\tlabel_ar\taliases\n";
        assertError(header + "X\tORG\tX\tس\tأ||ب\n", "a.tsv", "a.tsv, line 2", "alias is empty");
        assertError(header + "X\tORG\tX\tس\tأ\nX\tORG\tX\tس\tب\n", "a.tsv", "line 3", "'X' was already used on line 2");
        assertError(header + "X\tCITY\tX\tس\tأ\n", "a.tsv", "line 2", "'CITY' is not one of");
        assertError(header + "\tORG\tX\tس\tأ\n", "a.tsv", "line 2", "key is empty");
        assertError(header + "X\tORG\tX\tس\t\n", "a.tsv", "line 2", "no aliases");
        assertError("key\ttype\n", "a.tsv", "line 1", "no column 'aliases'");
        assertError("", "a.tsv", "empty");
        assertError(header + "X\tORG\tX\tس\tرحمن{sometimes}\n", "a.tsv", "line 2", "unknown constraint");
        assertError(header + "X\tORG\tX\tس\tأ\tب\tج\tد\n", "a.tsv", "line 2", "stray tab");
    }

    @Test
    void missingFile() {
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Lexicon.load(dir.resolve("none.tsv")));
        assertTrue(e.getMessage().contains("none.tsv is not a file"));
    }

    @Test
    void writtenLexiconReadsBack() {
        Path p = dir.resolve("people.tsv");
        Lexicon.people().write(p);
        Lexicon back = Lexicon.load(p);
        assertEquals(Lexicon.people().size(), back.size());
        // Everything but where the entries come from: the file read back is a user's lexicon.
        assertEquals(Lexicon.people().table().removeColumns("source").printAll(),
                back.table().removeColumns("source").printAll());
        assertEquals("built-in", Lexicon.people().table().stringColumn("source").get(0));
        assertEquals("user", back.table().stringColumn("source").get(0));
    }

    @Test
    void plusReplacesByKeyAndWithoutDrops() {
        Lexicon mine = Lexicon.builder().add("CN", "COUNTRY", "China", "الصين", "الصين", "جمهورية الصين").build();
        Lexicon merged = Lexicon.entities().plus(mine);
        assertEquals(Lexicon.entities().size(), merged.size());
        assertEquals(2, merged.entry("CN").aliases().size());
        assertEquals(Lexicon.entities().size() - 1, Lexicon.entities().without("CN").size());
    }

    @Test
    void shippedCountryLexiconIsTheBuildersOutput() throws IOException {
        String shipped;
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/newstables/lexicon/countries.tsv")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String built = CountryLexiconBuilder.build();
        // The file is made on the Java the build uses (17); another Java's CLDR names some countries
        // differently, so there only the countries themselves must agree.
        if (shipped.lines().findFirst().equals(built.lines().findFirst())) {
            assertEquals(built, shipped, "countries.tsv is stale: rebuild it with CountryLexiconBuilder (see country-variants.tsv)");
        } else {
            assertEquals(keys(built), keys(shipped));
        }
        assertEquals(249, Lexicon.countries().size());
    }

    @Test
    void nisbaByRule() {
        assertEquals("صيني", Nisba.byRule("الصين"));
        assertEquals("طاجيكي", Nisba.byRule("طاجيكستان"));
        assertEquals("روسي", Nisba.byRule("روسيا"));
        assertEquals("كندي", Nisba.byRule("كندا"));
        assertEquals("سعودي", Nisba.byRule("السعودية"));
        assertEquals("مصري", Nisba.byRule("مصر"));
        assertEquals("تشيلي", Nisba.byRule("تشيلي"));
        assertEquals(null, Nisba.byRule("توغو"));
        assertEquals(null, Nisba.byRule("كوريا الجنوبية"));
        assertEquals(java.util.List.of("صيني", "صينية", "صينيين", "صينيون", "صينيات"), Nisba.forms("صيني"));
    }

    private static java.util.List<String> keys(String lexiconFile) {
        return lexiconFile.lines().filter(l -> !l.startsWith("#") && !l.startsWith("key\t"))
                .map(l -> l.substring(0, l.indexOf('\t'))).toList();
    }
}

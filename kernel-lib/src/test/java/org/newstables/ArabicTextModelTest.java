package org.newstables;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.common.NewsTablesException;
import org.newstables.text.TextAnalyzer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One Arabic text model: every written variant of a word is that word in every table — Persian
 * keyboards, presentation forms, stacked clitics, Levantine months, semicolon CSV files,
 * mis-decoded text. Each example has its right value beside it.
 */
class ArabicTextModelTest {

    static final String ARABIC = "بكين 5 مارس 2022 - قال الرئيس الصيني شي جين بينغ إن الصين تدعم التعاون.";
    static final String PERSIAN = "بكين 5 مارس 2022 - قال الرئيس الصینی شی جین بینغ إن الصین تدعم التعاون.";

    static Corpus of(String... texts) {
        return Corpus.from(Table.create("t", StringColumn.create("text", texts)));
    }

    /** entity → mentions. */
    static Map<String, Integer> entities(Corpus c) {
        Map<String, Integer> out = new TreeMap<>();
        for (Row r : c.entities()) {
            out.put(r.getString("entity"), r.getInt("mentions"));
        }
        return out;
    }

    /** term → count over the corpus. */
    static Map<String, Integer> terms(Corpus c) {
        Map<String, Integer> out = new TreeMap<>();
        for (Row r : c.terms()) {
            out.merge(r.getString("term"), r.getInt("count"), Integer::sum);
        }
        return out;
    }

    @Test
    void textTypedOnAPersianKeyboardGivesTheSameTables() {
        Corpus persian = of(PERSIAN);
        Corpus arabic = of(ARABIC);
        assertEquals(2, entities(persian).get("CN"));
        assertEquals(1, entities(persian).get("Xi Jinping"));
        assertEquals(entities(arabic), entities(persian));
        assertEquals(terms(arabic), terms(persian));
        assertTrue(terms(persian).containsKey("صين"), terms(persian).toString());
        assertEquals(1, persian.search("الصين").rowCount());
        assertEquals(LocalDate.of(2022, 3, 5), persian.articleList().get(0).date());
        // More of the family: keheh, Kurdish ae, heh goal, heh doachashmee, Persian digits.
        assertEquals(TextAnalyzer.norm("الكويت"), TextAnalyzer.norm("الکویت"));
        assertEquals(TextAnalyzer.norm("الحكومة"), TextAnalyzer.norm("الحکومە"));
        assertEquals(TextAnalyzer.norm("اللهجة"), TextAnalyzer.norm("اللہجۀ"));
        assertEquals(TextAnalyzer.norm("هدنة"), TextAnalyzer.norm("ھدنة"));
        assertEquals("2022", TextAnalyzer.norm("۲۰۲۲"));
        // (Not "الكويت العاصمة": since the places lexicon grew, that is Kuwait City, a place of its own.)
        assertEquals(Map.of("KW", 1), entities(of("زار وفد من الکویت أمس.")));
    }

    @Test
    void textInPresentationFormsGivesTheSameTables() {
        String shaped = WrittenVariants.presentationForms(ARABIC);
        assertTrue(shaped.chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF), "the sentence is in presentation forms");
        Corpus pf = of(shaped);
        Corpus plain = of(ARABIC);
        assertEquals(entities(plain), entities(pf));
        assertEquals(terms(plain), terms(pf));
        assertEquals(LocalDate.of(2022, 3, 5), pf.articleList().get(0).date());
        // إن is a stop word in any form: it is no term.
        assertTrue(!terms(pf).containsKey("ان") && !terms(pf).containsKey(TextAnalyzer.norm("ﺇﻥ")));
        // The lam-alef ligature and the Allah ligature are their letters.
        assertEquals("لا", TextAnalyzer.norm("ﻻ"));
        assertEquals("عبدالله", TextAnalyzer.norm("عبدﷲ"));
        // Offsets still cut the surface out of the text users see, in its own characters.
        for (Row r : pf.mentions()) {
            assertEquals(r.getString("surface"), pf.articleList().get(0).text().substring(r.getInt("start"), r.getInt("end")));
        }
    }

    @Test
    void stackedProcliticsAreOneTermInEveryView() {
        Corpus c = of("دعا الوزير للتعاون وللتعاون وبالتعاون.");
        Table terms = c.terms();
        Table cooperation = terms.where(terms.stringColumn("surface").isIn("للتعاون", "وللتعاون", "وبالتعاون"));
        assertEquals(1, cooperation.rowCount(), terms.print());
        assertEquals(3, cooperation.intColumn("count").get(0));
        assertEquals(3, c.kwic("تعاون", 6).rowCount());
        assertEquals(3.0 / 5, c.matrix("تعاون").doubleColumn("تعاون").get(0), 1e-12);
        assertEquals(1, c.search("تعاون").rowCount());
        assertEquals(3, c.dispersion("تعاون").rowCount());
        // More stacks and single prepositions: باستثمارات and لاستثمارات fall in with استثمارات.
        Corpus s = of("أعلنت الشركة استثمارات جديدة، وترحب باستثمارات الصين ولاستثمارات روسيا دور.");
        Map<String, Integer> t = terms(s);
        assertEquals(3, t.get(TextAnalyzer.stem("استثمارات")), t.toString());
        assertEquals(3, s.kwic("استثمارات", 6).rowCount());
        assertEquals(3, s.dispersion("الاستثمارات").rowCount());
    }

    @Test
    void aWordWhoseFirstLetterBelongsToItIsNotSplit() {
        Corpus c = of("التقى الوزير مع وزير الخارجية. وزارة الخارجية أصدرت بيانا. زار الوزير المعرض.");
        Map<String, Integer> t = terms(c);
        // الوزير twice and وزير once: one term.
        assertEquals(3, t.get("وزير"), t.toString());
        assertTrue(!t.containsKey("زير"), t.toString());
        // The ministry and the verb "visited" are two terms.
        assertTrue(t.containsKey(TextAnalyzer.stem("وزارة")) && !TextAnalyzer.stem("وزارة").equals(TextAnalyzer.stem("زار")),
                t.toString());
        assertEquals(1, t.get("زار"), t.toString());
        // A rest that is no word of the corpus stays attached: بحثت is not ب + حثت.
        assertTrue(terms(of("بحثت اللجنة الأمر.")).containsKey("بحثت"));
        // Names of the built-in lexicons are never split: بكين is not ب + كين, even beside كين.
        Map<String, Integer> names = terms(of("وصل اللاعب كين إلى بكين."));
        assertEquals(1, names.get("بكين"), names.toString());
    }

    @Test
    void xiCountsTheSameInEveryViewOfTheSeeds() {
        Corpus seeds = Corpus.seeds();
        int kwic = seeds.kwic("شي", 6).rowCount();
        int dispersion = seeds.dispersion("شي").rowCount();
        double matrix = 0;
        Table m = seeds.matrix("شي");
        Table a = seeds.articles();
        for (int i = 0; i < m.rowCount(); i++) {
            matrix += m.doubleColumn("شي").get(i) * a.intColumn("tokens").get(i);
        }
        int terms = terms(seeds).get("شي");
        // 36: every شي token, and the two لشي of 002 and 003 (the old matrix gave 34).
        assertEquals(36, kwic);
        assertEquals(36, dispersion);
        assertEquals(36, Math.round(matrix));
        assertEquals(36, terms);
        int collocates = (int) seeds.collocations("شي", 5).intColumn("frequency").max();
        assertTrue(collocates > 0);
    }

    @Test
    void aDotBetweenLettersSplitsWordsInPresentationFormsAsInPlainText() {
        // د.موسى (a space left out after an abbreviation) is two words whatever block its letters are in.
        String plain = "التقى د.موسى بالوفد.";
        java.util.List<String> words = of(plain).tokens().stringColumn("stem").asList();
        assertEquals(words, of(WrittenVariants.presentationForms(plain)).tokens().stringColumn("stem").asList());
        assertTrue(words.size() >= 4, words.toString());
    }

    @Test
    void levantineAndIraqiMonthsWithOrWithoutTheArticle() {
        Corpus c = of("بغداد 20 تشرين ثاني 2019 - زار وفد عراقي دمشق.");
        assertEquals(LocalDate.of(2019, 11, 20), c.articleList().get(0).date());
        assertEquals("بغداد", c.articleList().get(0).dateline());
        String[][] cases = {
            {"دمشق 3 كانون ثاني 2020 - قال", "2020-01-03"},
            {"دمشق 3 كانون الأول 2020 - قال", "2020-12-03"},
            {"بيروت 14 تشرين أول 2021 - قال", "2021-10-14"},
            {"عمان 9 شباط (2) 2022 - قال", "2022-02-09"},
            {"بغداد 20 تشرين الثاني (11) 2019 - زار", "2019-11-20"},
            {"حلب 1 آذار/مارس 2018 - قال", "2018-03-01"},
            {"الموصل 30 حزيران 2017 - قال", "2017-06-30"},
            // Iraqi numbered forms, spaced and glued.
            {"بغداد 20 تشرين 2 2019 - قال", "2019-11-20"},
            {"البصرة 12 كانون 1 2019 - قال", "2019-12-12"},
            {"أربيل 5 تشرين1 2020 - قال", "2020-10-05"},
            {"كركوك 7 كانون 2 2021 - قال", "2021-01-07"},
        };
        for (String[] k : cases) {
            assertEquals(LocalDate.parse(k[1]), of(k[0] + " المسؤول إن الوضع مستقر.").articleList().get(0).date(), k[0]);
        }
        // A month number that is not the month's is no date.
        assertEquals(null, of("عمان 9 شباط (5) 2022 - قال المسؤول.").articleList().get(0).date());
    }

    @Test
    void aSemicolonSeparatedCsvFileIsRead(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("articles.csv");
        Files.writeString(csv, "titre;date;text\n\"خبر\";2022-03-05;\"قال الرئيس الصيني إن الصين تدعم التعاون؛ والتعاون مستمر.\"\n",
                StandardCharsets.UTF_8);
        Corpus c = Corpus.load(csv);
        assertEquals(1, c.size());
        assertEquals(LocalDate.of(2022, 3, 5), c.articleList().get(0).date());
        assertEquals("خبر", c.articleList().get(0).extra().get("titre"));
        Path tab = dir.resolve("tab.csv");
        Files.writeString(tab, "id\ttext\na\tنص عن الصين\n", StandardCharsets.UTF_8);
        assertEquals("a", Corpus.load(tab).articleList().get(0).id());
        // Given by the user, and named in the error when the text column is still not found.
        Path odd = dir.resolve("odd.csv");
        Files.writeString(odd, "a|b\n1|2\n", StandardCharsets.UTF_8);
        NewsTablesException e = org.junit.jupiter.api.Assertions.assertThrows(NewsTablesException.class,
                () -> Corpus.load(odd));
        assertTrue(e.getMessage().contains("separated by commas") && e.getMessage().contains("delimiter("), e.getMessage());
        Files.writeString(odd, "id|text\n1|نص عن الصين\n", StandardCharsets.UTF_8);
        assertEquals(1, Corpus.loader().delimiter('|').load(odd).size());
    }

    @Test
    void arabicMisDecodedBeforeWeReadItIsRepairedAndReported() {
        String original = "قال الرئيس الصيني شي جين بينغ إن الصين تدعم التعاون مع طاجيكستان.";
        byte[] utf8 = original.getBytes(StandardCharsets.UTF_8);
        for (String page : List.of("windows-1256", "windows-1252")) {
            String garbled = new String(utf8, Charset.forName(page));
            Corpus c = of(garbled);
            assertEquals(original, c.articleList().get(0).text(), page);
            assertEquals(Map.of("CN", 2, "TJ", 1, "Xi Jinping", 1), entities(c), page);
            assertEquals(1, c.problems().rowCount(), page);
            assertTrue(c.problems().getString(0, "problem").contains("mis-decoded") && c.problems().getString(0, "problem")
                    .contains("repaired"), c.problems().print());
        }
        // A byte already lost to U+FFFD cannot come back: the row says so, and the rest is repaired.
        String garbled = new String(utf8, Charset.forName("windows-1252"));
        int lost = garbled.indexOf("ØµÙŠÙ†") + 1;
        String broken = garbled.substring(0, lost) + '\uFFFD' + garbled.substring(lost + 1);
        Corpus b = of(broken);
        assertTrue(b.articleList().get(0).text().contains("طاجيكستان"), b.articleList().get(0).text());
        assertEquals(1, b.problems().rowCount(), b.problems().print());
        assertTrue(b.problems().getString(0, "problem").contains("1 character could not be recovered"),
                b.problems().print());
        // Correct Arabic, and text with a stray Ø, are left alone.
        assertEquals(0, of(original).problems().rowCount());
        assertEquals(0, of("Ørsted et Ålborg: قال الرئيس.").problems().rowCount());
    }
}

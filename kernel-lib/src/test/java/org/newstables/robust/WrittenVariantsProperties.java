package org.newstables.robust;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newstables.Corpus;
import org.newstables.WrittenVariants;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * For generated Arabic news text, the same text typed on a Persian keyboard or extracted from a
 * PDF in presentation forms gives the same terms, the same mentions (entity and sentence) and the
 * same date: one text model, every written variant of a word is that word.
 */
class WrittenVariantsProperties {

    /** A dateline, then sentences of names, clitic forms, ordinary words, digits and punctuation. */
    @Provide
    Arbitrary<String> article() {
        Arbitrary<String> dateline = Combinators.combine(
                Arbitraries.of("بكين", "القاهرة", "الرياض", "دمشق", "طشقند"),
                Arbitraries.integers().between(1, 28),
                Arbitraries.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "تشرين الثاني", "كانون الأول", "آب"),
                Arbitraries.integers().between(2010, 2025))
                .as((place, d, m, y) -> place + " " + d + " " + m + " " + y + " (شينخوا) ");
        Arbitrary<String> word = Arbitraries.of("الصين", "والصين", "للصين", "بالصين", "الصيني", "الصينية", "شي", "جين",
                "بينغ", "الرئيس", "وزير", "الوزير", "للوزير", "وزارة", "الخارجية", "كازاخستان", "وكازاخستان", "الكويت",
                "لبنان", "فرنسا", "التعاون", "للتعاون", "وللتعاون", "وبالتعاون", "تعاون", "استثمارات", "باستثمارات",
                "الاستثمارات", "قال", "وقال", "إن", "في", "على", "مع", "اليوم", "الثلاثاء", "كبيرة", "كبير", "الكبير",
                "بحثت", "لجنة", "اللجنة", "الاتفاق", "وأكد", "أكد", "ألقى", "إلى", "الله", "عبد", "الرحمن", "منظمة",
                "شانغهاي", "مصر", "المصري", "2021", "٢٠٢١", "ًّ", "،", ".", "(", ")", "\"", "-", "\n");
        Arbitrary<String> body = word.list().ofMinSize(3).ofMaxSize(60).map(ws -> String.join(" ", ws));
        return Combinators.combine(dateline, body).as((d, b) -> d + b + ".");
    }

    @Property(tries = 60)
    void persianKeyboardLettersGiveTheSameTables(@ForAll("article") String text) {
        assertSameTables(text, WrittenVariants.persian(text));
    }

    @Property(tries = 60)
    void presentationFormsGiveTheSameTables(@ForAll("article") String text) {
        assertSameTables(text, WrittenVariants.presentationForms(text));
    }

    @Example
    void isolatedHarakatInPresentationFormsAfterANameWord() {
        // What the presentation-forms property found: ًّ shaped is U+FE70 U+FE7C, a token that normalizes
        // to nothing, after عبد (the head of a compound name); finding people failed on it.
        String text = "بكين 1 يناير 2010 (شينخوا) الصين عبد ًّ.";
        assertSameTables(text, WrittenVariants.presentationForms(text));
    }

    @Example
    void theAlefMaksuraOfAPresentationFormStillTellsOnFromAli() {
        // على (on) and علي (Ali) normalize alike; the written ى tells them apart, also as ﻰ (U+FEF0).
        String text = "بكين 1 يناير 2010 (شينخوا) عبد على الصين.";
        assertSameTables(text, WrittenVariants.presentationForms(text));
    }

    private static void assertSameTables(String plain, String variant) {
        Corpus a = Corpus.from(Table.create("t", StringColumn.create("text", plain)));
        Corpus b = Corpus.from(Table.create("t", StringColumn.create("text", variant)));
        check("terms", terms(a), terms(b), plain, variant);
        check("mentions", mentions(a), mentions(b), plain, variant);
        LocalDate da = a.articleList().get(0).date();
        LocalDate db = b.articleList().get(0).date();
        if (!Objects.equals(da, db)) {
            throw new AssertionError("dates differ: " + da + " vs " + db + "\n" + plain + "\n" + variant);
        }
    }

    private static void check(String what, Object x, Object y, String plain, String variant) {
        if (!x.equals(y)) {
            throw new AssertionError(what + " differ:\n" + x + "\n" + y + "\n" + plain + "\n" + variant);
        }
    }

    private static Map<String, Integer> terms(Corpus c) {
        Map<String, Integer> out = new TreeMap<>();
        for (Row r : c.terms()) {
            out.merge(r.getString("term"), r.getInt("count"), Integer::sum);
        }
        return out;
    }

    private static List<String> mentions(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Row r : c.mentions()) {
            out.add(r.getString("entity") + "@" + r.getInt("sentence"));
        }
        for (Row r : c.themeMentions()) {
            out.add(r.getString("theme") + "@" + r.getInt("sentence"));
        }
        return out;
    }
}

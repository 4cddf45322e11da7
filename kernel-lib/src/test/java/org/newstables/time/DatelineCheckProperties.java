package org.newstables.time;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newstables.Corpus;
import org.newstables.WordsAndGaps;

/**
 * Datelines are read only from lines that may open with one (a digit, a bracket or a slash after
 * at most a place's words): that check may save only readings that find none, so a line must read
 * as it does without it.
 */
class DatelineCheckProperties {

    private static void sameAsWithoutCheck(String line) {
        String normalized = ArabicDates.normalize(line);
        var checked = Datelines.read(line, normalized);
        var reference = Datelines.readWithoutCheck(line, normalized);
        if (!checked.equals(reference)) {
            throw new AssertionError("'" + line + "': " + checked + " but without the check " + reference);
        }
    }

    /**
     * Lines shaped like datelines and like what is not one: places, countries, weekdays, agencies,
     * dates, offices between slashes, separators and prose, with every kind of white space and line
     * terminator, and letters outside the BMP.
     */
    @Provide
    Arbitrary<String> datelineShapedLines() {
        Arbitrary<String> word = Arbitraries.of("بكين", "أبو ظبي", "مدينة الكويت", "الصين", "الخميس", "الأحد", "يوم",
                "القاهرة", "نشر", "منذ", "شينخوا", "كونا", "أ ف ب", "رويترز", "وام", "المكتب الإعلامي", "الرئيسية",
                "الزاوية", "الإعلامية", "قال", "الوزير", "جين-بينغ", "الأكثر", "شعبية", "Beijing", "\uD83B\uDE00\uD83B\uDE01",
                "14", "2", "2021", "٢٠٢١", "يونيو", "حزيران/يونيو", "23 - 4", "9 يونيو 2017", "الأول", "من", "مارس");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "", "  ", "\t", "\u000B", "\f", "\u00A0", "\u2028", "\u0085",
                "\r", "\n", "، ", ",", " - ", "–", "/", " / ", "(", ")", " (", ") ", ":", ".", "|", "--");
        return WordsAndGaps.texts(word, gap, 14);
    }

    @Property(tries = 4000)
    void aLineReadsAsWithoutTheCheck(@ForAll("datelineShapedLines") String line) {
        sameAsWithoutCheck(line);
    }

    @Example
    void handMadeLinesReadAsWithoutTheCheck() {
        for (String line : List.of("الزاوية الإعلامية", "الأكثر شعبية", "بكين", "بكين ،", "بكين، الصين -", "بكين\u0085",
                "بكين\u2028", "بكين\n", "بكين\r\n", "الدوحة/المكتب الإعلامي/", "الدوحة/المكتب الإعلامي/ 09 مايو 2016/ تنعقد",
                "القاهرة (أ ف ب) - أعلنت الحكومة", "عمان، 4 مايو (رويترز) - قال", "أستانا 9 يونيو 2017 / التقى",
                "مدينة الكويت الجديدة ، دولة الكويت ، - الأربعاء", "بكين الخميس", "بكين - الخميس ،", "\uD83B\uDE00\uD83B\uDE01 2021",
                "مدينة الكويت الجديدة ، دولة الكويت ، - الأربعاء ، 2 يونيو 2021 (كونا) - أعلنت",
                "مدينة الكويت الجديدة ، دولة الكويت ، - يوم الأربعاء ، 2 يونيو 2021 (كونا) - أعلنت",
                // The date's digit 95 characters in, as far as a dateline's place may reach.
                "سانتياغودي كومبوستيلااا الاسبانيةالكبرى ، الجمهوريةالديمقراطية الشعبيةالاتحادية ، - الأربعاء ، 2 يونيو 2021"
                        + " (كونا) - أعلنت",
                "", " ", "،", "-")) {
            sameAsWithoutCheck(line);
        }
    }

    @Example
    void theSeedsLinesReadAsWithoutTheCheck() {
        for (String text : Corpus.seeds().articles().stringColumn("text")) {
            for (String line : text.split("\n")) {
                sameAsWithoutCheck(line);
            }
        }
    }
}

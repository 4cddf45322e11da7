package org.newstables.time;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newstables.Corpus;
import org.newstables.WordsAndGaps;

/**
 * The date finder tries a form only where what follows a word start is what the form reads next
 * (a month after a day, a day after a weekday): those checks may save only attempts that fail, so
 * it must find what trying every form at every word start finds.
 */
class DateFormChecksProperties {

    /** Days, weekdays, ordinals, months of each calendar and language, years, times, separators and prose words. */
    @Provide
    Arbitrary<String> dateDenseText() {
        Arbitrary<String> word = Arbitraries.of("الخميس", "السبت", "سبت", "الأحد", "احد", "الموافق", "14", "3", "31", "7",
                "2024", "1445", "20243", "19", "123", "12345678", "/", "-", ".", ":", "،", ",", "(", ")", "يناير",
                "سبتمبر", "سبتمبرر", "كانون الثاني", "ماي", "رمضان", "ربيع الثاني", "ذي الحجة", "الأول", "الاول", "الحادي",
                "عشر", "الحادي عشر", "فاتح", "من", "شهر", "عام", "العام", "سنه", "هـ", "ه", "م", "ص", "مساء", "الساعه",
                "11:38", "12/3/2024", "2024-03-12", "2024/3/12", "June", "june", "may", "9th", "1st", "of", "مليار",
                "دولار", "قال", "في", "كوفيد-19", "٢٠٢٤", "١٤", "\uD83B\uDE00\uD83B\uDE01\uD83B\uDE02\uD83B\uDE03", "بيروت");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", " / ", "، ");
        return WordsAndGaps.texts(word, gap, 20);
    }

    /**
     * Phrases shaped like the forms, each part drawn from what the form reads there and from what
     * it does not: [weekday [,] [الموافق]] day [من] [شهر] [/ -] month [, /] year [time], in prose.
     */
    @Provide
    Arbitrary<String> dateShapedText() {
        Arbitrary<String> weekday = Arbitraries.of("", "", "الخميس ", "الأحد، ", "السبت الموافق ", "جمعة,", "الاثنين - ");
        Arbitrary<String> day = Arbitraries.of("14", "3", "09", "31", "2024", "19", "123", "الأول", "الحادي عشر", "فاتح",
                "9th", "1st", "22nd", "3rd", "١٤");
        Arbitrary<String> between = Arbitraries.of("", " ", " من ", " من شهر ", " شهر ", "/", " / ", "-", " - ", ".", ":",
                " of ", ", ", "th of ", "،", "  ");
        Arbitrary<String> month = Arbitraries.of("يناير", "سبتمبر", "كانون الثاني", "ماي", "رمضان", "ذي الحجه", "ربيع الثاني",
                "june", "may", "June", "مليار", "دولار", "الماضي", "3", "12", "جانفييه", "اكتوبرر", "\uD83B\uDE00\uD83B\uDE01\uD83B\uDE02\uD83B\uDE03");
        Arbitrary<String> year = Arbitraries.of("", " 2024", "/2024", " ، 2023", ", 2019", "2024", " 1445", " 1445 هـ", "-12",
                ":05", " عام 2022", " 2024 م", "20243 دقائق", " ٢٠٢٤");
        Arbitrary<String> time = Arbitraries.of("", "", " - 11:38 ص", " الساعه 9:05", " 10.30 مساء");
        Arbitrary<String> prose = Arbitraries.of("", "قال الوزير ", "في ", "يوم ", "عام ", "العام ", "سنه ", "شهر ",
                "(", "نشر في: ");
        Arbitrary<String> phrase = Combinators.combine(prose, weekday, day, between, month, year, time)
                .as((p, w, d, b, m, y, t) -> p + w + d + b + m + y + t);
        // Numbers and separators alone: year first or last, with and without a weekday before them.
        Arbitrary<String> number = Arbitraries.of("2024", "1999", "1845", "14", "3", "123", "12345", "1445", "٢٠٢٤");
        Arbitrary<String> separator = Arbitraries.of("/", "-", ".", ":", " / ", " ", "،");
        Arbitrary<String> numeric = Combinators.combine(weekday, number, separator, number, separator, number, time)
                .as((w, a, s1, b, s2, c, t) -> w + a + s1 + b + s2 + c + t);
        // A day and a word of four to nine letters before a year: a misspelt month (ينير) or none.
        Arbitrary<String> slip = Combinators.combine(day, Arbitraries.of(" مارص", " ينير", "ينير", " ينايير", " سبتمبرررر",
                " قال", " مللللللللل", " \uD83B\uDE00\uD83B\uDE01\uD83B\uDE02\uD83B\uDE03"), year)
                .as((d, m, y) -> d + m + y);
        return Arbitraries.oneOf(phrase, numeric, slip).list().ofMinSize(1).ofMaxSize(4)
                .map(parts -> String.join(" ", parts));
    }

    @Property(tries = 3000)
    void theChecksLoseNoDateShapedLikeOne(@ForAll("dateShapedText") String text) {
        same(text);
        same(ArabicDates.normalize(text));
    }

    @Property(tries = 1500)
    void theChecksLoseNoDate(@ForAll("dateDenseText") String text) {
        same(text);
        same(ArabicDates.normalize(text));
    }

    @Example
    void eachCheckPassesTheDatesOfItsForm() {
        // One date per check and way through it: a weekday with a comma or الموافق, a day with من,
        // شهر or a slash before its month, a Hijri month, an English month after "of", a misspelt
        // month of four letters, a year first with a colon.
        for (String date : List.of("الأحد، 14 يناير 2024", "السبت الموافق 3 مارس 2024", "الخميس 2024/03/12",
                "الأول من شهر يناير 2024", "14 / يناير / 2024", "3 من رمضان 1445 هـ", "9th of june 2024",
                "14 ينير 2024", "2024:03:12", "الجمعة الحادي عشر من سبتمبر")) {
            String n = ArabicDates.normalize(date);
            if (ArabicDates.find(n).isEmpty()) {
                throw new AssertionError("no date in «" + n + "»");
            }
            same(n);
        }
    }

    @Example
    void theChecksLoseNoDateOfTheSeeds() {
        for (String text : Corpus.seeds().articles().stringColumn("text")) {
            for (String line : text.split("\n")) {
                same(ArabicDates.normalize(line));
            }
        }
    }

    private static void same(String s) {
        List<ArabicDates.Found> checked = ArabicDates.find(s);
        List<ArabicDates.Found> every = ArabicDates.findTryingEveryForm(s);
        if (!checked.equals(every)) {
            throw new AssertionError("«" + s + "»: " + checked + " against " + every);
        }
    }
}

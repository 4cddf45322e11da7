package org.newstables.robust;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newstables.Lexicon;
import org.newstables.lexicon.LexiconMatcher;
import org.newstables.text.AnalyzedText;
import org.newstables.text.TextAnalyzer;
import org.newstables.time.ArabicDates;
import org.newstables.WordsAndGaps;

/** Generated input for the matcher and the date parser: no exception, offsets in bounds, round trips. */
class MatcherAndDatesProperties {

    private static final LexiconMatcher MATCHER = Lexicon.entities().plus(Lexicon.themes()).matcher();

    /** Words that are aliases, parts of aliases, clitics and ordinary words, joined by spaces and punctuation. */
    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> word = Arbitraries.of("الصين", "والصين", "للصين", "بكين", "شي", "جين", "بينغ", "رحمن",
                "عبد", "الرحمن", "قاسم", "-", "جومارت", "توكاييف", "منظمة", "شانغهاي", "للتعاون", "الحزام", "والطريق",
                "الصيني", "القازاقية", "لـ", "وانغ", "يي", "الصحة", "العامة", "أمن", "التجارة", "الإلكترونية", "قال",
                "في", "،", ".", "\n", "(", ")", "\"", "ًّ", "2021", "٢٠٢١", "abc");
        return word.list().ofMaxSize(60).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 400)
    void matchesStayInsideTheTextAndNeverOverlap(@ForAll("newsLikeText") String text) {
        AnalyzedText t = TextAnalyzer.analyze(text);
        int lastEnd = 0;
        for (LexiconMatcher.Match m : MATCHER.match(t)) {
            if (m.start() < lastEnd || m.end() > text.length() || m.start() >= m.end()) {
                throw new AssertionError("bad span " + m.start() + ".." + m.end() + " in: " + text);
            }
            if (m.first() > m.last() || m.targets().isEmpty()) {
                throw new AssertionError("empty match in: " + text);
            }
            lastEnd = m.end();
        }
    }

    @Provide
    Arbitrary<String> writtenDate() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-20_000, 30_000)
                .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
        Arbitrary<String> locale = Arbitraries.of("ar", "ar-SY", "ar-MA", "ar-DZ");
        Arbitrary<Boolean> indic = Arbitraries.of(true, false);
        return Combinators.combine(dates, locale, indic).as((d, loc, ind) -> {
            String month = Month.of(d.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.forLanguageTag(loc));
            String s = d.getDayOfMonth() + " " + month + " " + d.getYear();
            return (ind ? toIndic(s) : s) + "|" + d;
        });
    }

    private static String toIndic(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return sb.toString();
    }

    @Property(tries = 400)
    void writtenDatesParseBackToTheirDay(@ForAll("writtenDate") String written) {
        String[] parts = written.split("\\|");
        LocalDate expected = LocalDate.parse(parts[1]);
        LocalDate parsed = ArabicDates.parse(parts[0]).map(ArabicDates.Found::date).orElse(null);
        if (!expected.equals(parsed)) {
            throw new AssertionError(parts[0] + " parsed as " + parsed + ", not " + expected);
        }
    }

    @Property(tries = 400)
    void theDateFinderNeverThrowsAndFindsOnlyRealDates(@ForAll("noise") String text) {
        List<ArabicDates.Found> found = ArabicDates.findAll(ArabicDates.normalize(text));
        for (ArabicDates.Found f : found) {
            if (f.date().getYear() < 1 || f.start() < 0 || f.end() < f.start()) {
                throw new AssertionError(f + " in " + text);
            }
        }
    }

    /** Weekdays, days, ordinals, months of both calendars, years, times and separators, with a few other words. */
    @Provide
    Arbitrary<String> dateDenseText() {
        Arbitrary<String> word = Arbitraries.of("الخميس", "السبت", "سبت", "الأحد", "14", "3", "31", "/", "-", "،",
                "يناير", "سبتمبر", "فبراير", "2024", "2023", "1445", "11:38", "ص", "مساء", "الأول", "الحادي", "عشر",
                "من", "شهر", "عام", "الموافق", "12/3/2024", "2024-03-12", "رمضان", "هـ", "June", "9th", "قال", "في");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "", "  ", "\n");
        return WordsAndGaps.texts(word, gap, 24);
    }

    @Property(tries = 600)
    void aDateAtAPlaceIsTheOneFindReadsThere(@ForAll("dateDenseText") String text) {
        // at() tries the forms only up to its place; it must answer as a search of the whole text does.
        String n = ArabicDates.normalize(text);
        List<ArabicDates.Found> all = ArabicDates.find(n);
        for (int from = 0; from <= n.length(); from++) {
            int at = from;
            java.util.Optional<ArabicDates.Found> expected = all.stream()
                    .filter(f -> f.start() == at && f.precision() == ArabicDates.Precision.DAY).findFirst();
            if (!expected.equals(ArabicDates.at(n, from))) {
                throw new AssertionError("at " + from + " of «" + n + "»: " + ArabicDates.at(n, from) + " against " + expected);
            }
        }
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("0123456789٠١٢٣٤٥٦٧٨٩ /-.:يونيوحزيرانشوالهـصم ".toCharArray())
                .ofMaxLength(80);
    }
}

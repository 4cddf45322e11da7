package org.newstables.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The calendar names kept in cldr-calendar-names.tsv are the running JDK's CLDR names, row for row. */
class CldrNamesTest {

    private static final String[] MONTH_LOCALES = {"ar", "ar-EG", "ar-SA", "ar-SY", "ar-LB", "ar-IQ", "ar-JO",
        "ar-MA", "ar-DZ", "ar-TN"};

    @Test
    void theFileHoldsWhatJavaTimeGivesForEachLocale() {
        List<String> expected = new ArrayList<>();
        for (String tag : MONTH_LOCALES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month month : Month.values()) {
                Set<String> names = new LinkedHashSet<>();
                names.add(month.getDisplayName(TextStyle.FULL, locale));
                names.add(month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
                names.forEach(n -> expected.add(row(CldrNames.MONTH, tag, month.getValue(), n)));
            }
        }
        DateTimeFormatter hijri = DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("ar-SA"))
                .withChronology(HijrahChronology.INSTANCE);
        for (int month = 1; month <= 12; month++) {
            expected.add(row(CldrNames.HIJRI_MONTH, "ar-SA", month, hijri.format(HijrahDate.of(1440, month, 1))));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            expected.add(row(CldrNames.WEEKDAY, "ar", day.getValue(),
                    day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("ar"))));
        }
        for (Month month : Month.values()) {
            expected.add(row(CldrNames.ENGLISH_MONTH, "en", month.getValue(), month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            expected.add(row(CldrNames.ENGLISH_MONTH, "en", month.getValue(), month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
        }
        List<String> kept = new ArrayList<>();
        for (String kind : List.of(CldrNames.MONTH, CldrNames.HIJRI_MONTH, CldrNames.WEEKDAY, CldrNames.ENGLISH_MONTH)) {
            CldrNames.of(kind).forEach(n -> kept.add(row(n.kind(), n.locale(), n.number(), n.name())));
        }
        assertEquals(String.join("\n", expected), String.join("\n", kept),
                "cldr-calendar-names.tsv differs from this JDK's CLDR (Java " + System.getProperty("java.version")
                        + "); its rows should now be:\n" + expected.stream().collect(Collectors.joining("\n")));
    }

    private static String row(String kind, String locale, int number, String name) {
        return kind + "\t" + locale + "\t" + number + "\t" + name;
    }
}

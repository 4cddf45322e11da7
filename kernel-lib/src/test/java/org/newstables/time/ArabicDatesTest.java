package org.newstables.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Date forms that Arabic news prints, one per phenomenon. */
class ArabicDatesTest {

    private static LocalDate first(String text) {
        List<ArabicDates.Found> found = ArabicDates.findAll(ArabicDates.normalize(text));
        assertTrue(!found.isEmpty(), "no date in: " + text);
        return found.get(0).date();
    }

    @Test
    void egyptianAndGulfMonthNames() {
        assertEquals(LocalDate.of(2017, 6, 9), first("أستانا 9 يونيو 2017 /"));
        assertEquals(LocalDate.of(2021, 4, 1), first("1 أبريل 2021"));
        assertEquals(LocalDate.of(2021, 4, 1), first("1 ابريل 2021"));
        assertEquals(LocalDate.of(2021, 4, 1), first("1 إبريل 2021"));
        assertEquals(LocalDate.of(2019, 6, 30), first("30 يونيه 2019"));
        assertEquals(LocalDate.of(2019, 7, 4), first("4 يوليه 2019"));
    }

    @Test
    void levantineMonthNames() {
        assertEquals(LocalDate.of(2021, 6, 2), first("دمشق في 2 حزيران 2021"));
        assertEquals(LocalDate.of(2020, 1, 15), first("15 كانون الثاني 2020"));
        assertEquals(LocalDate.of(2020, 12, 15), first("15 كانون الأول 2020"));
        assertEquals(LocalDate.of(2020, 8, 3), first("3 آب 2020"));
    }

    @Test
    void maghrebMonthNames() {
        assertEquals(LocalDate.of(2021, 6, 2), first("2 جوان 2021"));
        assertEquals(LocalDate.of(2021, 7, 14), first("14 جويلية 2021"));
        assertEquals(LocalDate.of(2021, 8, 20), first("20 غشت 2021"));
        assertEquals(LocalDate.of(2021, 5, 1), first("1 ماي 2021"));
    }

    @Test
    void combinedMonthForms() {
        assertEquals(LocalDate.of(2017, 6, 9), first("9 حزيران/يونيو 2017"));
        assertEquals(LocalDate.of(2022, 2, 25), first("25 فبراير/ شباط 2022"));
        assertEquals(LocalDate.of(2017, 6, 25), first("25 حزيران (يونيو) 2017"));
    }

    @Test
    void arabicIndicAndPersianDigits() {
        assertEquals(LocalDate.of(2021, 7, 17), first("السبت ١٧ يوليو ٢٠٢١م"));
        assertEquals(LocalDate.of(2021, 7, 17), first("۱۷ يوليو ۲۰۲۱"));
    }

    @Test
    void numericDatesAreDayFirstUnlessYearFirst() {
        assertEquals(LocalDate.of(2021, 6, 3), first("2021-06-03 03:46:49|arabic.news.cn"));
        assertEquals(LocalDate.of(2021, 6, 3), first("03/06/2021"));
        assertEquals(LocalDate.of(2021, 6, 3), first("03.06.2021"));
        assertEquals(LocalDate.of(2021, 6, 3), first("تاريخ النشر : 2021/06/03"));
    }

    @Test
    void timesWithAmPmMarkers() {
        ArabicDates.Found f = ArabicDates.findAll(ArabicDates.normalize("2021-06-03 03:46:49")).get(0);
        assertEquals(LocalTime.of(3, 46, 49), f.time());
        ArabicDates.Found pm = ArabicDates.findAll(ArabicDates.normalize("الخميس، 09 مارس 2023 - 07:15 م")).get(0);
        assertEquals(LocalDate.of(2023, 3, 9), pm.date());
        assertEquals(LocalTime.of(19, 15), pm.time());
        ArabicDates.Found am = ArabicDates.findAll(ArabicDates.normalize("03/06/2021 10:30 ص")).get(0);
        assertEquals(LocalTime.of(10, 30), am.time());
    }

    @Test
    void hijriDatesAreConvertedWithUmmAlQura() {
        // 21 Shawwal 1442 is 2 June 2021 in the Umm al-Qura calendar (java.time's HijrahChronology).
        assertEquals(LocalDate.of(2021, 6, 2), first("21 شوال 1442 هـ"));
        assertEquals(LocalDate.of(2021, 7, 20), first("10 ذي الحجة 1442 هـ"));
    }

    @Test
    void invalidDatesAreNotDates() {
        assertTrue(ArabicDates.findAll(ArabicDates.normalize("31 فبراير 2021")).isEmpty());
        // A year alone is a date of year precision only: no day.
        assertEquals(List.of(ArabicDates.Precision.YEAR), ArabicDates.findAll(ArabicDates.normalize("عام 2030")).stream()
                .map(ArabicDates.Found::precision).toList());
        assertTrue(ArabicDates.findAll(ArabicDates.normalize("مارس الرئيس ضغطا")).isEmpty());
        assertTrue(ArabicDates.findAll(ArabicDates.normalize("")).isEmpty());
    }

    @Test
    void parseAcceptsOneDateAndNothingElse() {
        assertEquals(LocalDate.of(2021, 6, 3), ArabicDates.parse("2021-06-03").orElseThrow().date());
        assertEquals(LocalTime.of(3, 46), ArabicDates.parse("2021-06-03T03:46").orElseThrow().time());
        assertEquals(LocalDate.of(2017, 6, 9), ArabicDates.parse("9 يونيو 2017").orElseThrow().date());
        assertTrue(ArabicDates.parse("June 9th").isEmpty());
        assertTrue(ArabicDates.parse("2021-13-01").isEmpty());
        assertTrue(ArabicDates.parse("2021-06-03 and 2021-06-04").isEmpty());
    }

    @Test
    void isoDaysAreReadAsJavaTimeReadsThem() {
        // parse() reads yyyy-mm-dd without java.time's formatter: every month and day number, valid
        // or not (00, 13, 02-29 in common and leap years, 31 in 30-day months), in ASCII and in
        // Arabic-Indic digits, must give what LocalDate.parse gives.
        for (int year : new int[] {0, 1900, 2000, 2023, 2024, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String iso = String.format("%04d-%02d-%02d", year, month, day);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(iso);
                    } catch (java.time.format.DateTimeParseException e) {
                        expected = null;
                    }
                    StringBuilder arabicIndic = new StringBuilder();
                    iso.chars().forEach(c -> arabicIndic.append(c == '-' ? '-' : (char) ('\u0660' + c - '0')));
                    for (String value : List.of(iso, arabicIndic.toString(), " " + iso)) {
                        assertEquals(expected, ArabicDates.parse(value).map(ArabicDates.Found::date).orElse(null), value);
                    }
                }
            }
        }
        ArabicDates.Found f = ArabicDates.parse("2024-02-29").orElseThrow();
        assertEquals(List.of(ArabicDates.Form.NUMERIC, ArabicDates.Precision.DAY, ArabicDates.Calendar.GREGORIAN, 0, 10),
                List.of(f.form(), f.precision(), f.calendar(), f.start(), f.end()));
        assertEquals(null, f.time());
        assertTrue(ArabicDates.parse("2024-2-29").isPresent(), "not ISO: read as any numeric date");
        assertTrue(ArabicDates.parse("2024-02-2x").isEmpty());
    }
}

package org.newstables.time;

import java.util.List;
import org.newstables.common.ResourceLines;

/**
 * The Arabic month, Hijri month and weekday names and the English month names of the Unicode CLDR that {@link ArabicDates}
 * recognises, read from {@code cldr-calendar-names.tsv}: java.time's own names for the locales
 * listed there, copied so that a fresh JVM does not load CLDR's data for ten locales (100–130 ms
 * of its first table). {@code CldrNamesTest} compares the file with the running JDK's CLDR.
 */
final class CldrNames {

    /** Gregorian month names, locale by locale: {@code month ar-SY 1 كانون الثاني}. */
    static final String MONTH = "month";
    /** Hijri (Umm al-Qura) month names of {@code ar-SA}. */
    static final String HIJRI_MONTH = "hijri-month";
    /** English month names, full and abbreviated ({@code en}: January, Jan), for dates quoted from English. */
    static final String ENGLISH_MONTH = "english-month";
    /** Weekday names of {@code ar}, Monday 1 to Sunday 7 (ISO-8601, as {@link java.time.DayOfWeek}). */
    static final String WEEKDAY = "weekday";

    /** One name: its kind, its CLDR locale, its number (month 1–12, weekday 1–7) and the name as CLDR writes it. */
    record Name(String kind, String locale, int number, String name) {
    }

    private static final List<Name> ALL = ResourceLines.of(CldrNames.class, "cldr-calendar-names.tsv").stream()
            .map(line -> {
                String[] f = line.split("\t");
                return new Name(f[0], f[1], Integer.parseInt(f[2]), f[3]);
            })
            .toList();

    private CldrNames() {
    }

    /** The names of one kind, in the file's order (locale by locale, number by number). */
    static List<Name> of(String kind) {
        return ALL.stream().filter(n -> n.kind().equals(kind)).toList();
    }
}

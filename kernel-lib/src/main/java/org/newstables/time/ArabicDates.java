package org.newstables.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds calendar dates written the ways Arabic news prints them.
 *
 * <p>Month and weekday names come from the JDK's CLDR data for the Arabic locales, which cover
 * the three month sets in use: the Egyptian and Gulf names ({@code ar}: يناير … يونيو …), the
 * Levantine and Iraqi names ({@code ar-SY}: كانون الثاني … حزيران …) and the Maghreb names
 * ({@code ar-MA}: ماي، يوليوز، غشت …; {@code ar-DZ}: جانفي، جوان، جويلية …). Hijri month names
 * come from the {@code ar-SA} locale with {@link HijrahChronology} (Umm al-Qura), which also
 * converts Hijri dates. CLDR lacks a few spellings that news sites use (يونيه، يوليه، يونية، الثلثاء)
 * and the combined forms (حزيران/يونيو، يونيو (حزيران)); those are added here.
 *
 * <p>Recognised forms, with Arabic-Indic, Persian or Latin digits:
 * <ul>
 *   <li>{@code 9 يونيو 2017}, {@code 9 حزيران/يونيو 2017}, {@code 25 حزيران (يونيو) 2017},
 *       {@code الجمعة، 09 يونيو 2017م};</li>
 *   <li>{@code 2021-06-03 03:46:49}, {@code 2021/06/03}, {@code 03/06/2021} and
 *       {@code 03.06.2021} (day first, as Arabic sites print it), with an optional time and
 *       ص/م (am/pm);</li>
 *   <li>{@code 22 شوال 1442 هـ} (Hijri), converted to the Gregorian date.</li>
 * </ul>
 * Matching runs on a normalized copy of the text ({@link #normalize}), by the library's one
 * normalization ({@link org.newstables.text.TextNormalizer}), so month and weekday names typed on a
 * Persian keyboard or in presentation forms are found as well.
 *
 * <p>Hand-written: java.time parses one pattern in one locale at a time and neither knows the
 * variant spellings nor finds dates inside running text.
 */
public final class ArabicDates {

    private static final Map<String, Integer> MONTHS = monthNames();
    private static final Map<String, Integer> HIJRI_MONTHS = hijriMonthNames();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();

    private static final String MONTH = alternation(MONTHS.keySet());
    private static final String HIJRI_MONTH = alternation(HIJRI_MONTHS.keySet());
    private static final String WEEKDAY = alternation(WEEKDAYS.keySet());

    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";
    private static final String TIME =
            "(?:\\s*(?:-|،|,|الساعه)?\\s*(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?"
                    + "(?:\\s*(?<ampm>ص|م|صباحا|مساء|ظهرا|am|pm|AM|PM)" + NOT_BEFORE_WORD + ")?)?";

    /** A month's number written after its name: {@code تشرين الثاني (11)}, {@code شباط/2/}. */
    private static final String MONTH_NUMBER = "(?:\\s*[/\\-(]\\s*(?<mn>\\d{1,2})\\s*\\)?)?";

    /** {@code 9 يونيو 2017}, {@code 9 حزيران/يونيو 2017}, {@code 25 حزيران (يونيو) 2017}, {@code 20 تشرين ثاني (11) 2019}. */
    private static final Pattern NAMED = Pattern.compile(NOT_AFTER_WORD
            + "(?<d>\\d{1,2})\\s*(?:من\\s+)?(?<m>" + MONTH + ")"
            + "(?:\\s*[/\\-(]\\s*(?<m2>" + MONTH + ")\\s*\\)?)?" + MONTH_NUMBER
            + "\\s*[/\\-]?"
            + "\\s*[,،]?\\s*(?<y>\\d{4})(?:\\s*م" + NOT_BEFORE_WORD + ")?" + NOT_BEFORE_WORD
            + TIME);

    /** A named day and month without a year, as in wire datelines: {@code عمان، 4 مايو (رويترز)}. */
    private static final Pattern NAMED_NO_YEAR = Pattern.compile(NOT_AFTER_WORD
            + "(?<d>\\d{1,2})\\s*(?<m>" + MONTH + ")"
            + "(?:\\s*[/\\-(]\\s*(?<m2>" + MONTH + ")\\s*\\)?)?" + NOT_BEFORE_WORD);

    private static final Pattern YMD = Pattern.compile(NOT_AFTER_WORD
            + "(?<y>\\d{4})[-/.](?<mo>\\d{1,2})[-/.](?<d>\\d{1,2})" + NOT_BEFORE_WORD
            + "(?:[ T]|\\s+-\\s+)?" + TIME);

    private static final Pattern DMY = Pattern.compile(NOT_AFTER_WORD
            + "(?<d>\\d{1,2})[/.](?<mo>\\d{1,2})[/.](?<y>\\d{4})" + NOT_BEFORE_WORD + TIME);

    private static final Pattern HIJRI = Pattern.compile(NOT_AFTER_WORD
            + "(?<d>\\d{1,2})\\s*(?<m>" + HIJRI_MONTH + ")\\s*(?<y>1[3-5]\\d\\d)\\s*(?:ه|هجري|هجريه)?"
            + NOT_BEFORE_WORD);

    private static final Pattern WEEKDAY_REFERENCE = Pattern.compile(NOT_AFTER_WORD
            + "(?<rel>اليوم|يوم|امس|مساء|صباح|ليله|فجر)\\s*[(/]?\\s*(?<wd>" + WEEKDAY + ")\\s*[)/]?"
            + NOT_BEFORE_WORD);

    private ArabicDates() {
    }

    /** How a date was written. */
    public enum Form {
        /** Day, month name and year. */
        NAMED,
        /** Day and month name without a year. */
        NAMED_NO_YEAR,
        /** Numeric, year first or day first. */
        NUMERIC,
        /** A Hijri date, converted to the Gregorian calendar. */
        HIJRI
    }

    /**
     * A date found in a normalized text.
     *
     * @param date  the calendar date; for {@link Form#NAMED_NO_YEAR} its year is a placeholder
     *              (2000) to be replaced with {@link #inYearBefore}
     * @param time  the time of day, when one was written next to the date
     * @param form  how it was written
     * @param start start offset in the normalized text
     * @param end   end offset in the normalized text
     */
    public record Found(LocalDate date, LocalTime time, Form form, int start, int end) {

        /** The date and time, or the date at midnight when no time was written. */
        public LocalDateTime dateTime() {
            return time == null ? date.atStartOfDay() : date.atTime(time);
        }

        /** For a date written without a year: the latest such day on or before {@code reference}. */
        public LocalDate inYearBefore(LocalDate reference) {
            LocalDate candidate = date.withYear(reference.getYear());
            return candidate.isAfter(reference) ? candidate.minusYears(1) : candidate;
        }
    }

    /**
     * Normalizes text for date matching with the one normalization of the library
     * ({@link org.newstables.text.TextNormalizer}: compatibility and presentation forms, Persian
     * letters, digits to ASCII, hamza forms, alef maksura, teh marbuta, harakat, bidi marks), white
     * space collapsed to single spaces. Words keep their order and count, so the n-th word of the
     * result is the n-th of the input.
     */
    public static String normalize(String text) {
        // The one normalization (org.newstables.text.TextNormalizer), then white space collapsed.
        String n = org.newstables.text.TextNormalizer.word(text);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The white space that separates words here: that of the regular expression {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Every complete date (with a year) in {@code normalized}, in text order; where two forms
     * overlap, the longer one wins.
     *
     * @param normalized text already passed through {@link #normalize}
     */
    public static List<Found> findAll(String normalized) {
        List<Found> found = new ArrayList<>();
        collect(NAMED, normalized, Form.NAMED, found);
        collect(YMD, normalized, Form.NUMERIC, found);
        collect(DMY, normalized, Form.NUMERIC, found);
        collect(HIJRI, normalized, Form.HIJRI, found);
        found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Found f : found) {
            if (f.start() >= lastEnd) {
                kept.add(f);
                lastEnd = f.end();
            }
        }
        return kept;
    }

    /**
     * A date that starts exactly at {@code from} in {@code normalized}: a complete date, or
     * a day and month without a year.
     */
    public static Optional<Found> at(String normalized, int from) {
        for (Found f : findAll(normalized)) {
            if (f.start() == from) {
                return Optional.of(f);
            }
        }
        Matcher m = NAMED_NO_YEAR.matcher(normalized);
        if (m.find(from) && m.start() == from) {
            return toDate(m, Form.NAMED_NO_YEAR);
        }
        return Optional.empty();
    }

    /** The first reference to a weekday such as {@code يوم الثلاثاء} or {@code اليوم (الأربعاء)}. */
    public static Optional<DayOfWeek> weekdayReference(String normalized) {
        // Most leads name no weekday: a plain search for the names first spares them the regular expression.
        boolean named = false;
        for (String day : WEEKDAYS.keySet()) {
            if (normalized.contains(day)) {
                named = true;
                break;
            }
        }
        if (!named) {
            return Optional.empty();
        }
        Matcher m = WEEKDAY_REFERENCE.matcher(normalized);
        return m.find() ? Optional.of(WEEKDAYS.get(m.group("wd"))) : Optional.empty();
    }

    /** The regular expression (on normalized text) of a weekday name. */
    public static String weekdayPattern() {
        return WEEKDAY;
    }

    /** The latest date on or before {@code reference} that falls on {@code day}. */
    public static LocalDate latest(DayOfWeek day, LocalDate reference) {
        int back = (reference.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        return reference.minusDays(back);
    }

    /**
     * Parses a date or date-time written on its own, as in a metadata file: ISO
     * ({@code 2021-06-03}, {@code 2021-06-03 03:46:49}, {@code 2021-06-03T03:46}) or any form
     * {@link #findAll} knows.
     *
     * @return the parsed value, or empty when {@code value} is not one date
     */
    public static Optional<Found> parse(String value) {
        String normalized = normalize(value);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        // ISO's T between date and time (lower-cased by the normalization).
        normalized = normalized.replaceAll("(?<=\\d)t(?=\\d)", " ");
        List<Found> all = findAll(normalized);
        if (all.size() != 1) {
            return Optional.empty();
        }
        Found f = all.get(0);
        String rest = (normalized.substring(0, f.start()) + normalized.substring(f.end()))
                .replaceAll(WEEKDAY + "|[\\s,،\\-]|Z", "");
        return rest.isEmpty() ? Optional.of(f) : Optional.empty();
    }

    private static void collect(Pattern p, String text, Form form, List<Found> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            toDate(m, form).ifPresent(into::add);
        }
    }

    private static Optional<Found> toDate(Matcher m, Form form) {
        try {
            int day = Integer.parseInt(m.group("d"));
            LocalDate date;
            switch (form) {
                case NAMED, NAMED_NO_YEAR -> {
                    int month = MONTHS.get(m.group("m"));
                    if (form == Form.NAMED && m.group("mn") != null && Integer.parseInt(m.group("mn")) != month) {
                        return Optional.empty();
                    }
                    int year = form == Form.NAMED ? Integer.parseInt(m.group("y")) : 2000;
                    date = LocalDate.of(year, month, day);
                }
                case HIJRI -> {
                    int month = HIJRI_MONTHS.get(m.group("m"));
                    date = LocalDate.from(HijrahDate.of(Integer.parseInt(m.group("y")), month, day));
                }
                default -> date = LocalDate.of(Integer.parseInt(m.group("y")),
                        Integer.parseInt(m.group("mo")), day);
            }
            // Only the named and numeric forms with a year have a time group.
            LocalTime time = form == Form.NAMED || form == Form.NUMERIC ? time(m) : null;
            return Optional.of(new Found(date, time, form, m.start(), trimmedEnd(m)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int trimmedEnd(Matcher m) {
        int end = m.end();
        CharSequence s = m.group();
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
            end--;
        }
        return end;
    }

    private static LocalTime time(Matcher m) {
        if (m.group("h") == null) {
            return null;
        }
        int hour = Integer.parseInt(m.group("h"));
        int minute = Integer.parseInt(m.group("mi"));
        int second = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        String ampm = m.group("ampm");
        if (ampm != null && hour <= 12) {
            boolean pm = ampm.equals("م") || ampm.equals("مساء") || ampm.equalsIgnoreCase("pm")
                    || (ampm.equals("ظهرا") && hour < 11);
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
        }
        try {
            return LocalTime.of(hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new LinkedHashMap<>();
        String[] locales = {"ar", "ar-EG", "ar-SA", "ar-SY", "ar-LB", "ar-IQ", "ar-JO", "ar-MA",
            "ar-DZ", "ar-TN"};
        for (String tag : locales) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month month : Month.values()) {
                names.putIfAbsent(normalize(month.getDisplayName(TextStyle.FULL, locale)), month.getValue());
                names.putIfAbsent(normalize(month.getDisplayName(TextStyle.FULL_STANDALONE, locale)),
                        month.getValue());
            }
        }
        // The Levantine and Iraqi names of the months that come in pairs, also without the article
        // (تشرين ثاني، كانون أول), as people write them.
        String[][] levantine = {{"تشرين اول", "10"}, {"تشرين ثاني", "11"}, {"كانون اول", "12"}, {"كانون ثاني", "1"},
            {"تشرين الاول", "10"}, {"تشرين الثاني", "11"}, {"كانون الاول", "12"}, {"كانون الثاني", "1"}};
        for (String[] v : levantine) {
            names.putIfAbsent(normalize(v[0]), Integer.parseInt(v[1]));
        }
        // Spellings that news sites print and CLDR lacks.
        String[][] variants = {{"يونيه", "6"}, {"يونية", "6"}, {"يوليه", "7"}, {"يولية", "7"},
            {"اغسطس", "8"}, {"أغشت", "8"}, {"سبتمبر", "9"}, {"نوفمبر", "11"}, {"ديسمبر", "12"},
            {"مايو", "5"}, {"ابريل", "4"}, {"إبريل", "4"}};
        for (String[] v : variants) {
            names.putIfAbsent(normalize(v[0]), Integer.parseInt(v[1]));
        }
        return names;
    }

    private static Map<String, Integer> hijriMonthNames() {
        Map<String, Integer> names = new LinkedHashMap<>();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("ar-SA"))
                .withChronology(HijrahChronology.INSTANCE);
        for (int month = 1; month <= 12; month++) {
            HijrahDate d = HijrahDate.of(1440, month, 1);
            String name = normalize(f.format(d));
            names.put(name, d.get(ChronoField.MONTH_OF_YEAR));
            // After a preposition ذو becomes ذي; المحرم and ربيع الثاني / جمادى الثانية are common too.
            if (name.startsWith("ذو ")) {
                names.put("ذي" + name.substring(2), month);
            }
        }
        names.put(normalize("المحرم"), 1);
        names.put(normalize("ربيع الثاني"), 4);
        names.put(normalize("جمادى الأول"), 5);
        names.put(normalize("جمادى الثانية"), 6);
        names.put(normalize("جمادى الثاني"), 6);
        return names;
    }

    private static Map<String, DayOfWeek> weekdayNames() {
        Map<String, DayOfWeek> names = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = normalize(day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("ar")));
            names.put(name, day);
            if (name.startsWith("ال")) {
                names.put(name.substring(2), day);
            }
        }
        names.put(normalize("الثلثاء"), DayOfWeek.TUESDAY);
        names.put(normalize("الإثنين"), DayOfWeek.MONDAY);
        return names;
    }

    /** Longest first, so that كانون الثاني is tried before a shorter name it starts with. */
    private static String alternation(java.util.Collection<String> names) {
        return names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}

package org.newstables.time;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
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
import org.newstables.common.Patterns;
import org.newstables.text.Clitics;
import org.newstables.text.TextNormalizer;

/**
 * Finds calendar dates written the ways Arabic news prints them, in normalized text
 * ({@link TextNormalizer}, so Persian keyboards, presentation forms and Arabic-Indic digits are
 * covered).
 *
 * <p>Month and weekday names come from the Unicode CLDR's data for the Arabic locales (as java.time
 * gives them, kept in {@code cldr-calendar-names.tsv}, {@link CldrNames}): the Egyptian
 * and Gulf names ({@code ar}: يناير …), the Levantine and Iraqi ones ({@code ar-SY}: كانون الثاني …),
 * the Moroccan ({@code ar-MA}: ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) and the Algerian and Tunisian
 * ({@code ar-DZ}: جانفي، فيفري، أفريل، جوان، جويلية، أوت), and English for dates quoted from English
 * (tweets, captions). Hijri months come from {@code ar-SA} with {@link HijrahChronology} (Umm
 * al-Qura), which converts them. Spellings CLDR lacks are added here: يونيه، يوليه، تشرين ثاني
 * (without the article), and a one-letter slip in a month name written between a day and a year
 * (أكتوير).
 *
 * <p>Recognised forms, each with an optional weekday before it and time after it:
 * <ul>
 *   <li>named: {@code 9 يونيو 2017}, {@code 9 حزيران/يونيو 2017}, {@code 25 حزيران (يونيو) 2017},
 *       {@code 14/يناير/2024}, {@code 14 أكتوبر2015}, {@code 20 تشرين ثاني (11) 2019};</li>
 *   <li>ordinal days: {@code التاسع من سبتمبر 2025}, {@code أول مارس 2016}, {@code فاتح مايو};</li>
 *   <li>numeric: {@code 2021-06-03 03:46:49}, {@code 2019:03:11.14:25}, {@code 03/06/2021},
 *       {@code 10-11-2023}, {@code 3 / 9 / 1436ه} (Hijri by its year or its ه), {@code 3/27/20243
 *       دقائق قراءة} (a year glued to a reading time); day and month in the order the page uses,
 *       flagged when both are 12 or less ({@link Found#ambiguousOrder});</li>
 *   <li>glued: {@code 9101433ه} and {@code 2782012م} (day, month and year without separators);</li>
 *   <li>English: {@code May 19, 2023}, {@code 19 May 2023};</li>
 *   <li>Hijri named: {@code 22 شوال 1442 هـ};</li>
 *   <li>a day and month without a year ({@code 4 مايو}), a month and year ({@code مارس 2016}), and a
 *       year after عام or سنة ({@code عام 2014}), at their precision.</li>
 * </ul>
 *
 * <p>Hand-written: java.time parses one pattern in one locale at a time, and neither knows the
 * variant spellings nor finds dates inside running text. Calendars, month names and weekday
 * arithmetic are java.time's.
 */
public final class ArabicDates {

    private static final Map<String, Integer> MONTHS = monthNames();
    private static final Map<String, Integer> ENGLISH_MONTHS = englishMonths();
    private static final Map<String, Integer> HIJRI_MONTHS = hijriMonthNames();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();
    private static final Map<String, Integer> ORDINALS = ordinals();
    /** The words ordinal days are made of, for finding where one may be. */
    private static final java.util.Set<String> ORDINAL_WORDS = ORDINALS.keySet().stream()
            .flatMap(o -> java.util.Arrays.stream(o.split(" "))).collect(Collectors.toSet());


    private static final String MONTH = alternation(MONTHS.keySet());
    private static final String ENGLISH_MONTH = alternation(ENGLISH_MONTHS.keySet());
    private static final String HIJRI_MONTH = alternation(HIJRI_MONTHS.keySet());
    private static final String WEEKDAY = alternation(WEEKDAYS.keySet());
    private static final String ORDINAL = alternation(ORDINALS.keySet());

    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";
    /** A weekday named just before a date: {@code الخميس، 14 نوفمبر}. */
    private static final String WEEKDAY_BEFORE = "(?:(?<wd>" + WEEKDAY + ")\\s*[,،]?\\s*(?:الموافق\\s*)?)?";
    private static final String TIME =
            "(?:\\s*(?:-|–|،|,|\\.|\\||الساعه|ساعه|في تمام الساعه|على الساعه)?\\s*(?<h>\\d{1,2})[:.](?<mi>\\d{2})"
                    + "(?::(?<s>\\d{2}))?(?:\\s*(?<ampm>ص|م|صباحا|مساء|ظهرا|am|pm)" + NOT_BEFORE_WORD + ")?)?";
    /** A four-digit year, or one glued to a reading time that follows it ({@code 20243 دقائق}). */
    private static final String YEAR = "(?<y>\\d{4})(?:(?!\\d)|(?=\\d{1,2}\\s*(?:دقائق|دقيقه|دقيقتين|ثواني|ساعات|ساعه|min)))";
    private static final String MONTH_NUMBER = "(?:\\s*[/\\-(]\\s*(?<mn>\\d{1,2})\\s*\\)?)?";
    private static final String SECOND_MONTH = "(?:\\s*[/\\-(]\\s*(?<m2>" + MONTH + ")\\s*\\)?)?";

    private static final Pattern NAMED = Pattern.compile(NOT_AFTER_WORD + WEEKDAY_BEFORE
            + "(?:(?<d>\\d{1,2})|(?<od>" + ORDINAL + "))\\s*(?:من\\s+)?(?:شهر\\s+)?[/\\-]?\\s*(?<m>" + MONTH + ")"
            + SECOND_MONTH + MONTH_NUMBER + "\\s*[/\\-]?\\s*[,،]?\\s*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?" + YEAR
            + "(?:\\s*م" + NOT_BEFORE_WORD + ")?" + TIME);
    /**
     * Any word of four to nine code points of the Arabic script (letters, and marks and Arabic-Indic
     * digits too) between a day and a year: tried as a month name with one slip.
     */
    private static final Pattern NAMED_SLIP = Pattern.compile(NOT_AFTER_WORD + WEEKDAY_BEFORE
            + "(?<d>\\d{1,2})\\s*(?<mw>\\p{IsArabic}{4,9})\\s*[,،]?\\s*" + YEAR + TIME);
    private static final Pattern NAMED_NO_YEAR = Pattern.compile(NOT_AFTER_WORD + WEEKDAY_BEFORE
            + "(?:(?<d>\\d{1,2})|(?<od>" + ORDINAL + "))\\s*(?:من\\s+)?(?:شهر\\s+)?(?<m>" + MONTH + ")"
            + SECOND_MONTH + NOT_BEFORE_WORD);
    /** A month and year not after a day (an impossible day, 31 فبراير, is no month either). */
    private static final Pattern MONTH_YEAR = Pattern.compile(NOT_AFTER_WORD + "(?<!\\d\\s)(?<!\\d\\s\\s)(?<!\\d)"
            + "(?:شهر\\s+)?(?<m>" + MONTH + ")"
            + SECOND_MONTH + "\\s*[,،]?\\s*(?:من\\s+)?(?:عام\\s+|سنه\\s+|العام\\s+)?" + YEAR);
    private static final Pattern YEAR_ONLY = Pattern.compile(NOT_AFTER_WORD
            + "(?:عام|العام|لعام|بعام|سنه|السنه|لسنه)\\s+(?<y>(?:19|20)\\d{2})" + NOT_BEFORE_WORD);
    private static final Pattern ENGLISH = Pattern.compile(NOT_AFTER_WORD + "(?:(?<m>" + ENGLISH_MONTH
            + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(?<y>\\d{4})|(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(?<m2>"
            + ENGLISH_MONTH + ")\\.?,?\\s+(?<y2>\\d{4}))" + NOT_BEFORE_WORD);
    private static final Pattern YMD = Pattern.compile(NOT_AFTER_WORD + WEEKDAY_BEFORE
            + "(?<y>(?:19|20)\\d{2})\\s*(?<sep>[-/.:])\\s*(?<mo>\\d{1,2})\\s*\\k<sep>\\s*(?<d>\\d{1,2})(?!\\d)"
            + "(?:[ T]|\\s+-\\s+)?" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(NOT_AFTER_WORD + WEEKDAY_BEFORE
            + "(?<a>\\d{1,2})\\s*(?<sep>[/.\\-])\\s*(?<b>\\d{1,2})\\s*\\k<sep>\\s*" + YEAR
            + "(?:\\s*(?<cal>ه|هـ|م)" + NOT_BEFORE_WORD + ")?" + TIME);
    private static final Pattern GLUED = Pattern.compile(NOT_AFTER_WORD + WEEKDAY_BEFORE
            + "(?<g>\\d{5,8})\\s*(?<cal>ه|هـ|م)" + NOT_BEFORE_WORD);
    private static final Pattern HIJRI = Pattern.compile(NOT_AFTER_WORD + WEEKDAY_BEFORE
            + "(?<d>\\d{1,2})\\s*(?:من\\s+)?(?<m>" + HIJRI_MONTH + ")\\s*(?<y>1[3-5]\\d\\d)\\s*(?:ه|هجري|هجريه)?"
            + NOT_BEFORE_WORD);

    private ArabicDates() {
    }

    /** How a date was written. */
    public enum Form {
        /** Day (a number or an ordinal word), month name and year. */
        NAMED,
        /** Day and month name without a year. */
        NAMED_NO_YEAR,
        /** Numeric, year first or day/month first. */
        NUMERIC,
        /** Day, month and year written without separators, with ه or م after them. */
        GLUED,
        /** An English date. */
        ENGLISH,
        /** A Hijri date with a month name. */
        HIJRI,
        /** A month and a year. */
        MONTH_YEAR,
        /** A year after عام or سنة. */
        YEAR
    }

    /** How precisely a date is known. */
    public enum Precision {
        /** A day. */
        DAY,
        /** A week (الأسبوع الماضي). */
        WEEK,
        /** A month. */
        MONTH,
        /** A year. */
        YEAR;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The calendar a date was written in (its value is always Gregorian). */
    public enum Calendar {
        /** The Gregorian calendar. */
        GREGORIAN,
        /** The Hijri calendar (Umm al-Qura), converted. */
        HIJRI;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A date found in a normalized text.
     *
     * @param date      the date (Gregorian); for {@link Form#NAMED_NO_YEAR} its year is a
     *                  placeholder (2000) to be replaced with {@link #inYearBefore}; for a month or
     *                  a year, its first day
     * @param time      the time of day, when one was written next to the date
     * @param form      how it was written
     * @param start     start offset in the normalized text
     * @param end       end offset in the normalized text
     * @param precision day, month or year
     * @param calendar  the calendar it was written in
     * @param weekday   the weekday named with it ({@code الخميس، 14 نوفمبر 2013}), or null
     * @param ambiguousOrder a numeric day and month that are both 12 or less: read day first
     *                  unless the page settles it ({@link #swapped})
     */
    public record Found(LocalDate date, LocalTime time, Form form, int start, int end, Precision precision,
            Calendar calendar, DayOfWeek weekday, boolean ambiguousOrder) {

        /** The date and time, or the date at midnight when no time was written. */
        public LocalDateTime dateTime() {
            return time == null ? date.atStartOfDay() : date.atTime(time);
        }

        /** For a date written without a year: the latest such day on or before {@code reference}. */
        public LocalDate inYearBefore(LocalDate reference) {
            LocalDate candidate = date.withYear(reference.getYear());
            return candidate.isAfter(reference) ? candidate.minusYears(1) : candidate;
        }

        /** Whether the date has a year (a day, a month or a year of a known year). */
        public boolean complete() {
            return form != Form.NAMED_NO_YEAR;
        }

        /** The same date read month first: for an ambiguous numeric date, the other reading (or null). */
        public LocalDate swapped() {
            if (!ambiguousOrder) {
                return null;
            }
            try {
                return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    /**
     * Normalizes text for date matching with the library's one normalization
     * ({@link TextNormalizer}), white space collapsed to single spaces. Words keep their order
     * and count, so the n-th word of the result is the n-th of the input.
     */
    public static String normalize(String text) {
        String n = TextNormalizer.word(text);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
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

    /**
     * Every date in {@code normalized} with a year (a day, a month or a year), in text order; where
     * two overlap, the one that starts first and then the longer wins.
     */
    public static List<Found> findAll(String normalized) {
        List<Found> found = find(normalized);
        found.removeIf(f -> !f.complete());
        return found;
    }

    /**
     * Every date in {@code normalized}, with and without a year, in text order, without overlaps
     * (the earlier, then the longer, then the more precise wins).
     */
    public static List<Found> find(String normalized) {
        return find(normalized, words(normalized, null));
    }

    /**
     * What one pass over the words of a normalized line finds: its characters, the windows around
     * its words with a digit or an ordinal day (as (from, to) pairs, overlapping ones merged), and
     * where the words that {@code marked} holds start, by value bit: {@code starts[0]} those with
     * bit 1, {@code starts[1]} those with bit 2, each in text order.
     */
    record Words(char[] chars, IntArrayList windows, int[][] starts) {
    }

    /**
     * {@link Words} of {@code normalized}, with the starts of the words {@code marked} holds (none
     * when it is null): one pass over the line for both, as the date tagger asks both of each line.
     */
    static Words words(String normalized, WordTrie marked) {
        // Scanned as an array: String.charAt checks its index on every call.
        char[] cs = normalized.toCharArray();
        int n = cs.length;
        IntArrayList windows = new IntArrayList();
        int[][] starts = {NO_STARTS, NO_STARTS};
        int[] count = new int[2];
        for (int i = 0; i < n;) {
            if (!word(cs[i])) {
                i++;
                continue;
            }
            int e = i;
            boolean digits = false;
            while (e < n && word(cs[e])) {
                char c = cs[e];
                digits |= c >= '0' && c <= '9';
                e++;
            }
            if (digits || ORDINAL_TRIE.word(cs, i, e) != 0) {
                int from = Math.max(0, i - BEFORE);
                int to = Math.min(n, e + AFTER);
                int last = windows.size() - 1;
                if (last > 0 && from <= windows.getInt(last)) {
                    windows.set(last, Math.max(windows.getInt(last), to));
                } else {
                    windows.add(from);
                    windows.add(to);
                }
            }
            if (marked != null) {
                mark(marked.word(cs, i, e), i, starts, count);
            }
            i = e;
        }
        if (marked != null) {
            starts[0] = java.util.Arrays.copyOf(starts[0], count[0]);
            starts[1] = java.util.Arrays.copyOf(starts[1], count[1]);
        }
        return new Words(cs, windows, starts);
    }

    private static final int[] NO_STARTS = new int[0];

    /** Adds {@code start} to {@code starts[k]} for each bit k of {@code value} (bits 1 and 2). */
    private static void mark(int value, int start, int[][] starts, int[] count) {
        for (int k = 0; k < 2; k++) {
            if ((value & (1 << k)) != 0) {
                if (count[k] == starts[k].length) {
                    starts[k] = java.util.Arrays.copyOf(starts[k], Math.max(4, count[k] * 2));
                }
                starts[k][count[k]++] = start;
            }
        }
    }

    /** {@link #find(String)}, with the {@link #words} of {@code normalized} already read. */
    static List<Found> find(String normalized, Words words) {
        return find(normalized, words, Integer.MAX_VALUE, false);
    }

    /**
     * {@link #find(String)} with every form tried at every word start of the windows, what follows
     * each start unchecked ({@link #numberForms}, {@link #dateWordForms}): the reference the tests
     * hold those checks to, since they may only save attempts that fail.
     */
    static List<Found> findTryingEveryForm(String normalized) {
        return find(normalized, words(normalized, null), Integer.MAX_VALUE, true);
    }

    /**
     * The dates of {@link #find(String, Words)} that start at or before {@code last}: the same ones,
     * since what is found and kept at a place depends only on what starts before it, without trying
     * the forms anywhere after; with {@code everyForm}, as {@link #findTryingEveryForm}.
     */
    private static List<Found> find(String normalized, Words words, int last, boolean everyForm) {
        List<Found> found = new ArrayList<>();
        // Every form holds a digit or an ordinal day: the patterns are tried only in windows around
        // those, and there only where a date can begin (a digit, or a weekday, ordinal, month or year
        // word at a word's start) — with the text beyond visible to their look-arounds. Each pattern
        // goes on after its own last match, as Matcher.find would.
        // Each step is a method of its own: a page's first lines run them cold, and the JIT compiles
        // (and, when a regex's profile changes, recompiles) small methods much sooner than one large one.
        char[] cs = words.chars();
        IntArrayList windows = words.windows();
        IntArrayList starts = new IntArrayList();
        Matcher[] matchers = new Matcher[PATTERNS.length];
        for (int w = 0; w < windows.size() && windows.getInt(w) <= last; w += 2) {
            int from = windows.getInt(w);
            int to = windows.getInt(w + 1);
            starts.clear();
            dateStarts(cs, normalized, from, to, starts, everyForm);
            matchAt(normalized, from, to, last, starts, matchers, found);
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start()))
                .thenComparing(f -> f.precision().ordinal()));
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
     * Adds to {@code starts}, as (offset, forms) pairs, the word starts in {@code cs[from, to)}
     * where a date may begin and the forms (bits by index in {@link #PATTERNS}) that may begin there;
     * with {@code everyForm}, every word start and every form.
     */
    private static void dateStarts(char[] cs, String normalized, int from, int to, IntArrayList starts,
            boolean everyForm) {
        for (int i = from; i < to;) {
            if (!word(cs[i]) || i > 0 && word(cs[i - 1])) {
                i++;
                continue;
            }
            int wordStart = i;
            char first = cs[i];
            int digits = 0;
            while (i < to && cs[i] >= '0' && cs[i] <= '9') {
                digits++;
                i++;
            }
            // Which forms may start here: by the number of digits and what follows them, or by the date word.
            int forms = everyForm ? (1 << PATTERNS.length) - 1
                    : first >= '0' && first <= '9' ? numberForms(normalized, wordStart, digits)
                    : dateWordForms(normalized, wordStart);
            if (forms != 0) {
                starts.add(wordStart);
                starts.add(forms);
            }
            while (i < to && word(cs[i])) {
                i++;
            }
        }
    }

    /**
     * Tries the forms at each of {@code starts} up to {@code last} in the window {@code [from, to)} of
     * {@code normalized} and adds the dates they read to {@code found}; {@code matchers} are made on first use.
     */
    private static void matchAt(String normalized, int from, int to, int last, IntArrayList starts,
            Matcher[] matchers, List<Found> found) {
        int[] lastEnd = new int[PATTERNS.length];
        java.util.Arrays.fill(lastEnd, from);
        for (int c = 0; c < starts.size() && starts.getInt(c) <= last; c += 2) {
            int p = starts.getInt(c);
            int forms = starts.getInt(c + 1);
            for (int k = 0; k < PATTERNS.length; k++) {
                if (p < lastEnd[k] || (forms & (1 << k)) == 0) {
                    continue;
                }
                if (matchers[k] == null) {
                    matchers[k] = MATCHERS.get()[k].reset(normalized);
                }
                Matcher m = matchers[k];
                if (lookingAt(m, p, to)) {
                    toDate(m, FORMS[k]).ifPresent(found::add);
                    lastEnd[k] = m.end();
                }
            }
        }
    }

    /**
     * Whether {@code m} matches at {@code p}, seeing the text up to {@code to} and, with its
     * look-arounds, beyond. Its own method: the regex engine's code that the JIT inlines here is
     * recompiled when a pattern takes a new path, and a small method is recompiled quickly.
     */
    private static boolean lookingAt(Matcher m, int p, int to) {
        m.region(p, to).useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt();
    }

    /** Characters a date may reach before its digit or ordinal (a weekday, الموافق) and after it (month, year, time). */
    private static final int BEFORE = 50;
    private static final int AFTER = 90;

    /** The words ordinal days are made of, as a trie: most words of a line are looked up, so one step per letter. */
    private static final WordTrie ORDINAL_TRIE = ordinalTrie();

    private static WordTrie ordinalTrie() {
        WordTrie t = new WordTrie();
        ORDINAL_WORDS.forEach(w -> t.put(w, 1));
        return t.indexed();
    }

    /** A date that starts exactly at {@code from} in {@code normalized}, with or without a year. */
    public static Optional<Found> at(String normalized, int from) {
        // Only the dates starting up to `from` are sought: a dateline's is at its line's start, and
        // the rest of the line (the story's first paragraph) need not be searched.
        for (Found f : find(normalized, words(normalized, null), from, false)) {
            if (f.start() == from && f.precision() == Precision.DAY) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The weekdays' names, normalized, with and without the article. */
    static java.util.Set<String> weekdayWords() {
        return WEEKDAYS.keySet();
    }

    /** The regular expression (on normalized text) of a weekday name. */
    public static String weekdayPattern() {
        return WEEKDAY;
    }

    /**
     * The weekdays' names, normalized, with and without the article, in the order {@link
     * #weekdayPattern} tries them: the longer first.
     */
    public static List<String> weekdayAlternatives() {
        return longestFirst(WEEKDAYS.keySet());
    }

    /** The weekday a normalized name stands for ({@code الخميس}, {@code خميس}), or null. */
    public static DayOfWeek weekday(String normalized) {
        return WEEKDAYS.get(normalized);
    }

    /**
     * Parses a date or date-time written on its own, as in a metadata file: ISO
     * ({@code 2021-06-03}, {@code 2021-06-03 03:46:49}, {@code 2021-06-03T03:46}) or any form
     * {@link #findAll} knows with a day.
     *
     * @return the parsed value, or empty when {@code value} is not one date
     */
    public static Optional<Found> parse(String value) {
        if (isIsoDay(value)) {
            // A metadata column's usual 2021-06-03, which normalizing leaves as it is: read without
            // java.time's formatter, which took 1 µs a value, a third of that of normalizing and
            // matching it, and 8% of making an article of 5 KB whose metadata gives its date.
            return isoDay(value);
        }
        String normalized = normalize(value);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        if (isIsoDay(normalized)) {
            return isoDay(normalized);
        }
        // ISO's T between date and time (lower-cased by the normalization).
        normalized = ISO_T.matcher(normalized).replaceAll(" ");
        List<Found> all = findAll(normalized);
        if (all.size() != 1 || all.get(0).precision() != Precision.DAY) {
            return Optional.empty();
        }
        Found f = all.get(0);
        String rest = NOT_A_DATE_LEFT.matcher(normalized.substring(0, f.start()) + normalized.substring(f.end()))
                .replaceAll("");
        return rest.isEmpty() ? Optional.of(f) : Optional.empty();
    }

    /** Whether {@code s} is {@code yyyy-mm-dd} in ASCII digits: ISO 8601's calendar date, extended format. */
    private static boolean isIsoDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The day an {@link #isIsoDay} value names, or empty when there is none (2021-02-30): the same
     * days {@code LocalDate.parse} reads in its strict ISO format, since {@code LocalDate.of} checks
     * the month and the day of the month as it does.
     */
    private static Optional<Found> isoDay(String s) {
        try {
            LocalDate d = LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            return Optional.of(new Found(d, null, Form.NUMERIC, 0, s.length(), Precision.DAY, Calendar.GREGORIAN,
                    null, false));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The ASCII digits {@code s[from, to)} as a number. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = 10 * v + s.charAt(i) - '0';
        }
        return v;
    }

    private static final Pattern ISO_T = Pattern.compile("(?<=\\d)t(?=\\d)");
    /** What may stand beside the one date of a metadata value: a weekday, separators, ISO's z. */
    private static final Pattern NOT_A_DATE_LEFT = Pattern.compile(WEEKDAY + "|[\\s,،\\-]|z");

    /** The forms, in the order they are tried at each place a date may start. */
    private static final Pattern[] PATTERNS = {NAMED, NAMED_SLIP, ENGLISH, YMD, NUMERIC, GLUED, HIJRI, NAMED_NO_YEAR,
        MONTH_YEAR, YEAR_ONLY};
    private static final Form[] FORMS = {Form.NAMED, Form.NAMED, Form.ENGLISH, Form.NUMERIC, Form.NUMERIC, Form.GLUED,
        Form.HIJRI, Form.NAMED_NO_YEAR, Form.MONTH_YEAR, Form.YEAR};
    /** Each thread's matchers of the patterns, reset for each text rather than made again. */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> {
        Matcher[] m = new Matcher[PATTERNS.length];
        for (int k = 0; k < m.length; k++) {
            m[k] = PATTERNS[k].matcher("");
        }
        return m;
    });

    /**
     * The named groups of each of {@link #PATTERNS}. A Matcher asked for a group its pattern lacks
     * throws, and {@link #toDate} asks every form for the groups of all forms: an exception per
     * question (a stack trace filled in each time) cost more than the match itself, most of all
     * while the code still runs interpreted.
     */
    private static final Map<Pattern, java.util.Set<String>> GROUP_NAMES = groupNames();

    private static Map<Pattern, java.util.Set<String>> groupNames() {
        Pattern groupName = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
        Map<Pattern, java.util.Set<String>> out = new java.util.IdentityHashMap<>();
        for (Pattern p : PATTERNS) {
            java.util.Set<String> names = new java.util.HashSet<>();
            Matcher m = groupName.matcher(p.pattern());
            while (m.find()) {
                names.add(m.group(1));
            }
            out.put(p, names);
        }
        return out;
    }

    /** Letters and numbers (\\p{L} and \\p{N}, as the patterns' word boundaries have them). */
    private static boolean word(char c) {
        return Patterns.isLetterOrNumber(c);
    }

    // The forms, as bits by index in PATTERNS, taken from it so that they follow its order.
    private static final int NAMED_FORM = formBit(NAMED);
    private static final int SLIP_FORM = formBit(NAMED_SLIP);
    private static final int ENGLISH_FORM = formBit(ENGLISH);
    private static final int YMD_FORM = formBit(YMD);
    private static final int NUMERIC_FORM = formBit(NUMERIC);
    private static final int GLUED_FORM = formBit(GLUED);
    private static final int HIJRI_FORM = formBit(HIJRI);
    private static final int NO_YEAR_FORM = formBit(NAMED_NO_YEAR);
    private static final int MONTH_YEAR_FORM = formBit(MONTH_YEAR);
    private static final int YEAR_ONLY_FORM = formBit(YEAR_ONLY);

    /** The bit of {@code pattern}'s form: 1 shifted by its index in {@link #PATTERNS}. */
    private static int formBit(Pattern pattern) {
        return 1 << java.util.Arrays.asList(PATTERNS).indexOf(pattern);
    }
    /** The forms whose date (after an optional weekday) begins with a day: digits or an ordinal. */
    private static final int AFTER_WEEKDAY = NAMED_FORM | SLIP_FORM | YMD_FORM | NUMERIC_FORM | GLUED_FORM | HIJRI_FORM
            | NO_YEAR_FORM;

    // What is known about where each form may begin. Trying a pattern costs java.util.regex 0.3-6 µs,
    // most of it in failing: an alternation of names is tried branch by branch, at each way of
    // reading the white space and optional words before it. On real pages nine attempts in ten
    // failed, at numbers and ordinals in prose (15 مليار, المؤتمر الأول) and at weekdays without a
    // date (يوم الأحد الماضي). So a form is tried only where what follows its first word is what the
    // pattern reads next: a month name after a day, a separator and a digit in a numeric date, a
    // day after a weekday. Each check below is a necessary condition of its pattern's match,
    // written from the pattern above it; a property test compares the dates found with and without
    // these checks.

    /** The forms that may begin at the {@code digits} ASCII digits at {@code p} of {@code s}. */
    private static int numberForms(String s, int p, int digits) {
        // Where the digits end. A run cut at the window's end (digits counts up to it) makes the checks
        // below look at a digit and fail, as the pattern does there: its region ends at the window's end.
        int end = p + digits;
        if (digits <= 2) {
            int forms = 0;
            if (nameFollows(s, end, MONTH_NAME, 0)) {
                forms |= NAMED_FORM | NO_YEAR_FORM;
            }
            if (slipFollows(s, end)) {
                forms |= SLIP_FORM;
            }
            if (englishMonthFollows(s, end)) {
                forms |= ENGLISH_FORM;
            }
            if (separatorAndDigitFollow(s, end, "/.-")) {
                forms |= NUMERIC_FORM;
            }
            if (nameFollows(s, end, HIJRI_MONTH_NAME, 0)) {
                forms |= HIJRI_FORM;
            }
            return forms;
        }
        if (digits == 4) {
            // YMD: (?:19|20)\d{2}, a separator, a month number.
            boolean century = s.startsWith("19", p) || s.startsWith("20", p);
            return century && separatorAndDigitFollow(s, end, "-/.:") ? YMD_FORM : 0;
        }
        return digits <= 8 ? GLUED_FORM : 0;
    }

    /** The forms a date word beginning at {@code p} may start (a weekday, ordinal, month or year word), or 0. */
    private static int dateWordForms(String s, int p) {
        int forms = 0;
        WordTrie node = DATE_WORDS;
        for (int i = p; i < s.length() && node != null; i++) {
            node = node.next(s.charAt(i));
            if (node == null || node.value == 0) {
                continue;
            }
            // A name ends at i + 1 (the patterns' alternations read names as prefixes, as here).
            int kind = node.value;
            if ((kind & WEEKDAY_NAME) != 0 && dayFollowsWeekday(s, i + 1)) {
                forms |= AFTER_WEEKDAY;
            }
            if ((kind & ORDINAL_NAME) != 0 && nameFollows(s, i + 1, MONTH_NAME, 0)) {
                forms |= NAMED_FORM | NO_YEAR_FORM;
            }
            if ((kind & (MONTH_NAME | MONTH_WORD)) != 0) {
                forms |= MONTH_YEAR_FORM;
            }
            if ((kind & ENGLISH_MONTH_NAME) != 0) {
                forms |= ENGLISH_FORM;
            }
            if ((kind & YEAR_WORD) != 0) {
                forms |= YEAR_ONLY_FORM;
            }
        }
        return forms;
    }

    /**
     * Whether a day (digits or an ordinal) can follow a weekday name ending at {@code i}, as
     * {@link #WEEKDAY_BEFORE} reads it: white space, a comma, الموافق, each optional.
     */
    private static boolean dayFollowsWeekday(String s, int i) {
        i = spaces(s, i);
        if (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == '،')) {
            i = spaces(s, i + 1);
        }
        if (dayAt(s, i)) {
            return true;
        }
        return s.startsWith(CORRESPONDING, i) && dayAt(s, spaces(s, i + CORRESPONDING.length()));
    }

    private static final String CORRESPONDING = "الموافق";

    /** Whether a day begins at {@code i}: an ASCII digit (the patterns' \d) or an ordinal's name. */
    private static boolean dayAt(String s, int i) {
        return i < s.length() && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || nameAt(s, i, ORDINAL_NAME));
    }

    /**
     * Whether a month name (of the kind {@code kind}) can follow a day ending at {@code i}, with what
     * NAMED reads between them: white space, من, شهر, a / or -, each optional (steps 0, 1 and 2),
     * every way of taking them or leaving them out tried. NAMED_NO_YEAR and HIJRI read less between
     * (no slash; HIJRI no شهر), and من may lack its space here: looser than each, so still a
     * necessary condition of all three.
     */
    private static boolean nameFollows(String s, int i, int kind, int step) {
        i = spaces(s, i);
        if (step == 3) {
            return nameAt(s, i, kind);
        }
        if (nameFollows(s, i, kind, step + 1)) {
            return true;
        }
        int past = step == 0 ? (s.startsWith("من", i) ? i + 2 : -1)
                : step == 1 ? (s.startsWith("شهر", i) ? i + 3 : -1)
                : i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '-') ? i + 1 : -1;
        return past >= 0 && nameFollows(s, past, kind, step + 1);
    }

    /** Whether white space, one of {@code separators}, white space and an ASCII digit follow {@code i} (NUMERIC, YMD). */
    private static boolean separatorAndDigitFollow(String s, int i, String separators) {
        i = spaces(s, i);
        if (i >= s.length() || separators.indexOf(s.charAt(i)) < 0) {
            return false;
        }
        i = spaces(s, i + 1);
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /**
     * Whether an English month can follow a day ending at {@code i}, as ENGLISH's second branch
     * reads it: st, nd, rd or th, a comma, white space, "of", each optional.
     */
    private static boolean englishMonthFollows(String s, int i) {
        for (String suffix : ORDINAL_SUFFIXES) {
            if (s.startsWith(suffix, i)) {
                i += 2;
                break;
            }
        }
        if (i < s.length() && s.charAt(i) == ',') {
            i++;
        }
        i = spaces(s, i);
        return nameAt(s, i, ENGLISH_MONTH_NAME) || s.startsWith("of", i) && nameAt(s, spaces(s, i + 2), ENGLISH_MONTH_NAME);
    }

    /** What an English day may end with: 1st, 2nd, 3rd, 4th. */
    private static final String[] ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"};

    /**
     * Whether NAMED_SLIP's month and year can follow a day ending at {@code i}: white space, four
     * to nine code points of the Arabic script (\p{IsArabic}: letters, marks, Arabic-Indic digits),
     * white space, a comma, white space and an ASCII digit.
     */
    private static boolean slipFollows(String s, int i) {
        i = spaces(s, i);
        for (int letters = 1; letters <= 9 && i < s.length(); letters++) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.ARABIC) {
                return false;
            }
            i += Character.charCount(cp);
            if (letters >= 4) {
                int j = spaces(s, i);
                if (j < s.length() && (s.charAt(j) == ',' || s.charAt(j) == '،')) {
                    j = spaces(s, j + 1);
                }
                if (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Past the white space at {@code i}: the patterns' \s ({@link Patterns#isWhiteSpace}). */
    private static int spaces(String s, int i) {
        while (i < s.length() && Patterns.isWhiteSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether a name of the kind {@code kind} begins at {@code i} (as a prefix, as the patterns read names). */
    private static boolean nameAt(String s, int i, int kind) {
        WordTrie node = DATE_WORDS;
        for (int k = i; k < s.length() && node != null; k++) {
            node = node.next(s.charAt(k));
            if (node != null && (node.value & kind) != 0) {
                return true;
            }
        }
        return false;
    }

    // The kinds of date word, as bits of their values in DATE_WORDS.
    private static final int WEEKDAY_NAME = 1;
    private static final int ORDINAL_NAME = 2;
    private static final int MONTH_NAME = 4;
    private static final int ENGLISH_MONTH_NAME = 8;
    private static final int HIJRI_MONTH_NAME = 16;
    private static final int YEAR_WORD = 32;
    /** شهر, which MONTH_YEAR may begin with. */
    private static final int MONTH_WORD = 64;

    /** The names dates are made of, each with its kind: weekdays, ordinals, the months of each calendar, year words. */
    private static final WordTrie DATE_WORDS = dateWords();

    private static WordTrie dateWords() {
        WordTrie out = new WordTrie();
        WEEKDAYS.keySet().forEach(w -> out.put(w, WEEKDAY_NAME));
        ORDINALS.keySet().forEach(w -> out.put(w, ORDINAL_NAME));
        MONTHS.keySet().forEach(w -> out.put(w, MONTH_NAME));
        ENGLISH_MONTHS.keySet().forEach(w -> out.put(w, ENGLISH_MONTH_NAME));
        HIJRI_MONTHS.keySet().forEach(w -> out.put(w, HIJRI_MONTH_NAME));
        for (String w : List.of("عام", "العام", "لعام", "بعام", "سنه", "السنه", "لسنه")) {
            out.put(w, YEAR_WORD);
        }
        out.put("شهر", MONTH_WORD);
        return out.indexed();
    }

    /** Group {@code name} of {@code m}'s match, or null when it took no part in it or the pattern has no such group. */
    private static String group(Matcher m, String name) {
        java.util.Set<String> names = GROUP_NAMES.get(m.pattern());
        if (names != null && !names.contains(name)) {
            return null;
        }
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<Found> toDate(Matcher m, Form form) {
        try {
            LocalDate date;
            Precision precision = Precision.DAY;
            Calendar calendar = Calendar.GREGORIAN;
            boolean ambiguous = false;
            switch (form) {
                case NAMED, NAMED_NO_YEAR -> {
                    Integer month = group(m, "m") != null ? MONTHS.get(group(m, "m")) : slip(group(m, "mw"));
                    if (month == null) {
                        return Optional.empty();
                    }
                    if (group(m, "m2") != null && !MONTHS.get(group(m, "m2")).equals(month)) {
                        return Optional.empty();
                    }
                    if (group(m, "mn") != null && Integer.parseInt(group(m, "mn")) != month) {
                        return Optional.empty();
                    }
                    int day = group(m, "d") != null ? Integer.parseInt(group(m, "d")) : ORDINALS.get(group(m, "od"));
                    int year = form == Form.NAMED ? Integer.parseInt(group(m, "y")) : 2000;
                    date = LocalDate.of(year, month, day);
                }
                case ENGLISH -> {
                    boolean first = group(m, "m") != null;
                    int month = ENGLISH_MONTHS.get(first ? group(m, "m") : group(m, "m2"));
                    date = LocalDate.of(Integer.parseInt(first ? group(m, "y") : group(m, "y2")), month,
                            Integer.parseInt(first ? group(m, "d") : group(m, "d2")));
                }
                case HIJRI -> {
                    int month = HIJRI_MONTHS.get(group(m, "m"));
                    date = LocalDate.from(HijrahDate.of(Integer.parseInt(group(m, "y")), month,
                            Integer.parseInt(group(m, "d"))));
                    calendar = Calendar.HIJRI;
                }
                case GLUED -> {
                    String digits = group(m, "g");
                    int year = Integer.parseInt(digits.substring(digits.length() - 4));
                    String dm = digits.substring(0, digits.length() - 4);
                    boolean hijri = !group(m, "cal").equals("م");
                    date = null;
                    for (int split = 1; split < dm.length() && date == null; split++) {
                        String d = dm.substring(0, split);
                        String mo = dm.substring(split);
                        if (d.length() > 2 || mo.length() > 2) {
                            continue;
                        }
                        date = of(year, Integer.parseInt(mo), Integer.parseInt(d), hijri);
                    }
                    if (date == null) {
                        return Optional.empty();
                    }
                    calendar = hijri ? Calendar.HIJRI : Calendar.GREGORIAN;
                }
                case MONTH_YEAR -> {
                    int month = MONTHS.get(group(m, "m"));
                    if (group(m, "m2") != null && !MONTHS.get(group(m, "m2")).equals(month)) {
                        return Optional.empty();
                    }
                    date = LocalDate.of(Integer.parseInt(group(m, "y")), month, 1);
                    precision = Precision.MONTH;
                }
                case YEAR -> {
                    date = LocalDate.of(Integer.parseInt(group(m, "y")), 1, 1);
                    precision = Precision.YEAR;
                }
                default -> {
                    if (group(m, "a") == null) {
                        date = LocalDate.of(Integer.parseInt(group(m, "y")), Integer.parseInt(group(m, "mo")),
                                Integer.parseInt(group(m, "d")));
                    } else {
                        int a = Integer.parseInt(group(m, "a"));
                        int b = Integer.parseInt(group(m, "b"));
                        int year = Integer.parseInt(group(m, "y"));
                        boolean hijri = "ه".equals(group(m, "cal")) || "هـ".equals(group(m, "cal"))
                                || year >= 1300 && year < 1600;
                        if (!hijri && (year < 1900 || year > 2100)) {
                            return Optional.empty();
                        }
                        // Day first, as Arabic pages print it, unless the numbers say otherwise.
                        int day = a;
                        int month = b;
                        if (b > 12 && a <= 12) {
                            day = b;
                            month = a;
                        }
                        ambiguous = !hijri && a <= 12 && b <= 12 && a != b;
                        date = of(year, month, day, hijri);
                        if (date == null) {
                            return Optional.empty();
                        }
                        calendar = hijri ? Calendar.HIJRI : Calendar.GREGORIAN;
                    }
                }
            }
            LocalTime time = group(m, "h") != null ? time(m) : null;
            DayOfWeek weekday = group(m, "wd") != null ? WEEKDAYS.get(group(m, "wd")) : null;
            return Optional.of(new Found(date, time, form, m.start(), trimmedEnd(m), precision, calendar, weekday,
                    ambiguous));
        } catch (DateTimeException | NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static LocalDate of(int year, int month, int day, boolean hijri) {
        try {
            return hijri ? LocalDate.from(HijrahDate.of(year, month, day)) : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A month name written with one letter wrong, added, or missing (أكتوير), if it is one; names of five letters or more. */
    private static Integer slip(String word) {
        if (word == null || MONTHS.containsKey(word)) {
            return null;
        }
        Integer found = null;
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            String name = e.getKey();
            if (name.length() >= 5 && name.indexOf(' ') < 0 && oneEditApart(word, name)) {
                if (found != null && !found.equals(e.getValue())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** Levenshtein distance of exactly one (one substitution, insertion or deletion). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static int trimmedEnd(Matcher m) {
        int end = m.end();
        CharSequence s = m.group();
        int i = s.length();
        while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '-' || s.charAt(i - 1) == '|')) {
            i--;
            end--;
        }
        return end;
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(group(m, "h"));
        int minute = Integer.parseInt(group(m, "mi"));
        int second = group(m, "s") == null ? 0 : Integer.parseInt(group(m, "s"));
        String ampm = group(m, "ampm");
        if (ampm != null && hour <= 12) {
            boolean pm = ampm.equals("م") || ampm.equals("مساء") || ampm.equals("pm")
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
        // CLDR's names for ar, ar-EG, ar-SA, ar-SY, ar-LB, ar-IQ, ar-JO, ar-MA, ar-DZ and ar-TN.
        for (CldrNames.Name month : CldrNames.of(CldrNames.MONTH)) {
            names.putIfAbsent(normalize(month.name()), month.number());
        }
        // The Levantine and Iraqi names of the months that come in pairs, also without the article
        // (تشرين ثاني، كانون أول), as people write them.
        // Iraqi writing also numbers them: تشرين 2، كانون 1 (with or without the space).
        String[][] levantine = {{"تشرين اول", "10"}, {"تشرين ثاني", "11"}, {"كانون اول", "12"}, {"كانون ثاني", "1"},
            {"تشرين الاول", "10"}, {"تشرين الثاني", "11"}, {"كانون الاول", "12"}, {"كانون الثاني", "1"},
            {"تشرين 1", "10"}, {"تشرين 2", "11"}, {"كانون 1", "12"}, {"كانون 2", "1"},
            {"تشرين1", "10"}, {"تشرين2", "11"}, {"كانون1", "12"}, {"كانون2", "1"}};
        for (String[] v : levantine) {
            names.putIfAbsent(normalize(v[0]), Integer.parseInt(v[1]));
        }
        // Spellings that news sites print and CLDR lacks.
        String[][] variants = {{"يونيه", "6"}, {"يونية", "6"}, {"يوليه", "7"}, {"يولية", "7"},
            {"اغسطس", "8"}, {"أغشت", "8"}, {"سبتمبر", "9"}, {"نوفمبر", "11"}, {"ديسمبر", "12"},
            {"مايو", "5"}, {"ابريل", "4"}, {"إبريل", "4"}, {"اكتوبر", "10"}, {"فبراير", "2"}};
        for (String[] v : variants) {
            names.putIfAbsent(normalize(v[0]), Integer.parseInt(v[1]));
        }
        return names;
    }

    private static Map<String, Integer> englishMonths() {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (CldrNames.Name month : CldrNames.of(CldrNames.ENGLISH_MONTH)) {
            names.put(month.name().toLowerCase(Locale.ROOT), month.number());
        }
        names.put("sept", 9);
        return names;
    }

    private static Map<String, Integer> hijriMonthNames() {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (CldrNames.Name hijri : CldrNames.of(CldrNames.HIJRI_MONTH)) {
            int month = hijri.number();
            String name = normalize(hijri.name());
            names.put(name, month);
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
        for (CldrNames.Name weekday : CldrNames.of(CldrNames.WEEKDAY)) {
            DayOfWeek day = DayOfWeek.of(weekday.number());
            String name = normalize(weekday.name());
            names.put(name, day);
            names.put(Clitics.withoutLeadingArticle(name), day);
        }
        names.put(normalize("الثلثاء"), DayOfWeek.TUESDAY);
        names.put(normalize("الإثنين"), DayOfWeek.MONDAY);
        return names;
    }

    /** Ordinal day numbers in words (day is masculine: اليوم التاسع), with and without the article. */
    private static Map<String, Integer> ordinals() {
        String[] units = {"حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"};
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put(normalize("أول"), 1);
        out.put(normalize("الأول"), 1);
        out.put(normalize("فاتح"), 1);
        out.put(normalize("الفاتح"), 1);
        for (int i = 1; i < units.length; i++) {
            out.put("ال" + units[i], i + 1);
        }
        out.put("العاشر", 10);
        for (int i = 0; i < units.length; i++) {
            out.put("ال" + units[i] + " عشر", 11 + i);
        }
        out.put("العشرين", 20);
        for (int i = 0; i < units.length; i++) {
            out.put("ال" + units[i] + " والعشرين", 21 + i);
        }
        out.put("الثلاثين", 30);
        out.put("الحادي والثلاثين", 31);
        return out;
    }

    /** Longest first, so that كانون الثاني is tried before a shorter name it starts with. */
    private static String alternation(java.util.Collection<String> names) {
        return Patterns.literalAlternation(longestFirst(names));
    }

    /** {@code names} the longer first (an alternation tries its branches in order), then in string order. */
    private static List<String> longestFirst(java.util.Collection<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s)).toList();
    }
}

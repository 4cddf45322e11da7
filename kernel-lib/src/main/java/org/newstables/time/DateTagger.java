package org.newstables.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newstables.common.Patterns;
import org.newstables.common.WordListPattern;
import org.newstables.common.WordStartPattern;
import org.newstables.text.Clitics;
import org.newstables.text.TextNormalizer;

/**
 * The temporal tagger: every date expression of a page, where it is and what it means, and the
 * article's event date by one rule ({@link #tag}). It reads the whole page as cleaning left it —
 * the lines kept in the article's text and the lines cleaning removed (stamps) — so that a date
 * can be traced like a count.
 *
 * <p>Kinds of expression:
 * <ul>
 *   <li>{@code dateline}: the date of the dateline that opens the story (not necessarily on the
 *       first line: after menus, section labels, a headline printed twice and a stamp);</li>
 *   <li>{@code stamp}: a publication stamp, a line of the page that is only a date (with a
 *       weekday, a time, labels); dates at the page's end count when they are one date, not a list
 *       of related stories;</li>
 *   <li>{@code clock}: a site's clock, the current date printed in the header of every page: a
 *       stamp above the headline later than every other date of the page;</li>
 *   <li>{@code weekday}: a weekday in the story ({@code يوم الثلاثاء}, {@code اليوم الخميس},
 *       {@code الخميس المقبل}), resolved against the anchor (the dateline, else the stamp, else the
 *       publication date): the latest such day on or before it, or the first after it with المقبل,
 *       the last before it with الماضي — java.time's {@link TemporalAdjusters};</li>
 *   <li>{@code relative}: اليوم، أمس، أول أمس، غدا، بعد غد، الأسبوع الماضي …, counted from the anchor;</li>
 *   <li>{@code mention}: any other date in the text, at its precision (day, month, year); a day and
 *       month without a year has no value (no year is guessed).</li>
 * </ul>
 *
 * <p>Hand-written: no library tags Arabic temporal expressions (HeidelTime and SUTime have no
 * Arabic resources for these forms); calendars and weekday arithmetic are java.time's.
 */
public final class DateTagger {

    /** What kind of date expression a row is. */
    public enum Kind {
        /** The story's dateline. */
        DATELINE,
        /** A publication stamp. */
        STAMP,
        /** A site's clock, not the article's date. */
        CLOCK,
        /** A weekday named in the story. */
        WEEKDAY,
        /** A day named relative to another: today, yesterday, tomorrow, last week. */
        RELATIVE,
        /** Any other date in the text. */
        MENTION;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One line of the page, in file order: a value, equal to another with the same parts.
     *
     * <p>Not a record, so that a line can be a range of the page's text whose string is made only
     * when it is read ({@link #of}): the tagger reads the head's lines and, when the head does not
     * settle the date, the rest; a string per line made up front was a copy of every page, a third
     * of what loading allocated (async-profiler's allocation samples, 30,000 generated articles).
     */
    public static final class PageLine {
        private final int number;
        private final String source;
        private final int from;
        private final int to;
        /** The line's string, made on first read when the line is a range of {@link #source}. */
        private String text;
        private final int offset;
        private final boolean removed;
        private final boolean headline;
        private final boolean prose;

        /**
         * @param number   1-based line number in the file as read
         * @param text     the line as written
         * @param offset   where the line starts in the article's text, or -1 when cleaning removed it
         * @param removed  whether cleaning removed it (a stamp, a banner, …) from the text
         * @param headline whether it is the headline
         * @param prose    whether it is prose (the body of the article: twelve words or more)
         */
        public PageLine(int number, String text, int offset, boolean removed, boolean headline, boolean prose) {
            this(number, text, 0, text.length(), offset, removed, headline, prose);
            this.text = text;
        }

        private PageLine(int number, String source, int from, int to, int offset, boolean removed, boolean headline,
                boolean prose) {
            this.number = number;
            this.source = Objects.requireNonNull(source, "text");
            this.from = from;
            this.to = to;
            this.offset = offset;
            this.removed = removed;
            this.headline = headline;
            this.prose = prose;
        }

        /**
         * The line that is {@code source[from, to)}, its string made when {@link #text()} is first called;
         * the other parameters as for the constructor.
         *
         * @throws IndexOutOfBoundsException when the range is not within {@code source}
         */
        public static PageLine of(int number, String source, int from, int to, int offset, boolean removed,
                boolean headline, boolean prose) {
            Objects.checkFromToIndex(from, to, source.length());
            return new PageLine(number, source, from, to, offset, removed, headline, prose);
        }

        /** The 1-based line number in the file as read. */
        public int number() {
            return number;
        }

        /** The line as written. */
        public String text() {
            String t = text;
            if (t == null) {
                // One thread reads a page's lines; were there two, each would make an equal string.
                t = source.substring(from, to);
                text = t;
            }
            return t;
        }

        /** Where the line starts in the article's text, or -1 when cleaning removed it. */
        public int offset() {
            return offset;
        }

        /** Whether cleaning removed it (a stamp, a banner, …) from the text. */
        public boolean removed() {
            return removed;
        }

        /** Whether it is the headline. */
        public boolean headline() {
            return headline;
        }

        /** Whether it is prose (the body of the article: twelve words or more). */
        public boolean prose() {
            return prose;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PageLine l && number == l.number && offset == l.offset && removed == l.removed
                    && headline == l.headline && prose == l.prose && text().equals(l.text());
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, text(), offset, removed, headline, prose);
        }

        @Override
        public String toString() {
            return "PageLine[number=" + number + ", text=" + text() + ", offset=" + offset + ", removed=" + removed
                    + ", headline=" + headline + ", prose=" + prose + "]";
        }
    }

    /**
     * A date expression.
     *
     * @param kind      what it is
     * @param surface   as written
     * @param start     offset in the article's text, or -1 when it is in a line cleaning removed
     * @param end       end offset in the article's text, or -1
     * @param line      the line's number in the file
     * @param value     what it means, or null when it has no value (a day and month without a year,
     *                  a weekday without an anchor)
     * @param precision day, week, month or year
     * @param calendar  the calendar it was written in
     * @param weekday   a weekday it names, or null
     * @param lead      whether it is in the lead: the lines up to the story's second paragraph,
     *                  and the headline
     * @param introduced for a date: introduced as the day of the story ({@code اليوم الاثنين 17 ماي
     *                  2021}, {@code أمس الاثنين ... الموافق 2782012م}, {@code يوم الأحد 28 نونبر 2021});
     *                  for a weekday: with a day word before it ({@code اليوم الخميس}, {@code يوم الأحد})
     * @param ambiguous a numeric date whose day and month could be swapped
     * @param direction for a weekday: 1 for the next one (المقبل), -1 for the last one before
     *                  (الماضي), 0 for the latest on or before the anchor
     * @param excluded  a date that is no event of the story by its wording: after منذ، حتى، قبل،
     *                  مواليد …, inside brackets, or below the story
     * @param time      the time of day written with a date, or null
     */
    public record Expression(Kind kind, String surface, int start, int end, int line, LocalDate value,
            ArabicDates.Precision precision, ArabicDates.Calendar calendar, DayOfWeek weekday, boolean lead,
            boolean introduced, boolean ambiguous, int direction, boolean excluded, java.time.LocalTime time) {

        Expression withValue(LocalDate v) {
            return new Expression(kind, surface, start, end, line, v, precision, calendar, weekday, lead, introduced,
                    ambiguous, direction, excluded, time);
        }

        Expression withKind(Kind k) {
            return new Expression(k, surface, start, end, line, value, precision, calendar, weekday, lead, introduced,
                    ambiguous, direction, excluded, time);
        }
    }

    /** What the tagger read of a page: its date expressions, its dateline, and the event date. */
    public record Result(List<Expression> expressions, Optional<Datelines.Dateline> dateline, String datelineSurface,
            EventDate event, List<String> problems, boolean complete) {

        /**
         * Whether the event date of a partial reading ({@link #head}) is the one the whole page
         * gives: it came from metadata, from the lead, or from a dateline — nothing the body's dates
         * could change — and the page has no stamp and no numeric date whose day/month order the
         * body's dates could settle. A stamp may be a site's clock only the body's
         * dates tell (a clock is later than every date of the page), and the last rules read the
         * body: those pages are read whole.
         */
        public boolean settledByHead(boolean metadataDate) {
            if (complete) {
                return true;
            }
            if (!problems.isEmpty() || expressions.stream().anyMatch(x -> x.kind() == Kind.STAMP || x.kind() == Kind.CLOCK)) {
                return false;
            }
            if (metadataDate) {
                return true;
            }
            if (expressions.stream().anyMatch(Expression::ambiguous)) {
                // The page's day/month order may be settled by a date of the body the head did not read.
                return false;
            }
            Expression e = event.expression();
            DateSource source = event.source();
            boolean datelineAnchor = dateline.isPresent() && event.anchor() != null && e != null
                    && (source == DateSource.WEEKDAY || source == DateSource.RELATIVE);
            boolean leadMention = source == DateSource.MENTION && e != null && e.lead() && e.introduced();
            boolean fromDateline = source == DateSource.DATELINE && e != null && !e.ambiguous();
            return fromDateline || leadMention || datelineAnchor;
        }
    }

    private static final java.util.Comparator<Expression> PAGE_ORDER =
            java.util.Comparator.comparingInt(Expression::line).thenComparingInt(Expression::start);
    private static final WordStartPattern FROM_WORD = WordStartPattern.of(List.of("من"), "(?:\\s|$)");
    private static final WordStartPattern UNTIL_WORD = WordStartPattern.of(List.of("حتي", "الي"), "(?:\\s|$)");
    private static final Pattern RANGE_BEFORE_END = Pattern.compile("(?:^|\\s)من\\s.*(?:^|\\s)(?:حتي|الي)\\s+$");

    /** A day reference before a weekday or a date: اليوم، يوم، أمس، صباح اليوم … */
    private static final String DAY_WORDS = "(?:(?:صباح|مساء|ظهر|عصر|ليله|فجر|نهار|منتصف ليله)\\s+)?"
            + "(?:اليوم|يوم|امس|البارحه|ليله|صباح|مساء|ظهر|عصر|فجر)";
    private static final Pattern WEEKDAY_REF = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<rel>" + DAY_WORDS
            + ")\\s*[(/،,]?\\s*)?(?<wd>" + ArabicDates.weekdayPattern() + ")\\s*[)/]?\\s*(?<dir>المقبل|القادم|الماضي"
            + "|المنصرم|الفائت|الاتي)?(?![\\p{L}\\p{N}])");
    /**
     * The words the weekday pattern can start with (the weekdays' names and the day words before
     * them), value 1, and those the relative-day pattern can, value 2: one pass over a line finds both.
     */
    private static final WordTrie DAY_STARTS = dayStarts();

    private static WordTrie dayStarts() {
        WordTrie t = new WordTrie();
        ArabicDates.weekdayWords().forEach(w -> t.put(w, 1));
        List.of("صباح", "مساء", "ظهر", "عصر", "ليله", "فجر", "نهار", "منتصف", "اليوم", "يوم", "امس", "البارحه")
                .forEach(w -> t.put(w, 1));
        List.of("اول", "امس", "بعد", "اليوم", "البارحه", "غدا", "غد", "الاسبوع").forEach(w -> t.put(w, 2));
        return t.indexed();
    }

    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}\\p{N}])(?<w>اول من امس|اول امس|امس الاول"
            + "|بعد غد|اليوم|امس|البارحه|غدا|غد|الاسبوع الماضي|الاسبوع المقبل|الاسبوع القادم)(?![\\p{L}\\p{N}])");
    /** A heading over other stories' links: what follows it is not this article's. */
    private static final Pattern RELATED = Pattern.compile("^\\s*(?:الموضوعات المتعلقه|مواضيع ذات صله|اخبار ذات صله|ذات صله"
            + "|اقرا ايضا|اقرا المزيد|المزيد من|الاكثر قراءه|الاكثر مشاهده|الاكثر شعبيه|اخترنا لك|قد يهمك|شاهد ايضا"
            + "|اخر الاخبار|احدث الاخبار)\\s*:?\\s*$");
    /** The longest line the related-stories heading pattern can match. */
    private static final int RELATED_LONGEST = 40;
    /** A label that makes the date after it the publication date, even inside a line of text. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?:تاريخ النشر|نشر في|نشر بتاريخ|نشر يوم|اخر تحديث"
            + "|تاريخ التحديث|published|updated)\\s*[:：\\-]?\\s*$");
    /**
     * What a page's masthead prints beside the site's clock: the editor's or the board's title, a
     * city's clock, weather, prices, prayer times.
     */
    private static final Pattern MASTHEAD = Pattern.compile("(?:رئيس التحرير|رئيس مجلس الاداره|مدير التحرير|الاشراف العام"
            + "|المدير العام|(?<![\\p{IsArabic}])توقيت (?!غرينتش|جرينتش|مكه|الامارات|السعوديه)[\\p{IsArabic}]+|مواقيت الصلاه|اسعار|°)");

    /** A photo caption's opening: صورة، الصورة، تصوير، بعدسة، صورة أرشيفية, perhaps in brackets. */
    private static final Pattern CAPTION = Pattern.compile("\\s*[(\\[«\"]?\\s*(?:صوره|الصوره|صور|تصوير|بعدسه|لقطه)"
            + "(?![\\p{L}\\p{N}])");

    /** The words of a stamp line: labels, time zones, reading times, weekdays. */
    static final WordListPattern STAMP_WORDS = WordListPattern.of(Stream.concat(Stream.of("تاريخ النشر", "نشر في",
            "نشر بتاريخ", "نشر", "اخر تحديث", "تحديث", "محدث", "بتوقيت", "غرينتش", "جرينتش", "مكه المكرمه", "الساعه", "ساعه",
            "الوقت", "المصدر", "الموافق", "ص", "م", "am", "pm", "gmt", "utc", "updated", "published", "حجم الخط", "طباعه",
            "دقائق", "دقيقه", "قراءه", "منذ"), ArabicDates.weekdayAlternatives().stream()).toList(), false);

    private DateTagger() {
    }

    /**
     * Tags a page: its date expressions, and the event date by {@link EventDate}'s rule.
     *
     * @param lines     the page's lines in file order, kept and removed
     * @param text      the article's text (the kept lines), which the offsets refer to
     * @param published a publication date from metadata, or null
     * @param metadata  an event date from metadata, or null
     * @param today     the day after which a date is in the future
     */
    public static Result tag(List<PageLine> lines, String text, LocalDate published, LocalDate metadata, LocalDate today) {
        return tag(new Reading(lines), text, published, metadata, today, true);
    }

    /**
     * {@link #tag(List, String, LocalDate, LocalDate, LocalDate)} of {@code reading}'s page, reusing
     * what an earlier {@link #head(Reading, String, LocalDate, LocalDate, LocalDate)} of it read.
     */
    public static Result tag(Reading reading, String text, LocalDate published, LocalDate metadata, LocalDate today) {
        return tag(reading, text, published, metadata, today, true);
    }

    /**
     * {@link #tag(List, String, LocalDate, LocalDate, LocalDate)} over the head of the page only
     * when {@code full} is false: every line but the story's prose after its lead (the headline,
     * the lead, stamps, datelines, captions, removed lines). Most of a page's text is that prose,
     * and most pages' dates are settled without it ({@link Result#settledByHead}); the rest are
     * read again in full.
     */
    public static Result head(List<PageLine> lines, String text, LocalDate published, LocalDate metadata, LocalDate today) {
        return head(new Reading(lines), text, published, metadata, today);
    }

    /**
     * {@link #head(List, String, LocalDate, LocalDate, LocalDate)} of {@code reading}'s page; what it
     * reads of each line stays in {@code reading} for a {@link #tag(Reading, String, LocalDate,
     * LocalDate, LocalDate)} of the whole page.
     */
    public static Result head(Reading reading, String text, LocalDate published, LocalDate metadata, LocalDate today) {
        return tag(reading, text, published, metadata, today, false);
    }

    /**
     * What the tagger reads of one page — its layout (where its prose, headline and lead are), each
     * line's normalized text, the dates and the day words found in it (one pass over its words), the
     * page's dateline — each worked out once: the layout when the reading is made, the rest when
     * first asked. A page whose head does not settle its date is read again in full
     * ({@link Result#settledByHead}): with one reading for both, the head's lines are not normalized
     * and searched a second time, and a line's expressions are read again only where the pass gives
     * it other inputs ({@link #expressions}). (A line's dates depend on its text alone; what the page
     * makes of all its expressions is decided afresh by each pass.) Not thread-safe: one page, one
     * thread.
     */
    public static final class Reading {
        private final List<PageLine> lines;
        private final TextNormalizer.Normalized[] normalized;
        private final List<List<ArabicDates.Found>> dates;
        private final int[][][] dayStarts;
        private final LineExpressions[] expressions;
        private final Layout layout;
        private DatelineAt dateline;

        /** A reading of the page of {@code lines} (in file order, kept and removed): its layout, no line read yet. */
        public Reading(List<PageLine> lines) {
            this.lines = List.copyOf(lines);
            this.normalized = new TextNormalizer.Normalized[lines.size()];
            this.dates = new ArrayList<>(java.util.Collections.nCopies(lines.size(), null));
            this.dayStarts = new int[lines.size()][][];
            this.expressions = new LineExpressions[lines.size()];
            this.layout = Layout.of(this.lines);
        }

        /** Line {@code i} normalized ({@link TextNormalizer#text}). */
        TextNormalizer.Normalized normalized(int i) {
            TextNormalizer.Normalized n = normalized[i];
            if (n == null) {
                n = TextNormalizer.text(lines.get(i).text());
                normalized[i] = n;
            }
            return n;
        }

        /** The dates of line {@code i} ({@link ArabicDates#find} of its normalized text); the list is not to be changed. */
        List<ArabicDates.Found> dates(int i) {
            if (dates.get(i) == null) {
                read(i);
            }
            return dates.get(i);
        }

        /** Where line {@code i}'s weekday words ([0]) and relative-day words ([1]) start, as whole words, in order. */
        int[][] dayStarts(int i) {
            if (dayStarts[i] == null) {
                read(i);
            }
            return dayStarts[i];
        }

        /** Line {@code i}'s dates and day-word starts, from one pass over its words ({@link ArabicDates#words}). */
        private void read(int i) {
            String norm = normalized(i).normalized();
            ArabicDates.Words words = ArabicDates.words(norm, DAY_STARTS);
            dates.set(i, ArabicDates.find(norm, words));
            dayStarts[i] = words.starts();
        }

        /**
         * The expressions of line {@code i} read with these inputs ({@link #readLine}): those an
         * earlier pass read with the same inputs, else read now. The head's pass and the whole
         * page's give a head line the same inputs unless a line the head skipped starts the
         * "related stories" below the story; they are compared rather than assumed.
         */
        LineExpressions expressions(int i, boolean lead, boolean afterBody, Datelines.Dateline datelineHere) {
            LineExpressions e = expressions[i];
            if (e == null || e.lead() != lead || e.afterBody() != afterBody || e.dateline() != datelineHere) {
                e = readLine(lines.get(i), normalized(i), dates(i), lead, afterBody, datelineHere,
                        lines.get(i).removed() ? null : dayStarts(i));
                expressions[i] = e;
            }
            return e;
        }

        /** The page's dateline, in its lead zone. */
        DatelineAt dateline() {
            if (dateline == null) {
                dateline = DateTagger.dateline(this);
            }
            return dateline;
        }
    }

    /**
     * Where a page's parts are, by line index (-1 for none): its first and last kept prose lines,
     * its headline, and the end of its lead zone — from the top to the second prose line (a
     * dateline may sit on its own line), or the whole page when it has no prose.
     */
    private record Layout(int firstProse, int lastProse, int headline, int leadEnd) {

        static Layout of(List<PageLine> lines) {
            int firstProse = -1;
            int lastProse = -1;
            int headline = -1;
            int secondProse = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).prose() && !lines.get(i).removed()) {
                    if (firstProse < 0) {
                        firstProse = i;
                    } else if (secondProse < 0) {
                        secondProse = i;
                    }
                    lastProse = i;
                }
                if (lines.get(i).headline()) {
                    headline = i;
                }
            }
            int leadEnd = firstProse < 0 ? lines.size() - 1 : secondProse >= 0 ? secondProse : firstProse;
            return new Layout(firstProse, lastProse, headline, leadEnd);
        }
    }

    private static Result tag(Reading reading, String text, LocalDate published, LocalDate metadata, LocalDate today,
            boolean full) {
        List<PageLine> lines = reading.lines;
        List<Expression> all = new ArrayList<>();
        int firstProse = reading.layout.firstProse();
        int lastProse = reading.layout.lastProse();
        int headline = reading.layout.headline();
        int leadEnd = reading.layout.leadEnd();

        // Dates the story introduces as today's (اليوم الخميس 12 مارس): the dateline must agree with them.
        List<Expression> todays = new ArrayList<>(1);
        DatelineAt found = reading.dateline();
        Optional<Datelines.Dateline> dateline = Optional.ofNullable(found.dateline());

        // The page is read line by line; each line's work is a method of its own (below), which the
        // JIT compiles (and recompiles, as the regexes' profiles change) much sooner than one large method.
        boolean afterBody = false;
        int relatedFrom = Integer.MAX_VALUE;
        boolean skipped = false;
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (i > lastProse && lastProse >= 0 || i > relatedFrom) {
                afterBody = true;
            }
            if (!full && i > leadEnd && i != headline && l.prose() && !l.removed()) {
                skipped = true;
                continue;
            }
            TextNormalizer.Normalized n = reading.normalized(i);
            String norm = n.normalized();
            boolean lead = i <= leadEnd || i == headline;
            // A heading is a short line: the pattern, anchored at both ends, cannot match a longer one.
            boolean shortLine = norm.length() <= RELATED_LONGEST || norm.strip().length() <= RELATED_LONGEST;
            if (shortLine && i > firstProse && firstProse >= 0 && RELATED.matcher(norm).lookingAt()) {
                // A "related stories" heading: every date below it belongs to other stories.
                relatedFrom = Math.min(relatedFrom, i);
            }
            LineExpressions read = reading.expressions(i, lead, afterBody, i == found.line() ? found.dateline() : null);
            all.addAll(read.expressions());
            todays.addAll(read.todays());
        }
        // Rows in page order: by line (the lines come in file order), then by offset within the line.
        all.sort(PAGE_ORDER);
        all = markClocksAndFooters(all, reading, headline >= 0 ? headline : firstProse, lastProse);
        List<String> problems = new ArrayList<>();
        // One day/month order for the page's numeric dates: the rows, the stamp (the publication
        // date) and the event date all read them in it.
        all = EventDate.settleOrder(all, problems);
        EventDate event = EventDate.decide(all, published, metadata, today, problems);
        todayAgainstDateline(all, todays, problems);
        return new Result(resolveRelative(all, event.anchor()), dateline, found.surface(), event, problems, !skipped);
    }

    /**
     * What one line gives the page, in the order it was found: its expressions, and those of them the
     * story introduces as today's; with the inputs besides the line that decided them. A line's
     * expressions depend on nothing else, so a whole page's pass takes them from the head's where
     * those inputs are the same ({@link Reading#expressions}).
     */
    private record LineExpressions(boolean lead, boolean afterBody, Datelines.Dateline dateline,
            List<Expression> expressions, List<Expression> todays) {
    }

    /**
     * The expressions of line {@code l}: its dates ({@link #addDates}), then, for a line of the story
     * ({@code dayStarts} not null), its weekdays and relative days outside them ({@link #addDays}).
     */
    private static LineExpressions readLine(PageLine l, TextNormalizer.Normalized n, List<ArabicDates.Found> found,
            boolean lead, boolean afterBody, Datelines.Dateline dateline, int[][] dayStarts) {
        List<Expression> all = new ArrayList<>();
        List<Expression> todays = new ArrayList<>(0);
        List<int[]> refs = new ArrayList<>();
        addDates(all, todays, refs, l, n, found, lead, afterBody, dateline);
        if (dayStarts != null) {
            addDays(all, refs, l, n, dayStarts, lead);
        }
        return new LineExpressions(lead, afterBody, dateline, List.copyOf(all), List.copyOf(todays));
    }

    /** Where a page's dateline is: its line's index (or -1), the dateline (or null), and its surface (or ""). */
    private record DatelineAt(int line, Datelines.Dateline dateline, String surface) {
    }

    /** The dateline: the first kept line of the lead zone that opens with one. */
    private static DatelineAt dateline(Reading reading) {
        List<PageLine> lines = reading.lines;
        int leadEnd = reading.layout.leadEnd();
        int firstProse = reading.layout.firstProse();
        for (int i = 0; i <= leadEnd && i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (l.removed() || l.text().isBlank() || l.headline() && i != firstProse) {
                continue;
            }
            TextNormalizer.Normalized n = reading.normalized(i);
            Optional<Datelines.Dateline> d = Datelines.read(l.text(), n.normalized());
            if (d.isPresent()) {
                String surface = d.get().start() >= 0 ? n.originalText(d.get().start(), d.get().end()) : "";
                return new DatelineAt(i, d.get(), surface);
            }
        }
        return new DatelineAt(-1, null, "");
    }

    /**
     * Adds the dates of line {@code l} to {@code all} (datelines, stamps, mentions; those the story
     * introduces as today's to {@code todays} too) and their spans to {@code refs}.
     *
     * @param found    the dates of the line ({@link Reading#dates})
     * @param dateline the page's dateline when it is on this line, else null
     */
    private static void addDates(List<Expression> all, List<Expression> todays, List<int[]> refs, PageLine l,
            TextNormalizer.Normalized n, List<ArabicDates.Found> found, boolean lead, boolean afterBody,
            Datelines.Dateline dateline) {
        String norm = n.normalized();
        boolean inStory = !l.removed();
        List<ArabicDates.Found> dates = new ArrayList<>(found);
        boolean[] paired = pairedHijri(norm, dates);
        for (int k = 0; k + 1 < dates.size(); k++) {
            ArabicDates.Found h = dates.get(k);
            ArabicDates.Found g = dates.get(k + 1);
            if (paired[k] && h.weekday() != null && g.weekday() == null) {
                // The weekday named before the Hijri date is the Gregorian date's too.
                dates.set(k + 1, new ArabicDates.Found(g.date(), g.time(), g.form(), g.start(), g.end(), g.precision(),
                        g.calendar(), h.weekday(), g.ambiguousOrder()));
            }
        }
        boolean stampLine = !l.prose() && isStampLine(norm, dates);
        // Several dates with their times in one line of text: a list of other stories' stamps.
        int timed = 0;
        for (ArabicDates.Found f : dates) {
            timed += f.time() != null ? 1 : 0;
        }
        boolean stampList = !stampLine && timed >= 2;
        for (int k = 0; k < dates.size(); k++) {
            ArabicDates.Found f = dates.get(k);
            Kind kind;
            if (dateline != null && dateline.start() == f.start()) {
                kind = Kind.DATELINE;
            } else if (stampLine || PUBLISHED_LABEL.matcher(norm.substring(Math.max(0, f.start() - 25), f.start())).find()) {
                kind = Kind.STAMP;
            } else if (inStory) {
                kind = Kind.MENTION;
            } else {
                continue;
            }
            // A photo caption's day (صورة: ... يوم 1 أبريل) is the photo's, never the story's.
            boolean explicit = inStory && f.precision() == ArabicDates.Precision.DAY && f.complete()
                    && !CAPTION.matcher(norm).lookingAt() && introducedAsTheDay(norm, f);
            Expression added = expression(kind, l, n, f.start(), f.end(), f.complete() ? f.date() : null, f.precision(),
                    f.calendar(), f.weekday(), lead, explicit, f.ambiguousOrder(), afterBody,
                    paired[k] || stampList && f.time() != null || excluded(norm, f.start(), f.end()), f.time());
            all.add(added);
            if (explicit && TODAY.matcher(norm.substring(Math.max(0, f.start() - 40), f.start())).find()) {
                todays.add(added);
            }
            refs.add(new int[] {f.start(), f.end()});
        }
        int datelineStart = dateline == null ? -1 : dateline.start();
        if (datelineStart >= 0 && refs.stream().noneMatch(r -> r[0] == datelineStart)) {
            // A dateline's own day-month form (23 - 4) that the general finder does not read.
            ArabicDates.Found f = dateline.date().get();
            all.add(expression(Kind.DATELINE, l, n, f.start(), f.end(), null, f.precision(), f.calendar(), null,
                    true, false, false, false, false, null));
            refs.add(new int[] {f.start(), f.end()});
        }
    }

    /** Adds the weekdays and the relative days of line {@code l} (one of the story's) outside {@code refs} to {@code all}. */
    private static void addDays(List<Expression> all, List<int[]> refs, PageLine l, TextNormalizer.Normalized n,
            int[][] dayStarts, boolean lead) {
        String norm = n.normalized();
        // The patterns are tried only where they can start (dayStarts): at a weekday or a day word (most lines have none).
        matchesAt(WEEKDAY_REF, norm, dayStarts[0], w -> {
            Expression e = weekday(w, refs, l, n, lead);
            if (e != null) {
                all.add(e);
                refs.add(new int[] {w.start(), w.end()});
            }
        });
        matchesAt(RELATIVE, norm, dayStarts[1], r -> {
            if (inside(refs, r.start())) {
                return;
            }
            String word = r.group("w");
            ArabicDates.Precision p = word.startsWith("الاسبوع") ? ArabicDates.Precision.WEEK : ArabicDates.Precision.DAY;
            all.add(new Expression(Kind.RELATIVE, n.originalText(r.start(), r.end()), offset(l, n, r.start(), true),
                    offset(l, n, r.end(), false), l.number(), null, p, ArabicDates.Calendar.GREGORIAN, null, lead,
                    false, false, 0, false, null));
        });
    }

    /** The weekday {@link #WEEKDAY_REF} matched in line {@code l}, or null when it is none of the story's days. */
    private static Expression weekday(Matcher w, List<int[]> refs, PageLine l, TextNormalizer.Normalized n, boolean lead) {
        String norm = n.normalized();
        if (inside(refs, w.start("wd"))) {
            return null;
        }
        DayOfWeek day = ArabicDates.weekday(w.group("wd"));
        // A bare "الاحد" or "الجمعه" alone is too often a word ("one", "the Friday prayer"):
        // a weekday counts with a day word before it or a direction after it, or with the article.
        if (w.group("rel") == null && w.group("dir") == null && !Clitics.startsWithArticle(TextNormalizer.word(w.group("wd")))) {
            return null;
        }
        // A weekday that opens a range (من ... مساء الخميس حتى ...) is the range's start, not the story's day.
        boolean rangeStart = FROM_WORD.find(norm, Math.max(0, w.start() - 25), Math.min(norm.length(), w.end() + 25))
                && UNTIL_WORD.find(norm, w.end(), Math.min(norm.length(), w.end() + 25));
        // ... and the weekday that closes it (... حتى صباح السبت) is its end.
        boolean rangeEnd = RANGE_BEFORE_END.matcher(norm.substring(Math.max(0, w.start() - 40), w.start())).find();
        if (rangeStart || rangeEnd) {
            return null;
        }
        String dir = w.group("dir");
        int direction = dir == null ? 0 : dir.equals("المقبل") || dir.equals("القادم") || dir.equals("الاتي") ? 1 : -1;
        return new Expression(Kind.WEEKDAY, n.originalText(w.start(), w.end()), offset(l, n, w.start(), true),
                offset(l, n, w.end(), false), l.number(), null, ArabicDates.Precision.DAY,
                ArabicDates.Calendar.GREGORIAN, day, lead, w.group("rel") != null, false, direction, false, null);
    }

    /**
     * Runs {@code each} on every match of {@code pattern} in {@code norm} that begins at one of
     * {@code starts} (in order), each after the end of the one before: the patterns are tried only
     * where they can start, and most lines have no start (no matcher is made for them).
     */
    private static void matchesAt(Pattern pattern, String norm, int[] starts, java.util.function.Consumer<Matcher> each) {
        if (starts.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(norm);
        int end = norm.length();
        for (int s = 0, lastEnd = 0; s < starts.length; s++) {
            if (starts[s] < lastEnd) {
                continue;
            }
            m.region(starts[s], end).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) {
                lastEnd = m.end();
                each.accept(m);
            }
        }
    }

    /** A weekday or relative day's value, counted from the anchor: null without one. */
    static LocalDate resolve(Expression e, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        if (e.kind() == Kind.WEEKDAY) {
            return switch (e.direction()) {
                case 1 -> anchor.with(TemporalAdjusters.next(e.weekday()));
                case -1 -> anchor.with(TemporalAdjusters.previous(e.weekday()));
                default -> anchor.with(TemporalAdjusters.previousOrSame(e.weekday()));
            };
        }
        String w = TextNormalizer.word(e.surface());
        return switch (w) {
            case "اليوم" -> anchor;
            case "امس", "البارحه" -> anchor.minusDays(1);
            case "اول امس", "اول من امس", "امس الاول" -> anchor.minusDays(2);
            case "غدا", "غد" -> anchor.plusDays(1);
            case "بعد غد" -> anchor.plusDays(2);
            case "الاسبوع الماضي" -> anchor.minusWeeks(1);
            case "الاسبوع المقبل", "الاسبوع القادم" -> anchor.plusWeeks(1);
            default -> null;
        };
    }

    private static List<Expression> resolveRelative(List<Expression> all, LocalDate anchor) {
        List<Expression> out = new ArrayList<>(all.size());
        for (Expression e : all) {
            out.add(e.kind() == Kind.WEEKDAY || e.kind() == Kind.RELATIVE ? e.withValue(resolve(e, anchor)) : e);
        }
        return out;
    }

    /**
     * Site clocks (stamps above the headline — or, without one, above the story — later than every
     * other date of the page) become
     * {@code clock}; stamps after the body that are several different dates are a list of other
     * stories, and become {@code mention} rows outside the lead.
     */
    private static List<Expression> markClocksAndFooters(List<Expression> all, Reading reading, int top, int lastProse) {
        List<PageLine> lines = reading.lines;
        int headline = top;
        LocalDate latestOther = null;
        for (Expression e : all) {
            if (e.value() != null && e.precision() == ArabicDates.Precision.DAY && !aboveHeadline(e, lines, headline)) {
                latestOther = latestOther == null || e.value().isAfter(latestOther) ? e.value() : latestOther;
            }
        }
        TreeSet<LocalDate> footerDates = new TreeSet<>();
        for (Expression e : all) {
            if (e.kind() == Kind.STAMP && e.value() != null && isAfterBody(e, lines, lastProse)) {
                footerDates.add(e.value());
            }
        }
        // A masthead near the top (an editor's title, a city's clock, weather, prices) marks a date
        // line up there as the site's clock even when no other date says so.
        boolean masthead = false;
        // Looked for only when a stamp stands above the headline: the one case it decides.
        boolean stampAtTop = all.stream().anyMatch(e -> e.kind() == Kind.STAMP && aboveHeadline(e, lines, headline));
        for (int i = 0; stampAtTop && !masthead && i < lines.size() && i < Math.max(headline, 0) + 1 && i < 15; i++) {
            masthead = MASTHEAD.matcher(reading.normalized(i).normalized()).find();
        }
        List<Expression> out = new ArrayList<>(all.size());
        for (Expression e : all) {
            boolean atTop = aboveHeadline(e, lines, headline);
            // The page's very first line, a weekday and a date without a time: how sites print their clock.
            boolean clockShape = atTop && indexOfLine(lines, e.line()) == 0 && e.weekday() != null && e.time() == null;
            if (e.kind() == Kind.STAMP && e.value() != null && atTop && (latestOther != null && e.value().isAfter(latestOther)
                    || (masthead || clockShape) && latestOther == null || clockShape && !e.value().isBefore(latestOther))) {
                out.add(e.withKind(Kind.CLOCK));
            } else if (e.kind() == Kind.STAMP && footerDates.size() > 1 && isAfterBody(e, lines, lastProse)) {
                out.add(e.withKind(Kind.MENTION));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static int indexOfLine(List<PageLine> lines, int number) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }

    private static boolean aboveHeadline(Expression e, List<PageLine> lines, int headline) {
        return headline >= 0 && indexOfLine(lines, e.line()) < headline;
    }

    private static boolean isAfterBody(Expression e, List<PageLine> lines, int lastProse) {
        return lastProse >= 0 && indexOfLine(lines, e.line()) > lastProse;
    }

    private static boolean inside(List<int[]> refs, int at) {
        for (int[] r : refs) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #isStampLine} takes away (compiled once: it reads every short line of a page). */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(?::\\d{2})?");
    private static final Pattern PUNCTUATION_OR_DIGIT = Pattern.compile("[\\p{P}\\p{S}\\d]");

    /**
     * Whether a line is a stamp: after its dates, times, addresses, labels and separators are
     * taken away, nothing is left but a few words (a site's name, a byline).
     */
    public static boolean isStampLine(String norm, List<ArabicDates.Found> dates) {
        if (dates.isEmpty() || dates.stream().noneMatch(f -> f.precision() == ArabicDates.Precision.DAY && f.complete())) {
            return false;
        }
        StringBuilder rest = new StringBuilder(norm);
        for (ArabicDates.Found f : dates) {
            for (int i = f.start(); i < f.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String r = STAMP_WORDS.replaceAll(rest, " ");
        if (Patterns.mayHoldWebAddress(r)) {
            r = ADDRESS.matcher(r).replaceAll(" ");
        }
        r = PUNCTUATION_OR_DIGIT.matcher(CLOCK_TIME.matcher(r).replaceAll(" ")).replaceAll(" ").strip();
        return r.isEmpty() || Patterns.WHITE_SPACE.split(r).length <= 3;
    }

    /**
     * Hijri dates given with their Gregorian equivalent ({@code 5/7/1437ه الموافق 14/4/2016م}): the
     * Gregorian date is the one used, as the page states it (sites compute the Hijri calendar
     * differently, and Umm al-Qura may be a day or two off theirs).
     */
    private static boolean[] pairedHijri(String norm, List<ArabicDates.Found> dates) {
        boolean[] out = new boolean[dates.size()];
        for (int k = 0; k + 1 < dates.size(); k++) {
            ArabicDates.Found h = dates.get(k);
            ArabicDates.Found g = dates.get(k + 1);
            if (h.calendar() == ArabicDates.Calendar.HIJRI && g.calendar() == ArabicDates.Calendar.GREGORIAN
                    && g.start() - h.end() <= 16 && norm.substring(h.end(), g.start()).contains("الموافق")) {
                out[k] = true;
            }
        }
        return out;
    }

    /** "Today" right before a date, perhaps with its weekday: اليوم الخميس، صباح اليوم (الأحد). */
    private static final Pattern TODAY = Pattern.compile("(?:^|[\\s(،,])(?:صباح\\s+|مساء\\s+)?اليوم\\s*[(،,]?\\s*(?:"
            + ArabicDates.weekdayPattern() + ")?\\s*[)،,]?\\s*$");

    /**
     * A problem when the story says today is one day and its dateline another (بغداد 14 مارس … اليوم
     * الخميس 12 مارس): one of them is wrong, and a person should look.
     */
    private static void todayAgainstDateline(List<Expression> all, List<Expression> todays, List<String> problems) {
        if (todays.isEmpty()) {
            return;
        }
        for (Expression d : all) {
            if (d.kind() == Kind.DATELINE && d.value() != null) {
                for (Expression t : todays) {
                    if (t.value() != null && !t.value().equals(d.value())) {
                        problems.add("the dateline says " + d.value() + " but the story says today is " + t.value()
                                + " ('" + t.surface().strip() + "'); check the date.");
                        return;
                    }
                }
                return;
            }
        }
    }

    /** A full date right after a day reference (اليوم الاثنين 17 ماي 2021, أمس الاثنين ... الموافق ...). */
    private static boolean introducedAsTheDay(String norm, ArabicDates.Found f) {
        int from = Math.max(0, f.start() - 60);
        String before = norm.substring(from, f.start());
        return DAY_BEFORE.matcher(before).find() || f.weekday() != null && DAY_WORD_BEFORE.matcher(before).find();
    }

    /** A day reference ending right before a date: the day words, a weekday, a Hijri date and الموافق may stand between. */
    private static final Pattern DAY_BEFORE = Pattern.compile("(?:^|[\\s(،,])(?:اليوم|يوم|امس|البارحه|صباح|مساء)"
            + "(?:\\s+(?:اليوم|امس))?\\s*[(،,]?\\s*(?:" + ArabicDates.weekdayPattern()
            + ")?\\s*[)،,]?\\s*(?:\\S+\\s+الموافق\\s*)?$");
    /** A bare day word right before a date that names its own weekday. */
    private static final Pattern DAY_WORD_BEFORE = Pattern.compile("(?:اليوم|يوم|امس)\\s*$");

    private static Expression expression(Kind kind, PageLine l, TextNormalizer.Normalized n, int start, int end,
            LocalDate value, ArabicDates.Precision precision, ArabicDates.Calendar calendar, DayOfWeek weekday, boolean lead,
            boolean explicit, boolean ambiguous, boolean afterBody, boolean excluded, java.time.LocalTime time) {
        return new Expression(kind, n.originalText(start, end), offset(l, n, start, true), offset(l, n, end, false),
                l.number(), value, precision, calendar, weekday, lead && !afterBody, explicit, ambiguous, 0,
                excluded || afterBody, time);
    }

    /** Up to two words before the date: since, born, until, before, after, expected. */
    static final WordStartPattern NOT_AN_EVENT_BEFORE = WordStartPattern.of(List.of("منذ", "مواليد", "مواليده", "ولد",
            "ولدت", "المولود", "حتي", "لغايه", "غايه", "حدود", "قبل", "بعد", "المقرر", "مقرر", "ميلاده", "ميلاد",
            "بتاريخ ميلاد", "المرتقب", "المنتظر"), "\\s*(?:\\S+\\s*){0,2}$");
    /** In the same sentence, before the date: a birth, a deadline, a fixed appointment. */
    static final WordStartPattern NOT_AN_EVENT_IN_SENTENCE = WordStartPattern.of(List.of("ولد", "ولدت", "مولده", "مولدها",
            "المولود", "تمديد", "يمدد", "مددت", "حدد", "حددت", "تحدد", "سيعقد", "ستعقد", "سينعقد", "ستنعقد", "سيقام", "ستقام",
            "المقرر"), "(?:\\s|$)");
    /** Right after the date: a date fixed as an appointment (موعدا). */
    private static final Pattern APPOINTMENT_AFTER = Pattern.compile("^\\s*[،,]?\\s*(?:موعدا|موعد|كموعد|لاجراء|لانعقاد)");

    /**
     * A date that is no event of the story by its wording: right after منذ (since), مواليد (born),
     * حتى (until), قبل or بعد (before, after), المقرر (scheduled), or written inside brackets, as
     * birth dates are ({@code (13 يونيو 1944)}).
     */
    private static boolean excluded(String norm, int start, int end) {
        if (NOT_AN_EVENT_BEFORE.find(norm, Math.max(0, start - 30), start)) {
            return true;
        }
        int sentence = Math.max(Math.max(norm.lastIndexOf('.', start - 1), norm.lastIndexOf('؟', start - 1)),
                norm.lastIndexOf('!', start - 1)) + 1;
        if (NOT_AN_EVENT_IN_SENTENCE.find(norm, sentence, start)
                || APPOINTMENT_AFTER.matcher(norm.substring(end)).find()) {
            return true;
        }
        int open = norm.lastIndexOf('(', start);
        int close = norm.lastIndexOf(')', start);
        return open > close && open >= start - 2 && norm.indexOf(')', end) >= end && norm.indexOf(')', end) <= end + 2;
    }

    /** The offset in the article's text of a position in a line's normalized text, or -1 for a removed line. */
    private static int offset(PageLine l, TextNormalizer.Normalized n, int normalized, boolean start) {
        if (l.offset() < 0) {
            return -1;
        }
        return l.offset() + (start ? n.originalStart(normalized) : n.originalEnd(normalized));
    }

    /** Kinds by name, for tables. */
    static final Map<String, Kind> KINDS = Map.of("dateline", Kind.DATELINE, "stamp", Kind.STAMP, "clock", Kind.CLOCK,
            "weekday", Kind.WEEKDAY, "relative", Kind.RELATIVE, "mention", Kind.MENTION);
}

package org.newstables.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.newstables.time.DateTagger.Expression;
import org.newstables.time.DateTagger.Kind;
import org.newstables.common.Internal;

/**
 * The date of the reported event, by one rule over a page's date expressions. The first that
 * applies gives it:
 * <ol>
 *   <li>{@code metadata}: a date given in metadata.</li>
 *   <li>{@code mention}: a full date in the lead introduced as the day of the story ({@code اليوم
 *       الاثنين 17 ماي 2021}, {@code يوم الأحد 28 نونبر 2021}); a weekday written with it must agree.</li>
 *   <li>{@code dateline}: the story's dateline (a dateline without a year takes it from the stamp or
 *       the publication date, as the latest such day on or before it).</li>
 *   <li>{@code stamp}: the page's publication stamp — above the story, or a single one below it —
 *       never a site's clock nor a list of other stories' dates.</li>
 *   <li>{@code published}: the publication date given in metadata.</li>
 * </ol>
 * Whichever of dateline, stamp or publication date applies is the <em>anchor</em>: a weekday or a
 * relative day in the lead (يوم الثلاثاء، اليوم، أمس، الخميس المقبل) is counted from it, and gives
 * the date instead ({@code weekday}, {@code relative}): the dateline or stamp is when the story was
 * filed, the weekday when the event happened. Failing all of these:
 * <ol start="6">
 *   <li>{@code mention}: a full date anywhere in the story whose weekday is the one the lead names
 *       ({@code يوم الأربعاء} and a caption's {@code 6 ديسمبر 2023});</li>
 *   <li>{@code mention}: the story's first full date that its wording does not exclude (not after
 *       منذ، حتى، قبل، مواليد, not in brackets, not in a list below the story).</li>
 * </ol>
 * Otherwise the article has no date ({@code none}). A day and month without a year establish no
 * date on their own.
 *
 * @param date       the event date, or null
 * @param source     where it came from: metadata, mention, dateline, weekday, relative, stamp, published or none
 * @param precision  day, month or year (null without a date)
 * @param expression the expression it came from, or null (metadata, published, none)
 * @param anchor     the date weekdays and relative days are counted from (the dateline, else the
 *                   stamp, else the publication date), or null
 */
@Internal
public record EventDate(LocalDate date, DateSource source, ArabicDates.Precision precision, Expression expression,
        LocalDate anchor) {

    static EventDate decide(List<Expression> all, LocalDate published, LocalDate metadata, LocalDate today,
            List<String> problems) {
        Expression dateline = first(all, Kind.DATELINE, false);
        Expression stamp = stamp(all);
        Expression reference = leadReference(all);

        // Numeric dates come here read in the page's day/month order (settleOrder).
        LocalDate stampDate = stamp == null ? null : stamp.value();
        LocalDate datelineDate = dateline == null ? null : dateline.value();
        if (dateline != null && datelineDate == null) {
            // A dateline of day and month: its year from the stamp or the publication date.
            LocalDate year = stampDate != null ? stampDate : published;
            datelineDate = year == null ? null : dayMonth(dateline, year);
        }
        if (dateline != null && datelineDate != null) {
            dateline = dateline.withValue(datelineDate);
        }
        if (datelineDate != null && stampDate != null && Math.abs(datelineDate.toEpochDay() - stampDate.toEpochDay()) > 3) {
            problems.add("the dateline says " + datelineDate + " but the page's stamp says " + stampDate
                    + "; the dateline is used. Check which is right.");
        }

        for (Expression e : all) {
            if (e.introduced() && e.weekday() != null && e.value() != null && e.kind() != Kind.WEEKDAY
                    && e.weekday() != e.value().getDayOfWeek()) {
                problems.add("the story names a " + english(e.weekday()) + " with the date " + e.value() + " ('"
                        + e.surface().strip() + "'), which is a " + english(e.value().getDayOfWeek()) + "; check it.");
            }
        }
        // The date weekdays and relative days are counted from: the dateline, else the stamp, else the publication date.
        LocalDate anchor = datelineDate != null ? datelineDate : stampDate != null ? stampDate : published;
        EventDate chosen;
        Expression introduced = introduced(all);
        if (metadata != null) {
            chosen = new EventDate(metadata, DateSource.METADATA, ArabicDates.Precision.DAY, null, metadata);
        } else if (introduced != null) {
            chosen = new EventDate(introduced.value(), DateSource.MENTION, ArabicDates.Precision.DAY, introduced, introduced.value());
        } else if (datelineDate != null) {
            chosen = counted(dateline, DateSource.DATELINE, reference);
        } else if (stampDate != null) {
            chosen = counted(stamp, DateSource.STAMP, reference);
        } else if (published != null) {
            LocalDate counted = reference == null ? null : DateTagger.resolve(reference, published);
            chosen = counted == null || counted.equals(published)
                    ? new EventDate(published, DateSource.PUBLISHED, ArabicDates.Precision.DAY, null, published)
                    : new EventDate(counted, DateSource.of(reference.kind()), ArabicDates.Precision.DAY, reference, published);
        } else {
            chosen = byWeekday(all, reference);
            if (chosen == null) {
                chosen = firstMention(all);
            }
        }
        if (chosen.date() != null && today != null && chosen.date().isAfter(today)) {
            problems.add("the date " + chosen.date() + " is in the future; check it.");
        }
        return new EventDate(chosen.date(), chosen.source(), chosen.precision(), chosen.expression(), anchor);
    }

    /**
     * The anchor's date, or a weekday or relative day of the lead counted from it (named as the
     * source only when it gives another day than the anchor's own).
     */
    private static EventDate counted(Expression anchor, DateSource source, Expression reference) {
        LocalDate counted = reference == null ? null : DateTagger.resolve(reference, anchor.value());
        if (counted == null || counted.equals(anchor.value())) {
            return new EventDate(anchor.value(), source, ArabicDates.Precision.DAY, anchor, anchor.value());
        }
        return new EventDate(counted, DateSource.of(reference.kind()), ArabicDates.Precision.DAY, reference, anchor.value());
    }

    /** The lead's weekday with a day word (اليوم الأربعاء), or null: what a metadata date should fall on. */
    public static Expression leadWeekday(List<Expression> all) {
        Expression r = leadReference(all);
        return r != null && r.kind() == Kind.WEEKDAY && r.introduced() ? r : null;
    }

    private static Expression first(List<Expression> all, Kind kind, boolean needsValue) {
        for (Expression e : all) {
            if (e.kind() == kind && (!needsValue || e.value() != null)) {
                return e;
            }
        }
        return null;
    }

    /** The publication stamp: the first above or in the story; else a single one below it. */
    private static Expression stamp(List<Expression> all) {
        Expression below = null;
        for (Expression e : all) {
            if (e.kind() == Kind.STAMP && e.value() != null && e.precision() == ArabicDates.Precision.DAY) {
                if (!e.excluded()) {
                    return e;
                }
                below = below == null ? e : below;
            }
        }
        return below;
    }

    /**
     * The lead's weekday or relative day that dates the event: the first weekday with a day word or
     * a direction (اليوم الخميس، الخميس المقبل), else the first relative day (اليوم، أمس), else the first
     * weekday with the article.
     */
    private static Expression leadReference(List<Expression> all) {
        Expression bare = null;
        Expression relative = null;
        Expression introduced = null;
        for (Expression e : all) {
            if (!e.lead()) {
                continue;
            }
            if (e.kind() == Kind.WEEKDAY && (e.introduced() || e.direction() != 0)) {
                // "اليوم الجمعة" (today) names the story's day more surely than "مساء الخميس".
                if (e.surface().contains("اليوم") || e.direction() != 0) {
                    return e;
                }
                introduced = introduced == null ? e : introduced;
                continue;
            }
            if (e.kind() == Kind.RELATIVE && e.precision() == ArabicDates.Precision.DAY && relative == null) {
                relative = e;
            }
            if (e.kind() == Kind.WEEKDAY && bare == null) {
                bare = e;
            }
        }
        return introduced != null ? introduced : relative != null ? relative : bare;
    }

    /** A full date of the lead introduced as the story's day, whose weekday (if written) agrees. */
    private static Expression introduced(List<Expression> all) {
        for (Expression e : all) {
            if (e.introduced() && e.lead() && e.value() != null && e.kind() != Kind.WEEKDAY
                    && e.precision() == ArabicDates.Precision.DAY && !e.excluded()) {
                if (e.weekday() == null || e.weekday() == e.value().getDayOfWeek()) {
                    return e;
                }
            }
        }
        return null;
    }

    /** A full date in the story whose weekday is the lead's. */
    private static EventDate byWeekday(List<Expression> all, Expression reference) {
        if (reference == null || reference.kind() != Kind.WEEKDAY || !reference.introduced()) {
            return null;
        }
        for (Expression e : all) {
            if (e.kind() == Kind.MENTION && e.value() != null && e.precision() == ArabicDates.Precision.DAY
                    && !e.excluded() && e.value().getDayOfWeek() == reference.weekday()) {
                return new EventDate(e.value(), DateSource.MENTION, ArabicDates.Precision.DAY, e, e.value());
            }
        }
        return null;
    }

    private static EventDate firstMention(List<Expression> all) {
        for (Expression e : all) {
            if (e.kind() == Kind.MENTION && e.value() != null && e.precision() == ArabicDates.Precision.DAY
                    && !e.excluded()) {
                return new EventDate(e.value(), DateSource.MENTION, ArabicDates.Precision.DAY, e, null);
            }
        }
        return new EventDate(null, DateSource.NONE, null, null, null);
    }

    /**
     * The page's numeric dates read in the order the page prints day and month, decided once for
     * the whole page, so that the event date, the publication date and every {@code dates()} row
     * read the page alike. A date whose day and month are both 12 or less is read day first unless
     * the page settles it: the lead's weekday falls on one reading of the stamp (else of the
     * dateline) and not on the other, or else another numeric date of the page can be read one way
     * only ({@code 25/3/2017} day first, {@code 8/14/2020} month first). Unsettled, the dates stay
     * day first, and an ambiguous stamp or dateline gets a problem saying so.
     *
     * @return {@code all}, with the ambiguous dates read month first when the page settles that
     */
    static List<Expression> settleOrder(List<Expression> all, List<String> problems) {
        if (all.stream().noneMatch(EventDate::swappable)) {
            return all;
        }
        Expression stamp = stamp(all);
        Expression dateline = first(all, Kind.DATELINE, false);
        Expression reference = leadReference(all);
        Boolean monthFirst = null;
        for (Expression e : new Expression[] {stamp, dateline}) {
            if (monthFirst == null && swappable(e)) {
                monthFirst = byWeekday(e, reference);
            }
        }
        if (monthFirst == null) {
            monthFirst = byOtherDates(all);
        }
        if (monthFirst == null) {
            for (Expression e : new Expression[] {stamp, dateline}) {
                if (swappable(e)) {
                    problems.add("the date '" + e.surface().strip() + "' could be day/month or month/day; it is read"
                            + " day first (" + e.value() + "), as Arabic sites print dates. Check it, or give the date"
                            + " in metadata.");
                }
            }
            return all;
        }
        if (!monthFirst) {
            return all;
        }
        List<Expression> out = new java.util.ArrayList<>(all.size());
        for (Expression e : all) {
            out.add(swappable(e) ? e.withValue(swap(e.value())) : e);
        }
        return out;
    }

    /** A numeric date with a value whose day and month could be swapped. */
    private static boolean swappable(Expression e) {
        return e != null && e.ambiguous() && e.value() != null && swap(e.value()) != null;
    }

    /**
     * Whether the lead's weekday reads {@code e} month first (true) or day first (false): one
     * reading falls on it, the other not; null when it does not tell.
     */
    private static Boolean byWeekday(Expression e, Expression reference) {
        if (reference == null || reference.kind() != Kind.WEEKDAY) {
            return null;
        }
        DayOfWeek day = reference.weekday();
        boolean asRead = within(e.value(), day);
        boolean other = within(swap(e.value()), day);
        return asRead == other ? null : other;
    }

    /**
     * Whether the page's first numeric date that can be read one way only is month first (true) or
     * day first (false); null when there is none.
     */
    private static Boolean byOtherDates(List<Expression> all) {
        for (Expression o : all) {
            if (o.calendar() == ArabicDates.Calendar.GREGORIAN && o.value() != null && !o.ambiguous()
                    && o.surface().matches(".*\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-].*")) {
                String[] parts = o.surface().replaceAll("[^0-9/.\\-]", " ").strip().split("\\s*[/.\\-]\\s*");
                if (parts.length >= 2 && parts[0].matches("\\d{1,2}") && Integer.parseInt(parts[0]) > 12) {
                    return false;
                }
                if (parts.length >= 2 && parts[1].matches("\\d{1,2}") && Integer.parseInt(parts[1]) > 12) {
                    return true;
                }
            }
        }
        return null;
    }

    /** Whether {@code day} falls on the date or in the six days before it (a weekday the story could mean). */
    private static boolean within(LocalDate date, DayOfWeek day) {
        return date.getDayOfWeek() == day;
    }

    private static LocalDate swap(LocalDate d) {
        try {
            return LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A dateline of day and month: that day of the latest year on or before {@code reference}. */
    private static LocalDate dayMonth(Expression dateline, LocalDate reference) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})").matcher(
                org.newstables.text.TextNormalizer.word(dateline.surface()));
        try {
            if (m.find()) {
                LocalDate d = LocalDate.of(reference.getYear(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                return d.isAfter(reference) ? d.minusYears(1) : d;
            }
            ArabicDates.Found f = ArabicDates.find(org.newstables.text.TextNormalizer.word(dateline.surface())).stream()
                    .findFirst().orElse(null);
            return f == null ? null : f.inYearBefore(reference);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A weekday in English, for messages. */
    static String english(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}

package org.newstables;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The period of a timeline: {@code c.timeline(Per.YEAR)}. (Not "Period": java.time.Period is among
 * the notebook kernels' default imports.)
 */
public enum Per implements org.newstables.time.Periods {
    /** Calendar days. */
    DAY,
    /** ISO weeks, Monday to Sunday, labelled like 2021-W22. */
    WEEK,
    /** Calendar months, labelled like 2021-06. */
    MONTH,
    /** Calendar quarters, labelled like 2021-Q2. */
    QUARTER,
    /** Calendar years. */
    YEAR;

    /** The first day of the period that holds {@code date}. */
    @Override
    public LocalDate start(LocalDate date) {
        switch (this) {
            case DAY:
                return date;
            case WEEK:
                return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return date.withDayOfMonth(1);
            case QUARTER:
                return LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            default:
                return LocalDate.of(date.getYear(), 1, 1);
        }
    }

    /** The first day of the next period. */
    @Override
    public LocalDate next(LocalDate start) {
        switch (this) {
            case DAY:
                return start.plusDays(1);
            case WEEK:
                return start.plusWeeks(1);
            case MONTH:
                return start.plusMonths(1);
            case QUARTER:
                return start.plusMonths(3);
            default:
                return start.plusYears(1);
        }
    }

    /** The label of the period starting on {@code start}: 2021-06-02, 2021-W22, 2021-06, 2021-Q2, 2021. */
    @Override
    public String label(LocalDate start) {
        switch (this) {
            case DAY:
                return start.toString();
            case WEEK:
                return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH:
                return String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER:
                return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            default:
                return String.valueOf(start.getYear());
        }
    }
}

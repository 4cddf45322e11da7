package org.newstables.time;

import java.time.LocalDate;

/** How a timeline cuts time into periods (days, weeks, months, quarters, years): {@code org.newstables.Per}. */
public interface Periods {

    /** The first day of the period that holds {@code date}. */
    LocalDate start(LocalDate date);

    /** The first day of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start);

    /** The period's label: 2021-06-02, 2021-W22, 2021-06, 2021-Q2, 2021. */
    String label(LocalDate start);

    /** The name of the grain (YEAR, MONTH, …), for the table's name. */
    String name();
}

package org.newstables.time;

import java.util.Locale;

/**
 * Where an article's date came from, by {@link EventDate}'s rule; {@link #label()} is the value of
 * the articles table's {@code date_source} column.
 */
public enum DateSource {
    /** The metadata's date (a column or metadata.csv), which wins over the text. */
    METADATA,
    /** A full date the story introduces as the event's (يوم الأربعاء 6 ديسمبر 2023). */
    MENTION,
    /** The dateline (القاهرة 8 مارس 2018). */
    DATELINE,
    /** A weekday of the lead, counted back from the dateline, stamp or publication date. */
    WEEKDAY,
    /** A relative day of the lead (أمس، اليوم), counted from the dateline, stamp or publication date. */
    RELATIVE,
    /** The page's publication stamp. */
    STAMP,
    /** The publication date given with the article. */
    PUBLISHED,
    /** Nothing gave a date. */
    NONE;

    /** The name in the tables: {@code metadata}, {@code dateline}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source of a date counted from an expression of {@code kind} (a weekday or a relative day). */
    static DateSource of(DateTagger.Kind kind) {
        return valueOf(kind.name());
    }
}

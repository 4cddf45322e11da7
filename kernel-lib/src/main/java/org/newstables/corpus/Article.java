package org.newstables.corpus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newstables.time.DateSource;

/**
 * One article after reading and cleaning: a row of {@code Corpus.articles()}.
 *
 * @param id            the article id
 * @param origin        the file (and row) it was read from
 * @param title         the headline, from metadata or read from the text; may be empty
 * @param date          the date of the reported event, or null when unknown
 * @param published     the publication date, or null when unknown
 * @param publishedTime the publication time of day, or null when unknown
 * @param dateSource    where {@code date} came from, by {@link org.newstables.time.EventDate}'s rule:
 *                      metadata, mention, dateline, weekday, relative, stamp, published or none
 * @param datePrecision day, month or year; empty without a date
 * @param dateStart     where the expression the date came from starts in {@code text}, or -1 (from
 *                      metadata, from a line cleaning removed, or no date)
 * @param dateEnd       where it ends, or -1
 * @param dateline      the place of the dateline, from metadata or the text; may be empty
 * @param source        the publisher or agency, from metadata or as the text names it; may be empty
 * @param language      {@code ar}, {@code en} or {@code und}, by script
 * @param text          the cleaned text that every analysis and every offset refers to
 * @param removed       the lines that cleaning took out of the text, in file order
 * @param extra         metadata columns beyond the known ones, by column name
 * @param encoding      the encoding the file was read in
 * @param dates         every date expression of the page, as the tagger read it
 */
public record Article(
        String id,
        String origin,
        String title,
        LocalDate date,
        LocalDate published,
        LocalTime publishedTime,
        DateSource dateSource,
        String datePrecision,
        int dateStart,
        int dateEnd,
        String dateline,
        String source,
        String language,
        String text,
        List<RemovedLine> removed,
        Map<String, String> extra,
        String encoding,
        PageDates dates) {

    public Article {
        removed = List.copyOf(removed);
        // Most articles have no extra column: one shared empty map, not a map each (100,000 of them).
        extra = extra.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}

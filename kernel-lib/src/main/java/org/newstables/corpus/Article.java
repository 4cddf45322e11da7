package org.newstables.corpus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article after reading and cleaning: a row of {@code Corpus.articles()}.
 *
 * @param id            the article id
 * @param origin        the file (and row) it was read from
 * @param title         the headline, from metadata or read from the text; may be empty
 * @param date          the date of the reported event, or null when unknown
 * @param published     the publication date, or null when unknown
 * @param publishedTime the publication time of day, or null when unknown
 * @param dateSource    where {@code date} came from: {@code metadata}, {@code text} or {@code none}
 * @param dateline      the place of the dateline, from metadata or the text; may be empty
 * @param source        the publisher or agency, from metadata or as the text names it; may be empty
 * @param language      {@code ar}, {@code en} or {@code und}, by script
 * @param text          the cleaned text that every analysis and every offset refers to
 * @param removed       the lines that cleaning took out of the text, in file order
 * @param extra         metadata columns beyond the known ones, by column name
 * @param encoding      the encoding the file was read in
 */
public record Article(
        String id,
        String origin,
        String title,
        LocalDate date,
        LocalDate published,
        LocalTime publishedTime,
        String dateSource,
        String dateline,
        String source,
        String language,
        String text,
        List<RemovedLine> removed,
        Map<String, String> extra,
        String encoding) {

    /** {@code date_source} value for a date taken from metadata. */
    public static final String FROM_METADATA = "metadata";
    /** {@code date_source} value for a date read from the article's text. */
    public static final String FROM_TEXT = "text";
    /** {@code date_source} value for an article without a date. */
    public static final String NO_DATE = "none";

    public Article {
        removed = List.copyOf(removed);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}

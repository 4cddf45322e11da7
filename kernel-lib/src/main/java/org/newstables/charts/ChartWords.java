package org.newstables.charts;

/**
 * The words on a chart: axis titles, chart titles and notes, in one language. {@code
 * org.newstables.ChartText} gives them in English and Arabic; another language is a class
 * implementing this.
 */
public interface ChartWords {

    /** Whether series and categories are labelled with the tables' {@code label_ar} columns. */
    boolean arabicLabels();

    /** The y axis of a timeline of rates: mentions per 1,000 words. */
    String perThousand();

    /** The y axis of a topic timeline's shares: the mean topic share of the period's articles. */
    String share();

    /** The y axis of a timeline of counts. */
    String mentions();

    /** The y axis of the top terms: occurrences. */
    String count();

    /** The x axis of a timeline. */
    String period();

    /** The x axis of the top terms. */
    String term();

    /** A timeline's title; {@code what} is its kind (entity, theme) or "mixed". */
    String timelineTitle(String what, boolean rates);

    /** A partners timeline's title, naming the focal country (English and Arabic names given). */
    String partnersTitle(String focal, String focalArabic, boolean rates);

    /** The top terms chart's title. */
    String topTermsTitle();

    /** The co-occurrence heatmap's title. */
    String heatmapTitle();

    /** The x axis of a dispersion plot. */
    String relativePosition();

    /** The dispersion plot's title. */
    String dispersionTitle();

    /** Added to a title when the chart has nothing to show. */
    String noData();

    /** The series that sums the {@code keys} smallest ones. */
    String other(int keys);

    /** Added to a timeline's title: how many mentions in undated articles are not shown. */
    String undated(int mentions);
}

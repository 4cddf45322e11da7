package org.newstables.common;

/**
 * The names of the columns NewsTables' tables share, in one place (the README's column guide):
 * <ul>
 *   <li>a row's key column is named by what it holds: {@value #ARTICLE} (an article's id),
 *       {@value #ENTITY} (an entity's key: an ISO country code, a lexicon key, a discovered
 *       person's normalized name), {@value #THEME}, {@value #TERM} (a stem), {@value #COLLOCATE};
 *       {@value #KEY} only where one table holds keys of several kinds, told apart by {@value #KIND};
 *       in a table of pairs, the second key is {@value #OTHER};</li>
 *   <li>beside a key, {@value #LABEL} (English or Latin) and {@value #LABEL_AR} (Arabic);</li>
 *   <li>{@value #ARTICLES} is always a number of articles (document frequency), {@value #MENTIONS}
 *       a number of mentions;</li>
 *   <li>{@value #START} and {@value #END} are only ever character offsets into an article's text
 *       (end exclusive); a period of time has {@value #PERIOD} and {@value #PERIOD_START}.</li>
 * </ul>
 */
public final class Columns {

    /** An article's id. */
    public static final String ARTICLE = "article";
    /** An entity's key. */
    public static final String ENTITY = "entity";
    /** A theme's key. */
    public static final String THEME = "theme";
    /** A term: a stem. */
    public static final String TERM = "term";
    /** A word found near a node word, as a stem. */
    public static final String COLLOCATE = "collocate";
    /** A key where a table holds keys of several kinds. */
    public static final String KEY = "key";
    /** What kind of key a row has (entity, theme; entity-theme, entity-entity for pairs). */
    public static final String KIND = "kind";
    /** The second key of a pair. */
    public static final String OTHER = "other";
    /** A key's label in English (or Latin letters). */
    public static final String LABEL = "label";
    /** A key's label in Arabic. */
    public static final String LABEL_AR = "label_ar";
    /** A number of articles (document frequency). */
    public static final String ARTICLES = "articles";
    /** A number of mentions. */
    public static final String MENTIONS = "mentions";
    /** A character offset into an article's text: where something starts. */
    public static final String START = "start";
    /** A character offset into an article's text: where something ends (exclusive). */
    public static final String END = "end";
    /** A period of time: 2021, 2021-Q3, 2021-07, 2021-W27, a date, or undated. */
    public static final String PERIOD = "period";
    /** The first day of a period. */
    public static final String PERIOD_START = "period_start";

    private Columns() {
    }
}

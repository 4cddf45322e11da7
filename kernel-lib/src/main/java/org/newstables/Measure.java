package org.newstables;

/**
 * What a timeline chart plots: mention counts, or mentions per 1,000 words of the period's
 * articles (so that a busy period does not look like a trend): {@code Charts.timeline(t, ChartText.ENGLISH, Measure.COUNT)}.
 */
public enum Measure {
    /** Mentions per period (the timeline's {@code mentions} column). */
    COUNT,
    /** Mentions per 1,000 words of the period's articles (the timeline's {@code per_1k} column). */
    PER_1K,
    /** The mean topic share of the period's articles (a topic timeline's {@code share} column). */
    SHARE
}

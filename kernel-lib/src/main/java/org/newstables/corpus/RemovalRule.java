package org.newstables.corpus;

/**
 * The rules by which cleaning removes a line from an article's analysed text (see {@link PageCleaner});
 * {@link #label()} is what the {@code removed()} table's {@code reason} column says.
 */
public enum RemovalRule {
    /** A line without a letter: separators, numbers, symbols. */
    NO_LETTERS("no letters"),
    /** A line made only of dates, times, addresses and publication labels. */
    STAMP("stamp"),
    /** A short line without Arabic in an Arabic article, not ending like a sentence: buttons, menus. */
    INTERFACE("interface"),
    /** A short line before the headline, outside the body. */
    BANNER("banner"),
    /** A short line outside the body that speaks of the web site (share, subscribe, comments). */
    SITE_FURNITURE("site furniture");

    private final String label;

    RemovalRule(String label) {
        this.label = label;
    }

    /** The rule as the {@code removed()} table writes it: {@code no letters}, {@code stamp}, … */
    public String label() {
        return label;
    }
}

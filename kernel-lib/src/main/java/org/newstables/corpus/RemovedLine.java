package org.newstables.corpus;

/**
 * A line that cleaning removed from an article's analysed text.
 *
 * @param line 1-based line number in the file as read
 * @param rule the rule that removed it (see {@link PageCleaner})
 * @param text the line as it was
 */
public record RemovedLine(int line, RemovalRule rule, String text) {

    /** The rule as the {@code removed()} table writes it: {@code no letters}, {@code stamp}, … */
    public String reason() {
        return rule.label();
    }
}

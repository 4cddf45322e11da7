package org.newstables.corpus;

/**
 * A line that cleaning removed from an article's analysed text.
 *
 * @param line   1-based line number in the file as read
 * @param reason the rule that removed it: {@code no letters}, {@code stamp}, {@code interface},
 *               {@code banner} or {@code site furniture} (see {@link PageCleaner})
 * @param text   the line as it was
 */
public record RemovedLine(int line, String reason, String text) {
}

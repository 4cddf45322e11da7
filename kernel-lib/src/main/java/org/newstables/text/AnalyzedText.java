package org.newstables.text;

/**
 * The analysis of one article's text, kept in columns: for token {@code i}, its character
 * offsets into the text, its sentence number, and its normalized form and stem. {@code text.substring(start(i), end(i))} is the token's surface.
 */
public final class AnalyzedText {

    private final String text;
    private final Sentences sentences;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentence;
    private final String[] surfaces;
    private final String[] norms;
    private final String[] stems;

    AnalyzedText(String text, Sentences sentences, int[] starts, int[] ends, int[] sentence,
            String[] surfaces, String[] norms, String[] stems) {
        this.text = text;
        this.sentences = sentences;
        this.starts = starts;
        this.ends = ends;
        this.sentence = sentence;
        this.surfaces = surfaces;
        this.norms = norms;
        this.stems = stems;
    }

    /** The analysed text. */
    public String text() {
        return text;
    }

    /** The sentences of the text. */
    public Sentences sentences() {
        return sentences;
    }

    /** How many tokens the text has, stop words included. */
    public int size() {
        return starts.length;
    }

    /** Start offset of token {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) of token {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** The token as written in the text. */
    public String surface(int i) {
        return surfaces[i];
    }

    /** 1-based sentence number of token {@code i}. */
    public int sentence(int i) {
        return sentence[i];
    }

    /** Normalized form of token {@code i}. */
    public String norm(int i) {
        return norms[i];
    }

    /** Stem of token {@code i}. */
    public String stem(int i) {
        return stems[i];
    }
}

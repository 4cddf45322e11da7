package org.newstables.text;

import java.util.BitSet;

/**
 * The analysis of one article's text, kept lean: for token {@code i}, its start offset and the id
 * of its word in the corpus's {@link Vocabulary} — eight bytes a token, and a bit for whether one
 * space follows it ({@link #spaceAfter}). The end offset, sentence
 * number, surface, normalized form and stem follow from those: {@code text.substring(start(i),
 * end(i))} is the token's surface.
 */
public final class AnalyzedText {

    private final String text;
    private final Sentences sentences;
    private final Vocabulary vocabulary;
    private final int[] starts;
    private final int[] words;
    /**
     * Bit i: token i + 1 follows token i after one space (U+0020) and nothing else, news's usual
     * gap between words. Set while the tokenizer reads the text: the name finders ask about the
     * gap between neighbours often, and reading the text again later costs a cache miss each.
     */
    private final BitSet spaced;

    AnalyzedText(String text, Sentences sentences, Vocabulary vocabulary, int[] starts, int[] words, BitSet spaced) {
        this.text = text;
        this.sentences = sentences;
        this.vocabulary = vocabulary;
        this.starts = starts;
        this.words = words;
        this.spaced = spaced;
    }

    /** The analysed text. */
    public String text() {
        return text;
    }

    /** The sentences of the text. */
    public Sentences sentences() {
        return sentences;
    }

    /** The vocabulary the word ids refer to (one per corpus). */
    public Vocabulary vocabulary() {
        return vocabulary;
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
        return starts[i] + vocabulary.length(words[i]);
    }

    /**
     * Whether token {@code i + 1} follows token {@code i} after exactly one space (U+0020):
     * {@code text.substring(end(i), start(i + 1)).equals(" ")}, without reading the text. False for
     * the last token, which nothing follows.
     *
     * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
     */
    public boolean spaceAfter(int i) {
        java.util.Objects.checkIndex(i, starts.length);
        return spaced.get(i);
    }

    /** The word id of token {@code i} in {@link #vocabulary()}. */
    public int word(int i) {
        return words[i];
    }

    /** The token as written in the text. */
    public String surface(int i) {
        return vocabulary.surface(words[i]);
    }

    /** 1-based sentence number of token {@code i}. */
    public int sentence(int i) {
        return sentences.numberAt(starts[i]);
    }

    /** Normalized form of token {@code i}. */
    public String norm(int i) {
        return vocabulary.norm(words[i]);
    }

    /** Stem of token {@code i}. */
    public String stem(int i) {
        return vocabulary.stem(words[i]);
    }
}

package org.newstables.text;

import java.util.BitSet;

/**
 * The analysis of one article's text, kept lean: for token {@code i}, its start offset and the id
 * of its word in the corpus's {@link Vocabulary} — four bytes a token when the text is shorter
 * than 65,536 characters and its word ids are below 65,536 (most news articles), eight otherwise —
 * and a bit for whether one space follows it ({@link #spaceAfter}). The end offset, sentence
 * number, surface, normalized form and stem follow from those: {@code text.substring(start(i),
 * end(i))} is the token's surface.
 */
public final class AnalyzedText {

    private final String text;
    private final Sentences sentences;
    private final Vocabulary vocabulary;
    /*
     * Each of starts and words is held as 16-bit values when every value fits, else as ints: one of
     * each pair is null. A corpus's tokens are most of its heap after the texts (45 million of them
     * in 100,000 articles), and halving them costs one predictable branch per read. The same idea
     * as common.CompactInts (see there why not Lucene's PackedInts), kept in these fields rather
     * than behind a CompactInts object: they are read once per token in every loop of the finders,
     * and an object between would add a load to each read. No -1 here, so the full 0–65,535 fits.
     */
    private final char[] starts16;
    private final int[] starts;
    private final char[] words16;
    private final int[] words;
    private final int size;
    /**
     * Bit i: token i + 1 follows token i after one space (U+0020) and nothing else, news's usual
     * gap between words. Set while the tokenizer reads the text: the name finders ask about the
     * gap between neighbours often, and reading the text again later costs a cache miss each.
     */
    private final BitSet spaced;

    /** The first {@code size} values of {@code starts} and {@code words} are the tokens'; the arrays are not kept. */
    AnalyzedText(String text, Sentences sentences, Vocabulary vocabulary, int[] starts, int[] words, int size, BitSet spaced) {
        this.text = text;
        this.sentences = sentences;
        this.vocabulary = vocabulary;
        this.size = size;
        this.spaced = spaced;
        // A start is below the text's length.
        this.starts16 = text.length() <= Character.MAX_VALUE + 1 ? chars(starts, size) : null;
        this.starts = starts16 == null ? java.util.Arrays.copyOf(starts, size) : null;
        int maxWord = 0;
        for (int i = 0; i < size; i++) {
            maxWord = Math.max(maxWord, words[i]);
        }
        this.words16 = maxWord <= Character.MAX_VALUE ? chars(words, size) : null;
        this.words = words16 == null ? java.util.Arrays.copyOf(words, size) : null;
    }

    /** The first {@code size} values, each below 65,536, as chars. */
    private static char[] chars(int[] values, int size) {
        char[] out = new char[size];
        for (int i = 0; i < size; i++) {
            out[i] = (char) values[i];
        }
        return out;
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
        return size;
    }

    /** Start offset of token {@code i}. */
    public int start(int i) {
        char[] s = starts16;
        return s != null ? s[i] : starts[i];
    }

    /** End offset (exclusive) of token {@code i}. */
    public int end(int i) {
        return start(i) + vocabulary.length(word(i));
    }

    /**
     * Whether token {@code i + 1} follows token {@code i} after exactly one space (U+0020):
     * {@code text.substring(end(i), start(i + 1)).equals(" ")}, without reading the text. False for
     * the last token, which nothing follows.
     *
     * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link #size()}
     */
    public boolean spaceAfter(int i) {
        java.util.Objects.checkIndex(i, size);
        return spaced.get(i);
    }

    /** The word id of token {@code i} in {@link #vocabulary()}. */
    public int word(int i) {
        char[] w = words16;
        return w != null ? w[i] : words[i];
    }

    /** The token as written in the text. */
    public String surface(int i) {
        return vocabulary.surface(word(i));
    }

    /** 1-based sentence number of token {@code i}. */
    public int sentence(int i) {
        return sentences.numberAt(start(i));
    }

    /** Normalized form of token {@code i}. */
    public String norm(int i) {
        return vocabulary.norm(word(i));
    }

    /** Stem of token {@code i}. */
    public String stem(int i) {
        return vocabulary.stem(word(i));
    }
}

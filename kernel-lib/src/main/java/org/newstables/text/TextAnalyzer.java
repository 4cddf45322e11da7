package org.newstables.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.newstables.common.Internal;

/**
 * One analysis pass over an article's text with Lucene: {@link StandardTokenizer} (Unicode word
 * boundaries, which keep Arabic words with their clitics and harakat whole) gives the tokens and
 * their offsets; each distinct word then gets
 * <ul>
 *   <li>its <b>normalized</b> form, by the one {@link TextNormalizer} (compatibility and
 *       presentation forms, Persian and Urdu letters, digits, hamza forms of alef, alef maksura,
 *       teh marbuta, harakat, tatweel, bidi marks; Latin lower-cased, an English possessive 's
 *       left out);</li>
 *   <li>its <b>stem</b>, once the corpus is analysed ({@link Vocabulary#settle}): clitics split by the
 *       one {@link Clitics} splitter, then Lucene's {@link ArabicStemmer} suffix stripping for Arabic,
 *       the Snowball English stemmer for Latin words.</li>
 * </ul>
 * Whether a token is a stop word is not part of the analysis: it is a setting of the views
 * ({@link StopWords}), so that changing the stop list never re-runs the analysis.
 *
 * <p>Instances are cheap and not thread-safe; the static {@link #analyze} is, with one instance per thread.
 */
@Internal
public final class TextAnalyzer {

    private static final ThreadLocal<TextAnalyzer> PER_THREAD = ThreadLocal.withInitial(TextAnalyzer::new);

    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private char[] buffer = new char[64];
    /**
     * This thread's working arrays for a text's characters and its tokens' starts and word ids, kept
     * from one text to the next up to {@link #KEPT} elements: made anew for each article, they were
     * three quarters of what articles() allocated (async-profiler's allocation samples, 30,000
     * generated articles). AnalyzedText copies the tokens into compact arrays of their own.
     */
    private char[] textChars = new char[0];
    private int[] tokenStarts = new int[16];
    private int[] tokenWords = new int[16];
    /** The most elements a kept working array has (256 KB of ints): a longer text's are made for it alone. */
    private static final int KEPT = 1 << 16;

    private TextAnalyzer() {
    }

    /**
     * Analyses {@code text} on its own, with a vocabulary of its own whose stems are settled from
     * this text's words (so that a sentence given on its own splits its clitics as a corpus of
     * that one sentence would).
     */
    public static AnalyzedText analyze(String text) {
        AnalyzedText t = words(text);
        t.vocabulary().settle(tokenCounts(java.util.List.of(t)), Clitics.DEFAULT);
        return t;
    }

    /**
     * Analyses {@code text} on its own, as {@link #analyze(String)} does, but leaves its stems
     * unsettled: for a caller that reads only surfaces and normalized forms, such as a lexicon's
     * tens of thousands of aliases, whose settling took a quarter of parsing the built-in one.
     */
    public static AnalyzedText words(String text) {
        // A short text (an alias, a query) gets a small vocabulary of its own.
        return PER_THREAD.get().run(text, Vocabulary.single(Math.min(4096, text.length() / 4 + 8)));
    }

    /** Analyses {@code text}, adding its words to {@code vocabulary} (one per corpus). */
    public static AnalyzedText analyze(String text, Vocabulary vocabulary) {
        return PER_THREAD.get().run(text, vocabulary);
    }

    /** How many tokens of {@code texts} each word of their (shared) vocabulary has: what {@link Vocabulary#settle} needs. */
    public static int[] tokenCounts(java.util.List<AnalyzedText> texts) {
        if (texts.isEmpty()) {
            return new int[0];
        }
        int size = texts.get(0).vocabulary().size();
        // One count array per chunk of articles, not per article: a vocabulary may have a million words.
        int chunks = Math.min(texts.size(), 4 * Runtime.getRuntime().availableProcessors());
        return java.util.stream.IntStream.range(0, chunks).parallel().mapToObj(k -> {
            int[] c = new int[size];
            for (int a = k; a < texts.size(); a += chunks) {
                AnalyzedText t = texts.get(a);
                for (int i = 0; i < t.size(); i++) {
                    c[t.word(i)]++;
                }
            }
            return c;
        }).reduce((x, y) -> {
            for (int i = 0; i < x.length; i++) {
                x[i] += y[i];
            }
            return x;
        }).orElse(new int[size]);
    }

    private AnalyzedText run(String text, Vocabulary vocabulary) {
        if (textChars.length < text.length() && text.length() <= KEPT) {
            textChars = new char[Math.min(KEPT, Math.max(text.length(), 2 * textChars.length))];
        }
        Sentences sentences = Sentences.split(text, textChars);
        int capacity = Math.max(16, text.length() / 5);
        if (tokenStarts.length < capacity && capacity <= KEPT) {
            tokenStarts = new int[capacity];
            tokenWords = new int[capacity];
        }
        int[] starts = tokenStarts.length >= capacity ? tokenStarts : new int[capacity];
        int[] words = tokenWords.length >= capacity ? tokenWords : new int[capacity];
        int n = 0;
        BitSet spaced = new BitSet(capacity);
        // Bit i: one space between token i and token i + 1 (AnalyzedText.spaceAfter), read off the
        // text while it is in cache; lastEnd is the end of the token before.
        int lastEnd = 0;
        WordIdMap seen = vocabulary.seen();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                char[] b = term.buffer();
                int len = term.length();
                // Unicode word boundaries keep "_" inside a word (hashtags: #عبدالفتاح_البرهان), and a dot
                // between letters (د.موسى, a space left out after an abbreviation); their parts are words.
                int from = 0;
                for (int c = 0; c <= len; c++) {
                    if (c < len && b[c] != '_' && !(b[c] == '.' && c > 0 && c + 1 < len && arabic(b[c - 1])
                            && arabic(b[c + 1]))) {
                        continue;
                    }
                    // A token of isolated harakat in presentation forms (ﹰﹼ) is none: the plain text's marks make no word.
                    if (c > from && !TextNormalizer.marksOnly(b, from, c - from)) {
                        if (n == starts.length) {
                            starts = Arrays.copyOf(starts, n * 2);
                            words = Arrays.copyOf(words, n * 2);
                        }
                        starts[n] = offset.startOffset() + from;
                        if (n > 0 && starts[n] == lastEnd + 1 && text.charAt(lastEnd) == ' ') {
                            spaced.set(n - 1);
                        }
                        lastEnd = starts[n] + c - from;
                        words[n] = word(vocabulary, seen, b, from, c - from);
                        n++;
                    }
                    from = c + 1;
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (starts.length <= KEPT && starts.length > tokenStarts.length) {
            // Grown while tokenizing: kept for the next text.
            tokenStarts = starts;
            tokenWords = words;
        }
        return new AnalyzedText(text, sentences, vocabulary, starts, words, n, spaced);
    }

    /** The one definition of an Arabic letter ({@link Scripts}): presentation forms and the extended blocks too. */
    private static boolean arabic(char c) {
        return Scripts.isArabicLetter(c);
    }

    /** The id of the word {@code b[from, from + len)}, added to {@code vocabulary} when new. */
    private int word(Vocabulary vocabulary, WordIdMap seen, char[] b, int from, int len) {
        int word = seen.get(b, from, len);
        if (word < 0) {
            char[] chars = from == 0 ? b : Arrays.copyOfRange(b, from, from + len);
            word = vocabulary.add(new String(chars, 0, len), norm(chars, len), TextNormalizer.hamzas(chars, len));
        }
        return word;
    }

    /** The normalized form of {@code src[0, len)}. */
    private String norm(char[] src, int len) {
        int capacity = TextNormalizer.capacity(len);
        if (buffer.length < capacity) {
            buffer = new char[capacity];
        }
        int out = TextNormalizer.word(src, len, buffer);
        if (out >= 2 && (buffer[out - 1] == 's') && (buffer[out - 2] == '\'' || buffer[out - 2] == '’')) {
            out -= 2;
        }
        return new String(buffer, 0, out);
    }

    /**
     * The stem of one word analysed on its own, as a corpus of that one word: clitics with the
     * article are split, others only where the corpus attests the rest, so {@code stem("والتعاون")}
     * is {@code "تعا"} (Lucene's light stem of تعاون) but {@code stem("وزير")} stays {@code "وزير"}.
     */
    public static String stem(String word) {
        AnalyzedText t = analyze(word);
        return t.size() == 0 ? "" : t.stem(0);
    }

    /** Which alefs of {@code word}'s normalized form were written with a hamza ({@link TextNormalizer#hamzas}). */
    public static int hamzas(String word) {
        char[] chars = word.strip().toCharArray();
        return TextNormalizer.hamzas(chars, chars.length);
    }

    /**
     * The normalized form of one word, exactly as {@link #analyze} gives it for a token:
     * {@code norm("الصینی")} is {@code "الصيني"}.
     */
    public static String norm(String word) {
        char[] chars = word.strip().toCharArray();
        return PER_THREAD.get().norm(chars, chars.length);
    }
}

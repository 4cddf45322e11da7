package org.newstables.text;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.newstables.common.Internal;

/**
 * One analysis pass over an article's text with Lucene: {@link StandardTokenizer} (Unicode word
 * boundaries, UAX #29, which keep Arabic words with their clitics and harakat whole) gives the
 * tokens and their offsets — a word of plain Arabic letters between white space and punctuation
 * is read without it, to the same token; each distinct word then gets
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
    /** The text being analysed and what its tokens go to, for the length of one {@link #run}. */
    private String text;
    private Vocabulary vocabulary;
    private WordIdMap seen;
    private int[] starts;
    private int[] words;
    private int n;
    private BitSet spaced;
    /** The end of the last token added: where the space that sets its {@code spaced} bit would be. */
    private int lastEnd;
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
        int len = text.length();
        if (textChars.length < len && len <= KEPT) {
            textChars = new char[Math.min(KEPT, Math.max(len, 2 * textChars.length))];
        }
        // One copy of the text, which the sentence split and the tokens' shortcut (scan) read.
        char[] cs = textChars.length >= len ? textChars : new char[len];
        text.getChars(0, len, cs, 0);
        Sentences sentences = Sentences.split(cs, len);
        int capacity = Math.max(16, len / 5);
        if (tokenStarts.length < capacity && capacity <= KEPT) {
            tokenStarts = new int[capacity];
            tokenWords = new int[capacity];
        }
        starts = tokenStarts.length >= capacity ? tokenStarts : new int[capacity];
        words = tokenWords.length >= capacity ? tokenWords : new int[capacity];
        n = 0;
        spaced = new BitSet(capacity);
        lastEnd = 0;
        this.text = text;
        this.vocabulary = vocabulary;
        seen = vocabulary.seen();
        try {
            scan(cs, len);
        } finally {
            this.text = null;
            this.vocabulary = null;
            seen = null;
        }
        int[] s = starts;
        int[] w = words;
        starts = null;
        words = null;
        if (s.length <= KEPT && s.length > tokenStarts.length) {
            // Grown while tokenizing: kept for the next text.
            tokenStarts = s;
            tokenWords = w;
        }
        return new AnalyzedText(text, sentences, vocabulary, s, w, n, spaced);
    }

    /*
     * The tokens of cs[0, len) are Lucene's StandardTokenizer's (UAX #29 word boundaries), but found
     * in two ways. Hand-written, because Lucene has no faster way to the same tokens: a word between
     * white space that is one run of Arabic letters and harakat, with at most some punctuation
     * before and after it (والصين، «بكين») -- 95% of the words of real news pages -- is that run,
     * read here in one pass; every other stretch of text, from the white space before it to the
     * next such word, goes to StandardTokenizer. The tokenizer took about half of the analysis on
     * one thread (issue 20); the rules that make the shortcut exact are at isLetter, isMark,
     * isPunctuation and isSpace, and a property test compares both ways' tokens and offsets.
     */
    private void scan(char[] cs, int len) {
        if (len > 0 && Character.isHighSurrogate(cs[len - 1])) {
            // Lucene 9.12's tokenizer, reading a text that ends in half a surrogate pair (a string
            // cut inside an emoji), drops the tokens of its last buffer refill (up to 255 characters
            // back), and where the refills fall depends on where it starts reading: such a text goes
            // to it whole, so that its tokens stay what they were.
            tokenize(cs, 0, len);
            return;
        }
        int pos = 0;
        // Where the pending stretch for StandardTokenizer starts, or -1.
        int slow = -1;
        while (pos < len) {
            while (pos < len && isSpace(cs[pos])) {
                pos++;
            }
            if (pos == len) {
                break;
            }
            int wordStart = pos;
            while (pos < len && isPunctuation(cs[pos])) {
                pos++;
            }
            int from = pos;
            int to = -1;
            if (pos < len && isLetter(cs[pos])) {
                pos++;
                while (pos < len && (isLetter(cs[pos]) || isMark(cs[pos]))) {
                    pos++;
                }
                to = pos;
                while (pos < len && isPunctuation(cs[pos])) {
                    pos++;
                }
            }
            if (pos == len || isSpace(cs[pos])) {
                if (to < 0) {
                    // Punctuation alone: no token either way.
                    continue;
                }
                if (to - from <= StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH) {
                    if (slow >= 0) {
                        tokenize(cs, slow, wordStart);
                        slow = -1;
                    }
                    add(cs, from, to - from, from);
                    continue;
                }
            }
            if (slow < 0) {
                // From the white space before the word: a word that starts with harakat (or a
                // joiner) has them joined to that space by UAX #29, not to the text's start.
                slow = wordStart > 0 ? wordStart - 1 : 0;
            }
            while (pos < len && !isSpace(cs[pos])) {
                pos++;
            }
        }
        if (slow >= 0) {
            tokenize(cs, slow, len);
        }
    }

    /**
     * StandardTokenizer's tokens of cs[from, to), the text's copy, in a stretch that starts at the
     * text's start or at white space and ends at its end or at white space: UAX #29 breaks on both
     * sides of such a stretch whatever surrounds it, so its tokens are the whole text's.
     */
    private void tokenize(char[] cs, int from, int to) {
        try {
            // Read from the copy scan reads, not from a substring of the text: no second copy.
            tokenizer.setReader(new CharArrayReader(cs, from, to - from));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                char[] b = term.buffer();
                int len = term.length();
                int start = from + offset.startOffset();
                // Unicode word boundaries keep "_" inside a word (hashtags: #عبدالفتاح_البرهان), and a dot
                // between letters (د.موسى, a space left out after an abbreviation); their parts are words.
                int part = 0;
                for (int c = 0; c <= len; c++) {
                    if (c < len && b[c] != '_' && !(b[c] == '.' && c > 0 && c + 1 < len && arabic(b[c - 1])
                            && arabic(b[c + 1]))) {
                        continue;
                    }
                    // A token of isolated harakat in presentation forms (ﹰﹼ) is none: the plain text's marks make no word.
                    if (c > part && !TextNormalizer.marksOnly(b, part, c - part)) {
                        add(b, part, c - part, start + part);
                    }
                    part = c + 1;
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
    }

    /** Adds the token b[from, from + len), which starts at {@code start} in the text. */
    private void add(char[] b, int from, int len, int start) {
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            words = Arrays.copyOf(words, n * 2);
        }
        starts[n] = start;
        // Bit i: one space between token i and token i + 1 (AnalyzedText.spaceAfter).
        if (n > 0 && start == lastEnd + 1 && text.charAt(lastEnd) == ' ') {
            spaced.set(n - 1);
        }
        lastEnd = start + len;
        words[n] = word(vocabulary, seen, b, from, len);
        n++;
    }

    /**
     * White space that StandardTokenizer breaks at on both sides, whatever its neighbours (UAX #29:
     * WSegSpace, LF, CR, and TAB as Other; rules WB3-WB3d and WB999).
     */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /**
     * Arabic letters of Word_Break ALetter (hamza to ghain, tatweel, feh to yeh; rule WB5 joins
     * them), the only characters a fast-path token starts with.
     */
    static boolean isLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && (c <= '\u063A' || c >= '\u0640');
    }

    /** Harakat and the superscript alef, Word_Break Extend: joined to the letter before them (WB4). */
    static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    /**
     * Punctuation of Word_Break Other, MidLetter, MidNum, MidNumLet, Single_Quote or Double_Quote.
     * Next to a run of Arabic letters, with only white space or more such punctuation on its other
     * side, UAX #29 breaks on both of its sides and makes no token of it: the Mid classes join only
     * letters or digits on both sides (WB6, WB7, WB11, WB12), Double_Quote only Hebrew letters (WB7b).
     */
    static boolean isPunctuation(char c) {
        return switch (c) {
            case '.', ',', ':', ';', '!', '?', '"', '\'', '(', ')', '[', ']', '{', '}', '-', '/', '*',
                    '\u00AB', '\u00BB', // « »
                    '\u060C', '\u061B', '\u061F', // ، ؛ ؟
                    '\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u2026' -> true; // – — ‘ ’ “ ” …
            default -> false;
        };
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

package org.newstables.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * One analysis pass over an article's text with Lucene: {@link StandardTokenizer} (Unicode word
 * boundaries, which keep Arabic words with their clitics and harakat whole) gives the tokens and
 * their offsets; each token then gets
 * <ul>
 *   <li>its <b>normalized</b> form: Arabic words through Lucene's {@link ArabicNormalizer} (hamza
 *       forms of alef, alef maksura, teh marbuta, harakat, tatweel), Latin words lower-cased,
 *       Arabic-Indic and Persian digits folded to ASCII;</li>
 *   <li>its <b>stem</b>: Lucene's {@link ArabicStemmer} (light stemming: ال، وال، بال، كال، فال، لل
 *       and common suffixes) for Arabic, the Snowball English stemmer for Latin words;</li>
 * </ul>
 * Whether a token is a stop word is not part of the analysis: it is a setting of the views
 * ({@link StopWords}), so that changing the stop list never re-runs the analysis.
 * The normalizer and stemmer are called per token rather than through a filter chain so that
 * the surface, the normalized form and the stem of a token are all kept side by side.
 *
 * <p>Instances are cheap and not thread-safe; {@link #analyze} on a shared {@link #get()} is.
 */
public final class TextAnalyzer {

    private static final ThreadLocal<TextAnalyzer> PER_THREAD = ThreadLocal.withInitial(TextAnalyzer::new);

    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final EnglishStemmer english = new EnglishStemmer();
    private char[] buffer = new char[64];

    private TextAnalyzer() {
    }

    /** Analyses {@code text} on its own, with a vocabulary of its own. */
    public static AnalyzedText analyze(String text) {
        // A short text (an alias, a query) gets a small vocabulary of its own.
        return PER_THREAD.get().run(text, new Vocabulary(Math.min(4096, text.length() / 4 + 8)));
    }

    /** Analyses {@code text}, adding its words to {@code vocabulary} (one per corpus). */
    public static AnalyzedText analyze(String text, Vocabulary vocabulary) {
        return PER_THREAD.get().run(text, vocabulary);
    }

    private AnalyzedText run(String text, Vocabulary vocabulary) {
        Sentences sentences = Sentences.split(text);
        int capacity = Math.max(16, text.length() / 5);
        int[] starts = new int[capacity];
        int[] words = new int[capacity];
        int n = 0;
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    words = Arrays.copyOf(words, n * 2);
                }
                starts[n] = offset.startOffset();
                int word = vocabulary.known(term.buffer(), term.length());
                if (word < 0) {
                    String[] forms = forms(term.buffer(), term.length());
                    word = vocabulary.add(term.toString(), forms[0], forms[1]);
                }
                words[n] = word;
                n++;
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
        return new AnalyzedText(text, sentences, vocabulary, Arrays.copyOf(starts, n), Arrays.copyOf(words, n));
    }

    /** The normalized form and the stem of {@code src[0, len)}. */
    private String[] forms(char[] src, int len) {
        if (buffer.length < len) {
            buffer = new char[len * 2];
        }
        boolean arabic = false;
        boolean latin = false;
        int out = 0;
        for (int i = 0; i < len; i++) {
            char c = src[i];
            if (Character.getType(c) == Character.FORMAT) {
                // Bidi marks and joiners inside a word (الصين\u200F) are not part of it.
                continue;
            }
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            } else if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F'
                    || c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF') {
                arabic = true;
            } else if (Character.isLetter(c)) {
                latin = true;
                c = Character.toLowerCase(c);
            }
            buffer[out++] = c;
        }
        len = out;
        if (arabic) {
            len = normalizer.normalize(buffer, len);
            String norm = new String(buffer, 0, len);
            int stemLen = stemmer.stem(buffer, len);
            return new String[] {norm, stemLen == len ? norm : new String(buffer, 0, stemLen)};
        } else if (latin) {
            String norm = new String(buffer, 0, len).toLowerCase(Locale.ROOT);
            if (norm.endsWith("'s") || norm.endsWith("’s")) {
                norm = norm.substring(0, norm.length() - 2);
            }
            english.setCurrent(norm);
            english.stem();
            return new String[] {norm, english.getCurrent()};
        }
        String norm = new String(buffer, 0, len);
        return new String[] {norm, norm};
    }

    /**
     * The normalized form and the stem of one word, exactly as {@link #analyze} gives them for a
     * token: {@code forms("والتعاون")} is {@code ["والتعاون", "تعاون"]}.
     */
    public static String[] forms(String word) {
        char[] chars = word.strip().toCharArray();
        return PER_THREAD.get().forms(chars, chars.length);
    }

}

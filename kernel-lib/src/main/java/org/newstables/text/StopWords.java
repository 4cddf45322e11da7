package org.newstables.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A stop-word list, matched on normalized forms. The default is Lucene's Arabic stop set (from
 * Jacques Savoy's list, as {@link ArabicAnalyzer} ships it) together with Lucene's English stop
 * set. Lucene's Arabic list is written with hamzas and is not normalized ("the stopword list is
 * not normalized!"); every entry is normalized here with the same {@link TextAnalyzer} forms as
 * the tokens, so {@code إلى} and {@code الى} are both stop words.
 * <pre>{@code
 * StopWords.defaults().plus("قال", "وقال")      // add words
 * StopWords.defaults().minus("بين")             // keep a word
 * StopWords.none()                              // count everything
 * }</pre>
 * Immutable: {@link #plus} and {@link #minus} return new lists.
 */
public final class StopWords {

    private static final StopWords DEFAULTS = build(defaultWords());

    private final Set<String> words;
    private final Set<String> lookup;

    private StopWords(Set<String> words) {
        this.words = words;
        this.lookup = new HashSet<>(words);
    }

    /** Lucene's Arabic and English stop words. */
    public static StopWords defaults() {
        return DEFAULTS;
    }

    /** No stop words at all. */
    public static StopWords none() {
        return build(List.of());
    }

    /** Exactly the given words (in any spelling; they are normalized). */
    public static StopWords of(Collection<String> words) {
        return build(words);
    }

    /** This list and {@code more}. */
    public StopWords plus(String... more) {
        TreeSet<String> all = new TreeSet<>(words);
        all.addAll(Arrays.asList(more));
        return build(all);
    }

    /** This list without {@code fewer} (in any spelling). */
    public StopWords minus(String... fewer) {
        TreeSet<String> all = new TreeSet<>(words);
        for (String w : fewer) {
            all.remove(TextAnalyzer.norm(w));
        }
        return build(all);
    }

    /**
     * Whether a token with this normalized form is a stop word. A token whose normalized form is
     * empty (a lone mark or control character) is no word, and counts as one.
     */
    public boolean contains(String norm) {
        return norm.isEmpty() || lookup.contains(norm);
    }

    /** The normalized stop words, sorted. */
    public Set<String> words() {
        return words;
    }

    /** How many stop words there are. */
    public int size() {
        return words.size();
    }

    @Override
    public String toString() {
        return "StopWords(" + words.size() + ")";
    }

    private static StopWords build(Collection<String> raw) {
        TreeSet<String> normalized = new TreeSet<>();
        for (String w : raw) {
            if (w != null && !w.isBlank()) {
                normalized.add(TextAnalyzer.norm(w));
            }
        }
        return new StopWords(Collections.unmodifiableSet(normalized));
    }

    private static List<String> defaultWords() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        for (Object o : ArabicAnalyzer.getDefaultStopSet()) {
            all.add(new String((char[]) o));
        }
        for (Object o : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            all.add(new String((char[]) o));
        }
        return all;
    }
}

package org.newstables.text;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The distinct words of a corpus, each analysed once: a corpus of a hundred thousand articles has
 * tens of millions of tokens but only some hundred thousand distinct written forms, so every token
 * is kept as the int id of its word, and the word's surface, normalized form and stem are kept once
 * here. Normalized forms and stems share a second id space, the <em>forms</em>, so that views can
 * count stems and compare normalized forms as ints.
 *
 * <p>Words are added by the analysis threads; each thread first looks a token up in its own
 * map keyed by a slice of a char array ({@link WordIdMap}), so that the common case —
 * a word seen before — makes no String and takes no lock. Ids are given in the order threads meet
 * the words and so may differ between runs: views order their output by the strings, never by ids.
 *
 * <p>Stems are settled once the whole corpus is analysed ({@link #settle}): whether a leading و ف ب
 * ك ل is a clitic depends on which words the corpus has ({@link Clitics}). A word added later gets
 * its stem from the same counts.
 */
public final class Vocabulary implements Clitics.Attestation {

    private final Object2IntOpenHashMap<String> wordIds = new Object2IntOpenHashMap<>();
    private final Object2IntOpenHashMap<String> formIds = new Object2IntOpenHashMap<>();
    private String[] surfaces;
    /**
     * Each surface's length in chars: an article's token ends are asked for per match and per gap,
     * and one int array read is cheaper than the three dependent reads of a String's length.
     */
    private int[] lengths;
    private int[] norms;
    private int[] hamzas;
    private String[] forms;
    private int words;
    private int formCount;
    /** Each analysing thread's map of the words it has seen; null for a vocabulary of one small text ({@link #single}). */
    private final ThreadLocal<WordIdMap> local;
    /** The one map of a vocabulary used by one thread for one small text. */
    private final WordIdMap single;

    /** Settled stems, by word id; null until {@link #settle}. */
    private volatile int[] stems;
    private Clitics clitics = Clitics.DEFAULT;
    private Map<String, int[]> attested = Map.of();

    /** An empty vocabulary; one belongs to one corpus and is filled by its analysis. */
    public Vocabulary() {
        this(4096);
    }

    /** An empty vocabulary sized for about {@code expectedWords} distinct words (it grows as needed). */
    public Vocabulary(int expectedWords) {
        this(expectedWords, true);
    }

    /**
     * A vocabulary for one small text analysed by one thread (an alias, a query): without a
     * per-thread map, since thousands of short-lived ThreadLocals (one per alias of a large
     * lexicon) fill every thread's table of them and slow down every ThreadLocal lookup after.
     */
    static Vocabulary single(int expectedWords) {
        return new Vocabulary(expectedWords, false);
    }

    private Vocabulary(int expectedWords, boolean perThread) {
        int size = Math.max(8, expectedWords);
        surfaces = new String[size];
        lengths = new int[size];
        norms = new int[size];
        hamzas = new int[size];
        forms = new String[size];
        local = perThread ? ThreadLocal.withInitial(() -> new WordIdMap(size)) : null;
        single = perThread ? null : new WordIdMap(size);
        wordIds.defaultReturnValue(-1);
        formIds.defaultReturnValue(-1);
    }

    /** The calling thread's map of the words it has seen: fetched once per text, then asked per token. */
    WordIdMap seen() {
        return local == null ? single : local.get();
    }

    /**
     * Adds a word with its normalized form (computed by the caller, outside the lock) and returns
     * its id; if another thread added it first, that id.
     *
     * @param hamzas which alefs of the normalized form were written with a hamza ({@link TextNormalizer#hamzas})
     */
    int add(String surface, String norm, int hamzas) {
        int id;
        synchronized (this) {
            id = wordIds.getInt(surface);
            if (id < 0) {
                id = words;
                if (id == surfaces.length) {
                    int grown = id * 2;
                    surfaces = Arrays.copyOf(surfaces, grown);
                    lengths = Arrays.copyOf(lengths, grown);
                    norms = Arrays.copyOf(norms, grown);
                    this.hamzas = Arrays.copyOf(this.hamzas, grown);
                }
                surfaces[id] = surface;
                lengths[id] = surface.length();
                norms[id] = form(norm);
                this.hamzas[id] = hamzas;
                wordIds.put(surface, id);
                words++;
            }
        }
        seen().put(surface, id);
        return id;
    }

    private int form(String s) {
        int id = formIds.getInt(s);
        if (id < 0) {
            id = formCount;
            if (id == forms.length) {
                forms = Arrays.copyOf(forms, id * 2);
            }
            forms[id] = s;
            formIds.put(s, id);
            formCount++;
        }
        return id;
    }

    /**
     * Settles the stems of every word from how often each word occurs in the corpus
     * ({@code tokenCounts[word]}), splitting clitics with {@code splitter}: called once, when the
     * analysis of the whole corpus is done.
     */
    public synchronized void settle(int[] tokenCounts, Clitics splitter) {
        settle(attestation(tokenCounts), splitter);
    }

    /**
     * What {@link #settle} reads of the corpus, from how often each word occurs
     * ({@code tokenCounts[word]}): for each normalized form, {count of tokens with that form, count of
     * tokens that are that form with the article}. The counts of several vocabularies (parts of one
     * collection analysed apart, as on the executors of a cluster) add up, form by form, to the
     * counts of the whole collection; {@link #settle(Map, Clitics)} settles each part with the sum.
     */
    public synchronized Map<String, int[]> attestation(int[] tokenCounts) {
        Map<String, int[]> counts = new HashMap<>(Math.max(16, words * 2));
        for (int w = 0; w < words; w++) {
            int n = w < tokenCounts.length ? tokenCounts[w] : 0;
            if (n == 0) {
                continue;
            }
            String norm = forms[norms[w]];
            counts.computeIfAbsent(norm, k -> new int[2])[0] += n;
            String base = Clitics.withoutArticle(norm, hamzas[w]);
            if (base != null) {
                counts.computeIfAbsent(base, k -> new int[2])[1] += n;
            }
        }
        return counts;
    }

    /**
     * Settles the stems of every word from {@code attestation}, the {@link #attestation} counts of the
     * whole collection (which may hold far more words than this vocabulary), splitting clitics with
     * {@code splitter}. The map is kept as it is and must not change after.
     */
    public synchronized void settle(Map<String, int[]> attestation, Clitics splitter) {
        this.clitics = splitter;
        this.attested = attestation;
        int n = words;
        String[] stemmed = new String[n];
        org.newstables.common.Chunks.forEach(n, w -> stemmed[w] = stemOf(w));
        int[] ids = new int[n];
        for (int w = 0; w < n; w++) {
            ids[w] = form(stemmed[w]);
        }
        this.stems = ids;
    }

    /** Whether {@link #settle} has run. */
    public boolean settled() {
        return stems != null;
    }

    @Override
    public int count(String form) {
        int[] c = attested.get(form);
        return c == null ? 0 : c[0] + c[1];
    }

    @Override
    public int definite(String form) {
        int[] c = attested.get(form);
        return c == null ? 0 : c[1];
    }

    /** The stem of a normalized word under this corpus's counts: clitics split, then Lucene's light suffix stemming. */
    public String stemOf(String norm, int hamzaMask) {
        return Stemming.stem(norm, hamzaMask, clitics, this);
    }

    private String stemOf(int w) {
        return stemOf(forms[norms[w]], hamzas[w]);
    }

    /** The split of word {@code word}'s clitics under this corpus's counts. */
    public Clitics.Split split(int word) {
        return clitics.split(forms[norms[word]], hamzas[word], this);
    }

    /** The clitic splitter this vocabulary's stems were settled with. */
    public Clitics clitics() {
        return clitics;
    }

    /** How many distinct words. */
    public synchronized int size() {
        return words;
    }

    /** How many distinct normalized forms and stems together. */
    public synchronized int forms() {
        return formCount;
    }

    /** The word as written. */
    public String surface(int word) {
        return surfaces[word];
    }

    /** The length of word {@code word}'s surface, in chars. */
    public int length(int word) {
        return lengths[word];
    }

    /** The normalized form of the word. */
    public String norm(int word) {
        return forms[norms[word]];
    }

    /** Which alefs of the word's normalized form were written with a hamza (bit i for character i). */
    public int hamzas(int word) {
        return hamzas[word];
    }

    /** The stem of the word. */
    public String stem(int word) {
        return form(stemId(word));
    }

    /** The form id of the word's normalized form. */
    public int normId(int word) {
        return norms[word];
    }

    /** The form id of the word's stem. */
    public int stemId(int word) {
        int[] s = stems;
        if (s != null && word < s.length) {
            return s[word];
        }
        return lateStem(word);
    }

    /** A word added after the stems were settled (or before, in a vocabulary never settled). */
    private synchronized int lateStem(int word) {
        int[] s = stems == null ? new int[0] : stems;
        if (word < s.length) {
            return s[word];
        }
        int[] grown = Arrays.copyOf(s, words);
        for (int w = s.length; w < words; w++) {
            grown[w] = form(stemOf(w));
        }
        stems = grown;
        return grown[word];
    }

    /** The form (normalized form or stem) with id {@code id}. */
    public String form(int id) {
        return forms[id];
    }

    /** The form id of {@code form}, or -1 when no word of this vocabulary has it as its normalized form or stem. */
    public synchronized int formId(String form) {
        return formIds.getInt(form);
    }

    /**
     * For each word id, whether its normalized form is one of {@code stop}: the stop list as an
     * array lookup, for views that test every token.
     */
    public boolean[] stopMask(StopWords stop) {
        int n = size();
        boolean[] mask = new boolean[n];
        for (int w = 0; w < n; w++) {
            mask[w] = stop.contains(norm(w));
        }
        return mask;
    }

    /** Light stemming after the clitic split: Lucene's {@link ArabicStemmer} suffixes, Snowball English for Latin words. */
    static final class Stemming {
        private static final ThreadLocal<ArabicStemmer> ARABIC = ThreadLocal.withInitial(ArabicStemmer::new);
        private static final ThreadLocal<EnglishStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);

        private Stemming() {
        }

        static String stem(String norm, int hamzas, Clitics clitics, Clitics.Attestation corpus) {
            boolean arabic = false;
            boolean latin = false;
            for (int i = 0; i < norm.length(); i++) {
                char c = norm.charAt(i);
                if (Scripts.isArabicLetter(c)) {
                    arabic = true;
                    break;
                } else if (Character.isLetter(c)) {
                    latin = true;
                }
            }
            if (arabic) {
                String base = clitics.split(norm, hamzas, corpus).base();
                if (clitics.isProtected(base)) {
                    // A protected word is a keyword, as Lucene's keyword marking makes it: not stemmed at all.
                    return base;
                }
                char[] chars = base.toCharArray();
                int len = ARABIC.get().stemSuffix(chars, chars.length);
                return len == chars.length ? base : new String(chars, 0, len);
            }
            if (latin) {
                EnglishStemmer e = ENGLISH.get();
                e.setCurrent(norm);
                e.stem();
                return e.getCurrent();
            }
            return norm;
        }
    }
}

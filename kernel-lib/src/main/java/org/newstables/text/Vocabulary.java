package org.newstables.text;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The distinct words of a corpus, each analysed once: a corpus of a hundred thousand articles has
 * tens of millions of tokens but only some hundred thousand distinct written forms, so every token
 * is kept as the int id of its word, and the word's surface, normalized form and stem are kept once
 * here. Normalized forms and stems share a second id space, the <em>forms</em>, so that views can
 * count stems and compare normalized forms as ints.
 *
 * <p>Words are added by the analysis threads; each thread first looks a token up in its own
 * {@link CharArrayMap} (Lucene's map keyed by a slice of a char array), so that the common case —
 * a word seen before — makes no String and takes no lock. Ids are given in the order threads meet
 * the words and so may differ between runs: views order their output by the strings, never by ids.
 * Reading is safe from any thread once the analysis that filled it has been published.
 */
public final class Vocabulary {

    private final Object2IntOpenHashMap<String> wordIds = new Object2IntOpenHashMap<>();
    private final Object2IntOpenHashMap<String> formIds = new Object2IntOpenHashMap<>();
    private String[] surfaces;
    private int[] norms;
    private int[] stems;
    private String[] forms;
    private int words;
    private int formCount;
    private final ThreadLocal<CharArrayMap<Integer>> local;

    /** An empty vocabulary; one belongs to one corpus and is filled by its analysis. */
    public Vocabulary() {
        this(4096);
    }

    /** An empty vocabulary sized for about {@code expectedWords} distinct words (it grows as needed). */
    public Vocabulary(int expectedWords) {
        int size = Math.max(8, expectedWords);
        surfaces = new String[size];
        norms = new int[size];
        stems = new int[size];
        forms = new String[size];
        local = ThreadLocal.withInitial(() -> new CharArrayMap<>(size, false));
        wordIds.defaultReturnValue(-1);
        formIds.defaultReturnValue(-1);
    }

    /** The id of the word {@code chars[0..len)} seen before by this thread, or -1. */
    int known(char[] chars, int len) {
        Integer id = local.get().get(chars, 0, len);
        return id == null ? -1 : id;
    }

    /**
     * Adds a word with its normalized form and stem (computed by the caller, outside the lock) and
     * returns its id; if another thread added it first, that id.
     */
    int add(String surface, String norm, String stem) {
        int id;
        synchronized (this) {
            id = wordIds.getInt(surface);
            if (id < 0) {
                id = words;
                if (id == surfaces.length) {
                    int grown = id * 2;
                    surfaces = Arrays.copyOf(surfaces, grown);
                    norms = Arrays.copyOf(norms, grown);
                    stems = Arrays.copyOf(stems, grown);
                }
                surfaces[id] = surface;
                norms[id] = form(norm);
                stems[id] = form(stem);
                wordIds.put(surface, id);
                words++;
            }
        }
        local.get().put(surface, Integer.valueOf(id));
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

    /** The normalized form of the word. */
    public String norm(int word) {
        return forms[norms[word]];
    }

    /** The stem of the word. */
    public String stem(int word) {
        return forms[stems[word]];
    }

    /** The form id of the word's normalized form. */
    public int normId(int word) {
        return norms[word];
    }

    /** The form id of the word's stem. */
    public int stemId(int word) {
        return stems[word];
    }

    /** The form (normalized form or stem) with id {@code id}. */
    public String form(int id) {
        return forms[id];
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
}

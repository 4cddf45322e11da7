package org.newstables.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What a {@link SparkCorpus} keeps of one partition's articles: only what its aggregates are made
 * from, small and in primitive arrays, so that a million articles fit a machine's disk and each
 * aggregate reads a few hundred bytes per article instead of every long table's rows. Partitions
 * hold consecutive articles, in input order, so the first partition's first is the corpus's first.
 *
 * <p>Partial aggregates that add up across partitions are kept whole (entities, co-occurrence, term
 * and written-form counts). What an aggregate needs per article with a parameter known only when it
 * is asked for (the focal country of the partners, the keys and period of a timeline, the n of the
 * n-grams) is kept per article as codes into the partition's own dictionaries. The long tables
 * ({@link Rows}) are not kept: they are made again from the source when a Dataset of them is used.
 */
final class Part implements Serializable {

    private static final long serialVersionUID = 2L;

    /** An article's {@link #day} when it has no date. */
    static final int UNDATED = Integer.MIN_VALUE;

    /** The partition's place in input order. */
    final int index;
    /** file, unit, number, kind, problem: what building the articles found wrong. */
    final List<Object[]> problems = new ArrayList<>();
    /** The core's entities table of this partition, then the partition's index. */
    final List<Object[]> entities = new ArrayList<>();
    /** The core's co-occurrence table of this partition, then the partition's index. */
    final List<Object[]> cooccurrence = new ArrayList<>();

    /** The places, among the articles built from the partition's documents, of those its analysis dropped (each a problem). */
    int[] dropped = new int[0];
    /** Per article: its date as an epoch day ({@link #UNDATED} without one), and its tokens. */
    int[] day = new int[0];
    int[] tokens = new int[0];
    /** The entity mentions of each article, with each mention's sentence. */
    Coded mentions = new Coded();
    /** The theme mentions of each article. */
    Coded themes = new Coded();

    /** Each term (stem, stop words left out) of the partition, its occurrences and the articles it is in. */
    String[] terms = new String[0];
    long[] termCount = new long[0];
    int[] termArticles = new int[0];
    /** Each written form of a term: its term (an index into {@link #terms}), the form, its occurrences. */
    int[] surfaceTerm = new int[0];
    String[] surfaces = new String[0];
    long[] surfaceCount = new long[0];

    /**
     * Per article, its runs of content words (no stop word, sentence end or anything but space
     * between them): what the n-grams are cut from. A word is a code into {@link #written} and
     * {@link #normalized}; article a's runs are runs {@code articleRuns[a]} to {@code
     * articleRuns[a + 1]}, run r's words {@code runWords[runStarts[r]]} to {@code runWords[runStarts[r + 1]]}.
     */
    String[] written = new String[0];
    String[] normalized = new String[0];
    int[] runWords = new int[0];
    int[] runStarts = {0};
    int[] articleRuns = {0};

    Part(int index) {
        this.index = index;
    }

    /** How many articles. */
    int size() {
        return day.length;
    }

    /**
     * Mentions of keys, article by article: article a's mentions are {@code key[from[a]]} to {@code
     * key[from[a + 1]]}, each a code into {@link #keys}, with its sentence. A key's type and labels
     * are those of its first mention in the partition (null for themes, which need none).
     */
    static final class Coded implements Serializable {

        private static final long serialVersionUID = 1L;

        String[] keys = new String[0];
        String[] types = new String[0];
        String[] labels = new String[0];
        String[] labelsAr = new String[0];
        int[] from = {0};
        int[] key = new int[0];
        int[] sentence = new int[0];
    }

    /** Codes for strings in the order first seen: the partition's dictionaries. */
    static final class Codes {

        private final LinkedHashMap<String, Integer> codes = new LinkedHashMap<>();

        /** The code of {@code s}, a new one if it is new. */
        int of(String s) {
            Integer c = codes.get(s);
            if (c == null) {
                c = codes.size();
                codes.put(s, c);
            }
            return c;
        }

        int size() {
            return codes.size();
        }

        String[] strings() {
            return codes.keySet().toArray(new String[0]);
        }
    }
}

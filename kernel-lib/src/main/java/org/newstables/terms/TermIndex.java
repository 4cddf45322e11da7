package org.newstables.terms;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import java.util.List;
import org.newstables.common.Chunks;
import org.newstables.common.CompactInts;
import org.newstables.text.AnalyzedText;
import org.newstables.text.StopWords;
import org.newstables.text.Vocabulary;

/**
 * Term counts of a set of analysed articles, computed once and shared by every term view
 * ({@link TermTables}, {@link Keyness}, the term columns of the matrix). A term is a stem; stop
 * words are left out; every other token counts, numbers included, so that for each article the
 * term counts plus its stop-word tokens add up to its tokens.
 *
 * <p>Counted in parallel over chunks of articles, in int arrays indexed by the vocabulary's ids —
 * no string is hashed per token. Term ids follow the code-point order of the terms, so that
 * every order built on them is the same from run to run; each article holds its term ids and
 * counts, most frequent first.
 */
public final class TermIndex {

    private final String[] terms;
    private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
    // Per article, held in two bytes a value when they fit (CompactInts): 22 million values each
    // for 100,000 articles.
    private final CompactInts[] articleTerms;
    private final CompactInts[] articleCounts;
    private final int[] tokens;
    private final long allTokens;
    private final int[] df;
    private final long[] totals;
    private final String[] surfaces;

    private TermIndex(List<AnalyzedText> texts, Vocabulary v, StopWords stop) {
        ids.defaultReturnValue(-1);
        int n = texts.size();
        boolean[] isStop = v.stopMask(stop);
        int words = isStop.length;
        int forms = v.forms();
        // Each article's term ids and counts while they are counted and sorted; kept compact after.
        int[][] termsOf = new int[n][];
        int[][] countsOf = new int[n][];
        articleTerms = new CompactInts[n];
        articleCounts = new CompactInts[n];
        tokens = new int[n];
        // Pass 1: each article's stems (as form ids) and counts; each chunk's count per word.
        List<int[]> chunkWordCounts = Chunks.map(n, (from, to) -> {
            int[] scratch = new int[forms];
            int[] touched = new int[256];
            int[] wordCounts = new int[words];
            for (int a = from; a < to; a++) {
                AnalyzedText t = texts.get(a);
                if (t.vocabulary() != v) {
                    throw new IllegalArgumentException("article " + a + " was analysed with another vocabulary");
                }
                int k = 0;
                for (int i = 0, size = t.size(); i < size; i++) {
                    int w = t.word(i);
                    if (isStop[w]) {
                        continue;
                    }
                    wordCounts[w]++;
                    int f = v.stemId(w);
                    if (scratch[f]++ == 0) {
                        if (k == touched.length) {
                            touched = Arrays.copyOf(touched, k * 2);
                        }
                        touched[k++] = f;
                    }
                }
                int[] ts = Arrays.copyOf(touched, k);
                int[] cs = new int[k];
                for (int j = 0; j < k; j++) {
                    cs[j] = scratch[ts[j]];
                    scratch[ts[j]] = 0;
                }
                termsOf[a] = ts;
                countsOf[a] = cs;
                tokens[a] = t.size();
            }
            return wordCounts;
        });
        long all = 0;
        for (int t : tokens) {
            all += t;
        }
        allTokens = all;
        long[] wordTotals = new long[words];
        for (int[] counts : chunkWordCounts) {
            for (int w = 0; w < words; w++) {
                wordTotals[w] += counts[w];
            }
        }
        // The terms that occur, in code-point order: their rank is their id.
        boolean[] occurs = new boolean[forms];
        for (int w = 0; w < words; w++) {
            if (wordTotals[w] > 0) {
                occurs[v.stemId(w)] = true;
            }
        }
        int[] present = java.util.stream.IntStream.range(0, forms).filter(f -> occurs[f]).boxed()
                .sorted((x, y) -> v.form(x).compareTo(v.form(y))).mapToInt(Integer::intValue).toArray();
        terms = new String[present.length];
        int[] termOfForm = new int[forms];
        for (int id = 0; id < present.length; id++) {
            terms[id] = v.form(present[id]);
            termOfForm[present[id]] = id;
            ids.put(terms[id], id);
        }
        // Pass 2: form ids to term ids, most frequent first, equal counts in term order; each chunk's
        // df and totals from the same loop. One sort-key array per chunk, grown as needed, not one per
        // article: at 100,000 generated articles those were 176 MB of the 1.6 GB terms() allocated
        // (async-profiler's allocation samples put two fifths of terms() there).
        df = new int[terms.length];
        totals = new long[terms.length];
        for (Object[] part : Chunks.map(n, (from, to) -> {
            int[] chunkDf = new int[terms.length];
            long[] chunkTotals = new long[terms.length];
            long[] keys = new long[256];
            for (int a = from; a < to; a++) {
                int[] ts = termsOf[a];
                int[] cs = countsOf[a];
                int k = ts.length;
                if (keys.length < k) {
                    keys = new long[Math.max(k, 2 * keys.length)];
                }
                for (int j = 0; j < k; j++) {
                    keys[j] = ((long) (Integer.MAX_VALUE - cs[j]) << 32) | termOfForm[ts[j]];
                }
                Arrays.sort(keys, 0, k);
                for (int j = 0; j < k; j++) {
                    int term = (int) keys[j];
                    int count = Integer.MAX_VALUE - (int) (keys[j] >>> 32);
                    ts[j] = term;
                    cs[j] = count;
                    chunkDf[term]++;
                    chunkTotals[term] += count;
                }
                articleTerms[a] = CompactInts.of(ts);
                articleCounts[a] = CompactInts.of(cs);
                // Let go of the article's working arrays as soon as their compact copies exist.
                termsOf[a] = null;
                countsOf[a] = null;
            }
            return new Object[] {chunkDf, chunkTotals};
        })) {
            int[] chunkDf = (int[]) part[0];
            long[] chunkTotals = (long[]) part[1];
            for (int t = 0; t < terms.length; t++) {
                df[t] += chunkDf[t];
                totals[t] += chunkTotals[t];
            }
        }
        surfaces = new String[terms.length];
        long[] best = new long[terms.length];
        for (int w = 0; w < words; w++) {
            long count = wordTotals[w];
            if (count == 0) {
                continue;
            }
            int term = termOfForm[v.stemId(w)];
            String surface = v.surface(w);
            // The most frequent form; on a tie the first in code-point order, so results never vary.
            if (count > best[term] || (count == best[term] && surface.compareTo(surfaces[term]) < 0)) {
                best[term] = count;
                surfaces[term] = surface;
            }
        }
    }

    /** Counts the terms of {@code texts}, all analysed with {@code vocabulary}, leaving out {@code stop} words. */
    public static TermIndex of(List<AnalyzedText> texts, Vocabulary vocabulary, StopWords stop) {
        return new TermIndex(texts, vocabulary, stop);
    }

    /** How many articles. */
    public int articles() {
        return articleTerms.length;
    }

    /** How many distinct terms. */
    public int size() {
        return terms.length;
    }

    /** The term with id {@code id}; ids follow the code-point order of the terms. */
    public String term(int id) {
        return terms[id];
    }

    /** The id of {@code term}, or -1 when it does not occur. */
    public int id(CharSequence term) {
        return ids.getInt(term.toString());
    }

    /** The term ids of article {@code a}, most frequent first, in a new array. */
    public int[] termIds(int a) {
        return articleTerms[a].toArray();
    }

    /** The counts of article {@code a}'s terms, in the order of {@link #termIds}, in a new array. */
    public int[] termCounts(int a) {
        return articleCounts[a].toArray();
    }

    /** How many distinct terms article {@code a} has. */
    public int termsIn(int a) {
        return articleTerms[a].size();
    }

    /** The id of article {@code a}'s {@code k}-th term, most frequent first (no array is made). */
    public int termId(int a, int k) {
        return articleTerms[a].get(k);
    }

    /** The count of article {@code a}'s {@code k}-th term, in the order of {@link #termId}. */
    public int termCount(int a, int k) {
        return articleCounts[a].get(k);
    }

    /** All tokens of article {@code a}, stop words included. */
    public int tokens(int a) {
        return tokens[a];
    }

    /** All tokens of all articles, stop words included. */
    public long allTokens() {
        return allTokens;
    }

    /** The non-stop tokens of all articles: the sum of every term's count. */
    public long termTokens() {
        long s = 0;
        for (long t : totals) {
            s += t;
        }
        return s;
    }

    /** In how many articles the term with id {@code id} occurs. */
    public int df(int id) {
        return df[id];
    }

    /** In how many articles {@code term} occurs. */
    public int df(String term) {
        int id = ids.getInt(term);
        return id < 0 ? 0 : df[id];
    }

    /** How often the term with id {@code id} occurs in all articles. */
    public long total(int id) {
        return totals[id];
    }

    /** How often {@code term} occurs in all articles. */
    public long total(String term) {
        int id = ids.getInt(term);
        return id < 0 ? 0 : totals[id];
    }

    /** The most frequent surface form of the term with id {@code id}. */
    public String surface(int id) {
        return surfaces[id];
    }

    /** The most frequent surface form of {@code term}, so that tables show words, not stems. */
    public String surface(String term) {
        int id = ids.getInt(term);
        return id < 0 ? term : surfaces[id];
    }

    /** Inverse document frequency of the term with id {@code id}: log10(N / df), as quanteda's default. */
    public double idf(int id) {
        return Math.log10((double) articleTerms.length / df[id]);
    }

    /** Inverse document frequency, log10(N / df); 0 for an unseen term. */
    public double idf(String term) {
        int id = ids.getInt(term);
        return id < 0 ? 0 : idf(id);
    }
}

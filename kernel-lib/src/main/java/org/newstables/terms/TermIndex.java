package org.newstables.terms;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newstables.text.AnalyzedText;
import org.newstables.text.StopWords;

/**
 * Term counts of a set of analysed articles, computed once and shared by every term view
 * ({@link TermTables}, {@link Keyness}, the term columns of the matrix). A term is a stem; stop
 * words are left out; every other token counts, numbers included, so that for each article the
 * term counts plus its stop-word tokens add up to its tokens.
 *
 * <p>Kept in primitive arrays (fastutil maps while counting): terms get int ids in order of first
 * appearance, and each article holds its term ids and counts, most frequent first.
 */
public final class TermIndex {

    private final List<String> terms = new ArrayList<>();
    private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
    private final int[][] articleTerms;
    private final int[][] articleCounts;
    private final int[] tokens;
    private final long allTokens;
    private int[] df;
    private long[] totals;
    private String[] surfaces;

    private TermIndex(List<AnalyzedText> texts, StopWords stop) {
        ids.defaultReturnValue(-1);
        int n = texts.size();
        articleTerms = new int[n][];
        articleCounts = new int[n][];
        tokens = new int[n];
        List<String> surfaceList = new ArrayList<>();
        Object2IntOpenHashMap<String> surfaceIds = new Object2IntOpenHashMap<>();
        surfaceIds.defaultReturnValue(-1);
        Long2IntOpenHashMap pairs = new Long2IntOpenHashMap();
        long all = 0;
        Int2IntOpenHashMap local = new Int2IntOpenHashMap();
        for (int a = 0; a < n; a++) {
            AnalyzedText t = texts.get(a);
            local.clear();
            for (int i = 0; i < t.size(); i++) {
                if (stop.contains(t.norm(i))) {
                    continue;
                }
                int id = id(t.stem(i));
                local.addTo(id, 1);
                String surface = t.surface(i);
                int sid = surfaceIds.getInt(surface);
                if (sid < 0) {
                    sid = surfaceList.size();
                    surfaceList.add(surface);
                    surfaceIds.put(surface, sid);
                }
                pairs.addTo(((long) id << 32) | sid, 1);
            }
            tokens[a] = t.size();
            all += t.size();
            int[] keys = local.keySet().toIntArray();
            articleTerms[a] = keys;
            articleCounts[a] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                articleCounts[a][k] = local.get(keys[k]);
            }
        }
        allTokens = all;
        int termCount = terms.size();
        df = new int[termCount];
        totals = new long[termCount];
        for (int a = 0; a < n; a++) {
            sortByCount(a);
            for (int k = 0; k < articleTerms[a].length; k++) {
                df[articleTerms[a][k]]++;
                totals[articleTerms[a][k]] += articleCounts[a][k];
            }
        }
        surfaces = new String[termCount];
        int[] best = new int[termCount];
        for (Long2IntMap.Entry e : pairs.long2IntEntrySet()) {
            int term = (int) (e.getLongKey() >>> 32);
            String surface = surfaceList.get((int) e.getLongKey());
            int count = e.getIntValue();
            // The most frequent form; on a tie the first in code-point order, so results never vary.
            if (count > best[term] || (count == best[term] && surface.compareTo(surfaces[term]) < 0)) {
                best[term] = count;
                surfaces[term] = surface;
            }
        }
    }

    /** Counts the terms of {@code texts}, leaving out {@code stop} words. */
    public static TermIndex of(List<AnalyzedText> texts, StopWords stop) {
        return new TermIndex(texts, stop);
    }

    private int id(String term) {
        int id = ids.getInt(term);
        if (id < 0) {
            id = terms.size();
            terms.add(term);
            ids.put(term, id);
        }
        return id;
    }

    /** Most frequent first; equal counts in code-point order of the term. */
    private void sortByCount(int a) {
        int[] t = articleTerms[a];
        int[] c = articleCounts[a];
        Integer[] order = new Integer[t.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> c[x] != c[y] ? Integer.compare(c[y], c[x])
                : terms.get(t[x]).compareTo(terms.get(t[y])));
        int[] t2 = new int[t.length];
        int[] c2 = new int[t.length];
        for (int i = 0; i < order.length; i++) {
            t2[i] = t[order[i]];
            c2[i] = c[order[i]];
        }
        articleTerms[a] = t2;
        articleCounts[a] = c2;
    }

    /** How many articles. */
    public int articles() {
        return articleTerms.length;
    }

    /** How many distinct terms. */
    public int size() {
        return terms.size();
    }

    /** The term with id {@code id}. */
    public String term(int id) {
        return terms.get(id);
    }

    /** The id of {@code term}, or -1 when it does not occur. */
    public int id(CharSequence term) {
        return ids.getInt(term.toString());
    }

    /** The term ids of article {@code a}, most frequent first. */
    public int[] termIds(int a) {
        return articleTerms[a];
    }

    /** The counts of article {@code a}'s terms, in the order of {@link #termIds}. */
    public int[] termCounts(int a) {
        return articleCounts[a];
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

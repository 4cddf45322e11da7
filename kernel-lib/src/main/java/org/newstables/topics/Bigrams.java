package org.newstables.topics;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.util.Arrays;
import java.util.List;
import org.newstables.terms.Ngrams;
import org.newstables.text.AnalyzedText;
import org.newstables.text.StopWords;
import org.newstables.text.Vocabulary;

/**
 * The bigrams a topic model may add to its words (MALLET's {@code --gram-sizes 1,2}): two
 * neighbouring content words of one run, as {@code ngrams(2)} counts them ({@link
 * Ngrams#runPositions}: no stop word, sentence end or punctuation between), keyed by their stems
 * ({@code "حزام طريق"}) and shown in their most frequent written form ({@code "الحزام والطريق"}).
 * Counted per article, in article order, on one thread: the model that reads them runs far longer.
 */
final class Bigrams {

    /** The bigrams in code-point order of their terms: term (two stems), surface, articles. */
    final String[] terms;
    final String[] surfaces;
    final int[] df;
    /** Per article, its bigram ids and their counts. */
    final int[][] articleIds;
    final int[][] articleCounts;

    Bigrams(List<AnalyzedText> texts, Vocabulary v, StopWords stop) {
        boolean[] isStop = v.stopMask(stop);
        // Keys: two stem form ids (for counting), or two word ids (for the written form).
        Long2IntOpenHashMap ids = new Long2IntOpenHashMap();
        ids.defaultReturnValue(-1);
        Long2LongOpenHashMap written = new Long2LongOpenHashMap();
        int[][] keyIds = new int[texts.size()][];
        int[][] keyCounts = new int[texts.size()][];
        for (int a = 0; a < texts.size(); a++) {
            AnalyzedText t = texts.get(a);
            int[] runs = Ngrams.runPositions(t, isStop);
            Int2IntOpenHashMap here = new Int2IntOpenHashMap();
            for (int i = 1; i < t.size(); i++) {
                if (runs[i] < 2) {
                    continue;
                }
                int w1 = t.word(i - 1);
                int w2 = t.word(i);
                long stems = (long) v.stemId(w1) << 32 | v.stemId(w2);
                int id = ids.get(stems);
                if (id < 0) {
                    id = ids.size();
                    ids.put(stems, id);
                }
                here.addTo(id, 1);
                written.addTo((long) w1 << 32 | w2, 1);
            }
            int[] ks = here.keySet().toIntArray();
            Arrays.sort(ks);
            keyIds[a] = ks;
            keyCounts[a] = Arrays.stream(ks).map(here::get).toArray();
        }
        // Ids in code-point order of the terms, so that every order built on them is the same from run to run.
        String[] byFirstId = new String[ids.size()];
        ids.long2IntEntrySet().fastForEach(e -> byFirstId[e.getIntValue()] = v.form((int) (e.getLongKey() >>> 32)) + " "
                + v.form((int) e.getLongKey()));
        Integer[] order = new Integer[byFirstId.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> byFirstId[x].compareTo(byFirstId[y]));
        int[] rank = new int[order.length];
        terms = new String[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            terms[r] = byFirstId[order[r]];
        }
        df = new int[terms.length];
        articleIds = new int[texts.size()][];
        articleCounts = keyCounts;
        for (int a = 0; a < texts.size(); a++) {
            articleIds[a] = Arrays.stream(keyIds[a]).map(id -> rank[id]).toArray();
            for (int id : articleIds[a]) {
                df[id]++;
            }
        }
        // The most frequent written form of each; on a tie the first in code-point order.
        surfaces = new String[terms.length];
        long[] best = new long[terms.length];
        written.long2LongEntrySet().fastForEach(e -> {
            int w1 = (int) (e.getLongKey() >>> 32);
            int w2 = (int) e.getLongKey();
            int id = rank[ids.get((long) v.stemId(w1) << 32 | v.stemId(w2))];
            String form = v.surface(w1) + " " + v.surface(w2);
            long count = e.getLongValue();
            if (count > best[id] || count == best[id] && form.compareTo(surfaces[id]) < 0) {
                best[id] = count;
                surfaces[id] = form;
            }
        });
    }
}

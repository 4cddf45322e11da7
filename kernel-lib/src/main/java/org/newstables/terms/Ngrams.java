package org.newstables.terms;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectOpenHashSet;
import java.util.ArrayList;
import java.util.List;
import org.newstables.common.Chunks;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Sentences;
import org.newstables.text.StopWords;
import org.newstables.text.Vocabulary;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * N-grams over runs of content words: a stop word, a sentence end or anything but white space
 * between two words ends a run, so {@code الحزام والطريق} and {@code منظمة شانغهاي للتعاون} come
 * out as phrases, and nothing is glued across {@code في} or a comma. N-grams are counted by their
 * normalized words and shown in their most frequent written form.
 *
 * <p>Hand-written rather than Lucene's ShingleFilter: the filter works on strings one token
 * stream at a time, while here every word is already an id in the corpus's {@link Vocabulary},
 * so an n-gram is a short key of ids, counted in parallel over chunks of articles.
 */
@Internal
public final class Ngrams {

    private Ngrams() {
    }

    /** ngram (its most frequent written form), norm (the normalized words), count, articles. */
    public static Table of(List<AnalyzedText> texts, Vocabulary v, StopWords stop, int n) {
        return of(texts, v, stop, n, true);
    }

    /** {@link #of}, with packed keys allowed or not: the two ways of counting must agree. */
    static Table of(List<AnalyzedText> texts, Vocabulary v, StopWords stop, int n, boolean packing) {
        if (n < 2) {
            throw new IllegalArgumentException("n-grams need n of 2 or more, not " + n
                    + "; single words are in topTerms().");
        }
        boolean[] isStop = v.stopMask(stop);
        // Keys are the ids of the n words: packed in a long while counting when they fit (no allocation
        // per n-gram), then, per distinct n-gram, two chars each: by word id (written forms) and by normalized form.
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(v.size(), v.forms()));
        boolean packed = packing && n * bits <= 63;
        List<Object2IntOpenHashMap<String>[]> parts = Chunks.map(texts.size(), (from, to) -> {
            Long2IntOpenHashMap writtenPacked = new Long2IntOpenHashMap();
            Long2IntOpenHashMap articlesPacked = new Long2IntOpenHashMap();
            LongOpenHashSet seenPacked = new LongOpenHashSet();
            Object2IntOpenHashMap<String> written = new Object2IntOpenHashMap<>();
            Object2IntOpenHashMap<String> articles = new Object2IntOpenHashMap<>();
            ObjectOpenHashSet<String> seen = new ObjectOpenHashSet<>();
            int[] window = new int[n];
            char[] wordKey = new char[2 * n];
            char[] normKey = new char[2 * n];
            for (int a = from; a < to; a++) {
                AnalyzedText t = texts.get(a);
                seen.clear();
                seenPacked.clear();
                int[] runs = runPositions(t, isStop);
                for (int i = 0; i < t.size(); i++) {
                    if (runs[i] == 0) {
                        continue;
                    }
                    System.arraycopy(window, 1, window, 0, n - 1);
                    window[n - 1] = t.word(i);
                    if (runs[i] < n) {
                        continue;
                    }
                    if (packed) {
                        long wordBits = 0;
                        long normBits = 0;
                        for (int k = 0; k < n; k++) {
                            wordBits = wordBits << bits | window[k];
                            normBits = normBits << bits | v.normId(window[k]);
                        }
                        writtenPacked.addTo(wordBits, 1);
                        if (seenPacked.add(normBits)) {
                            articlesPacked.addTo(normBits, 1);
                        }
                        continue;
                    }
                    for (int k = 0; k < n; k++) {
                        put(wordKey, k, window[k]);
                        put(normKey, k, v.normId(window[k]));
                    }
                    written.addTo(new String(wordKey), 1);
                    String norm = new String(normKey);
                    if (seen.add(norm)) {
                        articles.addTo(norm, 1);
                    }
                }
            }
            writtenPacked.long2IntEntrySet().fastForEach(e -> written.addTo(unpack(e.getLongKey(), n, bits), e.getIntValue()));
            articlesPacked.long2IntEntrySet().fastForEach(e -> articles.addTo(unpack(e.getLongKey(), n, bits), e.getIntValue()));
            @SuppressWarnings("unchecked")
            Object2IntOpenHashMap<String>[] both = new Object2IntOpenHashMap[] {written, articles};
            return both;
        });
        Object2IntOpenHashMap<String> written = new Object2IntOpenHashMap<>();
        Object2IntOpenHashMap<String> articles = new Object2IntOpenHashMap<>();
        for (Object2IntOpenHashMap<String>[] part : parts) {
            part[0].object2IntEntrySet().fastForEach(e -> written.addTo(e.getKey(), e.getIntValue()));
            part[1].object2IntEntrySet().fastForEach(e -> articles.addTo(e.getKey(), e.getIntValue()));
        }
        // Per normalized n-gram: its count, and its most frequent written form (on a tie the first in code-point order).
        Object2IntOpenHashMap<String> counts = new Object2IntOpenHashMap<>();
        java.util.Map<String, String> bestForm = new java.util.HashMap<>();
        Object2IntOpenHashMap<String> bestCount = new Object2IntOpenHashMap<>();
        char[] normKey = new char[2 * n];
        for (Object2IntMap.Entry<String> e : written.object2IntEntrySet()) {
            String wordKey = e.getKey();
            for (int k = 0; k < n; k++) {
                put(normKey, k, v.normId(get(wordKey, k)));
            }
            String norm = new String(normKey);
            int c = e.getIntValue();
            counts.addTo(norm, c);
            String form = joined(wordKey, n, v::surface);
            int best = bestCount.getInt(norm);
            if (c > best || c == best && form.compareTo(bestForm.get(norm)) < 0) {
                bestCount.put(norm, c);
                bestForm.put(norm, form);
            }
        }
        List<String[]> rows = new ArrayList<>(counts.size());
        for (String norm : counts.keySet()) {
            rows.add(new String[] {norm, joined(norm, n, v::form)});
        }
        // Most frequent first; equal counts in code-point order, so output never varies.
        rows.sort((x, y) -> counts.getInt(x[0]) != counts.getInt(y[0])
                ? Integer.compare(counts.getInt(y[0]), counts.getInt(x[0])) : x[1].compareTo(y[1]));
        StringColumn ngram = StringColumn.create("ngram");
        StringColumn norm = StringColumn.create("norm");
        LongColumn count = LongColumn.create("count");
        IntColumn docs = IntColumn.create("articles");
        for (String[] row : rows) {
            ngram.append(bestForm.get(row[0]));
            norm.append(row[1]);
            count.append(counts.getInt(row[0]));
            docs.append(articles.getInt(row[0]));
        }
        return Table.create(n + "-grams", ngram, norm, count, docs);
    }

    private static void put(char[] key, int k, int id) {
        key[2 * k] = (char) (id >>> 16);
        key[2 * k + 1] = (char) id;
    }

    /** A packed key as the two-chars-per-id string key. */
    private static String unpack(long packed, int n, int bits) {
        char[] key = new char[2 * n];
        long mask = (1L << bits) - 1;
        for (int k = n - 1; k >= 0; k--) {
            put(key, k, (int) (packed & mask));
            packed >>>= bits;
        }
        return new String(key);
    }

    private static int get(String key, int k) {
        return key.charAt(2 * k) << 16 | key.charAt(2 * k + 1);
    }

    private static String joined(String key, int n, java.util.function.IntFunction<String> text) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                b.append(' ');
            }
            b.append(text.apply(get(key, k)));
        }
        return b.toString();
    }

    /** Whether only white space stands between two offsets. */
    /**
     * Where each token of {@code t} stands in its run of content words: 0 for a stop word ({@code
     * isStop}, by word id), else 1 for the first word of a run, 2 for the second, and so on. A stop
     * word, a new sentence or anything but white space between two words ends a run. The one rule
     * every n-gram count uses (here, and on Spark executors).
     */
    public static int[] runPositions(AnalyzedText t, boolean[] isStop) {
        int[] out = new int[t.size()];
        Sentences sentences = t.sentences();
        int run = 0;
        int sentence = 0;
        int previousSentence = -1;
        for (int i = 0; i < t.size(); i++) {
            int start = t.start(i);
            while (sentence + 1 < sentences.count() && sentences.start(sentence + 1) <= start) {
                sentence++;
            }
            if (isStop[t.word(i)]) {
                run = 0;
                continue;
            }
            if (run > 0 && (sentence != previousSentence || !onlySpace(t.text(), t.end(i - 1), start))) {
                run = 0;
            }
            previousSentence = sentence;
            out[i] = ++run;
        }
        return out;
    }

    private static boolean onlySpace(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }
}

package org.newstables.duplicates;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.util.StringHelper;
import org.newstables.common.Chunks;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Vocabulary;

/**
 * MinHash signatures of articles' word shingles: the normalised words (so that spelling variants,
 * Persian-keyboard letters and presentation forms count as the same word) in shingles of {@code
 * shingle} words (a text shorter than that is one shingle of all its words), each shingle hashed
 * to 64 bits and sent by its hash to one of {@code buckets} buckets, each bucket keeping its least
 * hash, and an empty bucket taking the least hash of a filled bucket chosen at random, the same in
 * every text: one-permutation hashing (Li, Owen and Zhang, NIPS 2012) with optimal densification
 * (Shrivastava, "Optimal densification for fast and accurate minwise hashing", ICML 2017).
 *
 * <p>Hand-written rather than run through Lucene's {@code MinHashFilter} (one-permutation hashing
 * too, with one hash and a set of one) for two reasons, measured here. Speed: the filter hashes
 * each shingle's string (built by {@code ShingleFilter}) and keeps a {@code TreeSet} per bucket,
 * about 1.3 µs per shingle (12 s for 20,000 generated articles, a minute for 100,000), where this
 * hashes each distinct word once (MurmurHash3 from Lucene's {@link StringHelper}) and each shingle
 * from its words' hashes in a few nanoseconds. Accuracy for banding: the filter densifies by
 * rotation (an empty bucket takes the next one's hash), which makes a short text's buckets runs of
 * one value, so that two short texts sharing one shingle share whole bands and are compared. {@code
 * DuplicatesTest} checks the estimates against the exact Jaccard similarity of the shingle sets.
 */
final class MinHashSignatures {

    private MinHashSignatures() {
    }

    /**
     * The signature of each text, in order ({@code buckets} ints: the high 32 bits of each bucket's
     * least 64-bit hash, half the memory of the whole hashes, with a chance of 2<sup>-32</sup> that
     * two different ones agree), or an empty array for a text without words. In parallel; the result
     * does not depend on the threads.
     */
    static int[][] of(List<AnalyzedText> texts, int shingle, int buckets) {
        if (texts.isEmpty()) {
            return new int[0][];
        }
        Vocabulary v = texts.get(0).vocabulary();
        long[] normHash = new long[v.forms()];
        Chunks.forEach(normHash.length, id -> normHash[id] = hash(v.form(id)));
        int[][] out = new int[texts.size()][];
        Chunks.forEach(texts.size(), i -> out[i] = signature(texts.get(i), normHash, shingle, buckets));
        return out;
    }

    private static long hash(String word) {
        byte[] b = word.getBytes(StandardCharsets.UTF_8);
        return ((long) StringHelper.murmurhash3_x86_32(b, 0, b.length, 0x9747b28c) << 32)
                | (StringHelper.murmurhash3_x86_32(b, 0, b.length, 0x5bd1e995) & 0xffffffffL);
    }

    static int[] signature(AnalyzedText text, long[] normHash, int shingle, int buckets) {
        int n = text.size();
        if (n == 0) {
            return new int[0];
        }
        Vocabulary v = text.vocabulary();
        long[] words = new long[n];
        for (int i = 0; i < n; i++) {
            words[i] = normHash[v.normId(text.word(i))];
        }
        long[] min = new long[buckets];
        boolean[] filled = new boolean[buckets];
        int width = Math.min(shingle, n);
        for (int start = 0; start + width <= n; start++) {
            long h = 0;
            for (int j = start; j < start + width; j++) {
                // Ordered: the same words in another order are another shingle.
                h = Long.rotateLeft(h, 23) * 0x9E3779B97F4A7C15L + words[j];
            }
            h = mix(h);
            int bucket = (int) (((h >>> 32) * buckets) >>> 32);
            if (!filled[bucket] || Long.compareUnsigned(h, min[bucket]) < 0) {
                min[bucket] = h;
                filled[bucket] = true;
            }
        }
        // An empty bucket borrows from a bucket chosen by hashing its own number and an attempt count
        // until a filled one comes up: the same choice in every text with the same buckets filled.
        int[] out = new int[buckets];
        for (int b = 0; b < buckets; b++) {
            int from = b;
            for (int attempt = 1; !filled[from]; attempt++) {
                from = (int) (((mix(((long) b << 32) | attempt) >>> 32) * buckets) >>> 32);
            }
            out[b] = (int) (min[from] >>> 32);
        }
        return out;
    }

    /** MurmurHash3's 64-bit finaliser: every bit of the input moves every bit of the hash. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /**
     * Whether two signatures agree at {@code threshold} of their positions or more; stops as soon as
     * the disagreements rule it out (most compared pairs are far apart).
     */
    static boolean similar(int[] a, int[] b, double threshold) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        int allowed = a.length - (int) Math.ceil(threshold * a.length - 1e-9);
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && ++differ > allowed) {
                return false;
            }
        }
        return true;
    }

    /** The share of positions at which two signatures agree; 0 when either is empty. */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}

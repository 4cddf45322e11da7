package org.newstables.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.Article;
import org.newstables.text.AnalyzedText;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Near-duplicate articles — one story reprinted with a new headline, a dropped paragraph, another
 * dateline, another site's spelling — found from {@link MinHashSignatures MinHash signatures} of
 * their word shingles and locality-sensitive hashing (the signature cut into bands of
 * {@value #ROWS} rows; articles sharing a band are compared; Leskovec, Rajaraman and Ullman,
 * <i>Mining of Massive Datasets</i>, ch. 3), never all pairs. Two articles whose estimated Jaccard
 * similarity reaches the threshold are copies; copies of copies share a cluster (single linkage).
 * Exact copies are clusters too. The result does not depend on the order or the number of threads.
 */
public final class NearDuplicates {

    /** Rows per LSH band: with the bands {@link Options} chooses, a pair at the threshold is compared with probability ≥ 0.99. */
    public static final int ROWS = 5;
    /** The least signature length: estimates of Jaccard similarity within about ±0.04 (one standard error) at 0.6. */
    static final int MIN_BUCKETS = 128;

    /**
     * What counts as a copy.
     *
     * @param shingle   words per shingle (default 5, as in Broder's near-duplicate detection); 1 compares word sets
     * @param threshold the least estimated Jaccard similarity of two copies' shingle sets, in (0, 1] (default 0.6)
     */
    public record Options(int shingle, double threshold) implements java.io.Serializable {

        /** Shingles of 5 words, copies from a similarity of 0.6. */
        public static final Options DEFAULTS = new Options(5, 0.6);

        /**
         * Checks the values.
         *
         * @throws NewsTablesException when the shingle size is below 1 or the threshold outside (0, 1]
         */
        public Options {
            if (shingle < 1 || shingle > 20) {
                throw new NewsTablesException("A shingle of " + shingle + " words cannot be used; give 1 to 20 (5 is usual).");
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw new NewsTablesException("The similarity threshold " + threshold
                        + " is outside (0, 1]; give, say, 0.6 for lightly edited copies or 0.9 for near-exact ones.");
            }
        }

        /** These options with another shingle size. */
        public Options withShingle(int words) {
            return new Options(words, threshold);
        }

        /** These options with another threshold. */
        public Options withThreshold(double similarity) {
            return new Options(shingle, similarity);
        }

        /** Bands of {@value NearDuplicates#ROWS} rows enough for a pair at the threshold to share one with probability ≥ 0.99. */
        public int bands() {
            double sharesBand = Math.pow(threshold, ROWS);
            int bands = sharesBand >= 1 ? 1 : (int) Math.ceil(Math.log(0.01) / Math.log1p(-sharesBand));
            return Math.max(bands, (MIN_BUCKETS + ROWS - 1) / ROWS);
        }

        /** The length of a signature: {@link #bands()} × {@value NearDuplicates#ROWS}. */
        public int buckets() {
            return bands() * ROWS;
        }
    }

    /** The earliest article (by date, undated last), then the first by id: the default article kept of a cluster. */
    public static final Comparator<Article> EARLIEST = earliest(Article::date, Article::id);

    /** {@link #EARLIEST}'s rule for anything with a date (null: undated, last) and an id. */
    private static <T> Comparator<T> earliest(java.util.function.Function<T, LocalDate> date,
            java.util.function.Function<T, String> id) {
        return Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(id);
    }

    private final List<Article> articles;
    /** For each article (by position), its cluster's number (1, 2, …), or 0 when it has no copy. */
    private final int[] cluster;
    /** For each article, its estimated similarity to its cluster's representative. */
    private final double[] similarity;
    private final int[] representative;

    private NearDuplicates(List<Article> articles, int[] cluster, int[] representative, double[] similarity) {
        this.articles = articles;
        this.cluster = cluster;
        this.representative = representative;
        this.similarity = similarity;
    }

    /** Signatures made once per loaded corpus and shingle size and length, shared by its sub-corpora. */
    public static final class Signatures {
        private final List<AnalyzedText> texts;
        private final Map<List<Integer>, int[][]> made = new ConcurrentHashMap<>();

        /** The signatures of {@code texts}, computed when first asked for. */
        public Signatures(List<AnalyzedText> texts) {
            this.texts = texts;
        }

        int[][] get(Options o) {
            return made.computeIfAbsent(List.of(o.shingle(), o.buckets()),
                    k -> MinHashSignatures.of(texts, o.shingle(), o.buckets()));
        }
    }

    /**
     * The near-duplicates among the articles at {@code rows} of the loaded corpus ({@code all}, whose
     * signatures are {@code signatures}); null rows for all of them.
     */
    public static NearDuplicates find(List<Article> all, Signatures signatures, int[] rows, Options options) {
        int[][] allSignatures = signatures.get(options);
        int n = rows == null ? all.size() : rows.length;
        List<Article> articles = new ArrayList<>(n);
        int[][] sig = new int[n][];
        for (int i = 0; i < n; i++) {
            int r = rows == null ? i : rows[i];
            articles.add(all.get(r));
            sig[i] = allSignatures[r];
        }
        int[] signed = java.util.stream.IntStream.range(0, n).filter(i -> sig[i].length > 0).toArray();
        // The bands are independent: each finds its similar pairs on its own thread, and the pairs
        // are joined afterwards. The components do not depend on the order of the joins.
        List<int[]> links = java.util.stream.IntStream.range(0, options.bands()).parallel()
                .mapToObj(band -> linksInBand(sig, signed, band, options))
                .collect(java.util.stream.Collectors.toList());
        return clusters(articles, sig, components(n, links.stream().flatMapToInt(Arrays::stream).toArray()));
    }

    /**
     * The pairs (flattened: x, y, x, y, …) that share the values of band {@code band} and are similar:
     * enough of them to connect what the band connects (a pair already connected in this band is
     * not compared, so a cluster of many exact copies costs one comparison per copy, not per pair).
     */
    private static int[] linksInBand(int[][] sig, int[] signed, int band, Options options) {
        int m = signed.length;
        long[] key = new long[m];
        long[] at = new long[m];
        for (int t = 0; t < m; t++) {
            key[t] = bandKey(sig[signed[t]], band);
            at[t] = signed[t];
        }
        // By key, then position: equal bands are neighbours, in corpus order.
        it.unimi.dsi.fastutil.longs.LongArrays.radixSort(key, at);
        it.unimi.dsi.fastutil.ints.IntArrayList out = new it.unimi.dsi.fastutil.ints.IntArrayList();
        it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap parent = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
        for (int from = 0; from < m; ) {
            int to = from + 1;
            while (to < m && key[to] == key[from]) {
                to++;
            }
            for (int i = from; i < to; i++) {
                for (int j = i + 1; j < to; j++) {
                    int x = (int) at[i];
                    int y = (int) at[j];
                    int rx = sparseFind(parent, x);
                    int ry = sparseFind(parent, y);
                    if (rx != ry && sameBand(sig[x], sig[y], band)
                            && MinHashSignatures.similar(sig[x], sig[y], options.threshold())) {
                        parent.put(Math.max(rx, ry), Math.min(rx, ry));
                        out.add(x);
                        out.add(y);
                    }
                }
            }
            from = to;
        }
        return out.toIntArray();
    }

    /** The root of {@code x} in a union-find forest of the few articles that have a parent (the others are roots). */
    private static int sparseFind(it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap parent, int x) {
        while (parent.containsKey(x)) {
            x = parent.get(x);
        }
        return x;
    }

    /**
     * The signatures {@link #find} compares, of texts analysed into one vocabulary: {@link
     * Options#buckets()} ints each, an empty array for a text without words. For engines that
     * analyse the articles apart (Spark): a text's signature depends only on its own normalised
     * words, so a part's texts give the same signatures as in the whole corpus.
     */
    public static int[][] signatures(List<AnalyzedText> texts, Options options) {
        return MinHashSignatures.of(texts, options.shingle(), options.buckets());
    }

    /** A 64-bit hash of the {@value #ROWS} values of band {@code band} of a signature: equal bands, equal keys. */
    public static long bandKey(int[] s, int band) {
        long h = band;
        for (int i = band * ROWS; i < band * ROWS + ROWS; i++) {
            h = Long.rotateLeft(h, 17) * 0x9E3779B97F4A7C15L + s[i];
        }
        return h;
    }

    /** Whether two signatures have the same values in band {@code band}. */
    public static boolean sameBand(int[] a, int[] b, int band) {
        // A plain loop: Arrays.equals' range checks cost more than comparing five ints.
        for (int i = band * ROWS; i < band * ROWS + ROWS; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether two signatures are those of copies under {@code options}: they agree at its threshold of their positions or more. */
    public static boolean similar(int[] a, int[] b, Options options) {
        return MinHashSignatures.similar(a, b, options.threshold());
    }

    /** The estimated Jaccard similarity of two signatures' shingle sets: the share of positions where they agree. */
    public static double similarity(int[] a, int[] b) {
        return MinHashSignatures.similarity(a, b);
    }

    /**
     * The connected components of {@code n} articles linked by the pairs of {@code pairs} (flattened:
     * x, y, x, y, …): for each article the least position in its component.
     */
    public static int[] components(int n, int[] pairs) {
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int k = 0; k < pairs.length; k += 2) {
            union(parent, pairs[k], pairs[k + 1]);
        }
        int[] component = new int[n];
        Arrays.setAll(component, i -> find(parent, i));
        return component;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int x, int y) {
        int a = find(parent, x);
        int b = find(parent, y);
        // The smaller position becomes the root, so that roots do not depend on the order of unions.
        parent[Math.max(a, b)] = Math.min(a, b);
    }

    private static NearDuplicates clusters(List<Article> articles, int[][] sig, int[] component) {
        int n = articles.size();
        int[][] cr = clusters(articles.stream().map(Article::id).toList(), articles.stream().map(Article::date).toList(),
                component);
        double[] similarity = new double[n];
        for (int i = 0; i < n; i++) {
            if (cr[0][i] > 0) {
                similarity[i] = MinHashSignatures.similarity(sig[i], sig[cr[1][i]]);
            }
        }
        return new NearDuplicates(articles, cr[0], cr[1], similarity);
    }

    /**
     * The clusters of articles known by id and date, in corpus order, from the components of the
     * graph of similar pairs: for each article its cluster (numbered from 1 in the order of the
     * clusters' first articles; 0 for an article alone in its component) and its cluster's
     * representative (a position; the earliest article by date, undated last, then by id; -1 when
     * alone). What {@link #find} ends with, for engines that find the similar pairs apart (Spark).
     *
     * @param component for each article, the same number as the other articles of its component
     *                  (say, the position of one of them)
     * @return the clusters, then the representatives
     */
    public static int[][] clusters(List<String> ids, List<LocalDate> dates, int[] component) {
        int n = ids.size();
        Map<Integer, Integer> size = new HashMap<>();
        Map<Integer, Integer> best = new HashMap<>();
        Comparator<Integer> earliest = earliest(dates::get, ids::get);
        for (int i = 0; i < n; i++) {
            size.merge(component[i], 1, Integer::sum);
            best.merge(component[i], i, (x, y) -> earliest.compare(x, y) <= 0 ? x : y);
        }
        int[] cluster = new int[n];
        int[] representative = new int[n];
        Map<Integer, Integer> number = new HashMap<>();
        for (int i = 0; i < n; i++) {
            representative[i] = -1;
            if (size.get(component[i]) > 1) {
                cluster[i] = number.computeIfAbsent(component[i], k -> number.size() + 1);
                representative[i] = best.get(component[i]);
            }
        }
        return new int[][] {cluster, representative};
    }

    /**
     * One row per article that has a copy: article, cluster (int, numbered from 1 in the order of the
     * clusters' first articles), representative (the id of the cluster's earliest article by date,
     * then id), similarity (double: the estimated Jaccard similarity of its shingles to the
     * representative's, 0 to 1). Rows by cluster, the representative first, then in corpus order.
     */
    public Table table() {
        return table(articles.stream().map(Article::id).toList(), cluster, representative, similarity);
    }

    /**
     * {@link #table()} of articles known by id, in corpus order, from their {@link #clusters} and
     * similarities to their representatives: for engines that find the clusters apart (Spark).
     */
    public static Table table(List<String> ids, int[] cluster, int[] representative, double[] similarity) {
        StringColumn article = StringColumn.create("article");
        IntColumn clusterColumn = IntColumn.create("cluster");
        StringColumn rep = StringColumn.create("representative");
        DoubleColumn sim = DoubleColumn.create("similarity");
        Integer[] order = java.util.stream.IntStream.range(0, ids.size()).filter(i -> cluster[i] > 0).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> cluster[i])
                .thenComparing(i -> representative[i] != i)
                .thenComparingInt(i -> i));
        for (int i : order) {
            article.append(ids.get(i));
            clusterColumn.append(cluster[i]);
            rep.append(ids.get(representative[i]));
            sim.append(similarity[i]);
        }
        return Table.create("duplicates", article, clusterColumn, rep, sim);
    }

    /** How many clusters of copies there are. */
    private int clusters() {
        return Arrays.stream(cluster).max().orElse(0);
    }

    /**
     * The positions (among the articles searched) of the articles kept when each cluster is folded
     * to its least article under {@code keep}: every article without a copy, and one per cluster.
     */
    public int[] kept(Comparator<Article> keep) {
        int[] best = new int[clusters() + 1];
        Arrays.fill(best, -1);
        for (int i = 0; i < articles.size(); i++) {
            int c = cluster[i];
            if (c > 0 && (best[c] < 0 || keep.compare(articles.get(i), articles.get(best[c])) < 0)) {
                best[c] = i;
            }
        }
        return java.util.stream.IntStream.range(0, articles.size())
                .filter(i -> cluster[i] == 0 || best[cluster[i]] == i).toArray();
    }
}

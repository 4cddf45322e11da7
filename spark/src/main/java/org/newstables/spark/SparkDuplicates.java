package org.newstables.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newstables.corpus.Article;
import org.newstables.duplicates.NearDuplicates;
import org.newstables.text.AnalyzedText;
import org.newstables.text.TextAnalyzer;
import org.newstables.text.Vocabulary;
import scala.Tuple2;
import tech.tablesaw.api.Table;

/**
 * Near-duplicate articles on Spark, with the core's signatures, bands and cluster rules ({@link
 * NearDuplicates}), so the table is {@code Corpus.duplicates}'s: each executor makes its articles'
 * MinHash signatures from their texts (a signature depends only on the article's own words); the
 * articles are grouped by the values of each band in a shuffle, and the articles sharing a band's
 * values become candidate pairs, each pair once; the pairs whose signatures agree at the threshold
 * (compared where both signatures meet, after two joins) are the copies. Only those pairs, and the
 * ids, dates and signatures of the articles in them, come to the driver, which makes the clusters
 * (connected components: single linkage, as the core's). Never all pairs; no signature is kept on
 * the driver but those of copies.
 */
final class SparkDuplicates {

    /** An article's signature, keyed by its place in input order (partition in the high half, position in the low). */
    private record Signed(long key, String id, LocalDate date, int[] signature) implements Serializable {
    }

    private SparkDuplicates() {
    }

    /**
     * The near-duplicates among the articles of {@code docs} that the analysis kept ({@code parts},
     * partition by partition): the articles are built again from their documents, not analysed
     * again, since a signature needs only the article's text.
     */
    static Table find(JavaRDD<Doc> docs, JavaRDD<Part> parts, String textField, LocalDate today,
            NearDuplicates.Options options) {
        JavaRDD<Signed> signed = docs.zipPartitions(parts, (d, p) -> {
            List<Doc> in = new ArrayList<>();
            d.forEachRemaining(in::add);
            Part part = p.next();
            return signatures(part.index, Executor.articles(in, textField, today, part), options).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Tuple2<Long, Long>> edges = similarPairs(signed, options);
            HashSet<Long> members = new HashSet<>();
            edges.forEach(e -> {
                members.add(e._1);
                members.add(e._2);
            });
            Broadcast<HashSet<Long>> wanted = JavaSparkContext.fromSparkContext(parts.context()).broadcast(members);
            List<Signed> copies = new ArrayList<>(signed.filter(s -> wanted.value().contains(s.key())).collect());
            copies.sort(Comparator.comparingLong(Signed::key));
            Map<Long, Integer> at = new HashMap<>();
            for (int i = 0; i < copies.size(); i++) {
                at.put(copies.get(i).key(), i);
            }
            int[] component = NearDuplicates.components(copies.size(),
                    edges.stream().flatMapToInt(e -> java.util.stream.IntStream.of(at.get(e._1), at.get(e._2))).toArray());
            List<String> ids = copies.stream().map(Signed::id).toList();
            int[][] clusters = NearDuplicates.clusters(ids, copies.stream().map(Signed::date).toList(), component);
            double[] similarity = new double[copies.size()];
            for (int i = 0; i < copies.size(); i++) {
                similarity[i] = NearDuplicates.similarity(copies.get(i).signature(),
                        copies.get(clusters[1][i]).signature());
            }
            return NearDuplicates.table(ids, clusters[0], clusters[1], similarity);
        } finally {
            signed.unpersist(false);
        }
    }

    /** The pairs (x, y), x before y in input order, that share a band's values and whose signatures agree at the threshold. */
    private static List<Tuple2<Long, Long>> similarPairs(JavaRDD<Signed> signed, NearDuplicates.Options options) {
        int bands = options.bands();
        int rows = NearDuplicates.ROWS;
        JavaPairRDD<Long, Long> candidates = signed.filter(s -> s.signature().length > 0).flatMapToPair(s -> {
            List<Tuple2<Tuple2<Integer, Long>, Tuple2<Long, int[]>>> out = new ArrayList<>(bands);
            for (int b = 0; b < bands; b++) {
                out.add(new Tuple2<>(new Tuple2<>(b, NearDuplicates.bandKey(s.signature(), b)),
                        new Tuple2<>(s.key(), Arrays.copyOfRange(s.signature(), b * rows, b * rows + rows))));
            }
            return out.iterator();
        }).groupByKey().flatMapToPair(group -> {
            List<Tuple2<Long, int[]>> in = new ArrayList<>();
            group._2.forEach(in::add);
            in.sort(Comparator.comparingLong(Tuple2::_1));
            List<Tuple2<Long, Long>> pairs = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                for (int j = i + 1; j < in.size(); j++) {
                    // Equal keys, equal values: a 64-bit hash may collide.
                    if (Arrays.equals(in.get(i)._2, in.get(j)._2)) {
                        pairs.add(new Tuple2<>(in.get(i)._1, in.get(j)._1));
                    }
                }
            }
            return pairs.iterator();
        }).distinct();
        JavaPairRDD<Long, int[]> signatures = signed.mapToPair(s -> new Tuple2<>(s.key(), s.signature()));
        return candidates.join(signatures)
                .mapToPair(t -> new Tuple2<>(t._2._1, new Tuple2<>(t._1, t._2._2)))
                .join(signatures)
                .filter(t -> NearDuplicates.similar(t._2._1._2, t._2._2, options))
                .map(t -> new Tuple2<>(t._2._1._1, t._1))
                .collect();
    }

    /** The signatures of a partition's articles, from their texts, analysed into a vocabulary of the partition's own. */
    private static List<Signed> signatures(int index, List<Article> articles, NearDuplicates.Options options) {
        Vocabulary v = new Vocabulary();
        List<AnalyzedText> texts = new ArrayList<>(articles.size());
        for (Article a : articles) {
            texts.add(TextAnalyzer.analyze(a.text(), v));
        }
        int[][] sig = NearDuplicates.signatures(texts, options);
        List<Signed> out = new ArrayList<>(sig.length);
        for (int i = 0; i < sig.length; i++) {
            out.add(new Signed((long) index << 32 | i, articles.get(i).id(), articles.get(i).date(), sig[i]));
        }
        return out;
    }
}

package org.newstables.spark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.newstables.Corpus;
import org.newstables.Per;
import org.newstables.bench.Benchmark;
import tech.tablesaw.api.Table;

/**
 * Times {@link SparkCorpus} in local mode against {@link Corpus} on the same generated articles
 * ({@link Benchmark#generate}, written as JSON Lines), from the file to six aggregate tables
 * (entities, partners, the yearly timeline, the top 100 terms, bigrams, co-occurrence), then the
 * near-duplicates, and checks that the two give the same tables. Above {@code --corpus-up-to} articles (default 100,000) only
 * Spark runs: that is the out-of-core run, in whatever heap the JVM was given.
 *
 * <pre>
 * java -Xmx6g $JAVA_TOOL_OPTIONS -cp "newstables-spark.jar:newstables-all.jar:$(spark classpath)" \
 *     org.newstables.spark.SparkBenchmark 100000 1000000
 * </pre>
 * Seconds are wall-clock; MB are megabytes (10^6 bytes) of the articles' UTF-8 text.
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    /**
     * Runs the benchmark for each size given.
     *
     * @param args sizes in articles; {@code --corpus-up-to=N} the largest size also run with Corpus;
     *             {@code --keep} keeps the generated files (in the working directory's bench-data/)
     * @throws Exception when a step fails: the benchmark stops there
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        int corpusUpTo = 100_000;
        boolean keep = false;
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--corpus-up-to=")) {
                corpusUpTo = Integer.parseInt(a.substring("--corpus-up-to=".length()));
            } else if (a.equals("--keep")) {
                keep = true;
            } else {
                sizes.add(Integer.parseInt(a));
            }
        }
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Java %s, %d cores, heap at most %,d MB%n", System.getProperty("java.version"),
                rt.availableProcessors(), rt.maxMemory() / 1_000_000);
        long t0 = System.nanoTime();
        SparkSession spark = SparkCorpus.localSession();
        out.printf(Locale.ROOT, "Spark %s, %s: session started in %.2f s%n", spark.version(),
                spark.sparkContext().master(), seconds(t0));
        try {
            for (int size : sizes) {
                run(spark, size, size <= corpusUpTo, keep, out);
            }
        } finally {
            spark.stop();
        }
    }

    private static void run(SparkSession spark, int size, boolean withCorpus, boolean keep, PrintStream out)
            throws Exception {
        Path dir = keep ? Files.createDirectories(Path.of("bench-data")) : Files.createTempDirectory("newstables-spark-bench");
        Path file = dir.resolve("generated-" + size + ".jsonl");
        long t0 = System.nanoTime();
        long bytes;
        if (keep && Files.exists(file)) {
            bytes = -1;
        } else {
            bytes = Benchmark.writeJsonLines(size, file);
        }
        double mb = (bytes >= 0 ? bytes : Files.size(file)) / 1e6;
        if (bytes >= 0) {
            out.printf(Locale.ROOT, "%n%,d articles, %.0f MB of text (file %.0f MB), written in %.1f s%n", size, mb,
                    Files.size(file) / 1e6, seconds(t0));
        } else {
            out.printf(Locale.ROOT, "%n%,d articles, file of %.0f MB kept from an earlier run%n", size, mb);
        }
        try {
            Table[] corpusTables = null;
            if (withCorpus) {
                System.gc();
                long c0 = System.nanoTime();
                Corpus c = Corpus.loader().maxFileMegabytes(Files.size(file) / 1_000_000 + 1).load(file);
                double load = seconds(c0);
                long c1 = System.nanoTime();
                corpusTables = new Table[] {c.entities(), c.partners(), c.timeline(Per.YEAR), c.topTerms(100), c.ngrams(2),
                    c.cooccurrence(), null};
                double aggregates = seconds(c1);
                long c2 = System.nanoTime();
                corpusTables[6] = c.duplicates();
                double duplicates = seconds(c2);
                out.printf(Locale.ROOT, "  Corpus, all cores:          load %7.1f s · six aggregates %7.1f s · total %7.1f s"
                        + " = %5.1f MB/s%n", load, aggregates, load + aggregates, mb / (load + aggregates));
                out.printf(Locale.ROOT, "  Corpus, near-duplicates:      %5.1f s (%,d articles with a copy)%n", duplicates,
                        corpusTables[6].rowCount());
                out.printf(Locale.ROOT, "  Corpus: old generation at most %,d MB%n", peakHeap() / 1_000_000);
            }
            System.gc();
            peakHeap();
            long s0 = System.nanoTime();
            SparkCorpus s = SparkCorpus.load(spark, file.toString());
            long articles = s.size();
            double load = seconds(s0);
            long s1 = System.nanoTime();
            Table[] sparkTables = {s.entities(), s.partners(), s.timeline(Per.YEAR), s.topTerms(100), s.ngrams(2),
                s.cooccurrence(), null};
            double aggregates = seconds(s1);
            // The generated articles share the seeds' sentences, so many of them meet in a band: the
            // candidate pairs grow with the square of the corpus. Timed where Corpus runs too.
            double duplicates = 0;
            if (withCorpus) {
                long s2 = System.nanoTime();
                sparkTables[6] = s.duplicates();
                duplicates = seconds(s2);
            }
            out.printf(Locale.ROOT, "  SparkCorpus, local mode:    load %7.1f s · six aggregates %7.1f s · total %7.1f s"
                    + " = %5.1f MB/s (%,d articles in %d partitions)%n", load, aggregates, load + aggregates,
                    mb / (load + aggregates), articles, s.partitions());
            long[] kept = s.keptBytes();
            out.printf(Locale.ROOT, "  SparkCorpus keeps %,d MB in memory and %,d MB on disk, %,d bytes an article;"
                    + " old generation at most %,d MB of a %,d MB heap%n", kept[0] / 1_000_000, kept[1] / 1_000_000,
                    articles == 0 ? 0 : (kept[0] + kept[1]) / articles, peakHeap() / 1_000_000,
                    Runtime.getRuntime().maxMemory() / 1_000_000);
            if (withCorpus) {
                out.printf(Locale.ROOT, "  SparkCorpus, near-duplicates: %5.1f s (%,d articles with a copy)%n", duplicates,
                        sparkTables[6].rowCount());
            }
            if (corpusTables != null) {
                for (int i = 0; i < corpusTables.length; i++) {
                    if (!same(corpusTables[i], sparkTables[i])) {
                        throw new IllegalStateException(corpusTables[i].name() + " differs between Corpus and SparkCorpus");
                    }
                }
                out.println("  the six aggregates and the near-duplicates are identical (names, columns, types, rows, cells)");
            }
            out.printf(Locale.ROOT, "  entities: %,d rows; top entity %s with %,d mentions%n", sparkTables[0].rowCount(),
                    sparkTables[0].rowCount() == 0 ? "-" : sparkTables[0].stringColumn("entity").get(0),
                    sparkTables[0].rowCount() == 0 ? 0 : sparkTables[0].intColumn("mentions").get(0));
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
    }

    /** Same name, columns, types and cells, in the same order. */
    private static boolean same(Table a, Table b) {
        if (!a.name().equals(b.name()) || !a.columnNames().equals(b.columnNames()) || a.rowCount() != b.rowCount()) {
            return false;
        }
        for (int c = 0; c < a.columnCount(); c++) {
            if (a.column(c).type() != b.column(c).type()) {
                return false;
            }
            for (int r = 0; r < a.rowCount(); r++) {
                if (a.column(c).isMissing(r) != b.column(c).isMissing(r)
                        || !a.column(c).isMissing(r) && !a.column(c).get(r).equals(b.column(c).get(r))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The most the old generation held since the last call (what outlives the young collections:
     * the live data and the garbage not yet collected, so an upper bound of the live heap); the
     * peaks are then reset, so that each step reports its own.
     */
    private static long peakHeap() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                    peak = Math.max(peak, pool.getPeakUsage().getUsed());
                }
                pool.resetPeakUsage();
            }
        }
        return peak;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}

package org.newstables.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newstables.Corpus;
import org.newstables.corpus.Article;
import org.newstables.text.Sentences;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The benchmark command (not a test): generates a deterministic corpus from the seed sentences
 * and reports how fast NewsTables builds its tables, next to Lucene's bare {@link ArabicAnalyzer}
 * on one thread over the same text, in the same run.
 * <pre>
 * java -Xms3g -Xmx3g -XX:+AlwaysPreTouch -cp kernel-lib/target/newstables-*-all.jar org.newstables.bench.Benchmark --python 1000 10000 100000
 * </pre>
 * With {@code --topics} it times the topic model (k = 20) of each size instead. With {@code
 * --pages=DIR} it also times, at each size, a folder of that many of one's own pages: the {@code .txt}
 * and {@code .md} files of {@code DIR}, repeated in the order of their paths.
 */
public final class Benchmark {

    private static final long SEED = 20_240_601L;

    private Benchmark() {
    }

    /**
     * Runs the benchmark for each article count given (default 1,000, 10,000 and 100,000). With
     * {@code --python} it also times the Python baseline (bench/term_counts.py) on the same corpus,
     * run by the {@code python3} on the {@code PATH}, or with {@code --python=PATH} by that
     * interpreter. It exits with status 2 before anything is timed when an argument is not one of
     * these, or that interpreter is not a Python 3 that imports pandas, scikit-learn and NLTK, or the
     * script is missing, or the folder of {@code --pages=DIR} cannot be read or holds no page.
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String python = arguments.python();
        if (python != null && !arguments.topics()) {
            String problem = pythonProblem(python, PYTHON_SCRIPT);
            if (problem != null) {
                // Found now, not after the Java side's half hour: the run would print no ratio to Python.
                System.err.println(problem);
                System.exit(2);
            }
        }
        List<Page> pages = null;
        if (arguments.pages() != null) {
            try {
                pages = pages(arguments.pages(), out);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
                return;
            }
        }
        int[] sizes = arguments.sizes();
        out.printf(Locale.ROOT, "NewsTables benchmark · %d cores · max heap %,d MB · Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1_000_000,
                System.getProperty("java.version"));
        if (arguments.topics()) {
            // Topic models only: the analysis they start from is benchmarked without --topics.
            for (int size : sizes) {
                topics(size, out);
            }
            return;
        }
        watchCollections();
        startup(out);
        // Warm-up, not reported: the JIT compiles the pipeline before anything is timed. Methods that run
        // once per article (the person and organization finders') reach C2 only after some 15,000 calls
        // (HotSpot's Tier4CompileThreshold): after a warm-up of 3 x 2,000 articles -XX:+PrintCompilation
        // showed them compiled by C2 during the timed 100,000-article step, which then measured the JIT.
        Table warmUp = generate(10_000);
        for (int i = 0; i < 3; i++) {
            pipeline(warmUp, true);
            bareAnalyzer(warmUp.stringColumn("text").asList());
        }
        // Not measured with the corpora that follow: 51 MB of texts.
        warmUp = null;
        if (pages != null) {
            // One's own pages take paths the generated texts seldom do (a page without metadata read
            // in full for dates, its stamps, datelines and menus): compiled before they are timed too.
            java.nio.file.Path folder = writePages(pages, warmUpPages(pages));
            try {
                for (int i = 0; i < 3; i++) {
                    fromFile(folder, megabytes(pages));
                }
            } finally {
                deleteFolder(folder);
            }
        }
        for (int size : sizes) {
            run(size, python, pages, out);
        }
    }

    /** How many fresh JVMs each startup measure takes: one run on this machine varied by a quarter. */
    private static final int STARTUP_RUNS = 5;
    /** What a startup run prints last: its seconds from JVM start (see {@code Startup}). */
    private static final java.util.regex.Pattern FROM_START = java.util.regex.Pattern.compile("([0-9.]+) s from JVM start");

    /**
     * The first articles table, and the whole seeds pipeline with its charts, each in a fresh JVM,
     * {@link #STARTUP_RUNS} times in turn: the median and the range of the seconds from JVM start.
     */
    private static void startup(PrintStream out) throws Exception {
        String[] kinds = {"articles", "pipeline"};
        double[][] fromStart = new double[kinds.length][STARTUP_RUNS];
        double[][] wall = new double[kinds.length][STARTUP_RUNS];
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < STARTUP_RUNS; run++) {
            for (int k = 0; k < kinds.length; k++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(javaBin, "-Djava.awt.headless=true", "-cp",
                        System.getProperty("java.class.path"), Startup.class.getName(), kinds[k])
                        .redirectErrorStream(true).start();
                String inner = printed(p);
                p.waitFor();
                wall[k][run] = seconds(t0);
                java.util.regex.Matcher m = FROM_START.matcher(inner);
                if (!m.find()) {
                    throw new IllegalStateException("the startup run printed no time: " + inner);
                }
                fromStart[k][run] = Double.parseDouble(m.group(1));
            }
        }
        for (int k = 0; k < kinds.length; k++) {
            // median sorts in place: the range is then the first and the last.
            double median = median(fromStart[k]);
            out.printf(Locale.ROOT, "startup, fresh JVM, %-9s %5.2f s from JVM start, median of %d (%.2f–%.2f); %.2f s wall%n",
                    kinds[k] + ":", median, STARTUP_RUNS, fromStart[k][0], fromStart[k][STARTUP_RUNS - 1], median(wall[k]));
        }
    }

    private static void run(int size, String python, List<Page> pages, PrintStream out) throws Exception {
        Table generated = generate(size);
        double mb = generated.stringColumn("text").asList().stream()
                .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        out.printf(Locale.ROOT, "%n%,d articles, %.1f MB of UTF-8 text%n", size, mb);
        double bare = bareAnalyzer(generated.stringColumn("text").asList());
        out.printf(Locale.ROOT, "  Lucene ArabicAnalyzer alone, 1 thread      %7.2f s  %6.1f MB/s (the ceiling)%n", bare, mb / bare);

        int[] threadCounts = {1, Runtime.getRuntime().availableProcessors()};
        // [one thread, all cores][pair]: seconds of load and analysis, of the analysis alone, and the process's CPU seconds.
        int pairCount = pairCount(size);
        double[][][] pairs = new double[3][2][pairCount];
        for (int k = 0; k < threadCounts.length; k++) {
            int threads = threadCounts[k];
            System.gc();
            resetPeaks();
            Table input = generated;
            double[] t = onThreads(threads, () -> pipeline(input, true));
            double analysis = t[0] + t[1] + t[2] + t[3] + t[4];
            double tables = analysis + t[5];
            String th = threads == 1 ? " " : "s";
            out.printf(Locale.ROOT, "  %d thread%s: load + clean + dates %6.2f s · analysis %6.2f s · terms %6.2f s"
                    + " · mentions %6.2f s · theme mentions %6.2f s · timeline %5.2f s · report %6.2f s%n",
                    threads, th, t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
            out.printf(Locale.ROOT, "  %d thread%s: load and analysis with terms, entities and themes %6.2f s = %6.1f MB/s"
                    + " (%.0f%% of the bare analyzer per core) · all five tables %6.2f s · with the report %6.2f s%n",
                    threads, th, analysis, mb / analysis, 100 * (mb / analysis) / (mb / bare) / threads, tables, tables + t[6]);
            double alone = t[1] + t[2] + t[3] + t[4];
            keep(pairs, k, 0, t);
            out.printf(Locale.ROOT, "  %d thread%s: analysis alone (tokens, terms, entities, themes; loading excluded, as for the"
                    + " bare analyzer) %6.2f s = %6.1f MB/s (%.0f%% of the bare analyzer per core)%n",
                    threads, th, alone, mb / alone, 100 * (mb / alone) / (mb / bare) / threads);
            out.printf(Locale.ROOT, "  %d thread%s: live heap after the five tables (a full collection; the input table's texts"
                    + " included) %,d MB%n", threads, th, liveAfterTables / 1_000_000);
            // The pipeline's full collection (liveHeap) makes sure at least one collection ran.
            out.printf(Locale.ROOT, "  %d thread%s: peak heap, the most in use right after any collection (old garbage a"
                    + " young collection leaves included) %,d MB of a %,d MB heap%n",
                    threads, th, liveAfterGc / 1_000_000, Runtime.getRuntime().maxMemory() / 1_000_000);
            // Issue 20's measure of the report: from a fresh corpus, the report against the tables it writes.
            double[] report = onThreads(threads, () -> reportAgainstItsTables(input));
            out.printf(Locale.ROOT, "  %d thread%s: the tables the report writes %6.2f s · the report (those tables, CSV, HTML, charts)"
                    + " %6.2f s = %.2f× the tables (each from a fresh corpus)%n", threads, th, report[0], report[1],
                    report[1] / report[0]);
        }
        // Issue 20's ratio of two threads to one, from alternated rounds: on this shared machine one round
        // of the same work took a quarter more CPU seconds than the round before it, now and then.
        for (int pair = 1; pair < pairCount; pair++) {
            for (int k = 0; k < threadCounts.length; k++) {
                System.gc();
                Table input = generated;
                keep(pairs, k, pair, onThreads(threadCounts[k], () -> pipeline(input, false)));
            }
        }
        out.printf(Locale.ROOT, "  %d threads / 1 thread, %d alternated pair%s of rounds: load and analysis %s · analysis alone %s"
                + " · the process's CPU seconds for load and analysis, 1 thread %s, %d threads %s%n", threadCounts[1], pairCount,
                pairCount == 1 ? "" : "s",
                ratios(pairs[0][0], pairs[0][1]), ratios(pairs[1][0], pairs[1][1]), list(pairs[2][0]), threadCounts[1],
                list(pairs[2][1]));
        {
            Corpus c = Corpus.from(generated);
            c.articles();
            long t0 = System.nanoTime();
            Table duplicates = c.duplicates();
            int clusters = duplicates.rowCount() == 0 ? 0 : (int) duplicates.intColumn("cluster").max();
            out.printf(Locale.ROOT, "  near-duplicates, all cores (MinHash signatures, LSH, clusters; analysis excluded): %6.2f s,"
                    + " %,d articles in %,d clusters%n", seconds(t0), duplicates.rowCount(), clusters);
        }
        if (size <= TOKENS_UP_TO) {
            Corpus c = Corpus.from(generated);
            long t0 = System.nanoTime();
            c.articles();
            int rows = c.tokens().rowCount() + c.terms().rowCount();
            double both = seconds(t0);
            out.printf(Locale.ROOT, "  tokens() + terms() with their analysis, all cores: %6.2f s = %6.1f MB/s (%,d rows)%n",
                    both, mb / both, rows);
        }
        // The same articles as users bring them: a folder of files and a CSV file.
        java.nio.file.Path folder = writeFolder(generated);
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("newstables-bench", ".csv");
        try {
            generated.write().csv(csv.toFile());
            int rows = generated.rowCount();
            // A corpus read back from the files must not share the heap with this copy of it: reading
            // a CSV file of 514 MB takes some 2 GB while it decodes.
            generated = null;
            fromFiles(folder, csv, rows, mb, bare, out);
            if (python != null) {
                python(python, csv, rows, mb, out);
            }
        } finally {
            deleteFolder(folder);
            java.nio.file.Files.deleteIfExists(csv);
        }
        if (pages != null) {
            fromPages(pages, size, out);
        }
    }

    /**
     * The topic model of {@code size} generated articles, k = 20, with the default iterations: on
     * one thread (the default, whatever the machine) and on all cores. The analysis and term
     * counts it starts from are done first and not timed.
     */
    private static void topics(int size, PrintStream out) {
        Corpus c = Corpus.from(generate(size));
        long terms = (long) c.terms().intColumn("count").sum();
        out.printf(Locale.ROOT, "%n%,d articles, %,d term tokens (stop words left out)%n", size, terms);
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores == 1 ? new int[] {1} : new int[] {1, cores}) {
            org.newstables.topics.TopicOptions o = org.newstables.topics.TopicOptions.of(20).threads(threads);
            // CPU time beside wall time: on a machine others share, the wall time says how busy it was.
            double cpu0 = processCpu();
            long t0 = System.nanoTime();
            org.newstables.topics.TopicModel m = c.topicModel(o);
            double s = seconds(t0);
            double cpu = processCpu() - cpu0;
            out.printf(Locale.ROOT, "  topics, k = 20, %d iterations, %d thread%s: %7.1f s wall, %7.1f s CPU (%.2f s wall per iteration)"
                    + " · %s%n", m.iterations(), threads, threads == 1 ? "" : "s", s, cpu, s / m.iterations(), m);
        }
    }

    /** tokens() has a row per token (45 million for 100,000 articles): timed up to this many articles. */
    private static final int TOKENS_UP_TO = 20_000;

    /**
     * load, analysis (articles table), terms, mentions, theme mentions, timeline, report: seconds
     * each, and the process's CPU seconds for the first five. Between the timeline and the report,
     * untimed, sets {@link #liveAfterTables}. Without {@code whole}, only the first five steps run.
     */
    private static double[] pipeline(Table generated, boolean whole) throws IOException {
        Corpus[] c = new Corpus[1];
        double[] t = new double[8];
        double cpu = processCpu();
        t[0] = seconds(() -> c[0] = Corpus.from(generated));
        t[1] = seconds(() -> c[0].articles());
        t[2] = seconds(() -> c[0].terms());
        t[3] = seconds(() -> c[0].mentions());
        t[4] = seconds(() -> c[0].themeMentions());
        t[7] = processCpu() - cpu;
        if (!whole) {
            return t;
        }
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("newstables-bench-report");
        t[5] = seconds(() -> c[0].timeline(org.newstables.Per.MONTH));
        liveAfterTables = liveHeap();
        t[6] = seconds(() -> org.newstables.report.ReportWriter.write(c[0], dir,
                new PrintStream(java.io.OutputStream.nullOutputStream())));
        deleteFolder(dir);
        return t;
    }

    /**
     * Seconds to make the tables the report writes ({@link org.newstables.report.ReportWriter#tables}) and
     * seconds for the whole report, each from a fresh corpus of {@code generated}.
     */
    private static double[] reportAgainstItsTables(Table generated) throws IOException {
        double[] t = new double[2];
        {
            Corpus c = Corpus.from(generated);
            t[0] = seconds(() -> org.newstables.report.ReportWriter.tables(c, c.duplicates()));
        }
        System.gc();
        Corpus c = Corpus.from(generated);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("newstables-bench-report");
        t[1] = seconds(() -> org.newstables.report.ReportWriter.write(c, dir, new PrintStream(java.io.OutputStream.nullOutputStream())));
        deleteFolder(dir);
        return t;
    }

    /**
     * {@code work} run on a pool of {@code threads} threads, so that the library's parallel steps
     * (parallel streams, {@code Chunks}) run on that many.
     */
    private static <T> T onThreads(int threads, java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } finally {
            pool.shutdown();
        }
    }

    /** Deletes a folder and everything in it (a report, or the benchmark's folder of articles or pages). */
    static void deleteFolder(java.nio.file.Path dir) throws IOException {
        // Deepest first: a folder is empty by the time it is deleted.
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                java.nio.file.Files.delete(f);
            }
        }
    }

    /** A step of the pipeline. */
    private interface Step {
        void run() throws IOException;
    }

    /** How long {@code step} takes, in seconds. */
    private static double seconds(Step step) throws IOException {
        long t0 = System.nanoTime();
        step.run();
        return seconds(t0);
    }

    /**
     * Keeps one round of {@link #pipeline}'s seconds {@code t}, on {@code threadCounts[k]} threads, in
     * {@code pairs}: the seconds of load and analysis, of the analysis alone, and the process's CPU seconds.
     */
    private static void keep(double[][][] pairs, int k, int pair, double[] t) {
        pairs[0][k][pair] = t[0] + t[1] + t[2] + t[3] + t[4];
        pairs[1][k][pair] = t[1] + t[2] + t[3] + t[4];
        pairs[2][k][pair] = t[7];
    }

    /** How many pairs of rounds give a ratio of two threads to one for a corpus of {@code articles}. */
    private static int pairCount(int articles) {
        return articles >= PAIRS_FROM ? PAIRS : 1;
    }

    /** The CPU seconds this process has used, on all its threads (the JIT's and the collector's too). */
    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * How many pairs of rounds, one thread then all cores, give a ratio of two threads to one: the
     * median of their ratios, as one pair on this project's shared 2-core machine was sometimes a
     * quarter off (the same work taking a quarter more CPU seconds in one round).
     */
    static final int PAIRS = 3;

    /**
     * Below this many articles one pair of rounds is run: a round of 1,000 articles takes a fifth of a
     * second, which the machine's noise swamps (its three pairs ranged from 0.66 to 1.62).
     */
    private static final int PAIRS_FROM = 10_000;

    /**
     * Each pair's ratio {@code one[i] / all[i]} and, for more than one pair, their median, as "1.71,
     * 1.85, 1.80 (median 1.80)".
     */
    static String ratios(double[] one, double[] all) {
        double[] r = new double[one.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = one[i] / all[i];
        }
        String each = list(r);
        return r.length == 1 ? each : each + String.format(Locale.ROOT, " (median %.2f)", median(r));
    }

    /** The values to two decimals, in order, separated by commas. */
    private static String list(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", v));
        }
        return b.toString();
    }

    /**
     * Up to this many articles, NewsTables and the Python baseline from the CSV file are each timed
     * {@link #REPEATS} times and compared by their medians: one run of a fraction of a second
     * varied by half between benchmark runs on this project's shared 2-core machine. Above it, each
     * is timed {@link #LARGE_REPEATS} times: NewsTables' warm loads of the 516 MB file at 100,000
     * articles took 5.4–7.0 s in one JVM, and one run of each side made the ratio a matter of the
     * minute (4.3× to 7.6× in runs 21–26).
     */
    private static final int REPEAT_UP_TO = 1_000;
    private static final int REPEATS = 5;
    private static final int LARGE_REPEATS = 3;

    /** How a median of {@code runs} is shown: how many, and each run's seconds in the order they ran. */
    private static String medianOf(double[] runs) {
        return String.format(Locale.ROOT, " (median of %d runs: %s)", runs.length, list(runs));
    }

    /** The median of {@code values} (sorted in place). */
    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** The naive Python baseline (the stemmer called for every token) is timed up to this many articles. */
    private static final int NAIVE_PYTHON_UP_TO = 10_000;

    /** What {@code p} printed (its standard output, and its errors where they are redirected there), read to its end, UTF-8, stripped. */
    private static String printed(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    /** The Python baseline's script, from the repository root. */
    static final java.nio.file.Path PYTHON_SCRIPT = java.nio.file.Path.of("bench", "term_counts.py");

    /**
     * The benchmark's arguments: the article counts (1,000, 10,000 and 100,000 when none is given),
     * the Python interpreter ({@code python3} for {@code --python}, {@code PATH} for {@code
     * --python=PATH}, the last one given winning; null without either: no Python baseline),
     * whether {@code --topics} asks for the topic models instead, and the folder of one's own pages
     * ({@code --pages=DIR}, the last one given; null without it).
     */
    record Arguments(int[] sizes, String python, boolean topics, java.nio.file.Path pages) {

        /**
         * Reads {@code args}.
         *
         * @throws IllegalArgumentException with what to write instead, for an unknown option, an
         *                                  empty {@code --python=} or {@code --pages=}, or an article count that is not a
         *                                  whole number above 0 (as a path after {@code --python}
         *                                  without {@code =} is)
         */
        static Arguments parse(String[] args) {
            String python = null;
            boolean topics = false;
            java.nio.file.Path pages = null;
            List<Integer> sizes = new ArrayList<>();
            for (String a : args) {
                if (a.equals("--python")) {
                    python = "python3";
                } else if (a.startsWith("--python=")) {
                    python = a.substring("--python=".length());
                    if (python.isBlank()) {
                        throw new IllegalArgumentException("--python= names no interpreter: give its path, as in --python=/usr/bin/python3");
                    }
                } else if (a.equals("--topics")) {
                    topics = true;
                } else if (a.startsWith("--pages=")) {
                    String dir = a.substring("--pages=".length());
                    if (dir.isBlank()) {
                        throw new IllegalArgumentException("--pages= names no folder: give the folder of one's own pages, as in"
                                + " --pages=/path/to/articles");
                    }
                    pages = java.nio.file.Path.of(dir);
                } else if (a.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + a + ": the options are --python, --python=PATH,"
                            + " --pages=DIR and --topics");
                } else {
                    sizes.add(articleCount(a));
                }
            }
            if (topics && pages != null) {
                throw new IllegalArgumentException("--pages times the pipeline on one's own pages and --topics only the topic"
                        + " models: give one of them");
            }
            int[] counts = sizes.isEmpty() ? new int[] {1_000, 10_000, 100_000} : sizes.stream().mapToInt(Integer::intValue).toArray();
            return new Arguments(counts, python, topics, pages);
        }

        private static int articleCount(String a) {
            try {
                int n = Integer.parseInt(a);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("not an article count: " + a + " (a whole number above 0, as in 1000;"
                    + " --python takes its interpreter with =, as in --python=/usr/bin/python3)");
        }
    }

    /** How long the interpreter may take to import the packages before the check gives up. */
    private static final long PYTHON_CHECK_SECONDS = 120;

    /**
     * Why the Python baseline cannot run with {@code interpreter}, or null when it can: {@code script}
     * is missing, the interpreter does not start, does not answer within {@link
     * #PYTHON_CHECK_SECONDS}, is not Python 3, or cannot import pandas, scikit-learn and NLTK (then
     * with what it printed and how to choose another interpreter).
     */
    static String pythonProblem(String interpreter, java.nio.file.Path script) throws InterruptedException {
        if (!java.nio.file.Files.isRegularFile(script)) {
            return "Python baseline: " + script + " not found in " + java.nio.file.Path.of("").toAbsolutePath()
                    + " (run the benchmark from the repository root)";
        }
        String output;
        int status;
        try {
            Process p = new ProcessBuilder(interpreter, "-c",
                    "import sys, pandas, sklearn, nltk; print('python', sys.version_info[0])").redirectErrorStream(true).start();
            // Read on its own thread, so that an interpreter that never ends cannot hold the check.
            java.util.concurrent.CompletableFuture<String> said = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return printed(p);
                } catch (IOException e) {
                    return "(its output could not be read: " + e.getMessage() + ")";
                }
            });
            if (!p.waitFor(PYTHON_CHECK_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "Python baseline: " + interpreter + " did not import pandas, scikit-learn and NLTK within "
                        + PYTHON_CHECK_SECONDS + " s; give another interpreter with --python=PATH";
            }
            status = p.exitValue();
            output = said.join();
        } catch (IOException e) {
            return "Python baseline: the interpreter " + interpreter + " does not start (" + e.getMessage()
                    + "); give another with --python=PATH";
        }
        if (status == 0 && output.endsWith("python 3")) {
            return null;
        }
        // A pyenv or virtualenv python3 first on the PATH hides the system one that has the packages.
        return "Python baseline: " + interpreter + " is not a Python 3 that imports pandas, scikit-learn and NLTK (exit status "
                + status + "; it printed: " + (output.isEmpty() ? "nothing" : output) + ")." + System.lineSeparator()
                + "Install them for it (pip install pandas scikit-learn nltk), or give an interpreter that has"
                + " them, as Debian's python3-pandas python3-sklearn python3-nltk do for --python=/usr/bin/python3";
    }

    /** The Python baseline ({@code interpreter}) and NewsTables from the same CSV file ({@code articles} rows) to term counts. */
    private static void python(String interpreter, java.nio.file.Path csv, int articles, double mb, PrintStream out) throws Exception {
        // Ours on the same footing: from reading the same CSV file to the term table.
        long megabytes = java.nio.file.Files.size(csv) / 1_000_000 + 1;
        int repeats = articles <= REPEAT_UP_TO ? REPEATS : LARGE_REPEATS;
        double[] runs = new double[repeats];
        int rows = 0;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            rows = Corpus.loader().maxFileMegabytes(megabytes).load(csv).terms().rowCount();
            runs[r] = seconds(t0);
        }
        String of = medianOf(runs);
        double ours = median(runs);
        out.printf(Locale.ROOT, "  NewsTables, CSV file to terms() (load, clean, dates, analysis, counts): %6.2f s%s = %6.1f MB/s, %,d rows%n",
                ours, of, mb / ours, rows);
        for (boolean naive : new boolean[] {false, true}) {
            if (naive && articles > NAIVE_PYTHON_UP_TO) {
                out.printf(Locale.ROOT, "  Python, stemmer per token: not timed above %,d articles (it takes minutes)%n",
                        NAIVE_PYTHON_UP_TO);
                continue;
            }
            List<String> command = new ArrayList<>(List.of(interpreter, PYTHON_SCRIPT.toString(), csv.toString()));
            if (naive) {
                command.add("--naive");
            }
            double[] pyRuns = new double[repeats];
            String pyRows = null;
            for (int r = 0; r < repeats; r++) {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String result = printed(p);
                int status = p.waitFor();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"seconds\": ([0-9.]+), \"rows\": (\\d+)").matcher(result);
                if (status != 0 || !m.find()) {
                    out.println("  Python baseline failed (" + interpreter + "): " + result);
                    return;
                }
                pyRuns[r] = Double.parseDouble(m.group(1));
                pyRows = m.group(2);
            }
            String pyOf = medianOf(pyRuns);
            double py = median(pyRuns);
            out.printf(Locale.ROOT, "  Python (pandas + NLTK ISRI %s + CountVectorizer), CSV file to term counts: %7.2f s%s = %6.2f MB/s,"
                    + " %s rows → NewsTables is %.1f× faster%n", naive ? "per token" : "memoized per word",
                    py, pyOf, mb / py, pyRows, py / ours);
        }
    }

    /** The heap in use after the five tables of the last {@link #pipeline}, measured by {@link #liveHeap}. */
    private static volatile long liveAfterTables;

    /**
     * The heap in use right after a full collection ({@link System#gc}, which HotSpot's collectors
     * run as a full, stop-the-world collection unless told otherwise): what is reachable, no garbage.
     */
    private static long liveHeap() {
        System.gc();
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    /**
     * The corpus loaded from {@code source} (a folder of files or a CSV file) and its five tables,
     * as a user makes them: seconds to load (read, decode, clean, dates), seconds for the analysis
     * and the five tables, and the bytes of heap the corpus holds then (the heap after a full
     * collection, less the heap before loading), and the process's CPU seconds for the load and the tables.
     */
    private static double[] fromFile(java.nio.file.Path source, long megabytes) throws IOException {
        long before = liveHeap();
        Corpus[] c = new Corpus[1];
        double cpu = processCpu();
        double load = seconds(() -> c[0] = Corpus.loader().maxFileMegabytes(megabytes).load(source));
        double tables = seconds(() -> {
            c[0].articles();
            c[0].terms();
            c[0].mentions();
            c[0].themeMentions();
            c[0].timeline(org.newstables.Per.MONTH);
        });
        cpu = processCpu() - cpu;
        long live = liveHeap() - before;
        java.lang.ref.Reference.reachabilityFence(c[0]);
        return new double[] {load, tables, live, cpu};
    }

    /**
     * Writes {@code generated} as a folder of files, as users bring a scraped corpus: one
     * {@code <id>.txt} per article and a {@code metadata.csv} with each id and date.
     */
    private static java.nio.file.Path writeFolder(Table generated) throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("newstables-bench-folder");
        StringBuilder metadata = new StringBuilder("id,date\n");
        for (int r = 0; r < generated.rowCount(); r++) {
            String id = generated.stringColumn("id").get(r);
            java.nio.file.Files.writeString(dir.resolve(id + ".txt"), generated.stringColumn("text").get(r));
            metadata.append(id).append(',').append(generated.dateColumn("date").get(r)).append('\n');
        }
        java.nio.file.Files.writeString(dir.resolve("metadata.csv"), metadata);
        return dir;
    }

    /**
     * The loading and the five tables from {@code folder} (of {@code articles} files), from
     * {@code csv}, the same articles, and from the folder again without its {@code metadata.csv},
     * as pages scraped without their dates come (a page whose head does not settle its date is then
     * read in full for dates: the slower path, which the other two almost never take), on 1 thread
     * and on all cores in {@link #PAIRS} alternated pairs of rounds (one below {@link #PAIRS_FROM}
     * articles), the first shown in full. The folder's {@code metadata.csv} is gone afterwards.
     */
    private static void fromFiles(java.nio.file.Path folder, java.nio.file.Path csv, int articles, double mb, double bare,
            PrintStream out) throws Exception {
        long megabytes = java.nio.file.Files.size(csv) / 1_000_000 + 1;
        String[] sources = {String.format(Locale.ROOT, "a folder of %,d files", articles), "a CSV file",
            "the folder without metadata.csv"};
        for (int k = 0; k < sources.length; k++) {
            if (k == 2) {
                // The same files, read again: only metadata.csv is taken away.
                java.nio.file.Files.delete(folder.resolve("metadata.csv"));
            }
            fromSource(sources[k], k == 1 ? csv : folder, megabytes, articles, mb, bare, out);
        }
    }

    /**
     * {@link #fromFile} of {@code source} on 1 thread and on all cores in {@link #pairCount}
     * alternated pairs of rounds, the first pair shown in full, and the ratio of the two.
     */
    private static void fromSource(String what, java.nio.file.Path source, long megabytes, int articles, double mb,
            double bare, PrintStream out) throws Exception {
        int[] threadCounts = {1, Runtime.getRuntime().availableProcessors()};
        // [one thread, all cores][pair]: seconds of load and tables, and the process's CPU seconds.
        int pairCount = pairCount(articles);
        double[][] seconds = new double[2][pairCount];
        double[][] cpu = new double[2][pairCount];
        for (int round = 0; round < 2 * pairCount; round++) {
            int threads = threadCounts[round % 2];
            double[] t = onThreads(threads, () -> fromFile(source, megabytes));
            double all = t[0] + t[1];
            seconds[round % 2][round / 2] = all;
            cpu[round % 2][round / 2] = t[3];
            if (round >= 2) {
                // The first pair is shown in full; the others give the ratio below.
                continue;
            }
            out.printf(Locale.ROOT, "  from %s, %d thread%s: load, clean, dates %6.2f s · analysis and the five tables"
                    + " %6.2f s · in all %6.2f s = %6.1f MB/s (%.0f%% of the bare analyzer per core) · the corpus's live"
                    + " heap %,d MB%n", what, threads, threads == 1 ? " " : "s", t[0], t[1], all, mb / all,
                    100 * (mb / all) / (mb / bare) / threads, (long) t[2] / 1_000_000);
        }
        out.printf(Locale.ROOT, "  from %s, %d threads / 1 thread, %d alternated pair%s of rounds: %s · the process's CPU"
                + " seconds, 1 thread %s, %d threads %s%n", what, threadCounts[1], pairCount, pairCount == 1 ? "" : "s",
                ratios(seconds[0], seconds[1]),
                list(cpu[0]), threadCounts[1], list(cpu[1]));
    }

    /**
     * A file of one's own pages ({@code --pages=DIR}): its bytes as they are on disk, its extension
     * ({@code .txt} or {@code .md}), and its text as NewsTables' folder loader decodes it (the bare
     * analyzer reads that text).
     */
    record Page(byte[] bytes, String extension, String text) {
    }

    /**
     * The pages of {@code dir}: the files NewsTables' folder loader reads as articles ({@code .txt}
     * and {@code .md}, in subfolders too, links followed, hidden files and folders left out, in
     * path order), read and decoded as it reads them, less those with no text. The loader's
     * problems with the folder, and the pages left out, are printed to {@code out}, one line each.
     *
     * @throws IllegalArgumentException when {@code dir} is not a folder, cannot be listed, holds no
     *                                  page with text, or none with a word Lucene's analyzer reads:
     *                                  with what to give instead
     */
    static List<Page> pages(java.nio.file.Path dir, PrintStream out) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--pages=" + dir + " is not a folder: give a folder of .txt or .md pages,"
                    + " as in --pages=/path/to/articles");
        }
        org.newstables.corpus.CorpusReader.Documents read;
        try {
            read = org.newstables.corpus.CorpusReader.documents(dir, new org.newstables.corpus.CorpusReader.Options(
                    null, null, Long.MAX_VALUE, LocalDate.now(), null));
        } catch (org.newstables.common.NewsTablesException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("--pages=" + dir + ": " + e.getMessage(), e);
        }
        for (org.newstables.corpus.Problem p : read.problems()) {
            // The loader's own words: they say when a file is skipped.
            out.println("  --pages: " + p.origin().file() + ": " + p.problem());
        }
        List<Page> pages = new ArrayList<>();
        for (org.newstables.corpus.SourceDocument d : read.documents()) {
            String file = d.origin().file();
            if (d.raw().isBlank()) {
                out.println("  --pages: " + file + " left out: it holds only white space, which the loader skips as empty");
                continue;
            }
            byte[] bytes;
            try {
                bytes = java.nio.file.Files.readAllBytes(dir.resolve(file));
            } catch (IOException e) {
                throw new IllegalArgumentException("--pages: cannot read " + dir.resolve(file) + " again (" + e + "): give a"
                        + " folder that does not change while the benchmark runs", e);
            }
            String lower = file.toLowerCase(Locale.ROOT);
            pages.add(new Page(bytes, lower.endsWith(".md") ? ".md" : ".txt", d.raw()));
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("--pages=" + dir + " holds no .txt or .md file with text: give the folder"
                    + " of one's own pages");
        }
        try {
            bareAnalyzer(pages.stream().map(Page::text).toList());
        } catch (IllegalStateException | IOException e) {
            throw new IllegalArgumentException("--pages=" + dir + ": Lucene's ArabicAnalyzer finds no word in its pages,"
                    + " so there is no speed to compare with: give pages of text", e);
        }
        return pages;
    }

    /**
     * Writes {@code count} files to a new temporary folder, {@code page000000.txt} on: file {@code i}
     * holds page {@code i % pages.size()}'s bytes, with its extension. No {@code metadata.csv}, as
     * pages are scraped.
     */
    static java.nio.file.Path writePages(List<Page> pages, int count) throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("newstables-bench-pages");
        for (int i = 0; i < count; i++) {
            Page p = pages.get(i % pages.size());
            java.nio.file.Files.write(dir.resolve(String.format(Locale.ROOT, "page%06d%s", i, p.extension())), p.bytes());
        }
        return dir;
    }

    /**
     * How many pages the warm-up loads: about 20 MB of them, at most 5,000 and at least one of each,
     * so that a folder of large pages does not fill the heap or the disk before anything is timed.
     */
    static int warmUpPages(List<Page> pages) {
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        long perPage = Math.max(1, bytes / pages.size());
        return (int) Math.max(pages.size(), Math.min(5_000, 20_000_000 / perPage));
    }

    /** A file size limit that takes the largest of {@code pages}, in megabytes. */
    private static long megabytes(List<Page> pages) {
        return pages.stream().mapToLong(p -> p.bytes().length).max().orElse(0) / 1_000_000 + 1;
    }

    /**
     * A folder of {@code size} of one's own pages ({@link #writePages}) to the five tables on 1
     * thread and on all cores ({@link #fromSource}), next to the bare analyzer on the same pages'
     * text (decoded as the loader decodes it).
     */
    private static void fromPages(List<Page> pages, int size, PrintStream out) throws Exception {
        long bytes = 0;
        for (int i = 0; i < size; i++) {
            bytes += pages.get(i % pages.size()).bytes().length;
        }
        double mb = bytes / 1e6;
        List<String> texts = pages.stream().map(Page::text).toList();
        // The pages over again, as the folder holds them, without a copy of each.
        List<String> repeated = new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return texts.get(i % texts.size());
            }

            @Override
            public int size() {
                return size;
            }
        };
        out.printf(Locale.ROOT, "%n%,d of one's own pages (%s), %.1f MB%n", size, size <= pages.size()
                ? String.format(Locale.ROOT, "the first %,d of %,d files", size, pages.size())
                : String.format(Locale.ROOT, "%,d distinct files, repeated", pages.size()), mb);
        double bare = bareAnalyzer(repeated);
        out.printf(Locale.ROOT, "  Lucene ArabicAnalyzer alone on those pages, 1 thread %7.2f s  %6.1f MB/s (the ceiling)%n",
                bare, mb / bare);
        java.nio.file.Path folder = writePages(pages, size);
        try {
            fromSource(String.format(Locale.ROOT, "a folder of %,d pages", size), folder, megabytes(pages), size, mb, bare, out);
        } finally {
            deleteFolder(folder);
        }
    }

    /** The most heap in use right after any collection since {@link #resetPeaks}: the live set, measured by the JVM. */
    private static volatile long liveAfterGc;

    private static void watchCollections() {
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                        .equals(notification.getType())) {
                    return;
                }
                com.sun.management.GarbageCollectionNotificationInfo info = com.sun.management.GarbageCollectionNotificationInfo
                        .from((javax.management.openmbean.CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                liveAfterGc = Math.max(liveAfterGc, used);
            }, null, null);
        }
    }

    private static void resetPeaks() {
        liveAfterGc = 0;
    }

    /** Articles made of seed sentences, shuffled with a fixed seed, dated 2013–2025: id, date, text. */
    public static Table generate(int size) {
        StringColumn id = StringColumn.create("id");
        StringColumn text = StringColumn.create("text");
        DateColumn date = DateColumn.create("date");
        Generator g = new Generator();
        for (int n = 0; n < size; n++) {
            g.next();
            id.append(g.id);
            text.append(g.text);
            date.append(g.date);
        }
        return Table.create("generated", id, date, text);
    }

    /**
     * Writes the articles of {@link #generate} ({@code size} of them, the same ones in the same
     * order) to {@code file} as JSON Lines with the keys id, date and text, one article at a time:
     * a corpus larger than this JVM's memory (for the Spark benchmark).
     *
     * @return the bytes of UTF-8 text in the articles (the texts alone, as the benchmark counts them)
     * @throws IOException when the file cannot be written
     */
    public static long writeJsonLines(int size, java.nio.file.Path file) throws IOException {
        com.fasterxml.jackson.core.JsonFactory json = new com.fasterxml.jackson.core.JsonFactory();
        long bytes = 0;
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                com.fasterxml.jackson.core.JsonGenerator w = json.createGenerator(out)) {
            w.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            Generator g = new Generator();
            for (int n = 0; n < size; n++) {
                g.next();
                w.writeStartObject();
                w.writeStringField("id", g.id);
                w.writeStringField("date", g.date.toString());
                w.writeStringField("text", g.text);
                w.writeEndObject();
                bytes += g.text.getBytes(StandardCharsets.UTF_8).length;
            }
            w.writeRaw('\n');
        }
        return bytes;
    }

    /** The generated articles one after the other: each is a fixed-seed shuffle of the seeds' sentences. */
    private static final class Generator {
        private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);
        private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay());
        private final List<String> pool = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private final Random random = new Random(SEED);
        private int n;
        String id;
        String text;
        LocalDate date;

        Generator() {
            for (Article a : Corpus.seeds().articleList()) {
                Sentences s = Sentences.split(a.text());
                lengths.add(s.count());
                for (int i = 0; i < s.count(); i++) {
                    pool.add(a.text().substring(s.start(i), s.end(i)));
                }
            }
        }

        void next() {
            Collections.shuffle(pool, random);
            int len = lengths.get(random.nextInt(lengths.size()));
            id = String.format(Locale.ROOT, "gen%06d", n++);
            text = String.join("\n", pool.subList(0, Math.min(len, pool.size())));
            date = FIRST.plusDays(random.nextInt(DAYS + 1));
        }
    }

    private static double bareAnalyzer(List<String> texts) throws IOException {
        try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
            long t0 = System.nanoTime();
            long tokens = 0;
            for (String t : texts) {
                try (TokenStream ts = analyzer.tokenStream("text", new StringReader(t))) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        tokens += term.length() > 0 ? 1 : 0;
                    }
                    ts.end();
                }
            }
            if (tokens == 0) {
                throw new IllegalStateException("no tokens");
            }
            return seconds(t0);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}

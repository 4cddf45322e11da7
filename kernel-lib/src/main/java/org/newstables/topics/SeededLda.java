package org.newstables.topics;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.topics.WorkerRunnable;
import cc.mallet.util.Randoms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * MALLET's {@link ParallelTopicModel} with seed words, sampled on several threads without MALLET
 * 2.0.8's race (below).
 *
 * <p>Seeds, as quanteda's seededlda (Watanabe &amp; Zhou 2020) has them: each seed word gets a fixed pseudo-count in its theme's topic, added to the
 * topic-word counts the sampler reads and never taken away, so that the word and the words that
 * share its articles are drawn into that topic, while every token stays free to go to any topic.
 * (seededlda keeps the same pseudo-counts in its {@code nw_ft} matrix, added in every sampling step.)
 * MALLET has no seeding of its own; the pseudo-counts are added where MALLET builds its counts:
 * once before sampling, and — with several threads — again after each sweep, when MALLET sums the
 * threads' counts from their tokens alone. Without seeds this is ParallelTopicModel unchanged.
 *
 * <p>Threads: MALLET 2.0.8 (the last release on Maven Central) starts its threads, sleeps 20 ms
 * and then waits for each thread's non-volatile "finished" flag — which, before the thread has
 * started, still says finished. On a busy machine it then merges counts while threads still sample,
 * and a thread started again while running skips its sweep ("already running!" on standard out):
 * the results vary from run to run. {@link #estimate()} on several threads is therefore MALLET's
 * own sweep ({@link WorkerRunnable}: each thread samples its contiguous share of the articles
 * against the counts of the previous sweep, its own random numbers seeded alike) driven by {@link
 * ExecutorService#invokeAll}, which returns only when every thread is done, and MALLET's own merge
 * ({@link #sumTypeTopicCounts}). The result depends on the number of threads, never on timing.
 */
final class SeededLda extends ParallelTopicModel {

    private static final long serialVersionUID = 1L;

    /** Per word type, its pseudo-count in each topic; null for a word that seeds nothing. */
    private final int[][] pseudo;

    private final int threads;

    SeededLda(int topics, double alphaSum, double beta, int[][] pseudo, int threads) {
        super(topics, alphaSum, beta);
        this.pseudo = pseudo;
        this.threads = threads;
        // sumTypeTopicCounts reads MALLET's thread count.
        setNumThreads(threads);
    }

    /** Samples {@link #numIterations} sweeps: MALLET's own loop on one thread, the one above on several. */
    @Override
    public void estimate() throws IOException {
        if (threads == 1) {
            super.estimate();
            return;
        }
        WorkerRunnable[] workers = new WorkerRunnable[threads];
        int from = 0;
        for (int t = 0; t < threads; t++) {
            int docs = t == threads - 1 ? data.size() - from : data.size() / threads;
            int[][] counts = new int[numTypes][];
            for (int type = 0; type < numTypes; type++) {
                counts[type] = typeTopicCounts[type].clone();
            }
            workers[t] = new WorkerRunnable(numTopics, alpha, alphaSum, beta, new Randoms(randomSeed), data, counts,
                    tokensPerTopic.clone(), from, docs);
            from += docs;
        }
        List<Callable<Object>> sweeps = new ArrayList<>();
        for (WorkerRunnable w : workers) {
            sweeps.add(Executors.callable(w));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "newstables-topics");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int iteration = 0; iteration < numIterations; iteration++) {
                for (Future<Object> done : pool.invokeAll(sweeps)) {
                    done.get();
                }
                sumTypeTopicCounts(workers);
                for (WorkerRunnable w : workers) {
                    System.arraycopy(tokensPerTopic, 0, w.getTokensPerTopic(), 0, numTopics);
                    int[][] counts = w.getTypeTopicCounts();
                    for (int type = 0; type < numTypes; type++) {
                        System.arraycopy(typeTopicCounts[type], 0, counts[type], 0, counts[type].length);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("topic sampling was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("topic sampling failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void buildInitialTypeTopicCounts() {
        super.buildInitialTypeTopicCounts();
        for (int type = 0; type < pseudo.length; type++) {
            if (pseudo[type] != null) {
                // Room for every topic: MALLET sizes a word's array by its token count, and the
                // pseudo-counts put the word in topics its tokens may never be in.
                typeTopicCounts[type] = Arrays.copyOf(typeTopicCounts[type], numTopics);
            }
        }
        addPseudoCounts();
    }

    @Override
    public void sumTypeTopicCounts(WorkerRunnable[] runnables) {
        super.sumTypeTopicCounts(runnables);
        addPseudoCounts();
    }

    /**
     * Adds the pseudo-counts to the topic totals and, in MALLET's packed form (count in the high
     * bits, topic in the low ones, largest first), to each seed word's topic counts, in place.
     */
    private void addPseudoCounts() {
        int[] counts = new int[numTopics];
        for (int type = 0; type < pseudo.length; type++) {
            int[] add = pseudo[type];
            if (add == null) {
                continue;
            }
            int[] packed = typeTopicCounts[type];
            Arrays.fill(counts, 0);
            for (int value : packed) {
                if (value > 0) {
                    counts[value & topicMask] += value >> topicBits;
                }
            }
            int n = 0;
            for (int topic = 0; topic < numTopics; topic++) {
                int c = counts[topic] + add[topic];
                if (c > 0) {
                    packed[n++] = (c << topicBits) + topic;
                }
            }
            Arrays.fill(packed, n, packed.length, 0);
            Arrays.sort(packed, 0, n);
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                int t = packed[i];
                packed[i] = packed[j];
                packed[j] = t;
            }
            for (int topic = 0; topic < numTopics; topic++) {
                tokensPerTopic[topic] += add[topic];
            }
        }
    }
}

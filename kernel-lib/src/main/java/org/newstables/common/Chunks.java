package org.newstables.common;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Work over the articles of a corpus in a few contiguous chunks, in parallel on the pool the
 * caller runs in (the common pool, or the pool a benchmark sets up): each chunk gets its own
 * scratch arrays, so that counting needs no locks and no boxed maps, and the chunk results are
 * merged in article order, so that results never depend on the number of threads.
 */
@Internal
public final class Chunks {

    private Chunks() {
    }

    /** What one chunk computes from its articles {@code [from, to)}. */
    @FunctionalInterface
    public interface Work<R> {
        /** The result for articles {@code from} (inclusive) to {@code to} (exclusive). */
        R run(int from, int to);
    }

    /** Runs {@code work} over {@code [0, n)} cut into chunks; the results in article order. */
    public static <R> List<R> map(int n, Work<R> work) {
        int chunks = Math.max(1, Math.min(n, 4 * pool().getParallelism()));
        return IntStream.range(0, chunks).parallel()
                .mapToObj(c -> work.run((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks)))
                .collect(Collectors.toList());
    }

    /** The pool a parallel stream started here runs in: the caller's, or the common pool. */
    private static ForkJoinPool pool() {
        return ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
    }

    /**
     * The threads a parallel stream started here runs on: its {@link #pool() pool's}, and the
     * caller when that is not one of the pool's own threads, but no more than the processors (the
     * common pool has one thread even on one processor).
     */
    public static int threads() {
        int threads = pool().getParallelism() + (ForkJoinTask.inForkJoinPool() ? 0 : 1);
        return Math.min(threads, Runtime.getRuntime().availableProcessors());
    }
}

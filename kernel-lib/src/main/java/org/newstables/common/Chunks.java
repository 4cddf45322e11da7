package org.newstables.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Work over the articles of a corpus in contiguous chunks, in parallel on the pool the caller runs
 * in (the common pool, or the pool a benchmark sets up): each chunk gets its own scratch arrays, so
 * that counting needs no locks and no boxed maps, and the chunk results are merged in article
 * order, so that results never depend on the number of threads.
 *
 * <p>Each thread claims the next chunk when it is done with one (self-scheduling), rather than
 * taking a fixed share: a parallel stream cuts its range into {@code 4 ×} the common pool's
 * parallelism pieces whatever the pool it runs in (the JDK's {@code AbstractTask.LEAF_TARGET}),
 * which on two cores is four pieces of a quarter of the corpus each, and a thread that finished its
 * last piece early waited for the other one: a profile of 100,000 articles on two threads had the
 * caller idle 0.5 s at the end of the analysis and as long at the end of the mentions.
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

    /**
     * Runs {@code work} over {@code [0, n)} cut into {@code 4 ×} {@link #threads()} chunks (one
     * when {@code n} is 0); the results in article order, in a new modifiable list.
     */
    public static <R> List<R> map(int n, Work<R> work) {
        return run(n, Math.max(1, Math.min(n, 4 * threads())), work);
    }

    /**
     * How many chunks per thread {@link #each} and {@link #forEach} cut their range into: small
     * ones, so that the threads end together.
     */
    static final int FINE_CHUNKS_PER_THREAD = 64;

    /**
     * {@code item} applied to each of {@code 0 .. n - 1} in parallel, in small chunks that the
     * threads claim one at a time: the results in order, in a new modifiable list.
     */
    public static <T> List<T> each(int n, IntFunction<? extends T> item) {
        Object[] all = new Object[n];
        forEach(n, i -> all[i] = item.apply(i));
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) new ArrayList<>(Arrays.asList(all));
        return list;
    }

    /**
     * {@code action} run for each of {@code 0 .. n - 1} in parallel, in small chunks that the
     * threads claim one at a time.
     */
    public static void forEach(int n, IntConsumer action) {
        run(n, fine(n), (from, to) -> {
            for (int i = from; i < to; i++) {
                action.accept(i);
            }
            return null;
        });
    }

    private static int fine(int n) {
        return Math.max(1, Math.min(n, FINE_CHUNKS_PER_THREAD * threads()));
    }

    /**
     * {@code work} over {@code [0, n)} in {@code chunks} contiguous chunks, which each of
     * {@link #threads()} threads (the caller one of them) claims in turn until none is left; the
     * results in chunk order, in a new modifiable list. After a chunk throws, no thread claims
     * another, and the exception is thrown here.
     */
    private static <R> List<R> run(int n, int chunks, Work<R> work) {
        Object[] results = new Object[chunks];
        AtomicInteger next = new AtomicInteger();
        // Set when a chunk throws, so that the other threads stop claiming chunks.
        AtomicBoolean failed = new AtomicBoolean();
        IntConsumer claim = thread -> {
            for (int c; !failed.get() && (c = next.getAndIncrement()) < chunks; ) {
                try {
                    results[c] = work.run((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks));
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            }
        };
        int threads = Math.min(threads(), chunks);
        if (threads == 1) {
            claim.accept(0);
        } else {
            // A parallel stream of one element per thread, each a loop that claims chunks; the
            // caller runs one, so nothing waits on a busy pool. Its pieces are single elements
            // while the threads are at most LEAF_TARGET (4 x the common pool's parallelism); a pool
            // of more threads than that gets pieces of several loops, which run in turn: correct,
            // with fewer threads taking part.
            IntStream.range(0, threads).parallel().forEach(claim);
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
        return list;
    }

    /**
     * {@code produce} run on the calling thread, handing out items one at a time through the
     * consumer it is given, while the other {@link #threads()} run {@code work} on the items
     * already handed out; the caller joins them once it has handed out the last. The results in
     * the order the items were handed out, in a new modifiable list. For a serial step that yields
     * its output piece by piece (a parser), followed by work on each piece that may run in
     * parallel: the work overlaps the serial step instead of starting at its end. After {@code
     * produce} or a piece of work throws, no thread takes another item, handing out another throws
     * {@code CancellationException} to the producer, and the first exception is thrown here once
     * every thread has stopped.
     *
     * <p>Hand-written: the JDK's executors and streams either take a finished source or give no
     * order, and a producer that must stay on the caller's thread while the other threads drain
     * its queue in order is neither.
     */
    public static <T, R> List<R> pipelined(java.util.function.Consumer<java.util.function.Consumer<T>> produce,
            java.util.function.Function<? super T, ? extends R> work) {
        Pipeline<T, R> pipeline = new Pipeline<>(work, threads() - 1);
        try {
            produce.accept(pipeline::add);
        } catch (RuntimeException | Error e) {
            pipeline.fail(e);
        }
        pipeline.produced();
        pipeline.work();
        return pipeline.results();
    }

    /** The items and results of one {@link #pipelined} run; every field is guarded by the instance's lock. */
    private static final class Pipeline<T, R> {
        private final java.util.function.Function<? super T, ? extends R> work;
        private final List<T> items = new ArrayList<>();
        private final List<R> results = new ArrayList<>();
        private int next;
        private boolean producing = true;
        /** Set when the caller has joined the work: a helper that starts after that has nothing to do. */
        private boolean closed;
        private int helping;
        private Throwable failure;
        /** The helper threads to start with the first item. */
        private int helpers;

        Pipeline(java.util.function.Function<? super T, ? extends R> work, int helpers) {
            this.work = work;
            this.helpers = helpers;
        }

        /**
         * Hands out an item; once some work has failed, stops the producer instead (an exception it
         * passes on). The helpers start with the first item, not before: until then the producer may
         * run parallel work of its own (decoding a file in pieces) on the pool they would hold.
         */
        synchronized void add(T item) {
            if (failure != null) {
                throw new java.util.concurrent.CancellationException("work on an earlier item failed: " + failure);
            }
            for (; helpers > 0; helpers--) {
                pool().execute(this::help);
            }
            items.add(item);
            results.add(null);
            notify();
        }

        synchronized void produced() {
            producing = false;
            notifyAll();
        }

        synchronized void fail(Throwable e) {
            if (failure == null) {
                failure = e;
            }
            notifyAll();
        }

        /** A helper thread's part: the work on items until there are none left. */
        void help() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                helping++;
            }
            try {
                work();
            } finally {
                synchronized (this) {
                    helping--;
                    notifyAll();
                }
            }
        }

        /** Takes items in turn and works on them, until none is left or one failed. */
        void work() {
            while (true) {
                int i;
                T item;
                synchronized (this) {
                    awaitWhile(() -> next == items.size() && producing && failure == null);
                    if (failure != null || next == items.size()) {
                        return;
                    }
                    i = next++;
                    item = items.get(i);
                    // The item is not needed once worked on: its memory (parsed rows) can go.
                    items.set(i, null);
                }
                try {
                    R result = work.apply(item);
                    synchronized (this) {
                        results.set(i, result);
                    }
                } catch (RuntimeException | Error e) {
                    fail(e);
                    return;
                }
            }
        }

        /** Once the caller has worked: waits for the helpers still working, then the results or the failure. */
        synchronized List<R> results() {
            closed = true;
            awaitWhile(() -> helping > 0);
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return new ArrayList<>(results);
        }

        /**
         * Waits, holding the lock, while {@code condition} holds. An interrupt does not end the wait,
         * since the other threads would still be writing results: it is kept for the caller.
         */
        private void awaitWhile(java.util.function.BooleanSupplier condition) {
            boolean interrupted = false;
            while (condition.getAsBoolean()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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

package org.newstables.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ChunksTest {

    /** {@code work} run on a pool of {@code threads} threads, as the benchmark runs the library. */
    private static <T> T onThreads(int threads, Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void mapCutsTheRangeIntoContiguousChunksInOrderOnAnyNumberOfThreads() throws Exception {
        for (int threads = 1; threads <= 4; threads++) {
            for (int n : new int[] {0, 1, 2, 7, 8, 9, 1_000, 100_003}) {
                List<int[]> chunks = onThreads(threads, () -> Chunks.map(n, (from, to) -> new int[] {from, to}));
                // No more threads than processors (Chunks.threads()).
                int used = Math.min(threads, Runtime.getRuntime().availableProcessors());
                assertEquals(Math.max(1, Math.min(n, 4 * used)), chunks.size(), threads + " threads, n = " + n);
                int expected = 0;
                for (int[] c : chunks) {
                    assertEquals(expected, c[0], "each chunk starts where the one before ended");
                    assertTrue(c[1] >= c[0]);
                    expected = c[1];
                }
                assertEquals(n, expected, "the chunks cover [0, n)");
            }
        }
    }

    @Test
    void eachGivesEveryItemsResultInOrderAndForEachVisitsEachIndexOnce() throws Exception {
        for (int threads = 1; threads <= 4; threads++) {
            for (int n : new int[] {0, 1, 3, 64, 129, 10_007}) {
                List<Integer> squares = onThreads(threads, () -> Chunks.each(n, i -> i * i));
                assertEquals(n, squares.size());
                for (int i = 0; i < n; i++) {
                    assertEquals(i * i, squares.get(i));
                }
                squares.add(-1); // a modifiable list, as documented
                AtomicIntegerArray visits = new AtomicIntegerArray(n);
                onThreads(threads, () -> {
                    Chunks.forEach(n, visits::incrementAndGet);
                    return null;
                });
                for (int i = 0; i < n; i++) {
                    assertEquals(1, visits.get(i), "index " + i + " on " + threads + " threads");
                }
            }
        }
        // From a thread outside any pool (the common pool then), as a notebook calls it.
        assertEquals(List.of(0, 2, 4, 6), Chunks.each(4, i -> 2 * i));
    }

    /**
     * A thread that is held up on one item does not keep the items after it waiting: the other
     * thread takes them, all but the rest of the held thread's small chunk. A parallel stream over
     * the items cuts them into four pieces on two cores (the JDK's AbstractTask.LEAF_TARGET, from
     * the common pool's parallelism), and a quarter of them would wait behind item 0: the 90% that
     * item 0 waits for would never be done.
     */
    @Test
    void theOtherThreadTakesTheItemsAfterTheOneThatIsHeldUp() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor: Chunks runs on one thread");
        int n = 10_000;
        CountDownLatch mostDone = new CountDownLatch(n * 9 / 10);
        boolean[] released = new boolean[1];
        onThreads(2, () -> {
            Chunks.forEach(n, i -> {
                if (i != 0) {
                    mostDone.countDown();
                    return;
                }
                try {
                    released[0] = mostDone.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
        assertTrue(released[0], "item 0 waited in vain: the items after it were not taken by the other thread");
    }

    @Test
    void aChunkThatThrowsStopsTheClaimingAndItsExceptionReachesTheCaller() throws Exception {
        int n = 1_000_000;
        AtomicInteger ran = new AtomicInteger();
        ExecutionException e = assertThrows(ExecutionException.class, () -> onThreads(2, () -> {
            Chunks.forEach(n, i -> {
                ran.incrementAndGet();
                if (i == 0) {
                    throw new IllegalStateException("item 0 fails");
                }
            });
            return null;
        }));
        List<String> messages = new ArrayList<>();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            messages.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        assertTrue(messages.contains("IllegalStateException: item 0 fails"), messages.toString());
        // Item 0 is the first of the first chunk claimed: the other thread ends the chunk it is in and stops.
        assertTrue(ran.get() < n / 2, "items run after the failure: " + ran.get());
        // Outside any pool (the common pool), the same exception, or one of its type around it.
        IllegalStateException direct = assertThrows(IllegalStateException.class, () -> Chunks.forEach(10, i -> {
            throw new IllegalStateException("item " + i);
        }));
        assertTrue(direct.getMessage().contains("item "), direct.getMessage());
    }

    @Test
    void pipelinedGivesEachItemsResultInTheOrderTheItemsWereHandedOut() throws Exception {
        for (int threads = 1; threads <= 4; threads++) {
            for (int n : new int[] {0, 1, 2, 63, 1_000}) {
                List<Integer> results = onThreads(threads, () -> Chunks.<Integer, Integer>pipelined(sink -> {
                    for (int i = 0; i < n; i++) {
                        sink.accept(i);
                    }
                }, i -> 3 * i));
                assertEquals(n, results.size(), threads + " threads");
                for (int i = 0; i < n; i++) {
                    assertEquals(3 * i, results.get(i));
                }
                results.add(-1); // a modifiable list, as documented
            }
        }
        // From a thread outside any pool (the common pool then), as a notebook calls it.
        assertEquals(List.of("a!", "b!"), Chunks.<String, String>pipelined(sink -> {
            sink.accept("a");
            sink.accept("b");
        }, s -> s + "!"));
    }

    /**
     * The work overlaps the production: the producer hands out its second item only once the first
     * is being worked on, which on two threads another thread does while the producer waits.
     */
    @Test
    void pipelinedWorksOnItemsWhileTheProducerIsStillProducing() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one processor: Chunks runs on one thread");
        CountDownLatch firstTaken = new CountDownLatch(1);
        boolean[] overlapped = new boolean[1];
        List<Integer> results = onThreads(2, () -> Chunks.<Integer, Integer>pipelined(sink -> {
            sink.accept(0);
            try {
                overlapped[0] = firstTaken.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sink.accept(1);
        }, i -> {
            firstTaken.countDown();
            return i;
        }));
        assertTrue(overlapped[0], "no other thread took item 0 while the producer waited");
        assertEquals(List.of(0, 1), results);
    }

    @Test
    void aPipelineStopsAtTheFirstFailureAndThrowsIt() throws Exception {
        for (int threads = 1; threads <= 2; threads++) {
            AtomicInteger worked = new AtomicInteger();
            // The producer fails: what it handed out before may be worked on, nothing is returned.
            int t = threads;
            ExecutionException producer = assertThrows(ExecutionException.class, () -> onThreads(t, () ->
                    Chunks.<Integer, Integer>pipelined(sink -> {
                        for (int i = 0; i < 10; i++) {
                            sink.accept(i);
                        }
                        throw new IllegalArgumentException("row 11 is not CSV");
                    }, i -> worked.incrementAndGet())));
            assertTrue(messages(producer).contains("row 11 is not CSV"), messages(producer).toString());
            assertTrue(worked.get() <= 10);
            // An item's work fails: no thread takes another item after it, and the producer is stopped.
            AtomicInteger after = new AtomicInteger();
            ExecutionException work = assertThrows(ExecutionException.class, () -> onThreads(t, () ->
                    Chunks.<Integer, Integer>pipelined(sink -> {
                        for (int i = 0; i < 100_000; i++) {
                            sink.accept(i);
                        }
                    }, i -> {
                        if (i == 0) {
                            throw new IllegalStateException("item 0 fails");
                        }
                        return after.incrementAndGet();
                    })));
            assertTrue(messages(work).contains("item 0 fails"), messages(work).toString());
            assertTrue(after.get() < 50_000, "items worked on after the failure: " + after.get());
        }
    }

    /** The messages of an exception's causes (a pool may rethrow a copy of the exception around it). */
    private static List<String> messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            messages.add(t.getMessage());
        }
        return messages;
    }
}

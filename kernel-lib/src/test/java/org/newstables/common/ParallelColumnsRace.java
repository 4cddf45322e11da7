package org.newstables.common;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a fresh JVM by {@code ParallelColumnsTest}: one thread's first use of {@link ParallelColumns}
 * against another thread's first {@code StringColumn}, released at once. Prints "done" when both end.
 */
public final class ParallelColumnsRace {

    private ParallelColumnsRace() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Thread columns = new Thread(() -> {
            await(go);
            ParallelColumns.fill(List.of());
        }, "parallel-columns");
        Thread user = new Thread(() -> {
            await(go);
            tech.tablesaw.api.StringColumn.create("x");
        }, "first-string-column");
        columns.start();
        user.start();
        Thread.sleep(200);
        go.countDown();
        columns.join();
        user.join();
        System.out.println("done");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

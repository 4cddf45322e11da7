package org.newstables.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

class ParallelColumnsTest {

    /** Twelve columns of 200,000 rows: string columns over a dictionary, and number columns. */
    private static List<Supplier<? extends Column<?>>> makers(AtomicIntegerArray runs) {
        int rows = 200_000;
        List<Supplier<? extends Column<?>>> makers = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            int k = c;
            makers.add(() -> {
                runs.incrementAndGet(k);
                int[] codes = new int[rows];
                for (int r = 0; r < rows; r++) {
                    codes[r] = (r * (k + 1)) % 997;
                }
                if (k % 3 == 2) {
                    return NumberColumns.ints("c" + k, codes);
                }
                String[] dictionary = new String[997];
                for (int d = 0; d < dictionary.length; d++) {
                    dictionary[d] = k + ":" + d;
                }
                return StringColumns.of("c" + k, dictionary, codes);
            });
        }
        return makers;
    }

    @Test
    void theColumnsComeInTheMakersOrderWithTheValuesOfOneThread() throws Exception {
        AtomicIntegerArray once = new AtomicIntegerArray(12);
        List<Column<?>> expected = new ArrayList<>();
        for (Supplier<? extends Column<?>> maker : makers(once)) {
            expected.add(maker.get());
        }
        for (int threads = 1; threads <= 4; threads++) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                AtomicIntegerArray runs = new AtomicIntegerArray(12);
                List<Column<?>> columns = pool.submit(() -> ParallelColumns.of(makers(runs))).get(60, TimeUnit.SECONDS);
                assertEquals(12, columns.size());
                for (int c = 0; c < 12; c++) {
                    assertEquals(1, runs.get(c), "maker " + c + " runs once");
                    assertEquals("c" + c, columns.get(c).name(), "in order");
                    assertEquals(expected.get(c).asList(), columns.get(c).asList(), threads + " threads, column " + c);
                }
                StringColumn first = (StringColumn) columns.get(0);
                assertEquals(997, first.countUnique());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Its first use, racing another thread's first StringColumn, ends (a helper's review found the
     * initialiser entering Tablesaw's column types through ColumnType deadlocked there in 15 of 20
     * fresh JVMs): ten fresh JVMs, each given 60 s.
     */
    @Test
    void itsFirstUseRacingAnotherThreadsFirstStringColumnEnds() throws Exception {
        String launcher = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < 10; run++) {
            Process p = new ProcessBuilder(launcher, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    ParallelColumnsRace.class.getName()).redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                org.junit.jupiter.api.Assertions.fail("run " + run + ": the two threads never ended (a class initialisation deadlock)");
            }
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("done"), out);
        }
    }

    @Test
    void whatAMakerThrowsIsThrown() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            List<Supplier<? extends Column<?>>> makers = makers(new AtomicIntegerArray(12));
            makers.set(5, () -> {
                throw new IllegalStateException("maker 5");
            });
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> pool.submit(() -> ParallelColumns.of(makers)).get(60, TimeUnit.SECONDS));
            // Thrown on another thread, the fork/join framework may give a copy whose cause is the original.
            Throwable t = e.getCause();
            while (t.getCause() != null) {
                t = t.getCause();
            }
            assertTrue(t instanceof IllegalStateException, t.toString());
            assertEquals("maker 5", t.getMessage());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachFillRunsOnce() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            AtomicIntegerArray runs = new AtomicIntegerArray(40);
            List<Runnable> fills = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i;
                fills.add(() -> runs.incrementAndGet(k));
            }
            pool.submit(() -> ParallelColumns.fill(fills)).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < 40; i++) {
                assertEquals(1, runs.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

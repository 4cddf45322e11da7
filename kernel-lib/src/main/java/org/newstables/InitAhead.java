package org.newstables;

import com.google.common.util.concurrent.Uninterruptibles;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Initialises a class on a background thread while other work runs, for a class whose static
 * initialiser is slow and needed right after that work: Tablesaw's {@code Table}, whose
 * initialiser scans the class path with ClassGraph for Tablesaw's readers and writers (0.3–0.4 s
 * in a fresh JVM, on this project's 2-core machine), is initialised while a corpus loads, which
 * takes about as long and touches no Tablesaw class, instead of after it, when the first table is
 * made.
 *
 * <p>The JVM's class initialisation lock makes any thread that uses the class meanwhile wait for
 * it. Two threads that initialise classes which need each other can deadlock, so the work must
 * not initialise a class that the initialiser needs (the class itself only waits for it), and
 * {@link #during} returns or throws only once the initialisation has ended: no code after it runs
 * alongside. Hand-written: neither the JDK nor the libraries this project uses initialise classes
 * ahead (the JDK's class data sharing archives loaded classes, not their initialised state, and
 * needs options on the command line).
 */
final class InitAhead {

    private InitAhead() {
    }

    /**
     * Runs {@code work} while {@code className} is initialised, with the class loader that loaded
     * NewsTables, on a daemon thread of its own (it inherits this thread's context class loader,
     * where ClassGraph looks for the class path in a notebook's kernel), and waits for both. When
     * no thread can be started (a container at its limit of threads), it only runs {@code work}.
     *
     * @return what {@code work} returns
     * @throws ExceptionInInitializerError or another {@link Error} or {@link RuntimeException}
     *                                     that initialising the class threw, when {@code work}
     *                                     completed: the load fails, where without this the first
     *                                     use of the class would have (on Java 17 as a {@code
     *                                     NoClassDefFoundError} that does not say why)
     */
    static <T> T during(String className, Supplier<T> work) {
        FutureTask<Void> init = new FutureTask<>(() -> {
            Class.forName(className, true, InitAhead.class.getClassLoader());
            return null;
        });
        Thread thread = new Thread(init, "newstables-init-" + className);
        thread.setDaemon(true);
        try {
            thread.start();
        } catch (OutOfMemoryError | SecurityException e) {
            // "unable to create native thread": the class is then initialised on first use, as it
            // would be without this; the work needs no thread of its own.
            return work.get();
        }
        T result;
        try {
            result = work.get();
        } catch (Throwable e) {
            // Throwable, not only unchecked ones: whatever ends the work, the initialisation ends first.
            Throwable failed = failure(init);
            if (failed != null && failed != e) {
                e.addSuppressed(failed);
            }
            throw e;
        }
        Throwable failed = failure(init);
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed != null) {
            // Class.forName's ClassNotFoundException: the jar is incomplete.
            throw new IllegalStateException(className + " is not on the class path: NewsTables needs it."
                    + " Use the newstables-*-all.jar, which bundles its dependencies, or add them.", failed);
        }
        return result;
    }

    /** Waits for {@code init} to end (an interrupt is kept for later); what it threw, or null. */
    private static Throwable failure(FutureTask<Void> init) {
        try {
            Uninterruptibles.getUninterruptibly(init);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}

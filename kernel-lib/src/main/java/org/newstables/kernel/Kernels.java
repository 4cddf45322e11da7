package org.newstables.kernel;

import org.newstables.common.Internal;

/**
 * Connects NewsTables to the notebook kernel it runs in, once. JJava installs
 * {@link JJavaExtension} itself; for IJava, {@link #install()} — called the first time a
 * {@code Corpus}, {@code Charts} or {@code Lexicon} is used — finds {@code IJava.getKernelInstance()} by
 * reflection. Outside a kernel it does nothing, and nothing here ever throws.
 */
@Internal
public final class Kernels {

    private static volatile boolean done;
    private static volatile Throwable failure;

    private Kernels() {
    }

    /** Registers the renderers with a running IJava kernel, if there is one; safe to call often. */
    public static void install() {
        if (done) {
            return;
        }
        synchronized (Kernels.class) {
            if (done) {
                return;
            }
            done = true;
            try {
                ClassLoader loader = Kernels.class.getClassLoader();
                Class<?> ijava = Class.forName("io.github.spencerpark.ijava.IJava", false, loader);
                Object kernel = ijava.getMethod("getKernelInstance").invoke(null);
                if (kernel != null) {
                    IJavaDisplay.install(kernel);
                }
            } catch (ClassNotFoundException e) {
                // Not in IJava: JJava uses the service-loaded extension; plain Java needs nothing.
            } catch (Throwable e) {
                failed(e);
            }
        }
    }

    static void markInstalled() {
        done = true;
    }

    static void failed(Throwable e) {
        failure = e;
    }

    /** Why rich display could not be installed, or null: for diagnosing a notebook that shows only text. */
    public static Throwable failure() {
        return failure;
    }
}

package org.newstables;

import java.util.ServiceLoader;

/** Runs the {@link DisplayHook}s on the class path once per JVM, on the library's first use. */
final class FirstUse {

    /** Initialised by the JVM on first access, exactly once and thread-safely (the holder idiom). */
    private static final boolean DONE = runHooks();

    private FirstUse() {
    }

    /** Makes sure the hooks have run. */
    static boolean run() {
        return DONE;
    }

    private static boolean runHooks() {
        for (DisplayHook h : ServiceLoader.load(DisplayHook.class, DisplayHook.class.getClassLoader())) {
            h.firstUse();
        }
        return true;
    }
}

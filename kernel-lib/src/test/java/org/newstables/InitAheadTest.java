package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InitAheadTest {

    static final AtomicBoolean SLOW_DONE = new AtomicBoolean();

    static final class Slow {
        static {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            SLOW_DONE.set(true);
        }
    }

    static final class Broken {
        static {
            if (Boolean.TRUE) {
                throw new IllegalStateException("broken on purpose");
            }
        }
    }

    static final class BrokenToo {
        static {
            if (Boolean.TRUE) {
                throw new IllegalStateException("broken on purpose too");
            }
        }
    }

    @Test
    void returnsTheWorkOnlyOnceTheClassIsInitialised() {
        // The work is quicker than the class's initialiser: during waits for it all the same.
        String result = InitAhead.during(Slow.class.getName(), () -> "loaded");
        assertEquals("loaded", result);
        assertTrue(SLOW_DONE.get());
    }

    @Test
    void aFailedInitialiserIsThrownAfterTheWork() {
        AtomicBoolean worked = new AtomicBoolean();
        ExceptionInInitializerError e = assertThrows(ExceptionInInitializerError.class,
                () -> InitAhead.during(Broken.class.getName(), () -> worked.getAndSet(true)));
        assertTrue(worked.get());
        assertEquals("broken on purpose", e.getCause().getMessage());
    }

    @Test
    void theWorksOwnErrorWinsAndCarriesTheInitialisersAsSuppressed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InitAhead.during(BrokenToo.class.getName(), () -> {
                    throw new IllegalArgumentException("the work failed");
                }));
        assertEquals(1, e.getSuppressed().length);
        assertTrue(e.getSuppressed()[0] instanceof ExceptionInInitializerError);
    }

    @Test
    void aClassNotOnTheClassPathIsSaidSo() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InitAhead.during("org.newstables.NoSuchClass", () -> 1));
        assertTrue(e.getMessage().startsWith("org.newstables.NoSuchClass is not on the class path"), e.getMessage());
    }
}

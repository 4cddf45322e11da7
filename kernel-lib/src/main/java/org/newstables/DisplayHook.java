package org.newstables;

/**
 * What a notebook display does on the library's first use: the {@code kernel} package registers
 * its table and chart renderers with IJava here (JJava loads its extension itself). Found with
 * {@link java.util.ServiceLoader}, so the core never refers to the display code; not for user code.
 */
public interface DisplayHook {

    /** Called once, the first time a {@link Corpus}, {@link Lexicon} or {@link Charts} is used; must not throw. */
    void firstUse();
}

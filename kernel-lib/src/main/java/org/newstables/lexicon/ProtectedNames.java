package org.newstables.lexicon;

import java.util.HashSet;
import java.util.Set;
import org.newstables.common.Internal;
import org.newstables.common.ResourceLines;
import org.newstables.text.Clitics;
import org.newstables.text.TextAnalyzer;

/**
 * The words of the built-in lexicons' names of countries, people and places that begin like a
 * proclitic (و ف ب ك ل): they are
 * protected from clitic splitting, so that بكين is Beijing and not ب + كين, فرنسا is not ف + رنسا,
 * wherever a word is counted. Only the built-in lexicons count, so that a word's stem never depends
 * on a lexicon a user adds.
 */
@Internal
public final class ProtectedNames {

    /**
     * The words, one a line, normalized as {@link TextAnalyzer#norm}: derived from the aliases and
     * partial names of countries.tsv, people.tsv and places.tsv (organizations' names are left out,
     * being made of ordinary words: للتعاون), and kept as a file because deriving them read 1 MB of
     * lexicons in a fresh JVM's first table (70–80 ms of it). {@code ProtectedNamesTest} derives them
     * again and compares.
     */
    static final String FILE = "protected-names.txt";
    private static volatile Clitics clitics;

    private ProtectedNames() {
    }

    /** The clitic splitter that protects these names, built once. */
    public static Clitics clitics() {
        Clitics c = clitics;
        if (c == null) {
            synchronized (ProtectedNames.class) {
                if (clitics == null) {
                    clitics = new Clitics(words());
                }
                c = clitics;
            }
        }
        return c;
    }

    private static Set<String> words() {
        return new HashSet<>(ResourceLines.of(ProtectedNames.class, FILE));
    }
}

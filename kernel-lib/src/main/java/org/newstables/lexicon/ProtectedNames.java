package org.newstables.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newstables.text.Clitics;
import org.newstables.text.TextAnalyzer;
import org.newstables.common.Internal;

/**
 * The words of the built-in lexicons' names of countries, people and places that begin like a
 * proclitic (و ف ب ك ل): they are
 * protected from clitic splitting, so that بكين is Beijing and not ب + كين, فرنسا is not ف + رنسا,
 * wherever a word is counted. Only the built-in lexicons count, so that a word's stem never depends
 * on a lexicon a user adds.
 */
@Internal
public final class ProtectedNames {

    /** The lexicons of proper names; organizations' names are left out, being made of ordinary words (للتعاون). */
    private static final List<String> FILES = List.of("countries.tsv", "people.tsv", "places.tsv");
    private static volatile Clitics clitics;
    /** Compiled once: a fresh JVM's first table reads every cell of the three files through them. */
    private static final java.util.regex.Pattern BRACES = java.util.regex.Pattern.compile("\\{[^}]*\\}");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[|\\s\\-]+");

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
        Set<String> out = new HashSet<>();
        for (String file : FILES) {
            try (InputStream in = ProtectedNames.class.getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int aliases = -1;
                int partial = -1;
                for (String line; (line = r.readLine()) != null;) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t", -1);
                    if (aliases < 0) {
                        aliases = List.of(cells).indexOf("aliases");
                        partial = List.of(cells).indexOf("partial");
                        continue;
                    }
                    for (int col : new int[] {aliases, partial}) {
                        if (col >= 0 && col < cells.length) {
                            for (String name : SEPARATORS.split(BRACES.matcher(cells[col]).replaceAll(""))) {
                                String norm = TextAnalyzer.norm(name);
                                if (norm.length() >= 3 && "وفبكل".indexOf(norm.charAt(0)) >= 0) {
                                    out.add(norm);
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}

package org.newstables.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newstables.common.ResourceLines;
import org.newstables.text.TextAnalyzer;

/** protected-names.txt holds exactly the words the built-in lexicons give, derived here as the file's comment says. */
class ProtectedNamesTest {

    private static final Pattern BRACES = Pattern.compile("\\{[^}]*\\}");
    private static final Pattern SEPARATORS = Pattern.compile("[|\\s\\-]+");

    @Test
    void theFileHoldsTheLexiconsNamesThatBeginLikeAProclitic() throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        for (String file : List.of("countries.tsv", "people.tsv", "places.tsv")) {
            try (InputStream in = ProtectedNames.class.getResourceAsStream(file)) {
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
                                    expected.add(norm);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(expected.contains("بكين") && expected.contains("فرنسا"), "the derivation found " + expected.size() + " words");
        List<String> kept = ResourceLines.of(ProtectedNames.class, ProtectedNames.FILE);
        assertEquals(String.join("\n", expected), String.join("\n", kept),
                ProtectedNames.FILE + " differs from the words of the built-in lexicons; below its comment it should now read:\n"
                        + String.join("\n", expected));
        assertTrue(kept.stream().allMatch(ProtectedNames.clitics()::isProtected), "the clitic splitter protects every word of the file");
    }
}

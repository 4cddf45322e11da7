package org.newstables.terms;

import java.util.ArrayList;
import java.util.List;
import org.newstables.NewsTablesException;
import org.newstables.text.AnalyzedText;
import org.newstables.text.TextAnalyzer;

/** Counting a word or phrase in an analysed text by its stems, for the term columns of the matrix. */
public final class TermMatrix {

    private TermMatrix() {
    }

    /** The stems of a word or phrase, analysed exactly as the articles are. */
    public static String[] stems(String term) {
        if (term == null || term.isBlank()) {
            throw new NewsTablesException("An empty term was given to matrix(); give words such as \"تعاون\".");
        }
        AnalyzedText t = TextAnalyzer.analyze(term);
        if (t.size() == 0) {
            throw new NewsTablesException("'" + term + "' holds no word to count; give words such as \"تعاون\".");
        }
        List<String> stems = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            stems.add(t.stem(i));
        }
        return stems.toArray(new String[0]);
    }

    /** How often the stem sequence occurs in {@code t}, token after token. */
    public static int occurrences(AnalyzedText t, String[] stems) {
        int n = 0;
        outer:
        for (int i = 0; i + stems.length <= t.size(); i++) {
            for (int k = 0; k < stems.length; k++) {
                if (!t.stem(i + k).equals(stems[k])) {
                    continue outer;
                }
            }
            n++;
        }
        return n;
    }
}

package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The Arabic proclitics that attach to a name: a conjunction (و ف), a preposition (ب ك ل) and the
 * article (ال), in that order, with ل + ال written لل. So {@code والصين}, {@code بالصين},
 * {@code للصين}, {@code فبالصين} all have the base {@code صين}. Works on normalized forms.
 *
 * <p>Hand-written: Lucene's Arabic stemmer strips a fixed list of prefixes from every word, and
 * would turn بكين (Beijing) into كين; the matcher needs each possible split, to try the word as
 * written first.
 */
public final class Proclitics {

    /** Every proclitic sequence, longest first: وبال، فلل، وال، لل، و، ب … */
    public static final List<String> PREFIXES = prefixes();

    private Proclitics() {
    }

    private static List<String> prefixes() {
        List<String> out = new ArrayList<>();
        for (String conj : new String[] {"", "و", "ف"}) {
            for (String prep : new String[] {"", "ب", "ك", "ل"}) {
                for (String art : new String[] {"", "ال"}) {
                    String p = prep.equals("ل") && art.equals("ال") ? conj + "لل" : conj + prep + art;
                    if (!p.isEmpty() && !out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    /** Whether a proclitic sequence holds the article. */
    static boolean hasArticle(String prefix) {
        return prefix.endsWith("ال") || prefix.endsWith("لل");
    }

    /** The word without a leading article, if what remains is a word of two letters or more. */
    static String withoutArticle(String norm) {
        if (norm.startsWith("ال") && norm.length() >= 4) {
            return norm.substring(2);
        }
        return norm;
    }
}

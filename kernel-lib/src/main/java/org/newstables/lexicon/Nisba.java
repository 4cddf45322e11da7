package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.newstables.text.Clitics;

/** Nisba adjectives of country names (الصين → صيني), by rule; see {@link CountryLexiconBuilder}. */
final class Nisba {

    private Nisba() {
    }

    /** The name without a leading article. */
    static String bareName(String name) {
        return Clitics.withoutLeadingArticle(name.strip());
    }

    /** The masculine adjective of a one-word country name, or null when no rule fits. */
    static String byRule(String name) {
        String n = bareName(name);
        if (n.contains(" ") || n.length() < 3) {
            return null;
        }
        if (n.endsWith("ستان")) {
            return n.substring(0, n.length() - 4) + "ي";
        }
        if (n.endsWith("يا")) {
            return n.substring(0, n.length() - 2) + "ي";
        }
        if (n.endsWith("ية")) {
            return n.substring(0, n.length() - 1);
        }
        if (n.endsWith("ا") || n.endsWith("ة")) {
            return n.substring(0, n.length() - 1) + "ي";
        }
        if (n.endsWith("ي")) {
            return n;
        }
        if (n.endsWith("و")) {
            return null;
        }
        return n + "ي";
    }

    /**
     * The forms of a masculine adjective (of one or more words): masculine, feminine, and the
     * plurals ين / ون / ات for one-word adjectives. صيني → صيني، صينية، صينيين، صينيون، صينيات.
     */
    static List<String> forms(String masculine) {
        List<String> out = new ArrayList<>();
        out.add(masculine);
        String[] words = masculine.split(" ");
        StringBuilder feminine = new StringBuilder();
        for (String w : words) {
            if (feminine.length() > 0) {
                feminine.append(' ');
            }
            feminine.append(w).append(w.endsWith("ي") ? "ة" : "");
        }
        out.add(feminine.toString());
        if (words.length == 1 && masculine.endsWith("ي")) {
            out.add(masculine + "ين");
            out.add(masculine + "ون");
            out.add(masculine + "ات");
        }
        return out;
    }
}

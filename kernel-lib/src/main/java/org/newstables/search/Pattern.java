package org.newstables.search;

import java.util.ArrayList;
import java.util.List;
import org.newstables.NewsTablesException;
import org.newstables.lexicon.Proclitics;
import org.newstables.text.AnalyzedText;
import org.newstables.text.TextAnalyzer;

/**
 * A word or phrase to find in analysed texts, matched on normalized and stemmed forms: a token
 * matches a word of the pattern when their stems agree (تعاون finds التعاون، والتعاون، للتعاون) or
 * when the token, without its proclitics and a pronoun suffix, is the word (لتعاونهما).
 */
final class Pattern {

    private static final String[] ENCLITICS = {"هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه", "ي"};

    private final String text;
    private final String[] norms;
    private final String[] stems;

    Pattern(String text) {
        if (text == null || text.isBlank()) {
            throw new NewsTablesException("The pattern is empty; give a word or a phrase such as \"تعاون\".");
        }
        AnalyzedText t = TextAnalyzer.analyze(text);
        if (t.size() == 0) {
            throw new NewsTablesException("'" + text + "' holds no word to look for.");
        }
        this.text = text;
        this.norms = new String[t.size()];
        this.stems = new String[t.size()];
        for (int i = 0; i < t.size(); i++) {
            norms[i] = t.norm(i);
            stems[i] = t.stem(i);
        }
    }

    String text() {
        return text;
    }

    int length() {
        return norms.length;
    }

    /** The token indices where the pattern starts in {@code t}, in order, without overlaps. */
    List<Integer> find(AnalyzedText t) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i + norms.length <= t.size()) {
            boolean all = true;
            for (int k = 0; k < norms.length && all; k++) {
                all = matches(t, i + k, k) && (k == 0 || t.sentence(i + k) == t.sentence(i));
            }
            if (all) {
                out.add(i);
                i += norms.length;
            } else {
                i++;
            }
        }
        return out;
    }

    private boolean matches(AnalyzedText t, int token, int k) {
        if (t.stem(token).equals(stems[k]) || t.norm(token).equals(norms[k])) {
            return true;
        }
        String norm = t.norm(token);
        for (String base : bases(norm)) {
            if (base.equals(norms[k]) || base.equals(stems[k])) {
                return true;
            }
        }
        return false;
    }

    private static List<String> bases(String norm) {
        List<String> out = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        heads.add(norm);
        for (String p : Proclitics.PREFIXES) {
            if (norm.startsWith(p) && norm.length() - p.length() >= 2) {
                heads.add(norm.substring(p.length()));
            }
        }
        for (String h : heads) {
            out.add(h);
            for (String e : ENCLITICS) {
                if (h.endsWith(e) && h.length() - e.length() >= 2) {
                    out.add(h.substring(0, h.length() - e.length()));
                }
            }
        }
        return out;
    }
}

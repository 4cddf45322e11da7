package org.newstables.text;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.newstables.common.NewsTablesException;
import org.newstables.common.Internal;

/**
 * A word or phrase to find in a corpus's analysed texts: the one query behind {@code matrix()},
 * {@code kwic()}, {@code dispersion()} and {@code collocations()}, so that the same input counts
 * the same in every view (and {@code search()} analyses its words the same way). Its words are
 * normalized ({@link TextNormalizer}) and stemmed with the corpus's own counts ({@link
 * Vocabulary#stemOf}), so تعاون finds التعاون، والتعاون، للتعاون، وللتعاون and لتعاونهما, and الصين
 * finds الصین typed on a Persian keyboard. A phrase matches its words' stems in order, token after
 * token, within one sentence.
 */
@Internal
public final class Phrase {

    private final String text;
    private final int[] stems;

    private Phrase(String text, int[] stems) {
        this.text = text;
        this.stems = stems;
    }

    /**
     * {@code text} as a query on the corpus whose vocabulary is {@code corpus}.
     *
     * @throws NewsTablesException when {@code text} is empty or holds no word
     */
    public static Phrase of(String text, Vocabulary corpus) {
        if (text == null || text.isBlank()) {
            throw new NewsTablesException("The word or phrase is empty; give one such as \"تعاون\" or \"الحزام والطريق\".");
        }
        AnalyzedText t = TextAnalyzer.analyze(text);
        if (t.size() == 0) {
            throw new NewsTablesException("'" + text + "' holds no word to look for; give one such as \"تعاون\".");
        }
        int[] stems = new int[t.size()];
        for (int i = 0; i < t.size(); i++) {
            int w = t.word(i);
            stems[i] = corpus.formId(corpus.stemOf(t.vocabulary().norm(w), t.vocabulary().hamzas(w)));
        }
        return new Phrase(text, stems);
    }

    /** The phrase as given. */
    public String text() {
        return text;
    }

    /** The form ids of its words' stems in the corpus's vocabulary, in order; -1 for a stem no word of the corpus has. */
    public int[] stems() {
        return stems.clone();
    }

    /** How many words it has. */
    public int length() {
        return stems.length;
    }

    /** The token indices where the phrase starts in {@code t}, in order, without overlaps. */
    public int[] find(AnalyzedText t) {
        IntArrayList out = new IntArrayList();
        for (int s : stems) {
            if (s < 0) {
                return new int[0];
            }
        }
        Vocabulary v = t.vocabulary();
        int n = stems.length;
        int i = 0;
        while (i + n <= t.size()) {
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = v.stemId(t.word(i + k)) == stems[k] && (k == 0 || t.sentence(i + k) == t.sentence(i));
            }
            if (all) {
                out.add(i);
                i += n;
            } else {
                i++;
            }
        }
        return out.toIntArray();
    }

    /** How often the phrase occurs in {@code t}. */
    public int count(AnalyzedText t) {
        return find(t).length;
    }
}

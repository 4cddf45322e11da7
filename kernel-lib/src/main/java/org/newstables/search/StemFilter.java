package org.newstables.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newstables.text.TextAnalyzer;
import org.newstables.text.TextNormalizer;
import org.newstables.text.Vocabulary;

/**
 * Replaces each token with its stem (or its normalized form), exactly as {@code tokens()} computes
 * them — the one normalization, and stems with the corpus's own clitic decisions — so that the
 * index and the tables agree.
 */
final class StemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean stem;
    private final Vocabulary corpus;

    /**
     * @param stem   true for the stem, false for the normalized form
     * @param corpus the corpus's vocabulary, whose counts decide the clitics
     */
    StemFilter(TokenStream in, boolean stem, Vocabulary corpus) {
        super(in);
        this.stem = stem;
        this.corpus = corpus;
    }

    @Override
    public boolean incrementToken() throws IOException {
        do {
            if (!input.incrementToken()) {
                return false;
            }
            // A token of isolated harakat in presentation forms (ﹰﹼ) is none, as in TextAnalyzer: the
            // plain text's marks make no word, nor a position.
        } while (TextNormalizer.marksOnly(term.buffer(), 0, term.length()));
        String written = term.toString();
        String norm = TextAnalyzer.norm(written);
        String replacement = stem ? corpus.stemOf(norm, TextAnalyzer.hamzas(written)) : norm;
        term.setEmpty().append(replacement);
        return true;
    }
}

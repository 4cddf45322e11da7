package org.newstables.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newstables.text.TextAnalyzer;

/**
 * Replaces each token with its stem (or its normalized form), exactly as {@code tokens()} computes
 * them, so that the index and the tables agree.
 */
final class StemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final int form;

    /** @param stem true for the stem, false for the normalized form */
    StemFilter(TokenStream in, boolean stem) {
        super(in);
        this.form = stem ? 1 : 0;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String replacement = TextAnalyzer.forms(term.toString())[form];
        term.setEmpty().append(replacement);
        return true;
    }
}

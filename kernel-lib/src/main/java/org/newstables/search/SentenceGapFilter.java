package org.newstables.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.newstables.text.Sentences;

/**
 * Leaves a gap of positions between sentences, so that a phrase never matches across a sentence
 * end: {@code "الحزام والطريق"} does not match {@code الحزام. والطريق}, as kwic, matrix and
 * dispersion do not (they stop phrases at sentences too). Lucene's own device for the same need
 * between the values of a multi-valued field is a position increment gap; here the sentences are
 * those of {@link Sentences}, which the tables count by.
 */
final class SentenceGapFilter extends TokenFilter {

    /** Positions left between sentences: more than any phrase's slop. */
    static final int GAP = 100;

    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Sentences sentences;
    private int lastSentence = -1;

    SentenceGapFilter(TokenStream in, Sentences sentences) {
        super(in);
        this.sentences = sentences;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int sentence = sentences.numberAt(offset.startOffset());
        if (lastSentence >= 0 && sentence != lastSentence) {
            increment.setPositionIncrement(increment.getPositionIncrement() + GAP);
        }
        lastSentence = sentence;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lastSentence = -1;
    }
}

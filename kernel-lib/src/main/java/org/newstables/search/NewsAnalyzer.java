package org.newstables.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.newstables.text.Vocabulary;

/**
 * The index's analyzer: Lucene's {@link StandardTokenizer} and the same normalization and light
 * stemming as {@code Corpus.tokens()}, so that a search for تعاون finds والتعاون and للتعاون, and
 * phrases match as the tables count them. Stop words are kept, so that phrases are exact. The
 * {@value #WORDS} field holds normalized words instead of stems, for wildcards (الص* finds الصين).
 */
final class NewsAnalyzer extends Analyzer {

    /** The field of normalized, unstemmed words. */
    public static final String WORDS = "words";

    private final Vocabulary corpus;

    /**
     * Components per field: the words field and the others differ in their last filter.
     *
     * @param corpus the vocabulary of the corpus being indexed, whose counts decide the clitics
     */
    public NewsAnalyzer(Vocabulary corpus) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.corpus = corpus;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new StemFilter(tokenizer, !fieldName.equals(WORDS), corpus));
    }
}

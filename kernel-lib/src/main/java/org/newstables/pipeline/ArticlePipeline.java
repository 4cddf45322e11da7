package org.newstables.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newstables.corpus.Article;
import org.newstables.lexicon.LexiconMatcher;
import org.newstables.lexicon.Mentions;
import org.newstables.lexicon.PersonFinder;
import org.newstables.lexicon.ProtectedNames;
import org.newstables.text.AnalyzedText;
import org.newstables.text.TextAnalyzer;
import org.newstables.text.Vocabulary;

/**
 * The per-article pipeline: from an article as read (decoded, cleaned, dated) to its
 * {@link ArticleAnalysis} — tokens and sentences, entity mentions (lexicon matches, people found by
 * their titles, organizations by their head nouns), theme mentions. A corpus, a Spark executor and
 * a stream of articles all run these same steps; the object holds only its settings (the lexicons'
 * matchers), is thread-safe, and is cheap to build again from the same lexicons in another JVM.
 *
 * <p>Each step works on one article, with one exception that the stages make explicit: stems. A
 * word's stem depends on which words the whole collection has (whether وتعاون is و + تعاون depends
 * on تعاون occurring; see {@link org.newstables.text.Clitics}), so the words of a batch share a
 * {@link Vocabulary} and their stems are settled once the batch is read ({@link #settle}). Tokens,
 * sentences, mentions and dates never depend on other articles: analysing articles one at a time,
 * in any order, on any number of threads, into one vocabulary that is settled at the end, gives
 * the same tables as analysing them all at once.
 */
public final class ArticlePipeline {

    private final LexiconMatcher entities;
    private final PersonFinder people;
    private final LexiconMatcher themes;
    /** What the matchers know of the last vocabulary seen, and how many words it had then. */
    private volatile Prepared prepared;

    private record Prepared(Vocabulary vocabulary, int words, LexiconMatcher.Prepared entities,
            PersonFinder.Prepared people, LexiconMatcher.Prepared themes) {
    }

    /**
     * A pipeline with these matchers.
     *
     * @param entities the entity lexicon's matcher
     * @param people   the person finder of the same lexicon, or null to find only the lexicon's names
     * @param themes   the theme lexicon's matcher
     */
    public ArticlePipeline(LexiconMatcher entities, PersonFinder people, LexiconMatcher themes) {
        this.entities = Objects.requireNonNull(entities, "entities");
        this.people = people;
        this.themes = Objects.requireNonNull(themes, "themes");
    }

    /**
     * Step 1 for one article: its tokens and sentences, its words added to {@code vocabulary}
     * (which may be shared by threads). Stems are read once the vocabulary is {@link #settle settled}.
     */
    public static AnalyzedText text(Article article, Vocabulary vocabulary) {
        return TextAnalyzer.analyze(article.text(), vocabulary);
    }

    /**
     * Settles the stems of {@code vocabulary} from the token counts of {@code texts} (every text
     * analysed into it), with the built-in lexicons' names protected from clitic splitting.
     */
    public static void settle(Vocabulary vocabulary, List<AnalyzedText> texts) {
        vocabulary.settle(TextAnalyzer.tokenCounts(texts), ProtectedNames.clitics());
    }

    /**
     * What settling needs of {@code texts} (every text analysed into {@code vocabulary}): counts per
     * normalized form that add up across parts of a collection analysed apart ({@link
     * Vocabulary#attestation}). A cluster counts each part, adds the counts up, and settles every
     * part with the sum ({@link #settle(Vocabulary, Map)}): the stems are those of the whole collection.
     */
    public static Map<String, int[]> attestation(Vocabulary vocabulary, List<AnalyzedText> texts) {
        return vocabulary.attestation(TextAnalyzer.tokenCounts(texts));
    }

    /**
     * Settles the stems of {@code vocabulary} from the {@link #attestation} counts of the whole
     * collection, with the built-in lexicons' names protected from clitic splitting, as {@link
     * #settle(Vocabulary, List)} does.
     */
    public static void settle(Vocabulary vocabulary, Map<String, int[]> attestation) {
        vocabulary.settle(attestation, ProtectedNames.clitics());
    }

    /** Step 1 for a batch, in parallel: the texts in batch order, sharing {@code vocabulary}, settled. */
    public static List<AnalyzedText> texts(List<Article> batch, Vocabulary vocabulary) {
        List<AnalyzedText> all = java.util.Collections.unmodifiableList(
                org.newstables.common.Chunks.each(batch.size(), i -> text(batch.get(i), vocabulary)));
        settle(vocabulary, all);
        return all;
    }

    /** Step 2, entities: the resolved entity mentions of each text, in parallel, in text order. */
    public Mentions entityMentions(List<AnalyzedText> texts) {
        return Mentions.of(texts, entities, people);
    }

    /** Step 2, themes: the theme mentions of each text, in parallel, in text order. */
    public Mentions themeMentions(List<AnalyzedText> texts) {
        return Mentions.of(texts, themes);
    }

    /** Every step for a batch, which shares one vocabulary: the analyses in batch order. */
    public List<ArticleAnalysis> analyze(List<Article> batch) {
        List<AnalyzedText> texts = texts(batch, new Vocabulary());
        Mentions e = entityMentions(texts);
        Mentions t = themeMentions(texts);
        List<ArticleAnalysis> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(new ArticleAnalysis(batch.get(i), texts.get(i), e.article(i), t.article(i)));
        }
        return out;
    }

    /**
     * Every step for one article analysed into a shared, {@link #settle settled} vocabulary: what a
     * stream or an executor runs per article once the words of the collection are known. What the
     * matchers know of the vocabulary's words is worked out once for it, not per article (again
     * only if the vocabulary has grown since).
     */
    public ArticleAnalysis analyze(Article article, AnalyzedText text) {
        Prepared p = preparedFor(text.vocabulary());
        return new ArticleAnalysis(article, text, Mentions.article(text, entities, p.entities(), people, p.people()),
                Mentions.article(text, themes, p.themes(), null, null));
    }

    private Prepared preparedFor(Vocabulary v) {
        Prepared p = prepared;
        int words = v.size();
        if (p == null || p.vocabulary() != v || p.words() != words) {
            // Read the size first: words added while preparing make the next call prepare again.
            p = new Prepared(v, words, entities.prepare(v), people == null ? null : people.prepare(v), themes.prepare(v));
            prepared = p;
        }
        return p;
    }
}

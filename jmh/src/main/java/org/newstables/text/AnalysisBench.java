package org.newstables.text;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newstables.Lexicon;
import org.newstables.jmh.PerCharacter;
import org.newstables.jmh.Texts;
import org.newstables.lexicon.LexiconMatcher;
import org.newstables.lexicon.Mentions;
import org.newstables.lexicon.PersonFinder;
import org.newstables.pipeline.ArticlePipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Nanoseconds a character of the analysis against Lucene: the bare {@link ArabicAnalyzer} (issue 20's
 * reference), its first step {@link StandardTokenizer} alone, and NewsTables' {@link TextAnalyzer} —
 * tokens, their word ids, sentences — with a vocabulary that has seen every word already, as in the
 * middle of a large corpus (the first sight of a word, normalized once, is the rarer case there),
 * and its sentence split alone; then the entity and theme mentions of the analysed texts (the built-in lexicons' matchers and the
 * person finder), the other large part of the analysis.
 */
public class AnalysisBench extends PerCharacter {

    private List<String> texts;
    private Vocabulary vocabulary;
    private ArabicAnalyzer analyzer;
    private StandardTokenizer tokenizer;
    private CharTermAttribute tokenizerTerm;
    private List<AnalyzedText> analysed;
    private LexiconMatcher entities;
    private LexiconMatcher.Prepared entitiesPrepared;
    private PersonFinder people;
    private PersonFinder.Prepared peoplePrepared;
    private LexiconMatcher themes;
    private LexiconMatcher.Prepared themesPrepared;

    @Setup
    public void setUp() {
        texts = Texts.articles(folder);
        vocabulary = new Vocabulary();
        analysed = texts.stream().map(t -> TextAnalyzer.analyze(t, vocabulary)).toList();
        ArticlePipeline.settle(vocabulary, analysed);
        entities = Lexicon.entities().matcher();
        entitiesPrepared = entities.prepare(vocabulary);
        people = Lexicon.entities().finder();
        peoplePrepared = people.prepare(vocabulary);
        themes = Lexicon.themes().matcher();
        themesPrepared = themes.prepare(vocabulary);
        analyzer = new ArabicAnalyzer();
        tokenizer = new StandardTokenizer();
        tokenizerTerm = tokenizer.addAttribute(CharTermAttribute.class);
    }

    @TearDown
    public void tearDown() {
        analyzer.close();
    }

    /** Lucene's ArabicAnalyzer, every token normalized, stop-filtered and stemmed: issue 20's reference. */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void bareArabicAnalyzer(Blackhole out) throws IOException {
        for (String t : texts) {
            try (TokenStream ts = analyzer.tokenStream("text", new StringReader(t))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.consume(term.length());
                }
                ts.end();
            }
        }
    }

    /** Lucene's StandardTokenizer alone (Unicode word boundaries): the part of both that neither can skip. */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void standardTokenizer(Blackhole out) throws IOException {
        for (String t : texts) {
            tokenizer.setReader(new StringReader(t));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.consume(tokenizerTerm.length());
            }
            tokenizer.end();
            tokenizer.close();
        }
    }

    /** NewsTables' analysis of each text: the tokenizer, each token's word id, the sentences. */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void textAnalyzer(Blackhole out) {
        for (String t : texts) {
            out.consume(TextAnalyzer.analyze(t, vocabulary));
        }
    }

    /** The sentence splitting of each text alone, which {@link #textAnalyzer} includes. */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void sentences(Blackhole out) {
        for (String t : texts) {
            out.consume(Sentences.split(t));
        }
    }

    /** The entity mentions of each analysed text: the lexicon's matches, the people found by their titles, resolved. */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void entityMentions(Blackhole out) {
        for (AnalyzedText t : analysed) {
            out.consume(Mentions.article(t, entities, entitiesPrepared, people, peoplePrepared));
        }
    }

    /** The theme mentions of each analysed text. */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void themeMentions(Blackhole out) {
        for (AnalyzedText t : analysed) {
            out.consume(Mentions.article(t, themes, themesPrepared, null, null));
        }
    }
}

package org.newstables.lexicon;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.newstables.text.AnalyzedText;

/**
 * The lexicon matches of every article of a corpus, resolved: computed once per corpus and
 * lexicon, in parallel, and shared by the mention, entity, partner and matrix tables.
 */
public final class Mentions {

    private final List<Resolver.Result> perArticle;

    private Mentions(List<Resolver.Result> perArticle) {
        this.perArticle = perArticle;
    }

    /** Matches and resolves {@code texts} with {@code matcher}. */
    public static Mentions of(List<AnalyzedText> texts, LexiconMatcher matcher) {
        List<Resolver.Result> results = IntStream.range(0, texts.size()).parallel()
                .mapToObj(i -> Resolver.resolve(matcher.match(texts.get(i))))
                .collect(Collectors.toList());
        return new Mentions(results);
    }

    /** The resolved and unresolved mentions of article {@code a}. */
    public Resolver.Result article(int a) {
        return perArticle.get(a);
    }

    /** How many articles. */
    public int articles() {
        return perArticle.size();
    }
}

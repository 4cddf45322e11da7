package org.newstables.pipeline;

import java.util.List;
import java.util.Objects;
import org.newstables.corpus.Article;
import org.newstables.lexicon.Resolver;
import org.newstables.text.AnalyzedText;
import org.newstables.time.DateTagger;

/**
 * One article analysed: its tokens and sentences ({@link #text}), its entity and theme mentions,
 * and its date expressions — everything the corpus tables count, for one article, with no
 * reference to a corpus. Made by {@link ArticlePipeline}.
 *
 * @param article  the article as read: text, metadata, title, event date, cleaning record
 * @param text     its tokens (surface, normalized form, stem, offsets in characters) and sentences
 * @param entities its entity mentions, resolved (people, countries, organizations, places)
 * @param themes   its theme mentions (the theme lexicon's keywords)
 */
public record ArticleAnalysis(Article article, AnalyzedText text, Resolver.Result entities, Resolver.Result themes) {

    /** Checks that the parts belong together: the text analysed is the article's. */
    public ArticleAnalysis {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(themes, "themes");
        if (!text.text().equals(article.text())) {
            throw new IllegalArgumentException("The analysed text is not the text of article " + article.id());
        }
    }

    /** Every date expression of the article's page, in page order (the rows of {@code dates()} for it). */
    public List<DateTagger.Expression> dates() {
        return article.dates().expressions(article);
    }
}

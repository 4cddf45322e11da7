package org.newstables;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newstables.common.Columns;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.Article;

/** The text-valued columns of the articles table, as getters on {@link Article}, for {@code where}. */
final class ArticleColumns {

    private static final Map<String, Function<Article, String>> KNOWN = Map.of(
            "id", Article::id,
            "title", Article::title,
            "date_source", a -> a.dateSource().label(),
            "dateline", Article::dateline,
            "source", Article::source,
            "language", Article::language,
            "file", Article::origin,
            "encoding", Article::encoding,
            "date", a -> a.date() == null ? null : a.date().toString(),
            "published", a -> a.published() == null ? null : a.published().toString());

    private ArticleColumns() {
    }

    static Function<Article, String> getter(String column, List<Article> articles) {
        Function<Article, String> known = KNOWN.get(column);
        if (known != null) {
            return known;
        }
        Set<String> extras = new LinkedHashSet<>();
        articles.forEach(a -> extras.addAll(a.extra().keySet()));
        if (extras.contains(column)) {
            return a -> a.extra().getOrDefault(column, "");
        }
        Set<String> all = new LinkedHashSet<>(List.of("id", "title", "date", "published", "date_source",
                "dateline", "source", "language", "file", "encoding"));
        all.addAll(extras);
        throw new NewsTablesException("The articles have no column '" + column + "'. Columns that can be"
                + " compared with where(...): " + String.join(", ", all) + ".");
    }
}

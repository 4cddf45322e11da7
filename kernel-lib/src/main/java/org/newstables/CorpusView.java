package org.newstables;

import com.google.common.base.Suppliers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.Article;
import org.newstables.corpus.CorpusReader;
import org.newstables.duplicates.NearDuplicates;
import org.newstables.lexicon.Mentions;
import org.newstables.pipeline.ArticlePipeline;
import org.newstables.terms.TermIndex;
import org.newstables.text.AnalyzedText;
import org.newstables.text.StopWords;
import org.newstables.topics.TopicModel;
import org.newstables.topics.TopicOptions;

/**
 * One view of a loaded corpus — which articles, stop words, lexicons and index folder — and what it
 * computes from the shared {@link CorpusState} once: its term index and its share of the mentions.
 * Every {@link Corpus} is a view; a new stop list or lexicon makes a new view over the same state.
 */
final class CorpusView {

    final CorpusState state;
    /** The rows of the loaded corpus in this view, in order; null for all of them. */
    final int[] rows;
    final List<Article> articles;
    final StopWords stopWords;
    // Null for the built-in lexicons, loaded on first use.
    private final Lexicon lexicon;
    private final Lexicon themes;
    final Path indexFolder;
    private final Supplier<TermIndex> termIndex;
    private final Supplier<Mentions> mentions;
    private final Supplier<Mentions> themeMentions;
    private final Map<NearDuplicates.Options, NearDuplicates> duplicates = new ConcurrentHashMap<>();
    private final Map<TopicOptions, Supplier<TopicModel>> topicModels = new ConcurrentHashMap<>();

    /** The view of a whole loaded corpus, with the default stop words and lexicons; its index in memory when the folder is null. */
    static CorpusView of(CorpusReader.Loaded loaded, Path indexFolder) {
        return new CorpusView(new CorpusState(loaded), null, StopWords.defaults(), null, null, indexFolder);
    }

    CorpusView(CorpusState state, int[] rows, StopWords stopWords, Lexicon lexicon, Lexicon themes, Path indexFolder) {
        this.state = state;
        this.rows = rows;
        this.articles = state.select(state.articles, rows);
        this.stopWords = Objects.requireNonNull(stopWords, "stop");
        this.lexicon = lexicon;
        this.themes = themes;
        this.indexFolder = indexFolder;
        this.termIndex = Suppliers.memoize(() -> TermIndex.of(analyses(), state.vocabulary, stopWords));
        this.mentions = Suppliers.memoize(() -> state.entityMentions(lexicon(), pipeline(), rows));
        this.themeMentions = Suppliers.memoize(() -> state.themeMentions(themeLexicon(), pipeline(), rows));
    }

    CorpusView withStopWords(StopWords stop) {
        return new CorpusView(state, rows, stop, lexicon, themes, indexFolder);
    }

    CorpusView withLexicon(Lexicon entities) {
        return new CorpusView(state, rows, stopWords, Objects.requireNonNull(entities, "entities"), themes, indexFolder);
    }

    CorpusView withThemes(Lexicon themeLexicon) {
        return new CorpusView(state, rows, stopWords, lexicon, Objects.requireNonNull(themeLexicon, "themeLexicon"),
                indexFolder);
    }

    /** The view of the articles of this one for which {@code test} holds; the rest is kept. */
    CorpusView filter(Predicate<Article> test) {
        int[] base = rows == null ? IntStream.range(0, state.articles.size()).toArray() : rows;
        int[] kept = IntStream.of(base).filter(r -> test.test(state.articles.get(r))).toArray();
        return new CorpusView(state, kept, stopWords, lexicon, themes, indexFolder);
    }

    Lexicon lexicon() {
        return lexicon == null ? Lexicon.entities() : lexicon;
    }

    Lexicon themeLexicon() {
        return themes == null ? Lexicon.themes() : themes;
    }

    NearDuplicates duplicates(NearDuplicates.Options options) {
        return duplicates.computeIfAbsent(Objects.requireNonNull(options, "options"),
                o -> NearDuplicates.find(state.articles, state.signatures, rows, o));
    }

    /** The view of this one's articles with one per cluster of copies, the least under {@code keep}. */
    CorpusView dedup(NearDuplicates.Options options, Comparator<Article> keep) {
        int[] kept = duplicates(options).kept(Objects.requireNonNull(keep, "keep"));
        int[] keptRows = rows == null ? kept : IntStream.of(kept).map(i -> rows[i]).toArray();
        return new CorpusView(state, keptRows, stopWords, lexicon, themes, indexFolder);
    }

    /** The topic model of this view's articles under {@code options}, fitted on first use and kept. */
    TopicModel topicModel(TopicOptions options) {
        return topicModels.computeIfAbsent(Objects.requireNonNull(options, "options"), o -> Suppliers.memoize(
                () -> TopicModel.fit(articles, analyses(), termIndex(), state.vocabulary, stopWords, themeLexicon().entries(), o)))
                .get();
    }

    ArticlePipeline pipeline() {
        return new ArticlePipeline(lexicon().matcher(), lexicon().finder(), themeLexicon().matcher());
    }

    List<AnalyzedText> analyses() {
        return state.analyses(rows);
    }

    TermIndex termIndex() {
        return termIndex.get();
    }

    Mentions mentions() {
        return mentions.get();
    }

    Mentions themeMentions() {
        return themeMentions.get();
    }

    List<String> ids() {
        return articles.stream().map(Article::id).collect(Collectors.toList());
    }

    Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NewsTablesException("No article has the id '" + id + "'. Ids are "
                        + articles.stream().limit(5).map(Article::id).collect(Collectors.joining(", "))
                        + (articles.size() > 5 ? ", …" : "") + "."));
    }

    @Override
    public String toString() {
        List<LocalDate> dates = articles.stream().map(Article::date).filter(Objects::nonNull).sorted().toList();
        String range = dates.isEmpty() ? "no dates" : dates.get(0) + " to " + dates.get(dates.size() - 1);
        return "Corpus of " + articles.size() + " articles (" + range + "), " + state.problems.size() + " problems";
    }
}

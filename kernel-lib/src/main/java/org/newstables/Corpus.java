package org.newstables;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.newstables.common.Columns;
import org.newstables.common.NewsTablesException;
import org.newstables.concordance.Concordance;
import org.newstables.corpus.Article;
import org.newstables.corpus.ArticleTables;
import org.newstables.corpus.Problem;
import org.newstables.duplicates.NearDuplicates;
import org.newstables.lexicon.Candidates;
import org.newstables.lexicon.Cooccurrence;
import org.newstables.lexicon.EntityTables;
import org.newstables.pipeline.ArticlePipeline;
import org.newstables.terms.Keyness;
import org.newstables.terms.Ngrams;
import org.newstables.terms.TermTables;
import org.newstables.text.StopWords;
import org.newstables.text.TokenTable;
import org.newstables.topics.TopicModel;
import org.newstables.topics.TopicOptions;
import tech.tablesaw.api.Table;

/**
 * A corpus of news articles, the front door of NewsTables: {@code Corpus.seeds()}, {@code Corpus.load("news")},
 * then {@code c.articles()}, {@code c.problems()} and the other tables. A corpus never changes; its views
 * (sub-corpora, other stop words or lexicons) share the loaded corpus's analysis, and every table is
 * computed on first use. Column names follow {@link Columns}; offsets are in characters.
 */
public final class Corpus {

    // Package-private for CorpusTables, which builds the tables that combine parts of the view.
    final CorpusView view;

    Corpus(CorpusView view) {
        this.view = view;
    }

    /** The seed corpus bundled with the library: five Arabic news articles, 2017–2022, with metadata. */
    public static Corpus seeds() {
        return new CorpusLoader().seeds();
    }

    /**
     * Loads a folder of .txt/.md files, a .csv or a .jsonl file (formats: {@link CorpusLoader#load}); what cannot
     * be used is in {@link #problems()}. Throws {@link NewsTablesException} when the path is no corpus at all.
     */
    public static Corpus load(Path path) {
        return new CorpusLoader().load(path);
    }

    /** {@link #load(Path)} for a path written as a string, relative to the working directory. */
    public static Corpus load(String path) {
        return load(Path.of(Objects.requireNonNull(path, "path")));
    }

    /** A corpus of the rows of a Tablesaw table, read as a CSV file is (text, id and metadata columns). */
    public static Corpus from(Table table) {
        return new CorpusLoader().from(table);
    }

    /** A loader with options: the text and id columns, the delimiter, the file size limit. */
    public static CorpusLoader loader() {
        return new CorpusLoader();
    }

    /** How many articles the corpus has. */
    public int size() {
        return view.articles.size();
    }

    /** The articles, in input order. */
    public List<Article> articleList() {
        return view.articles;
    }

    /** The article with {@code id}; throws {@link NewsTablesException} when no article has it. */
    public Article article(String id) {
        return view.article(id);
    }

    /** One row per article: id, title, date, its source and offsets, dateline, metadata, counts; see {@link ArticleTables#articles}. */
    public Table articles() {
        return CorpusTables.articles(this);
    }

    /** Every date expression of every article, with its offsets, value and kind; see {@link ArticleTables#dates}. */
    public Table dates() {
        return ArticleTables.dates(view.articles);
    }

    /** Everything that was skipped or looked wrong while loading: source, kind, problem. */
    public Table problems() {
        return ArticleTables.problems(view.state.problems);
    }

    /** The problems as a list. */
    public List<Problem> problemList() {
        return view.state.problems;
    }

    /** The lines that cleaning removed (banners, comment forms, stamps): article, line, reason, text. */
    public Table removed() {
        return ArticleTables.removed(view.articles);
    }

    /** One row per token: article, sentence, position, surface, norm, stem, start, end, stop; see {@link TokenTable}. */
    public Table tokens() {
        return TokenTable.tokens(view.ids(), view.analyses(), view.stopWords);
    }

    /** One row per term (stem) per article, stop words left out; see {@link TermTables#terms}. */
    public Table terms() {
        return TermTables.terms(view.ids(), view.termIndex());
    }

    /** The {@code n} most frequent terms: term, surface, count, articles, per_1k (per 1,000 tokens). */
    public Table topTerms(int n) {
        return TermTables.top(view.termIndex(), n);
    }

    /** The n-grams ({@code n} ≥ 2) of runs of content words, most frequent first: ngram, norm, count, articles. */
    public Table ngrams(int n) {
        return Ngrams.of(view.analyses(), view.state.vocabulary, view.stopWords, n);
    }

    /** Keyness of {@code target}'s terms against {@code reference}'s, as quanteda's; see {@link Keyness#of}. */
    public static Table keyness(Corpus target, Corpus reference) {
        return Keyness.of(target.view.termIndex(), reference.view.termIndex());
    }

    /** One row per article: metadata, a count per entity and theme, and each term's frequency per token. */
    public Table matrix(String... terms) {
        return CorpusTables.matrix(this, terms);
    }

    /** The articles for which {@code test} holds, as a corpus sharing this one's analysis. */
    public Corpus filter(Predicate<Article> test) {
        return new Corpus(view.filter(test));
    }

    /** The articles dated from {@code from} to {@code to}, both included; undated ones are left out. */
    public Corpus between(LocalDate from, LocalDate to) {
        return filter(a -> a.date() != null && !a.date().isBefore(from) && !a.date().isAfter(to));
    }

    /** The articles whose text column {@code column} of {@link #articles()} equals {@code value}. */
    public Corpus where(String column, String value) {
        java.util.function.Function<Article, String> get = ArticleColumns.getter(column, view.articles);
        return filter(a -> Objects.equals(get.apply(a), value));
    }

    /** Near-duplicate articles by MinHash and LSH: article, cluster, representative, similarity; see {@link NearDuplicates}. */
    public Table duplicates() {
        return duplicates(NearDuplicates.Options.DEFAULTS);
    }

    /** {@link #duplicates()} with another shingle size or similarity threshold. */
    public Table duplicates(NearDuplicates.Options options) {
        return view.duplicates(options).table();
    }

    /** One article per cluster of {@link #duplicates()}, the earliest (then by id): a reprint counts once. */
    public Corpus dedup() {
        return dedup(NearDuplicates.Options.DEFAULTS, NearDuplicates.EARLIEST);
    }

    /** {@link #dedup()} with other options, keeping of each cluster the least article under {@code keep}. */
    public Corpus dedup(NearDuplicates.Options options, Comparator<Article> keep) {
        return new Corpus(view.dedup(options, keep));
    }

    /** The same articles with another stop-word list; nothing is analysed or matched again. */
    public Corpus withStopWords(StopWords stop) {
        return new Corpus(view.withStopWords(stop));
    }

    /** The same articles with another entity lexicon (to add to the built-ins: {@code Lexicon.entities().plus(...)}). */
    public Corpus withLexicon(Lexicon entities) {
        return new Corpus(view.withLexicon(entities));
    }

    /** One row per entity mention, people found in the text included; see {@link EntityTables#mentions}. */
    public Table mentions() {
        return EntityTables.mentions(view.articles, view.mentions(), "mentions");
    }

    /** Every entity found, most mentioned first; see {@link EntityTables#entities}. */
    public Table entities() {
        return EntityTables.entities(view.articles, view.mentions());
    }

    /** The country mentioned most, {@link #partners()}'s focus; throws {@link NewsTablesException} when none is. */
    public String focalCountry() {
        return CorpusTables.focalCountry(this);
    }

    /** {@link #partners(String)} of the {@link #focalCountry()}; empty, and named so, when no country is named. */
    public Table partners() {
        return CorpusTables.partners(this, EntityTables.mostMentionedCountry(entities()));
    }

    /** The countries named in the articles naming {@code focal} (ISO code); see {@link EntityTables#partners}. */
    public Table partners(String focal) {
        return CorpusTables.partners(this, Objects.requireNonNull(focal, "focal"));
    }

    /** The {@link #timeline(Per)} of the eight partners named in the most articles; its name says whose. */
    public Table partnersTimeline(Per per) {
        return CorpusTables.partnersTimeline(this, per);
    }

    /** Partial names the matcher could not attribute; see {@link EntityTables#ambiguous}. */
    public Table ambiguous() {
        return EntityTables.ambiguous(view.articles, view.mentions());
    }

    /** Name-like words after titles that nothing attributed; see {@link Candidates#of}. */
    public Table candidates() {
        return Candidates.of(view.articles, view.analyses(), view.mentions(), view.stopWords);
    }

    /** The same articles with another theme lexicon. */
    public Corpus withThemes(Lexicon themeLexicon) {
        return new Corpus(view.withThemes(themeLexicon));
    }

    /** One row per theme keyword found, the longest keyword winning; see {@link EntityTables#themeMentions}. */
    public Table themeMentions() {
        return EntityTables.themeMentions(view.articles, view.themeMentions());
    }

    /** Mentions per period of every theme and the ten most mentioned entities; see {@link org.newstables.time.Timeline}. */
    public Table timeline(Per per) {
        return CorpusTables.timeline(this, per);
    }

    /**
     * The timeline of some keys of one kind, or with no key of all its keys (every theme, every entity).
     * Throws {@link NewsTablesException} for a key neither mentioned nor in the kind's lexicon.
     */
    public Table timeline(Per per, Kind kind, String... keys) {
        return CorpusTables.timeline(this, per, kind, keys);
    }

    /** The LDA topic model under {@code options} (MALLET), fitted on first use and kept; see {@link TopicModel}. */
    public TopicModel topicModel(TopicOptions options) {
        return view.topicModel(options);
    }

    /** Entities and themes named in the same sentence; see {@link Cooccurrence#of}. */
    public Table cooccurrence() {
        return Cooccurrence.of(view.mentions(), view.themeMentions());
    }

    /** Searches with Lucene's query syntax: article, title, date, score, snippet; see {@link org.newstables.search.CorpusIndex}. */
    public Table search(String query) {
        return search(query, 100);
    }

    /** {@link #search(String)} returning at most {@code limit} articles. */
    public Table search(String query, int limit) {
        return view.state.index(view.indexFolder).search(query, limit, view.rows);
    }

    /** Keyword in context of a word or phrase, {@code window} tokens each side; see {@link Concordance#kwic}. */
    public Table kwic(String pattern, int window) {
        return Concordance.kwic(view.articles, view.analyses(), view.state.vocabulary, pattern, window);
    }

    /** Terms within {@code window} tokens of a word or phrase, with PMI and G²; see {@link Concordance#collocations}. */
    public Table collocations(String term, int window) {
        return Concordance.collocations(view.analyses(), view.state.vocabulary, view.termIndex(), view.stopWords, term, window);
    }

    /** Where in each article the words or phrases occur: article, term, position, relative, start, end. */
    public Table dispersion(String... terms) {
        return Concordance.dispersion(view.articles, view.analyses(), view.state.vocabulary, terms);
    }

    /** What made the tables (versions, analysis chain, stop list and lexicons with SHA-256): setting, value. */
    public Table settings() {
        return Settings.table(view.stopWords, view.lexicon(), view.themeLexicon(), view.articles.size(), view.state.problems.size());
    }

    /** The per-article pipeline of this corpus's lexicons, which every table counts from. */
    public ArticlePipeline pipeline() {
        return view.pipeline();
    }

    @Override
    public String toString() {
        return view.toString();
    }
}

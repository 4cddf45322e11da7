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
import org.newstables.corpus.CorpusReader;
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
 * A corpus of news articles: the front door of NewsTables. A corpus never changes; its views
 * (sub-corpora, other stop words or lexicons) share the analysis of the loaded corpus, and every
 * table is computed on first use. Column names follow {@link Columns}; offsets are in characters.
 * <pre>{@code
 * Corpus c = Corpus.seeds();                  // the five bundled Arabic articles
 * c.articles()                                // one row per article
 * Corpus mine = Corpus.load(Path.of("news")); // a folder of .txt files, or a .csv / .jsonl file
 * mine.problems()                             // every file or row that was skipped, and why
 * }</pre>
 */
public final class Corpus {

    static {
        // The first use of the library in IJava registers its table and chart renderers.
        FirstUse.run();
    }

    // Package-private for CorpusTables, which builds the tables that combine parts of the view.
    final CorpusView view;

    Corpus(CorpusReader.Loaded loaded) {
        this(new CorpusView(new CorpusState(loaded), null, StopWords.defaults(), null, null, null));
    }

    private Corpus(CorpusView view) {
        this.view = view;
    }

    /** The seed corpus bundled with the library: five Arabic news articles, 2017–2022, with metadata. */
    public static Corpus seeds() {
        return new CorpusLoader().seeds();
    }

    /**
     * Loads a folder of {@code .txt}/{@code .md} files (recursively, with an optional {@code
     * metadata.csv}), a {@code .csv} file (text in a column text, body or content; comma, semicolon
     * or tab) or a {@code .jsonl} file, in UTF-8, UTF-16 with BOM or Windows-1256. What cannot be
     * used is listed in {@link #problems()}.
     *
     * @throws NewsTablesException when the path cannot be read as a corpus at all
     */
    public static Corpus load(Path path) {
        return new CorpusLoader().load(path);
    }

    /** {@link #load(Path)} for a path written as a string, relative to the working directory. */
    public static Corpus load(String path) {
        return load(Path.of(Objects.requireNonNull(path, "path")));
    }

    /**
     * A corpus of the rows of a Tablesaw table, read as a CSV file is: the text in a column text,
     * body or content, an optional id column, every other column as metadata.
     */
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

    /**
     * The article with {@code id}.
     *
     * @throws NewsTablesException when no article has it
     */
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

    /**
     * One row per article: its metadata, a count column per entity and per theme, and the term
     * frequency (occurrences of its stems, in order, / tokens) of each word or phrase given.
     */
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

    /**
     * Near-duplicate articles (one story reprinted, lightly edited), by MinHash of 5-word shingles of
     * the normalised text and locality-sensitive hashing: article, cluster, representative,
     * similarity; see {@link NearDuplicates#table}.
     */
    public Table duplicates() {
        return duplicates(NearDuplicates.Options.DEFAULTS);
    }

    /** {@link #duplicates()} with another shingle size or similarity threshold. */
    public Table duplicates(NearDuplicates.Options options) {
        return view.duplicates(options).table();
    }

    /**
     * The corpus with one article per cluster of {@link #duplicates()} (the earliest by date, then by
     * id), sharing this one's analysis: every table counts a reprinted story once.
     */
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

    /** The entity lexicon: {@link Lexicon#entities()} unless set with {@link #withLexicon}. */
    public Lexicon lexicon() {
        return view.lexicon();
    }

    /** One row per entity mention, people found in the text included; see {@link EntityTables#mentions}. */
    public Table mentions() {
        return EntityTables.mentions(view.articles, view.mentions(), "mentions");
    }

    /** Every entity found, most mentioned first; see {@link EntityTables#entities}. */
    public Table entities() {
        return EntityTables.entities(view.articles, view.mentions());
    }

    /**
     * The country mentioned most (ties: more articles, then the key): {@link #partners()}'s focus.
     *
     * @throws NewsTablesException when the corpus mentions no country
     */
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

    /** The theme lexicon: {@link Lexicon#themes()} unless set with {@link #withThemes}. */
    public Lexicon themeLexicon() {
        return view.themeLexicon();
    }

    /** One row per theme keyword found, the longest keyword winning; see {@link EntityTables#themeMentions}. */
    public Table themeMentions() {
        return EntityTables.themeMentions(view.articles, view.themeMentions());
    }

    /**
     * Mentions per period of every theme and the ten most mentioned entities: period,
     * period_start, kind, key, label, label_ar, mentions, articles, period_articles, tokens, per_1k;
     * empty periods have zeros, undated articles the period {@code undated}.
     */
    public Table timeline(Per per) {
        return CorpusTables.timeline(this, per);
    }

    /** The timeline of every theme ({@link Kind#THEME}) or every entity ({@link Kind#ENTITY}). */
    public Table timeline(Per per, Kind kind) {
        return CorpusTables.timeline(this, per, CorpusTables.timelineKeys(this, kind, Integer.MAX_VALUE));
    }

    /**
     * The timeline of some keys of one kind ({@code c.timeline(Per.YEAR, Kind.ENTITY, "TJ", "KZ")}); a
     * key nothing mentions gets zeros.
     *
     * @throws NewsTablesException when a key is neither mentioned nor in the kind's lexicon
     */
    public Table timeline(Per per, Kind kind, String... keys) {
        return CorpusTables.timeline(this, per, kind, keys);
    }

    /**
     * The top words of {@code k} topics found by a topic model (LDA, fitted with MALLET; one thread,
     * seed 1, 1,000 iterations or fewer for a large corpus): topic, label, label_ar, rank, term, surface, weight, seed; see
     * {@link TopicModel#terms()}. The model is fitted once per corpus and options, and kept.
     *
     * @throws org.newstables.common.NewsTablesException when {@code k} &lt; 1, or no term occurs in two articles
     */
    public Table topics(int k) {
        return topicModel(TopicOptions.of(k)).terms();
    }

    /**
     * {@link #topics(int)} with the themes of {@link #themeLexicon()} as topics too, seeded with
     * their keywords (as quanteda's seededlda), and {@code k} ≥ 0 more: the rows whose seed is false
     * are the words the model adds to a theme.
     */
    public Table seededTopics(int k) {
        return topicModel(TopicOptions.seeded(k)).terms();
    }

    /** The topic shares of each article in the model of {@link #topics(int)}: article, topic, label, share. */
    public Table topicShares(int k) {
        return topicModel(TopicOptions.of(k)).shares();
    }

    /**
     * The topic model under {@code options} ({@code TopicOptions.seeded(5).iterations(500)}): its
     * {@link TopicModel#terms() terms}, {@link TopicModel#shares() shares} and {@link
     * TopicModel#timeline timeline}; fitted on first use, and kept.
     */
    public TopicModel topicModel(TopicOptions options) {
        return view.topicModel(options);
    }

    /**
     * The topics of {@code model} per period, as {@link #timeline(Per)} counts mentions, with the
     * mean topic share of the period's articles; see {@link TopicModel#timeline}.
     *
     * @throws org.newstables.common.NewsTablesException when the model is of other articles
     */
    public Table timeline(Per per, TopicModel model) {
        return CorpusTables.timeline(this, per, model);
    }

    /** Entities and themes named in the same sentence; see {@link Cooccurrence#of}. */
    public Table cooccurrence() {
        return Cooccurrence.of(view.mentions(), view.themeMentions());
    }

    /**
     * Searches with Lucene's query syntax (words, "phrases", AND, OR, NOT, wildcards, fields), analysed
     * as the tables are: article, title, date, score, snippet. The index of the loaded corpus is built
     * on first use and shared by its sub-corpora, which search among their own articles (ranked with
     * the whole corpus's term statistics).
     */
    public Table search(String query) {
        return search(query, 100);
    }

    /** {@link #search(String)} returning at most {@code limit} articles. */
    public Table search(String query, int limit) {
        return view.state.index(view.indexFolder).search(query, limit, view.rows);
    }

    /**
     * The same corpus with its search index on disk at {@code folder} (for corpora too large for
     * memory), written on the first search and kept by the sub-corpora made from this one.
     */
    public Corpus withIndexAt(Path folder) {
        return new Corpus(view.withIndexAt(folder));
    }

    /** Keyword in context of a word or phrase, {@code window} tokens each side; see {@link Concordance#kwic}. */
    public Table kwic(String pattern, int window) {
        return Concordance.kwic(view.articles, view.analyses(), view.state.vocabulary, pattern, window);
    }

    /** {@link #kwic(String, int)} with six tokens of context. */
    public Table kwic(String pattern) {
        return kwic(pattern, 6);
    }

    /** Terms within {@code window} tokens of a word or phrase, with PMI and G²; see {@link Concordance#collocations}. */
    public Table collocations(String term, int window) {
        return Concordance.collocations(view.analyses(), view.state.vocabulary, view.termIndex(), view.stopWords, term, window);
    }

    /** {@link #collocations(String, int)} within five tokens. */
    public Table collocations(String term) {
        return collocations(term, 5);
    }

    /** Where in each article the words or phrases occur: article, term, position, relative, start, end. */
    public Table dispersion(String... terms) {
        return Concordance.dispersion(view.articles, view.analyses(), view.state.vocabulary, terms);
    }

    /** What made the tables (versions, analysis chain, stop list and lexicons with SHA-256): setting, value. */
    public Table settings() {
        return Settings.table(view.stopWords, lexicon(), themeLexicon(), view.articles.size(), view.state.problems.size());
    }

    /** The stop words this corpus leaves out of its term tables. */
    public StopWords stopWords() {
        return view.stopWords;
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

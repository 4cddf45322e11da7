package org.newstables;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import com.google.common.base.Suppliers;
import org.newstables.corpus.Article;
import org.newstables.corpus.CorpusReader;
import org.newstables.corpus.Problem;
import org.newstables.corpus.RemovedLine;
import org.newstables.text.AnalyzedText;
import org.newstables.lexicon.Candidates;
import org.newstables.lexicon.Cooccurrence;
import org.newstables.time.Timeline;
import org.newstables.lexicon.EntityTables;
import org.newstables.lexicon.Mentions;
import org.newstables.concordance.Concordance;
import org.newstables.search.CorpusIndex;
import org.newstables.terms.Keyness;
import org.newstables.terms.Ngrams;
import org.newstables.terms.TermIndex;
import org.newstables.terms.TermTables;
import org.newstables.text.Vocabulary;
import org.newstables.text.StopWords;
import org.newstables.text.TextAnalyzer;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;

/**
 * A corpus of news articles: the front door of NewsTables. A corpus never changes; every table
 * is computed once, on first use, and shared by the views derived from it.
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
        org.newstables.kernel.Kernels.install();
    }

    private final Shared shared;
    private final int[] rows;
    private final List<Article> articles;
    private final StopWords stopWords;
    private final Lexicon lexicon;
    private final Lexicon themes;
    private final Path indexPath;
    private final Supplier<TermIndex> termIndex;
    private final Supplier<Mentions> mentions;
    private final Supplier<Mentions> themeMatches;
    private final Supplier<CorpusIndex> index;

    /**
     * What every view of one loaded corpus shares: the articles, the problems, and the analysis
     * of each article, computed once, in parallel, on first use.
     */
    private static final class Shared {
        final List<Article> articles;
        final List<Problem> problems;
        final Supplier<List<AnalyzedText>> analyses;
        final Vocabulary vocabulary = new Vocabulary();

        Shared(CorpusReader.Loaded loaded) {
            this.articles = List.copyOf(loaded.articles());
            this.problems = List.copyOf(loaded.problems());
            this.analyses = Suppliers.memoize(() -> {
                List<AnalyzedText> all = articles.parallelStream()
                        .map(x -> TextAnalyzer.analyze(x.text(), vocabulary))
                        .collect(Collectors.toUnmodifiableList());
                // Stems depend on which words the whole corpus has (Clitics): settled once all are read.
                vocabulary.settle(TextAnalyzer.tokenCounts(all), org.newstables.lexicon.ProtectedNames.clitics());
                return all;
            });
        }
    }

    Corpus(CorpusReader.Loaded loaded) {
        this(new Shared(loaded), null, StopWords.defaults(), null, null, null);
    }

    private Corpus(Shared shared, int[] rows, StopWords stopWords, Lexicon lexicon, Lexicon themes, Path indexPath) {
        this.shared = shared;
        this.rows = rows;
        this.stopWords = stopWords;
        this.lexicon = lexicon;
        this.themes = themes;
        this.indexPath = indexPath;
        if (rows == null) {
            this.articles = shared.articles;
        } else {
            List<Article> selected = new ArrayList<>(rows.length);
            for (int r : rows) {
                selected.add(shared.articles.get(r));
            }
            this.articles = Collections.unmodifiableList(selected);
        }
        this.termIndex = Suppliers.memoize(() -> TermIndex.of(analyses(), shared.vocabulary, this.stopWords));
        this.mentions = Suppliers.memoize(() -> Mentions.of(analyses(), lexicon().matcher(), lexicon().finder()));
        this.themeMatches = Suppliers.memoize(() -> Mentions.of(analyses(), themeLexicon().matcher()));
        this.index = Suppliers.memoize(() -> CorpusIndex.build(this.articles,
                analyses().stream().map(AnalyzedText::sentences).toList(), this.indexPath, shared.vocabulary));
    }

    /** The seed corpus bundled with the library: five Arabic news articles, 2017–2022, with metadata. */
    public static Corpus seeds() {
        return new CorpusLoader().seeds();
    }

    /**
     * Loads a corpus from a folder of {@code .txt}/{@code .md} files (read recursively, with an
     * optional {@code metadata.csv}), a {@code .csv} file (text in a column named text, body or
     * content) or a {@code .jsonl} file. Files in UTF-8 (with or without BOM), UTF-16 with BOM and
     * Windows-1256 are recognised. What cannot be used is listed in {@link #problems()}.
     *
     * @throws NewsTablesException when the path cannot be read as a corpus at all
     */
    public static Corpus load(Path path) {
        return new CorpusLoader().load(path);
    }

    /** {@link #load(Path)} for a path written as a string, relative to the working directory. */
    public static Corpus load(String path) {
        Objects.requireNonNull(path, "path");
        return load(Path.of(path));
    }

    /**
     * A corpus of the rows of a Tablesaw table, read by the same rules as a CSV file: the text in
     * a column text, body or content, an optional id column, every other column as metadata.
     * <pre>{@code
     * Table t = Table.create("mine", StringColumn.create("text", "نص الخبر الأول", "نص الخبر الثاني"));
     * Corpus c = Corpus.from(t);
     * }</pre>
     */
    public static Corpus from(Table table) {
        return new CorpusLoader().from(table);
    }

    /** A loader with options: the text and id columns of a CSV, the file size limit. */
    public static CorpusLoader loader() {
        return new CorpusLoader();
    }

    /** How many articles the corpus has. */
    public int size() {
        return articles.size();
    }

    /** The articles, in input order. */
    public List<Article> articleList() {
        return articles;
    }

    /** The article with {@code id}. */
    public Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NewsTablesException("No article has the id '" + id + "'. Ids are "
                        + articles.stream().limit(5).map(Article::id).collect(Collectors.joining(", "))
                        + (articles.size() > 5 ? ", …" : "") + "."));
    }

    /**
     * One row per article: id, title, date (LocalDate, of the reported event), published,
     * published_time, date_source (metadata, mention, dateline, weekday, relative, stamp, published
     * or none — see {@link org.newstables.time.EventDate} for the rule), date_precision (day, month,
     * year), date_start and date_end (the character offsets in the text of the expression the date
     * came from; missing for metadata, a removed stamp line, or no date), dateline, source, language,
     * sentences, tokens, text, then any extra metadata columns, then file (where it was read from),
     * encoding and removed_lines (how many lines of web-page debris cleaning took out; see
     * {@link #removed()}).
     */
    public Table articles() {
        List<AnalyzedText> analysed = analyses();
        Table t = Table.create("articles",
                StringColumn.create("id"),
                StringColumn.create("title"),
                DateColumn.create("date"),
                DateColumn.create("published"),
                TimeColumn.create("published_time"),
                StringColumn.create("date_source"),
                StringColumn.create("date_precision"),
                IntColumn.create("date_start"),
                IntColumn.create("date_end"),
                StringColumn.create("dateline"),
                StringColumn.create("source"),
                StringColumn.create("language"),
                IntColumn.create("sentences"),
                IntColumn.create("tokens"),
                StringColumn.create("text"));
        Set<String> extras = new LinkedHashSet<>();
        articles.forEach(a -> extras.addAll(a.extra().keySet()));
        for (String extra : extras) {
            t.addColumns(StringColumn.create(extra));
        }
        t.addColumns(StringColumn.create("file"), StringColumn.create("encoding"), IntColumn.create("removed_lines"));
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            AnalyzedText x = analysed.get(i);
            t.stringColumn("id").append(a.id());
            t.stringColumn("title").append(a.title());
            t.dateColumn("date").append(a.date());
            t.dateColumn("published").append(a.published());
            t.timeColumn("published_time").append(a.publishedTime());
            t.stringColumn("date_source").append(a.dateSource());
            t.stringColumn("date_precision").append(a.datePrecision());
            if (a.dateStart() >= 0) {
                t.intColumn("date_start").append(a.dateStart());
                t.intColumn("date_end").append(a.dateEnd());
            } else {
                t.intColumn("date_start").appendMissing();
                t.intColumn("date_end").appendMissing();
            }
            t.stringColumn("dateline").append(a.dateline());
            t.stringColumn("source").append(a.source());
            t.stringColumn("language").append(a.language());
            t.intColumn("sentences").append(x.sentences().count());
            t.intColumn("tokens").append(x.size());
            t.stringColumn("text").append(a.text());
            for (String extra : extras) {
                t.stringColumn(extra).append(a.extra().getOrDefault(extra, ""));
            }
            t.stringColumn("file").append(a.origin());
            t.stringColumn("encoding").append(a.encoding());
            t.intColumn("removed_lines").append(a.removed().size());
        }
        return t;
    }

    /**
     * Every date expression of every article, as the temporal tagger read the page: article, kind
     * (dateline, stamp, clock, weekday, relative, mention), surface, start, end (character offsets in
     * the article's text: {@code text.substring(start, end)} is the surface; missing for a stamp in a
     * line cleaning removed), line (the line's number in the file, as in {@link #removed()}), value
     * (LocalDate: what it means; missing for a day and month without a year, or a weekday with
     * nothing to count from), precision (day, week, month, year), calendar (gregorian, hijri), and
     * event (whether the article's date came from it). See {@link org.newstables.time.DateTagger}.
     */
    public Table dates() {
        StringColumn article = StringColumn.create("article");
        StringColumn kind = StringColumn.create("kind");
        StringColumn surface = StringColumn.create("surface");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        IntColumn line = IntColumn.create("line");
        DateColumn value = DateColumn.create("value");
        StringColumn precision = StringColumn.create("precision");
        StringColumn calendar = StringColumn.create("calendar");
        BooleanColumn event = BooleanColumn.create("event");
        for (Article a : articles) {
            for (org.newstables.time.DateTagger.Expression e : a.dates().expressions(a)) {
                article.append(a.id());
                kind.append(e.kind().toString());
                surface.append(e.surface());
                if (e.start() >= 0) {
                    start.append(e.start());
                    end.append(e.end());
                } else {
                    start.appendMissing();
                    end.appendMissing();
                }
                line.append(e.line());
                value.append(e.value());
                precision.append(e.precision().toString());
                calendar.append(e.calendar().toString());
                event.append(!a.dateSource().equals("metadata") && e.start() == a.dateStart() && e.start() >= 0
                        && e.end() == a.dateEnd());
            }
        }
        return Table.create("dates", article, kind, surface, start, end, line, value, precision, calendar, event);
    }

    /** Everything that was skipped or looked wrong while loading: source, problem. */
    public Table problems() {
        StringColumn source = StringColumn.create("source");
        StringColumn problem = StringColumn.create("problem");
        for (Problem p : shared.problems) {
            source.append(p.source());
            problem.append(p.problem());
        }
        return Table.create("problems", source, problem);
    }

    /** The problems as a list. */
    public List<Problem> problemList() {
        return shared.problems;
    }

    /**
     * The lines that cleaning removed from the articles (site banners, comment forms,
     * timestamps, counters): article, line (1-based, in the file as read), reason, text.
     */
    public Table removed() {
        StringColumn article = StringColumn.create("article");
        IntColumn line = IntColumn.create("line");
        StringColumn reason = StringColumn.create("reason");
        StringColumn text = StringColumn.create("text");
        for (Article a : articles) {
            for (RemovedLine r : a.removed()) {
                article.append(a.id());
                line.append(r.line());
                reason.append(r.reason());
                text.append(r.text());
            }
        }
        return Table.create("removed", article, line, reason, text);
    }

    /**
     * One row per token of every article: article, sentence (1-based), position (1-based, within
     * the article), surface (as written), norm (normalized), stem, start, end (character offsets
     * into the article's text: {@code text.substring(start, end)} is the surface) and stop
     * (whether it is a stop word under {@link #stopWords()}).
     */
    public Table tokens() {
        List<AnalyzedText> texts = analyses();
        int total = texts.stream().mapToInt(AnalyzedText::size).sum();
        StringColumn article = StringColumn.create("article");
        IntColumn sentence = IntColumn.create("sentence", total);
        IntColumn position = IntColumn.create("position", total);
        StringColumn surface = StringColumn.create("surface");
        StringColumn norm = StringColumn.create("norm");
        StringColumn stem = StringColumn.create("stem");
        IntColumn start = IntColumn.create("start", total);
        IntColumn end = IntColumn.create("end", total);
        BooleanColumn stop = BooleanColumn.create("stop");
        int row = 0;
        for (int a = 0; a < texts.size(); a++) {
            AnalyzedText t = texts.get(a);
            String id = articles.get(a).id();
            for (int i = 0; i < t.size(); i++, row++) {
                article.append(id);
                sentence.set(row, t.sentence(i));
                position.set(row, i + 1);
                surface.append(t.surface(i));
                norm.append(t.norm(i));
                stem.append(t.stem(i));
                start.set(row, t.start(i));
                end.set(row, t.end(i));
                stop.append(stopWords.contains(t.norm(i)));
            }
        }
        return Table.create("tokens", article, sentence, position, surface, norm, stem, start, end, stop);
    }

    /**
     * One row per term (stem) per article, stop words left out: article, term, surface (the most
     * frequent written form of the term in this corpus), count, tf (count / tokens of the
     * article), articles (articles with the term: its document frequency), idf (log10 of the
     * corpus's articles / articles) and tfidf.
     */
    public Table terms() {
        return TermTables.terms(ids(), termIndex());
    }

    /**
     * The {@code n} most frequent terms of the corpus: term, surface, count, articles, per_1k
     * (occurrences per 1,000 tokens, stop words included in the tokens).
     */
    public Table topTerms(int n) {
        return TermTables.top(termIndex(), n);
    }

    /**
     * The n-grams ({@code n} of 2 or more) of runs of content words, most frequent first:
     * ngram (the most frequent written form), norm, count, articles.
     * <pre>{@code c.ngrams(2)   // الحزام والطريق, منظمة شانغهاي, …}</pre>
     */
    public Table ngrams(int n) {
        return Ngrams.of(analyses(), shared.vocabulary, stopWords, n);
    }

    /**
     * Keyness of the terms of {@code target} against {@code reference}, as quanteda's
     * {@code textstat_keyness}: term, surface, target, reference (counts), g2 (log-likelihood,
     * Williams-corrected), chi2 (Yates-corrected), p, log_ratio. Signed: negative where the
     * reference uses the term more.
     * <pre>{@code
     * Corpus.keyness(c.where("dateline", "Astana"), c.where("dateline", "Beijing"))
     * }</pre>
     */
    public static Table keyness(Corpus target, Corpus reference) {
        return Keyness.of(target.termIndex(), reference.termIndex());
    }

    /**
     * One row per article with its metadata columns (id, title, date, dateline, source, language,
     * tokens and any extra metadata), then one count column per entity found in the corpus (most
     * mentioned first, named by its key: CN, Xi Jinping, SCO), one count column per theme (health,
     * trade, …), then one column per given word or
     * phrase with its term frequency in the article: occurrences of its stems, in order, divided by
     * the article's tokens.
     * <pre>{@code c.matrix("تعاون", "الحزام والطريق")}</pre>
     */
    public Table matrix(String... terms) {
        Table t = Table.create("matrix");
        Table a = articles();
        for (String column : a.columnNames()) {
            if (!List.of("published", "published_time", "date_source", "sentences", "text", "file",
                    "encoding", "removed_lines").contains(column)) {
                t.addColumns(a.column(column).copy());
            }
        }
        Table counts = EntityTables.counts(articles, entityMentions());
        for (String column : counts.columnNames()) {
            t.addColumns(counts.column(column).copy());
        }
        Table themeCounts = EntityTables.counts(articles, themeMatches());
        for (org.newstables.lexicon.Entry e : themeLexicon().entries()) {
            // Tablesaw column names ignore case: the theme bri would clash with the entity BRI.
            boolean taken = t.columnNames().stream().anyMatch(n -> n.equalsIgnoreCase(e.key()));
            String name = taken ? "theme_" + e.key() : e.key();
            t.addColumns(themeCounts.columnNames().contains(e.key())
                    ? themeCounts.intColumn(e.key()).copy().setName(name)
                    : IntColumn.create(name, new int[articles.size()]));
        }
        List<AnalyzedText> texts = analyses();
        for (String term : terms) {
            org.newstables.text.Phrase phrase = org.newstables.text.Phrase.of(term, shared.vocabulary);
            String name = t.columnNames().stream().anyMatch(n -> n.equalsIgnoreCase(term)) ? "tf_" + term : term;
            DoubleColumn tf = DoubleColumn.create(name);
            for (AnalyzedText x : texts) {
                tf.append(x.size() == 0 ? 0 : (double) phrase.count(x) / x.size());
            }
            t.addColumns(tf);
        }
        return t;
    }

    /** The articles for which {@code test} holds, as a corpus sharing this one's analysis. */
    public Corpus filter(Predicate<Article> test) {
        int[] base = rows == null ? IntStream.range(0, shared.articles.size()).toArray() : rows;
        int[] kept = IntStream.of(base).filter(r -> test.test(shared.articles.get(r))).toArray();
        return new Corpus(shared, kept, stopWords, lexicon, themes, null);
    }

    /**
     * The articles dated from {@code from} to {@code to}, both included; undated articles are
     * left out (find them with {@code filter(a -> a.date() == null)}).
     */
    public Corpus between(LocalDate from, LocalDate to) {
        return filter(a -> a.date() != null && !a.date().isBefore(from) && !a.date().isAfter(to));
    }

    /**
     * The articles whose metadata column {@code column} (any column of {@link #articles()} that
     * holds text, such as dateline, source, language or a metadata.csv column) equals {@code value}.
     */
    public Corpus where(String column, String value) {
        java.util.function.Function<Article, String> get = ArticleColumns.getter(column, articles);
        return filter(a -> Objects.equals(get.apply(a), value));
    }

    /** The same articles with another stop-word list (the analysis is not repeated). */
    public Corpus withStopWords(StopWords stop) {
        return new Corpus(shared, rows, Objects.requireNonNull(stop, "stop"), lexicon, themes, indexPath);
    }

    /**
     * The same articles with another entity lexicon, for {@link #mentions()} and the tables built on
     * it (the analysis is not repeated). To add to the built-ins rather than replace them:
     * {@code c.withLexicon(Lexicon.entities().plus(Lexicon.load(path)))}.
     */
    public Corpus withLexicon(Lexicon entities) {
        return new Corpus(shared, rows, stopWords, Objects.requireNonNull(entities, "entities"), themes, indexPath);
    }

    /** The entity lexicon of this corpus: {@link Lexicon#entities()} unless set with {@link #withLexicon}. */
    public Lexicon lexicon() {
        return lexicon == null ? Lexicon.entities() : lexicon;
    }

    /**
     * One row per entity mention: article, date, entity, label, label_ar, type, surface, start,
     * end, sentence, title, role, source. {@code text.substring(start, end)} is the surface,
     * proclitics included ({@code والصين}); a country named inside an organization's name is not
     * counted on its own. People come from the lexicon and from the text: a name after a title
     * (وزير الخارجية الروسي سيرغي لافروف) is a PERSON mention whether or not a lexicon lists it, with
     * {@code source} "discovered", the normalized full name as its entity key and the title as its
     * role; {@code title} is the title written before each mention (or "").
     */
    public Table mentions() {
        return EntityTables.mentions(articles, entityMentions(), "mentions");
    }

    /**
     * entity, label, label_ar, type, mentions, articles, first_date, last_date, role, source:
     * every entity found, most mentioned first; {@code source} is built-in, user or discovered.
     */
    public Table entities() {
        return EntityTables.entities(articles, entityMentions());
    }

    /**
     * The country the corpus mentions most (ties: more articles, then the key): the focal country of
     * {@link #partners()}; China on the seeds.
     *
     * @throws NewsTablesException when the corpus mentions no country
     */
    public String focalCountry() {
        String focal = mostMentionedCountry();
        if (focal == null) {
            throw new NewsTablesException("The corpus mentions no country, so it has no focal country; name one:"
                    + " c.partners(\"EG\").");
        }
        return focal;
    }

    /** The first country of {@link #entities()}, or null when the corpus names none. */
    private String mostMentionedCountry() {
        Table e = entities();
        for (int i = 0; i < e.rowCount(); i++) {
            if (e.stringColumn("type").get(i).equals("COUNTRY")) {
                return e.stringColumn("entity").get(i);
            }
        }
        return null;
    }

    /**
     * The countries named in the articles that name the corpus's focal country ({@link #focalCountry()}):
     * entity, label, label_ar, articles, mentions, same_sentence. The table's name says whose
     * partners they are ({@code partners of China (CN)}); a corpus that names no country gets an
     * empty table.
     */
    public Table partners() {
        String focal = mostMentionedCountry();
        if (focal == null) {
            // No country, no focal country: an empty table that says so, for reports of any corpus.
            return EntityTables.partners(List.of(), entityMentions(), "").setName("partners (the corpus names no country)");
        }
        return partners(focal);
    }

    /**
     * The countries named in the articles that name the {@code focal} country (an ISO code such as
     * KZ): entity, label, label_ar, articles, mentions (of the partner), same_sentence (sentences
     * naming both), most articles first.
     */
    public Table partners(String focal) {
        Table t = EntityTables.partners(articles, entityMentions(), focal);
        return t.setName("partners of " + lexicon().entry(focal).label() + " (" + focal + ")");
    }

    /**
     * The timeline of the focal country's partners ({@link #partners()}): the eight named in the
     * most articles, per period, with the columns of {@link #timeline(Per)}. The table's name says
     * whose partners they are, and so does the title of a chart drawn from it.
     */
    public Table partnersTimeline(Per per) {
        Table partners = partners();
        if (partners.rowCount() == 0) {
            return timeline(per, Kind.ENTITY, new String[0]).setName(partners.name() + " per " + per.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < Math.min(8, partners.rowCount()); i++) {
            keys.add(partners.stringColumn(Columns.ENTITY).get(i));
        }
        return timeline(per, Kind.ENTITY, keys.toArray(new String[0])).setName(partners.name() + " per " + per.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Names the matcher found but could not attribute: a partial name (وانغ) with nobody of that
     * name named in full in the article, or fitting two people who are: article, surface,
     * candidates, why, start, end, sentence.
     */
    public Table ambiguous() {
        return EntityTables.ambiguous(articles, entityMentions());
    }

    /**
     * Name-like words that no lexicon entry matched, found after titles such as الرئيس، رئيس
     * الوزراء، وزير الخارجية، نظيره، السفير: candidate, title, count, articles, example. A list to grow
     * the lexicon from.
     */
    public Table candidates() {
        return Candidates.of(articles, analyses(), entityMentions(), stopWords);
    }

    /** The same articles with another theme lexicon (see {@link Lexicon#themes()} for the built-in one). */
    public Corpus withThemes(Lexicon themeLexicon) {
        return new Corpus(shared, rows, stopWords, lexicon, Objects.requireNonNull(themeLexicon, "themeLexicon"), indexPath);
    }

    /** The theme lexicon of this corpus: {@link Lexicon#themes()} unless set with {@link #withThemes}. */
    public Lexicon themeLexicon() {
        return themes == null ? Lexicon.themes() : themes;
    }

    /**
     * One row per theme keyword found: article, date, theme, label, keyword (as in the lexicon),
     * surface, start, end, sentence. A keyword is a whole word or phrase, never part of a word; the
     * longest keyword wins, so أمن الصحة العامة is health and not also security.
     */
    public Table themeMentions() {
        return EntityTables.themeMentions(articles, themeMatches());
    }

    /**
     * Mentions per period, for every theme and the ten most mentioned entities: period, period_start,
     * kind (entity or theme), key, label, label_ar, mentions, articles (naming the key), period_articles,
     * tokens (of all the period's articles), per_1k. Every period from the first to the last dated
     * article has its rows, empty ones with zeros; mentions in undated articles are in rows whose
     * period is {@code undated}.
     */
    public Table timeline(Per per) {
        LinkedHashMap<String, String[]> keys = new LinkedHashMap<>();
        keys.putAll(timelineKeys(Kind.THEME, Integer.MAX_VALUE));
        keys.putAll(timelineKeys(Kind.ENTITY, 10));
        return timeline(per, keys);
    }

    /** The timeline of every theme ({@link Kind#THEME}) or every entity ({@link Kind#ENTITY}). */
    public Table timeline(Per per, Kind kind) {
        return timeline(per, timelineKeys(kind, Integer.MAX_VALUE));
    }

    /**
     * The timeline of the given keys of one kind: {@code c.timeline(Per.YEAR, Kind.ENTITY, "TJ", "KZ")}
     * or {@code c.timeline(Per.QUARTER, Kind.THEME, "health", "digital")}. A key that nothing in the
     * corpus mentions still gets its rows, with zeros.
     *
     * @throws NewsTablesException when a key is neither mentioned nor in the kind's lexicon
     */
    public Table timeline(Per per, Kind kind, String... keys) {
        Lexicon l = kindLexicon(kind);
        LinkedHashMap<String, String[]> chosen = new LinkedHashMap<>();
        Map<String, String[]> found = kind == Kind.ENTITY ? foundEntityLabels() : Map.of();
        for (String key : keys) {
            String[] labels = found.get(key);
            if (labels == null) {
                // Not mentioned: the lexicon knows it (it gets rows of zeros) or says it has no such entry.
                labels = new String[] {l.entry(key).label(), l.entry(key).labelAr()};
            }
            chosen.put(key, new String[] {kind.column(), labels[0], labels[1]});
        }
        return timeline(per, chosen);
    }

    /** Label and Arabic label of every entity mentioned, people found in the text included. */
    private Map<String, String[]> foundEntityLabels() {
        Table e = entities();
        Map<String, String[]> out = new java.util.HashMap<>();
        for (int i = 0; i < e.rowCount(); i++) {
            out.put(e.stringColumn("entity").get(i), new String[] {e.stringColumn("label").get(i),
                    e.stringColumn("label_ar").get(i)});
        }
        return out;
    }

    /**
     * Entities and themes named in the same sentence: kind (entity-theme or entity-entity), entity,
     * entity_label, other (a theme or an entity, as kind says), other_label, entity_label_ar,
     * other_label_ar, sentences, articles.
     */
    public Table cooccurrence() {
        return Cooccurrence.of(entityMentions(), themeMatches());
    }

    private Lexicon kindLexicon(Kind kind) {
        return java.util.Objects.requireNonNull(kind, "kind") == Kind.ENTITY ? lexicon() : themeLexicon();
    }

    private LinkedHashMap<String, String[]> timelineKeys(Kind kind, int limit) {
        LinkedHashMap<String, String[]> keys = new LinkedHashMap<>();
        if (java.util.Objects.requireNonNull(kind, "kind") == Kind.THEME) {
            for (org.newstables.lexicon.Entry e : themeLexicon().entries()) {
                keys.put(e.key(), new String[] {"theme", e.label(), e.labelAr()});
            }
            return keys;
        }
        Table entities = entities();
        for (int i = 0; i < Math.min(limit, entities.rowCount()); i++) {
            String key = entities.stringColumn("entity").get(i);
            keys.put(key, new String[] {"entity", entities.stringColumn("label").get(i), entities.stringColumn("label_ar").get(i)});
        }
        return keys;
    }

    private Table timeline(Per per, LinkedHashMap<String, String[]> keys) {
        // Keep each key's own kind: an entity and a theme may share a key only if asked for by kind.
        Map<String, Integer> position = new java.util.HashMap<>();
        for (String key : keys.keySet()) {
            position.put(key, position.size());
        }
        it.unimi.dsi.fastutil.ints.IntArrayList mentionArticles = new it.unimi.dsi.fastutil.ints.IntArrayList();
        it.unimi.dsi.fastutil.ints.IntArrayList mentionKeys = new it.unimi.dsi.fastutil.ints.IntArrayList();
        List<Map<org.newstables.lexicon.Entry, Integer>> keyOfEntry = List.of(new java.util.IdentityHashMap<>(),
                new java.util.IdentityHashMap<>());
        List<Mentions> both = List.of(entityMentions(), themeMatches());
        List<String> kinds = List.of("entity", "theme");
        for (int a = 0; a < articles.size(); a++) {
            for (int m = 0; m < 2; m++) {
                Mentions mentions = both.get(m);
                String kind = kinds.get(m);
                for (int i = 0, n = mentions.resolvedCount(a); i < n; i++) {
                    int k = keyOfEntry.get(m).computeIfAbsent(mentions.entry(a, i), e -> {
                        String[] wanted = keys.get(e.key());
                        return wanted != null && wanted[0].equals(kind) ? position.get(e.key()) : -1;
                    });
                    if (k >= 0) {
                        mentionArticles.add(a);
                        mentionKeys.add(k);
                    }
                }
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        articles.forEach(x -> dates.add(x.date()));
        int[] tokens = analyses().stream().mapToInt(AnalyzedText::size).toArray();
        return Timeline.of(per, dates, tokens, mentionArticles.elements(), mentionKeys.elements(), mentionArticles.size(), keys);
    }

    /**
     * Searches the corpus with Lucene's query syntax — words, {@code "phrases"}, AND, OR, NOT,
     * wildcards, fields ({@code title:شي}, {@code dateline:Beijing}, {@code date:[2020-01-01 TO 2021-12-31]})
     * — analysed as the tables are, so تعاون finds والتعاون: article, title, date, score, snippet
     * (the hits between ⟦ and ⟧, highlighted in notebooks). The index is built once, on first use.
     * <pre>{@code c.search("\"الذكاء الاصطناعي\"")}</pre>
     */
    public Table search(String query) {
        return search(query, 100);
    }

    /** {@link #search(String)} returning at most {@code limit} articles. */
    public Table search(String query, int limit) {
        return index().search(query, limit);
    }

    /** The same corpus with its search index on disk at {@code folder} (for corpora too large for memory). */
    public Corpus withIndexAt(Path folder) {
        return new Corpus(shared, rows, stopWords, lexicon, themes, Objects.requireNonNull(folder, "folder"));
    }

    /**
     * Keyword in context: every occurrence of a word or phrase, matched on its normalized and
     * stemmed form (تعاون finds التعاون، والتعاون، للتعاون), with {@code window} tokens on each side:
     * article, date, left, match, right, start, end, sentence; by date, then position.
     */
    public Table kwic(String pattern, int window) {
        return Concordance.kwic(articles, analyses(), shared.vocabulary, pattern, window);
    }

    /** {@link #kwic(String, int)} with six tokens of context. */
    public Table kwic(String pattern) {
        return kwic(pattern, 6);
    }

    /**
     * The terms found within {@code window} tokens of a word or phrase, with counts and
     * association scores (PMI and log-likelihood), as AntConc's collocates.
     */
    public Table collocations(String term, int window) {
        return Concordance.collocations(analyses(), shared.vocabulary, termIndex(), stopWords, term, window);
    }

    /** {@link #collocations(String, int)} within five tokens. */
    public Table collocations(String term) {
        return collocations(term, 5);
    }

    /** Where in each article the words or phrases occur: article, term, position, relative, start, end. */
    public Table dispersion(String... terms) {
        return Concordance.dispersion(articles, analyses(), shared.vocabulary, terms);
    }

    /**
     * What made this corpus's tables, so that a result can be reproduced and cited: setting, value —
     * the NewsTables, Lucene and Java versions, the analysis chain, the stop list and both lexicons,
     * each with its size and a SHA-256 fingerprint of its content. The same input with the same
     * settings gives byte-identical tables, whatever the number of threads.
     */
    public Table settings() {
        StringColumn setting = StringColumn.create("setting");
        StringColumn value = StringColumn.create("value");
        java.util.function.BiConsumer<String, String> add = (k, v) -> {
            setting.append(k);
            value.append(v);
        };
        add.accept("newstables", Settings.version());
        add.accept("lucene", org.apache.lucene.util.Version.LATEST.toString());
        add.accept("java", System.getProperty("java.version"));
        add.accept("tokenizer", "Lucene StandardTokenizer (Unicode word boundaries)");
        add.accept("normalizer", "NewsTables TextNormalizer: Unicode NFKC of compatibility forms (ICU4J "
                + com.ibm.icu.util.VersionInfo.ICU_VERSION + "), format characters removed, Persian/Urdu/Kurdish letters"
                + " to Arabic, digits to ASCII, Lucene ArabicNormalizer, Latin lower-cased");
        add.accept("clitics", "NewsTables Clitics: proclitic stacks (و ف ب ك ل ال لل) split with the article always,"
                + " without it where the corpus attests the rest; enclitics هما كما هم هن كم نا likewise; "
                + org.newstables.lexicon.ProtectedNames.clitics().size() + " protected words");
        add.accept("stemmer", "Lucene ArabicStemmer suffixes (light stemming) after the clitic split; Snowball English for Latin words");
        add.accept("sentences", "line breaks, and . ! ? ؟ … before white space");
        add.accept("stop_words", stopWords.size() + " words, sha256 " + Settings.sha256(String.join("\n", stopWords.words())));
        Lexicon e = lexicon();
        add.accept("entity_lexicon", e + ", sha256 " + Settings.sha256(e));
        Lexicon t = themeLexicon();
        add.accept("theme_lexicon", t + ", sha256 " + Settings.sha256(t));
        add.accept("articles", String.valueOf(articles.size()));
        add.accept("problems", String.valueOf(shared.problems.size()));
        return Table.create("settings", setting, value);
    }

    /** The stop words this corpus leaves out of its term tables. */
    public StopWords stopWords() {
        return stopWords;
    }

    private List<String> ids() {
        return articles.stream().map(Article::id).collect(Collectors.toList());
    }

    private Mentions entityMentions() {
        return mentions.get();
    }

    private CorpusIndex index() {
        return index.get();
    }

    private Mentions themeMatches() {
        return themeMatches.get();
    }

    private TermIndex termIndex() {
        return termIndex.get();
    }

    /** The analysis of this view's articles, shared with every other view of the same corpus. */
    List<AnalyzedText> analyses() {
        List<AnalyzedText> all = shared.analyses.get();
        if (rows == null) {
            return all;
        }
        List<AnalyzedText> selected = new ArrayList<>(rows.length);
        for (int r : rows) {
            selected.add(all.get(r));
        }
        return selected;
    }

    /** A one-line summary: how many articles, the date range, how many problems. */
    @Override
    public String toString() {
        List<LocalDate> dates = articles.stream().map(Article::date).filter(Objects::nonNull).sorted()
                .collect(Collectors.toList());
        String range = dates.isEmpty() ? "no dates"
                : dates.get(0) + " to " + dates.get(dates.size() - 1);
        return "Corpus of " + articles.size() + " articles (" + range + "), " + shared.problems.size() + " problems";
    }
}

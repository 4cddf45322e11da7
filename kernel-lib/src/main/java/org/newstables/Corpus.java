package org.newstables;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.newstables.corpus.Article;
import org.newstables.corpus.CorpusReader;
import org.newstables.corpus.Problem;
import org.newstables.corpus.RemovedLine;
import org.newstables.text.AnalyzedText;
import org.newstables.text.TextAnalyzer;
import tech.tablesaw.api.DateColumn;
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

    private final List<Article> articles;
    private final List<Problem> problems;
    private volatile List<AnalyzedText> analyses;

    Corpus(CorpusReader.Loaded loaded) {
        this.articles = List.copyOf(loaded.articles());
        this.problems = List.copyOf(loaded.problems());
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
     * One row per article: id, title, date (of the reported event), published, published_time,
     * date_source (metadata, text or none), dateline, source, language, sentences, tokens, text,
     * then any extra metadata columns, then file (where it was read from), encoding and
     * removed_lines (how many lines of web-page debris cleaning took out; see {@link #removed()}).
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

    /** Everything that was skipped or looked wrong while loading: source, problem. */
    public Table problems() {
        StringColumn source = StringColumn.create("source");
        StringColumn problem = StringColumn.create("problem");
        for (Problem p : problems) {
            source.append(p.source());
            problem.append(p.problem());
        }
        return Table.create("problems", source, problem);
    }

    /** The problems as a list. */
    public List<Problem> problemList() {
        return problems;
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

    /** The analysis of every article's text, computed once, in parallel, on first use. */
    List<AnalyzedText> analyses() {
        List<AnalyzedText> a = analyses;
        if (a == null) {
            synchronized (this) {
                a = analyses;
                if (a == null) {
                    a = articles.parallelStream()
                            .map(x -> TextAnalyzer.analyze(x.text()))
                            .collect(Collectors.toUnmodifiableList());
                    analyses = a;
                }
            }
        }
        return a;
    }

    /** A one-line summary: how many articles, the date range, how many problems. */
    @Override
    public String toString() {
        List<LocalDate> dates = articles.stream().map(Article::date).filter(Objects::nonNull).sorted()
                .collect(Collectors.toList());
        String range = dates.isEmpty() ? "no dates"
                : dates.get(0) + " to " + dates.get(dates.size() - 1);
        return "Corpus of " + articles.size() + " articles (" + range + "), " + problems.size() + " problems";
    }
}

package org.newstables.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.Article;
import org.newstables.text.TextAnalyzer;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * A Lucene index of a corpus: the text and title analysed by {@link NewsAnalyzer}, the date as a
 * point field (so {@code date:[2020-01-01 TO 2021-12-31]} works), and every metadata column as a
 * text field ({@code dateline:Beijing}, {@code event:"phone call"}). In memory, or on disk at a
 * path the user gives for a large corpus. One index serves a corpus and all its sub-corpora: each
 * document carries its article's row, and a sub-corpus searches with a filter on its rows (so its
 * scores use the whole index's term statistics, as a filtered Lucene or Elasticsearch search does).
 */
@Internal
public final class CorpusIndex implements Closeable {

    /** The start and end marks of a highlighted hit in a snippet; notebooks show them as highlighting. */
    public static final String HIT_START = "\u27E6";
    /** The end mark of a highlighted hit. */
    public static final String HIT_END = "\u27E7";

    private static final String TEXT = "text";
    private static final String ROW = "row";
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final NewsAnalyzer analyzer;

    private CorpusIndex(Directory directory, NewsAnalyzer analyzer) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * Indexes {@code articles} in memory, or on disk at {@code path} when it is not null;
     * {@code sentences} are each article's sentences from its analysis, in the same order. The
     * article at position i is row i of {@link #search(String, int, int[])}.
     *
     * @throws NewsTablesException when the index cannot be written at {@code path}
     */
    public static CorpusIndex build(List<Article> articles, List<org.newstables.text.Sentences> sentences, Path path,
            org.newstables.text.Vocabulary corpus) {
        NewsAnalyzer analyzer = new NewsAnalyzer(corpus);
        try {
            Directory dir = path == null ? new ByteBuffersDirectory() : FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < articles.size(); i++) {
                    Document d = document(articles.get(i), sentences.get(i), analyzer);
                    d.add(new IntPoint(ROW, i));
                    writer.addDocument(d);
                }
            }
            return new CorpusIndex(dir, analyzer);
        } catch (IOException e) {
            throw new NewsTablesException("The search index could not be written"
                    + (path == null ? "" : " at " + path) + " (" + e.getMessage() + "); choose a folder you may write to.", e);
        }
    }

    private static Document document(Article a, org.newstables.text.Sentences sentences, NewsAnalyzer analyzer) {
        Document d = new Document();
        d.add(new StringField("id", a.id(), Field.Store.YES));
        d.add(new TextField("title", a.title(), Field.Store.YES));
        // The text's tokens with a gap between the analysis's sentences, so that phrases stop at them as in the tables.
        Field text = new Field(TEXT, a.text(), TEXT_WITH_OFFSETS);
        text.setTokenStream(new SentenceGapFilter(analyzer.tokenStream(TEXT, a.text()), sentences));
        d.add(text);
        Field words = new TextField(NewsAnalyzer.WORDS, a.text(), Field.Store.NO);
        words.setTokenStream(new SentenceGapFilter(analyzer.tokenStream(NewsAnalyzer.WORDS, a.text()), sentences));
        d.add(words);
        if (a.date() != null) {
            d.add(new LongPoint("date", a.date().toEpochDay()));
            d.add(new StoredField("date_stored", a.date().toEpochDay()));
        }
        d.add(new TextField("dateline", a.dateline(), Field.Store.NO));
        d.add(new TextField("source", a.source(), Field.Store.NO));
        for (Map.Entry<String, String> e : a.extra().entrySet()) {
            if (!e.getKey().equals(TEXT) && !e.getKey().equals("id") && !e.getKey().equals("date")) {
                d.add(new TextField(e.getKey(), e.getValue(), Field.Store.NO));
            }
        }
        return d;
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /**
     * Runs a query in Lucene's syntax (AND, OR, NOT, "phrases", wildcards, field:value,
     * date:[2020-01-01 TO 2021-12-31]) and returns the ranked articles: article, title, date,
     * score, snippet (the hits between ⟦ and ⟧).
     *
     * @throws NewsTablesException when the query is empty, not valid syntax, or too complex to run
     */
    public Table search(String query, int limit) {
        return search(query, limit, null);
    }

    /**
     * {@link #search(String, int)} among the articles at {@code rows} (positions in the indexed list;
     * all when null).
     */
    public Table search(String query, int limit, int[] rows) {
        Query q = parse(query);
        Query among = rows == null ? q : new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(IntPoint.newSetQuery(ROW, rows), BooleanClause.Occur.FILTER).build();
        try {
            TopDocs top = searcher.search(among, Math.max(1, limit));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(HIT_START, HIT_END, " … ", false))
                    .withMaxLength(Integer.MAX_VALUE - 1).build();
            String[] snippets = highlighter.highlight(TEXT, q, top, 2);
            StringColumn article = StringColumn.create("article");
            StringColumn title = StringColumn.create("title");
            DateColumn date = DateColumn.create("date");
            DoubleColumn score = DoubleColumn.create("score");
            StringColumn snippet = StringColumn.create("snippet");
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = searcher.storedFields().document(sd.doc);
                article.append(d.get("id"));
                title.append(d.get("title"));
                var stored = d.getField("date_stored");
                date.append(stored == null ? null : LocalDate.ofEpochDay(stored.numericValue().longValue()));
                score.append(sd.score);
                snippet.append(snippets[i] == null ? "" : snippets[i].strip());
            }
            return Table.create("search", article, title, date, score, snippet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // A regular expression or wildcard too complex to run (Lucene bounds their automata).
            throw new NewsTablesException("The query '" + query + "' could not be run (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().split("\n")[0])
                    + "). Simplify its wildcards or regular expressions.", e);
        }
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new NewsTablesException("The search query is empty; write words, \"a phrase\", or field:value.");
        }
        QueryParser parser = new QueryParser(TEXT, analyzer) {
            @Override
            protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                    boolean endInclusive) throws ParseException {
                if (field.equals("date")) {
                    long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1) + (startInclusive ? 0 : 1);
                    long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2) - (endInclusive ? 0 : 1);
                    return LongPoint.newRangeQuery("date", from, to);
                }
                return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
            }

            // Wildcards are not analysed: on the text they run over normalized words, not stems.
            @Override
            protected Query getWildcardQuery(String field, String termStr) throws ParseException {
                return field.equals(TEXT) ? super.getWildcardQuery(NewsAnalyzer.WORDS, TextAnalyzer.norm(termStr))
                        : super.getWildcardQuery(field, termStr);
            }

            @Override
            protected Query getPrefixQuery(String field, String termStr) throws ParseException {
                return field.equals(TEXT) ? super.getPrefixQuery(NewsAnalyzer.WORDS, TextAnalyzer.norm(termStr))
                        : super.getPrefixQuery(field, termStr);
            }

            @Override
            protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
                if (field.equals("date")) {
                    return LongPoint.newExactQuery("date", day(queryText));
                }
                return super.getFieldQuery(field, queryText, quoted);
            }
        };
        parser.setAllowLeadingWildcard(true);
        try {
            return parser.parse(query);
        } catch (ParseException | IllegalArgumentException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
            throw new NewsTablesException("The query '" + query + "' is not valid Lucene syntax (" + m
                    + "). Quote phrases as \"الحزام والطريق\", write dates as date:[2020-01-01 TO 2021-12-31],"
                    + " and escape special characters with \\\\.", e);
        }
    }

    private static long day(String iso) throws ParseException {
        try {
            return LocalDate.parse(iso.strip().toLowerCase(Locale.ROOT)).toEpochDay();
        } catch (RuntimeException e) {
            throw new ParseException("'" + iso + "' is not a date like 2021-06-02");
        }
    }

    /** How many articles are indexed. */
    public int size() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

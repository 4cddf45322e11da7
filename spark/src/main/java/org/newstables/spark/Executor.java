package org.newstables.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newstables.Lexicon;
import org.newstables.corpus.Article;
import org.newstables.corpus.ArticleTables;
import org.newstables.corpus.CorpusReader;
import org.newstables.corpus.Origin;
import org.newstables.corpus.Problem;
import org.newstables.lexicon.Cooccurrence;
import org.newstables.lexicon.EntityTables;
import org.newstables.lexicon.Mentions;
import org.newstables.pipeline.ArticlePipeline;
import org.newstables.terms.Ngrams;
import org.newstables.text.AnalyzedText;
import org.newstables.text.StopWords;
import org.newstables.text.Vocabulary;
import tech.tablesaw.api.Table;

/**
 * What runs on an executor, one partition at a time: the articles built from their documents, the
 * two passes of the per-article pipeline, and the partition's rows and partial counts. The pipeline
 * (lexicon tries, Lucene analyzers: nothing of it is serialisable) is built once per executor JVM,
 * on first use, and shared by its tasks (it is thread-safe).
 */
final class Executor {

    /** The columns of the core's articles table before its extra metadata columns, and after them. */
    static final int FIXED = 15;
    static final int TRAILING = 3;
    /** Where an articles row has its date and its text: their places in the core's articles table. */
    static final int DATE;
    static final int TEXT;

    static {
        Table articles = ArticleTables.articles(List.of(), new int[0], new int[0]);
        DATE = articles.columnIndex("date");
        TEXT = articles.columnIndex("text");
    }

    private static volatile ArticlePipeline pipeline;

    private Executor() {
    }

    /** This JVM's pipeline of the built-in lexicons, as {@code Corpus} makes it. */
    static ArticlePipeline pipeline() {
        ArticlePipeline p = pipeline;
        if (p == null) {
            synchronized (Executor.class) {
                p = pipeline;
                if (p == null) {
                    Lexicon entities = Lexicon.entities();
                    p = new ArticlePipeline(entities.matcher(), entities.finder(), Lexicon.themes().matcher());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** The articles of {@code docs}, built one by one: a document that breaks the build is a problem, not a failed job. */
    static List<Article> articles(List<Doc> docs, String textField, LocalDate today, List<Problem> problems) {
        List<Article> out = new ArrayList<>(docs.size());
        for (Doc d : docs) {
            try {
                CorpusReader.Loaded l = CorpusReader.articles(List.of(d.source()), textField, today);
                out.addAll(l.articles());
                problems.addAll(l.problems());
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(failed(new Origin(d.file, d.unit, d.number), "reading", e));
            }
        }
        return out;
    }

    /**
     * The articles of a partition's documents that its analysis kept ({@code part}'s): built again,
     * without the pipeline, for what needs only their texts (the near-duplicates).
     */
    static List<Article> articles(List<Doc> docs, String textField, LocalDate today, Part part) {
        List<Article> articles = articles(docs, textField, today, new ArrayList<>());
        for (int a = part.dropped.length - 1; a >= 0; a--) {
            articles.remove(part.dropped[a]);
        }
        return articles;
    }

    private static Problem failed(Origin origin, String step, Throwable e) {
        return new Problem(origin, Problem.Kind.NOT_READ, "not read: " + step + " it failed (" + e
                + "); the other articles are analysed.");
    }

    private static Origin origin(Article a) {
        // The article's file and row, as its origin says them (a path, or "path row n").
        return Origin.of(a.origin());
    }

    /** Step 1 for the articles, each on its own: an article whose analysis fails is dropped with a problem. */
    private static List<AnalyzedText> texts(List<Article> articles, Vocabulary v, List<Problem> problems) {
        List<AnalyzedText> texts = new ArrayList<>(articles.size());
        for (Iterator<Article> it = articles.iterator(); it.hasNext();) {
            Article a = it.next();
            try {
                texts.add(ArticlePipeline.text(a, v));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(failed(origin(a), "analysing", e));
                it.remove();
            }
        }
        return texts;
    }

    /** Pass 1: the partition's counts for settling the stems ({@link ArticlePipeline#attestation}). */
    static Map<String, int[]> attestation(List<Doc> docs, String textField, LocalDate today) {
        List<Problem> ignored = new ArrayList<>();
        List<Article> articles = articles(docs, textField, today, ignored);
        Vocabulary v = new Vocabulary();
        List<AnalyzedText> texts = texts(articles, v, ignored);
        return ArticlePipeline.attestation(v, texts);
    }

    /**
     * Pass 2: the partition's rows, and what the corpus keeps of it, its stems settled with the
     * whole corpus's counts.
     */
    static Rows analyse(int index, List<Doc> docs, String textField, LocalDate today, Map<String, int[]> attestation) {
        Rows rows = new Rows(index);
        Part part = rows.part;
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = articles(docs, textField, today, problems);
        List<Article> built = List.copyOf(articles);
        Vocabulary v = new Vocabulary();
        List<AnalyzedText> texts = texts(articles, v, problems);
        ArticlePipeline.settle(v, attestation);
        ArticlePipeline p = pipeline();
        Mentions entities;
        Mentions themes;
        try {
            entities = p.entityMentions(texts);
            themes = p.themeMentions(texts);
        } catch (RuntimeException | StackOverflowError e) {
            // Find the articles that break matching, list them, and match the others.
            for (int a = articles.size() - 1; a >= 0; a--) {
                try {
                    p.entityMentions(List.of(texts.get(a)));
                    p.themeMentions(List.of(texts.get(a)));
                } catch (RuntimeException | StackOverflowError bad) {
                    problems.add(failed(origin(articles.get(a)), "finding the names in", bad));
                    articles.remove(a);
                    texts.remove(a);
                }
            }
            entities = p.entityMentions(texts);
            themes = p.themeMentions(texts);
        }
        java.util.Set<Article> analysed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        analysed.addAll(articles);
        part.dropped = java.util.stream.IntStream.range(0, built.size()).filter(a -> !analysed.contains(built.get(a)))
                .toArray();
        for (Problem x : problems) {
            part.problems.add(new Object[] {x.origin().file(), x.origin().unit(), x.origin().number(), x.kind().name(),
                x.problem()});
        }
        int[] sentences = texts.stream().mapToInt(t -> t.sentences().count()).toArray();
        int[] tokens = texts.stream().mapToInt(AnalyzedText::size).toArray();
        Table table = ArticleTables.articles(articles, sentences, tokens);
        part.day = new int[articles.size()];
        part.tokens = tokens;
        List<String> ids = new ArrayList<>(articles.size());
        for (Object[] row : Tables.rows(table)) {
            LocalDate date = (LocalDate) row[DATE];
            part.day[rows.articles.size()] = date == null ? Part.UNDATED : (int) date.toEpochDay();
            ids.add((String) row[0]);
            rows.articles.add(articleRow(row, table));
        }
        Table mentions = EntityTables.mentions(articles, entities, "mentions");
        rows.mentions.addAll(Tables.rows(mentions));
        part.mentions = coded(ids, rows.mentions, mentions, "entity");
        Table themeMentions = EntityTables.themeMentions(articles, themes);
        rows.themeMentions.addAll(Tables.rows(themeMentions));
        part.themes = coded(ids, rows.themeMentions, themeMentions, "theme");
        rows.dates.addAll(Tables.rows(ArticleTables.dates(articles)));
        part.entities.addAll(Tables.rows(EntityTables.entities(articles, entities), index));
        part.cooccurrence.addAll(Tables.rows(Cooccurrence.of(entities, themes), index));
        boolean[] isStop = v.stopMask(StopWords.defaults());
        terms(rows, articles, texts, v, isStop);
        runs(part, texts, isStop);
        return rows;
    }

    /**
     * A mentions table's rows (in article order) coded article by article: the key in column {@code
     * keyColumn}, its type and labels (when the table has them) and the sentence.
     */
    private static Part.Coded coded(List<String> ids, List<Object[]> rows, Table table, String keyColumn) {
        int key = table.columnIndex(keyColumn);
        int sentence = table.columnIndex("sentence");
        boolean labelled = table.columnNames().contains("type");
        Part.Coded c = new Part.Coded();
        Part.Codes keys = new Part.Codes();
        List<String[]> labels = new ArrayList<>();
        c.from = new int[ids.size() + 1];
        c.key = new int[rows.size()];
        c.sentence = new int[rows.size()];
        int r = 0;
        for (int a = 0; a < ids.size(); a++) {
            c.from[a] = r;
            // Rows come in article order; an article's rows are those naming it, consecutive.
            while (r < rows.size() && rows.get(r)[0].equals(ids.get(a))) {
                Object[] row = rows.get(r);
                int k = keys.of((String) row[key]);
                if (k == labels.size()) {
                    labels.add(labelled ? new String[] {(String) row[table.columnIndex("type")],
                        (String) row[table.columnIndex("label")], (String) row[table.columnIndex("label_ar")]} : null);
                }
                c.key[r] = k;
                c.sentence[r] = (Integer) row[sentence];
                r++;
            }
        }
        c.from[ids.size()] = r;
        c.keys = keys.strings();
        if (labelled) {
            c.types = labels.stream().map(l -> l[0]).toArray(String[]::new);
            c.labels = labels.stream().map(l -> l[1]).toArray(String[]::new);
            c.labelsAr = labels.stream().map(l -> l[2]).toArray(String[]::new);
        }
        return c;
    }

    /** An articles-table row with its extra metadata columns folded into one map, after the fixed columns. */
    private static Object[] articleRow(Object[] row, Table table) {
        int extras = row.length - FIXED - TRAILING;
        Object[] out = new Object[FIXED + 1 + TRAILING];
        System.arraycopy(row, 0, out, 0, FIXED);
        LinkedHashMap<String, String> extra = new LinkedHashMap<>();
        for (int c = FIXED; c < FIXED + extras; c++) {
            extra.put(table.column(c).name(), (String) row[c]);
        }
        out[FIXED] = extra;
        System.arraycopy(row, FIXED + extras, out, FIXED + 1, TRAILING);
        return out;
    }

    /**
     * The partition's term rows (per article), and its counts of each term and of each written form
     * of a term, counted as the core's TermIndex counts.
     */
    private static void terms(Rows rows, List<Article> articles, List<AnalyzedText> texts, Vocabulary v,
            boolean[] isStop) {
        long[] wordCounts = new long[v.size()];
        Part.Codes terms = new Part.Codes();
        long[] termCount = new long[v.size()];
        int[] termArticles = new int[v.size()];
        for (int a = 0; a < texts.size(); a++) {
            AnalyzedText t = texts.get(a);
            Map<String, int[]> counts = new HashMap<>();
            for (int i = 0; i < t.size(); i++) {
                int w = t.word(i);
                if (!isStop[w]) {
                    wordCounts[w]++;
                    counts.computeIfAbsent(v.stem(w), k -> new int[1])[0]++;
                }
            }
            String id = articles.get(a).id();
            counts.forEach((term, n) -> {
                rows.terms.add(new Object[] {id, term, n[0], t.size()});
                int code = terms.of(term);
                termCount[code] += n[0];
                termArticles[code]++;
            });
        }
        Part part = rows.part;
        part.terms = terms.strings();
        part.termCount = java.util.Arrays.copyOf(termCount, terms.size());
        part.termArticles = java.util.Arrays.copyOf(termArticles, terms.size());
        List<Integer> forms = new ArrayList<>();
        for (int w = 0; w < wordCounts.length; w++) {
            if (wordCounts[w] > 0) {
                forms.add(w);
            }
        }
        part.surfaceTerm = new int[forms.size()];
        part.surfaces = new String[forms.size()];
        part.surfaceCount = new long[forms.size()];
        for (int f = 0; f < forms.size(); f++) {
            int w = forms.get(f);
            part.surfaceTerm[f] = terms.of(v.stem(w));
            part.surfaces[f] = v.surface(w);
            part.surfaceCount[f] = wordCounts[w];
        }
    }

    /** The partition's runs of content words, cut by the core's rule ({@link Ngrams#runPositions}), coded into {@code part}. */
    private static void runs(Part part, List<AnalyzedText> texts, boolean[] isStop) {
        Part.Codes words = new Part.Codes();
        List<String> normalized = new ArrayList<>();
        IntList runWords = new IntList();
        IntList runStarts = new IntList();
        runStarts.add(0);
        part.articleRuns = new int[texts.size() + 1];
        List<Integer> run = new ArrayList<>();
        for (int a = 0; a < texts.size(); a++) {
            AnalyzedText t = texts.get(a);
            int[] positions = Ngrams.runPositions(t, isStop);
            for (int i = 0; i < t.size(); i++) {
                if (positions[i] <= 1) {
                    close(run, t, words, normalized, runWords, runStarts);
                }
                if (positions[i] > 0) {
                    run.add(i);
                }
            }
            close(run, t, words, normalized, runWords, runStarts);
            part.articleRuns[a + 1] = runStarts.size() - 1;
        }
        part.written = new String[words.size()];
        String[] keys = words.strings();
        for (int w = 0; w < keys.length; w++) {
            part.written[w] = keys[w].substring(0, keys[w].indexOf('\u0000'));
        }
        part.normalized = normalized.toArray(new String[0]);
        part.runWords = runWords.toArray();
        part.runStarts = runStarts.toArray();
    }

    private static void close(List<Integer> run, AnalyzedText t, Part.Codes words, List<String> normalized,
            IntList runWords, IntList runStarts) {
        if (run.size() >= 2) {
            for (int i : run) {
                // A word is its written and its normalized form together.
                int w = words.of(t.surface(i) + "\u0000" + t.norm(i));
                if (w == normalized.size()) {
                    normalized.add(t.norm(i));
                }
                runWords.add(w);
            }
            runStarts.add(runWords.size());
        }
        run.clear();
    }

    /** A growing array of ints. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}

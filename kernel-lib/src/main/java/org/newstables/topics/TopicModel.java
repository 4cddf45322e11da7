package org.newstables.topics;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.topics.TopicAssignment;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.LogManager;
import cc.mallet.util.MalletLogger;
import org.newstables.common.Columns;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.Article;
import org.newstables.lexicon.Alias;
import org.newstables.lexicon.Entry;
import org.newstables.terms.TermIndex;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Phrase;
import org.newstables.text.StopWords;
import org.newstables.text.Vocabulary;
import org.newstables.time.Periods;
import org.newstables.time.Timeline;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A topic model of a corpus: latent Dirichlet allocation (Blei, Ng &amp; Jordan 2003) fitted by
 * collapsed Gibbs sampling (Griffiths &amp; Steyvers 2004) with MALLET's {@link ParallelTopicModel}
 * (McCallum 2002; the SparseLDA sampler of Yao, Mimno &amp; McCallum 2009), optionally seeded with
 * the theme lexicon's keywords as quanteda's seededlda is (Watanabe &amp; Zhou 2020; {@code SeededLda}).
 *
 * <p>The words are the corpus's terms — stems, stop words left out, as in {@code terms()} — that
 * have a letter and occur in {@link TopicOptions#minArticles()} articles or more, and with {@link
 * TopicOptions#bigrams()} the bigrams of {@code ngrams(2)} in as many articles ({@code Bigrams}), so
 * every table shows each stem with its most frequent written form. Priors are MALLET's command-line defaults,
 * kept fixed (no hyperparameter optimisation, which is unstable on small corpora): α summing to
 * 5 over the topics, β = 0.01. A seed word's pseudo-count is its frequency in the corpus, as
 * seededlda's default weight (0.01) gives.
 *
 * <p>Deterministic: the same corpus and options give the same tables. MALLET draws every random
 * number from one generator per thread, seeded with {@link TopicOptions#randomSeed()}; on one
 * thread (the default, whatever the machine) the tables never vary. With several threads each
 * samples its share of the articles against the counts of the previous sweep, so the result
 * depends on the number of threads, never on timing ({@code SeededLda} works around MALLET 2.0.8's
 * race there): the same number of threads gives the same tables on any machine, another number
 * other ones (as good, not equal).
 */
public final class TopicModel {

    /** The value of a topic timeline's {@code kind} column. */
    public static final String KIND = "topic";
    /** Dirichlet prior on the topics of an article, summed over the topics: MALLET's default. */
    static final double ALPHA_SUM = 5.0;
    /** Dirichlet prior on the words of a topic: MALLET's default. */
    static final double BETA = 0.01;
    /** How many top words make a topic's label. */
    private static final int LABEL_WORDS = 3;

    static {
        // MALLET's logger class, when first loaded, reads a logging.properties of its own into the
        // JVM's global logging configuration — or, as its jar has none, prints to standard error that
        // it found none. It does neither when the JVM names a logging configuration, so it is loaded
        // with one named, after the JVM's logging is set up as it would be (which reads the name only then).
        LogManager.getLogManager();
        String named = "java.util.logging.config.class";
        synchronized (System.getProperties()) {
            boolean unset = System.getProperty(named) == null;
            try {
                if (unset) {
                    System.setProperty(named, TopicModel.class.getName());
                }
                Class.forName(MalletLogger.class.getName(), true, MalletLogger.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            } finally {
                if (unset) {
                    System.clearProperty(named);
                }
            }
        }
        // MALLET logs each model's settings and progress at INFO: noise in a notebook.
        ParallelTopicModel.logger.setLevel(Level.OFF);
    }

    private final TopicOptions options;
    private final List<String> ids;
    private final List<LocalDate> dates;
    private final int[] tokens;
    /** Topic keys, labels and Arabic labels, in topic order: the seeded themes, then topic1, topic2, … */
    private final String[] keys;
    private final String[] labels;
    private final String[] labelsAr;
    /** Per topic: the top word types, most tokens first, and their weights. */
    private final int[][] topTypes;
    private final double[][] topWeights;
    /** Per type: the term and surface it stands for; per topic, the types that seed it. */
    private final String[] typeTerms;
    private final String[] typeSurfaces;
    private final List<java.util.Set<Integer>> seedTypes;
    /** Per article: tokens modelled, and the tokens assigned to each topic; the topic shares. */
    private final int[] modelled;
    private final int[][] articleTopicTokens;
    private final double[][] shares;
    private final double logLikelihood;
    private final long modelledTokens;
    private final int iterations;

    private TopicModel(TopicOptions options, List<Article> articles, List<AnalyzedText> texts, TermIndex index, Vocabulary v,
            StopWords stop, List<Entry> themes) {
        this.options = options;
        int n = articles.size();
        ids = articles.stream().map(Article::id).toList();
        dates = new ArrayList<>(n);
        articles.forEach(a -> dates.add(a.date()));
        tokens = new int[n];
        for (int a = 0; a < n; a++) {
            tokens[a] = index.tokens(a);
        }
        // The word types: terms with a letter in enough articles, in term order (code points).
        Alphabet alphabet = new Alphabet();
        int[] typeOf = new int[index.size()];
        List<String> terms = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        for (int t = 0; t < index.size(); t++) {
            typeOf[t] = -1;
            if (index.df(t) >= options.minArticles() && index.term(t).codePoints().anyMatch(Character::isLetter)) {
                typeOf[t] = alphabet.lookupIndex(index.term(t));
                terms.add(index.term(t));
                surfaces.add(index.surface(t));
            }
        }
        // Bigrams after the single words, in their term order.
        Bigrams bigrams = options.bigrams() ? new Bigrams(texts, v, stop) : null;
        int[] typeOfBigram = new int[bigrams == null ? 0 : bigrams.terms.length];
        for (int b = 0; b < typeOfBigram.length; b++) {
            typeOfBigram[b] = -1;
            if (bigrams.df[b] >= options.minArticles()) {
                typeOfBigram[b] = alphabet.lookupIndex(bigrams.terms[b]);
                terms.add(bigrams.terms[b]);
                surfaces.add(bigrams.surfaces[b]);
            }
        }
        typeTerms = terms.toArray(new String[0]);
        typeSurfaces = surfaces.toArray(new String[0]);
        if (typeTerms.length == 0) {
            throw new NewsTablesException("The corpus has no terms to model: no word (stop words left out) occurs in "
                    + options.minArticles() + " articles or more of its " + n + ". Load more articles, or lower the"
                    + " threshold: TopicOptions.of(" + Math.max(1, options.k()) + ").minArticles(1).");
        }
        // The seeded topics: each theme with a keyword among the types.
        List<Entry> seededThemes = new ArrayList<>();
        seedTypes = new ArrayList<>();
        for (Entry theme : options.seeded() ? themes : List.<Entry>of()) {
            TreeSet<Integer> seeds = seedTypes(theme, index, v, typeOf);
            if (!seeds.isEmpty()) {
                seededThemes.add(theme);
                seedTypes.add(seeds);
            }
        }
        int topics = seededThemes.size() + options.k();
        if (topics == 0) {
            throw new NewsTablesException("No theme keyword occurs among the corpus's modelled terms, so there is no seeded"
                    + " topic; ask for unseeded ones as well: TopicOptions.seeded(5).");
        }
        for (int k = 0; k < options.k(); k++) {
            seedTypes.add(java.util.Set.of());
        }
        // Per article, its modelled tokens as types, grouped by term (order does not matter to LDA).
        InstanceList instances = new InstanceList(alphabet, null);
        long[] typeTotals = new long[typeTerms.length];
        for (int a = 0; a < n; a++) {
            IntArrayList features = new IntArrayList();
            addFeatures(features, index.termIds(a), index.termCounts(a), typeOf);
            if (bigrams != null) {
                addFeatures(features, bigrams.articleIds[a], bigrams.articleCounts[a], typeOfBigram);
            }
            int[] types = features.toIntArray();
            for (int type : types) {
                typeTotals[type]++;
            }
            instances.add(new Instance(new FeatureSequence(alphabet, types), null, ids.get(a), null));
        }
        int[][] pseudo = new int[typeTerms.length][];
        // MALLET packs a count and a topic into one int: a count over this limit would overflow it.
        int limit = (Integer.MAX_VALUE >> 2) / Integer.highestOneBit(topics);
        for (int k = 0; k < seededThemes.size(); k++) {
            for (int type : seedTypes.get(k)) {
                if (pseudo[type] == null) {
                    pseudo[type] = new int[topics];
                }
                pseudo[type][k] = (int) Math.min(limit, typeTotals[type]);
            }
        }
        ParallelTopicModel model = new SeededLda(topics, ALPHA_SUM, BETA, pseudo, options.threads());
        model.setRandomSeed(options.randomSeed());
        iterations = options.iterationsFor(java.util.Arrays.stream(typeTotals).sum());
        model.setNumIterations(iterations);
        model.setTopicDisplay(0, options.words());
        model.optimizeInterval = 0;
        model.printLogLikelihood = false;
        model.addInstances(instances);
        try {
            model.estimate();
        } catch (IOException e) {
            // estimate() writes files only when asked to save its state, which we never ask.
            throw new java.io.UncheckedIOException(e);
        }
        logLikelihood = model.modelLogLikelihood();
        // The counts of the final sample: tokens of each type and of each article in each topic.
        int[][] typeTopic = new int[topics][typeTerms.length];
        int[] topicTotals = new int[topics];
        modelled = new int[n];
        long tokenSum = 0;
        articleTopicTokens = new int[n][];
        shares = new double[n][];
        for (int a = 0; a < n; a++) {
            TopicAssignment assignment = model.getData().get(a);
            FeatureSequence words = (FeatureSequence) assignment.instance.getData();
            int[] topicOf = assignment.topicSequence.getFeatures();
            int[] perTopic = new int[topics];
            for (int i = 0; i < words.getLength(); i++) {
                typeTopic[topicOf[i]][words.getIndexAtPosition(i)]++;
                topicTotals[topicOf[i]]++;
                perTopic[topicOf[i]]++;
            }
            modelled[a] = words.getLength();
            tokenSum += words.getLength();
            articleTopicTokens[a] = perTopic;
            shares[a] = model.getTopicProbabilities(a);
        }
        modelledTokens = tokenSum;
        keys = new String[topics];
        labels = new String[topics];
        labelsAr = new String[topics];
        topTypes = new int[topics][];
        topWeights = new double[topics][];
        for (int k = 0; k < topics; k++) {
            int[] counts = typeTopic[k];
            // Most tokens first; equal counts in term order, so that the tables never vary.
            int[] top = java.util.stream.IntStream.range(0, counts.length).filter(type -> counts[type] > 0).boxed()
                    .sorted((x, y) -> counts[x] != counts[y] ? Integer.compare(counts[y], counts[x]) : Integer.compare(x, y))
                    .limit(options.words()).mapToInt(Integer::intValue).toArray();
            topTypes[k] = top;
            topWeights[k] = new double[top.length];
            for (int r = 0; r < top.length; r++) {
                // φ of the final sample, from the tokens alone (a seed word's pseudo-count left out).
                topWeights[k][r] = (counts[top[r]] + BETA) / (topicTotals[k] + typeTerms.length * BETA);
            }
            StringBuilder words = new StringBuilder();
            for (int r = 0; r < Math.min(LABEL_WORDS, top.length); r++) {
                words.append(r == 0 ? "" : "، ").append(typeSurfaces[top[r]]);
            }
            if (k < seededThemes.size()) {
                Entry theme = seededThemes.get(k);
                keys[k] = theme.key();
                labels[k] = theme.label();
                labelsAr[k] = theme.labelAr();
            } else {
                keys[k] = "topic" + (k - seededThemes.size() + 1);
                labels[k] = words.toString();
                labelsAr[k] = words.toString();
            }
        }
    }

    /** Appends {@code counts[j]} times the type of term {@code terms[j]}, for each term that has one. */
    private static void addFeatures(IntArrayList features, int[] terms, int[] counts, int[] typeOf) {
        for (int j = 0; j < terms.length; j++) {
            int type = typeOf[terms[j]];
            for (int c = 0; type >= 0 && c < counts[j]; c++) {
                features.add(type);
            }
        }
    }

    /**
     * Fits a model of {@code articles} (analysed as {@code texts}, whose terms without {@code stop}
     * words {@code index} counts, with {@code vocabulary}):
     * {@code options.k()} topics, and with {@link TopicOptions#seeded()} one more per theme of
     * {@code themes} that has a keyword among the modelled terms.
     *
     * @throws NewsTablesException when no term occurs in enough articles, or no topic would be left
     */
    public static TopicModel fit(List<Article> articles, List<AnalyzedText> texts, TermIndex index, Vocabulary vocabulary,
            StopWords stop, List<Entry> themes, TopicOptions options) {
        return new TopicModel(java.util.Objects.requireNonNull(options, "options"), articles, texts, index, vocabulary, stop,
                themes);
    }

    /**
     * The word types a theme's keywords stand for: the stems of its one-word keywords (a phrase's
     * words alone would seed words such as العامة or مجلس that belong to no theme).
     */
    private static TreeSet<Integer> seedTypes(Entry theme, TermIndex index, Vocabulary v, int[] typeOf) {
        TreeSet<Integer> out = new TreeSet<>();
        for (Alias alias : theme.aliases()) {
            int[] stems = Phrase.of(alias.text(), v).stems();
            if (stems.length == 1 && stems[0] >= 0) {
                int term = index.id(v.form(stems[0]));
                if (term >= 0 && typeOf[term] >= 0) {
                    out.add(typeOf[term]);
                }
            }
        }
        return out;
    }

    /** The options the model was fitted with. */
    public TopicOptions options() {
        return options;
    }

    /** The ids of the articles modelled, in order. */
    public List<String> articleIds() {
        return ids;
    }

    /** How many topics: the seeded themes and the {@code k} others. */
    public int size() {
        return keys.length;
    }

    /**
     * The top words of each topic: topic (the theme's key, or topic1, topic2, …), label, label_ar
     * (the theme's labels, or the topic's three top words), rank (1 = most tokens), term (a stem),
     * surface (its most frequent written form), weight (the share of the topic's tokens that are
     * the term, smoothed by β: φ), seed (whether the term is a keyword of the topic's theme: the
     * rows with false are what the model adds to a theme).
     */
    public Table terms() {
        StringColumn topic = StringColumn.create("topic");
        StringColumn label = StringColumn.create(Columns.LABEL);
        StringColumn labelAr = StringColumn.create(Columns.LABEL_AR);
        IntColumn rank = IntColumn.create("rank");
        StringColumn term = StringColumn.create(Columns.TERM);
        StringColumn surface = StringColumn.create("surface");
        DoubleColumn weight = DoubleColumn.create("weight");
        BooleanColumn seed = BooleanColumn.create("seed");
        for (int k = 0; k < keys.length; k++) {
            for (int r = 0; r < topTypes[k].length; r++) {
                int type = topTypes[k][r];
                topic.append(keys[k]);
                label.append(labels[k]);
                labelAr.append(labelsAr[k]);
                rank.append(r + 1);
                term.append(typeTerms[type]);
                surface.append(typeSurfaces[type]);
                weight.append(topWeights[k][r]);
                seed.append(seedTypes.get(k).contains(type));
            }
        }
        return Table.create("topics", topic, label, labelAr, rank, term, surface, weight, seed);
    }

    /**
     * The topic shares of each article with modelled words: article, topic, label, share (θ: the
     * article's tokens in the topic, smoothed by α, over its tokens; an article's shares sum to 1).
     * An article none of whose words is modelled has no rows: a share would be the prior alone.
     */
    public Table shares() {
        StringColumn article = StringColumn.create(Columns.ARTICLE);
        StringColumn topic = StringColumn.create("topic");
        StringColumn label = StringColumn.create(Columns.LABEL);
        DoubleColumn share = DoubleColumn.create("share");
        for (int a = 0; a < ids.size(); a++) {
            if (modelled[a] == 0) {
                continue;
            }
            for (int k = 0; k < keys.length; k++) {
                article.append(ids.get(a));
                topic.append(keys[k]);
                label.append(labels[k]);
                share.append(shares[a][k]);
            }
        }
        return Table.create("topic shares", article, topic, label, share);
    }

    /**
     * The topics per period, as the other timelines count mentions: period, period_start, kind
     * ({@value #KIND}), key, label, label_ar, mentions (tokens in the topic), articles (articles
     * whose largest topic it is), period_articles, tokens (all the period's tokens), per_1k
     * (tokens in the topic per 1,000 tokens), share (the mean topic share of the period's articles
     * with modelled words; NaN when it has none). Every period from the first to the last dated
     * article has rows, empty ones with zeros; undated articles are in the period {@code undated}.
     */
    public Table timeline(Periods per) {
        Timeline.Slots slots = Timeline.slots(java.util.Objects.requireNonNull(per, "per"), dates, tokens);
        int topics = keys.length;
        int[][] counts = new int[topics][slots.count()];
        int[][] largest = new int[topics][slots.count()];
        double[][] shareSums = new double[topics][slots.count()];
        int[] withWords = new int[slots.count()];
        for (int a = 0; a < ids.size(); a++) {
            int slot = slots.slotOf()[a];
            if (modelled[a] == 0) {
                continue;
            }
            withWords[slot]++;
            int top = 0;
            for (int k = 0; k < topics; k++) {
                counts[k][slot] += articleTopicTokens[a][k];
                shareSums[k][slot] += shares[a][k];
                top = shares[a][k] > shares[a][top] ? k : top;
            }
            largest[top][slot]++;
        }
        LinkedHashMap<String, String[]> keyLabels = new LinkedHashMap<>();
        for (int k = 0; k < topics; k++) {
            keyLabels.put(keys[k], new String[] {KIND, labels[k], labelsAr[k]});
        }
        Table t = Timeline.table(per, slots.periods(), slots.tokens(), slots.articles(), counts, largest, keyLabels);
        // The rows come slot by slot, topic by topic within each, the undated slot last and only when it has articles.
        DoubleColumn share = DoubleColumn.create("share");
        int undated = slots.periods().size();
        for (int s = 0; s < slots.count(); s++) {
            if (s == undated && slots.articles()[s] == 0) {
                continue;
            }
            for (int k = 0; k < topics; k++) {
                share.append(withWords[s] == 0 ? Double.NaN : shareSums[k][s] / withWords[s]);
            }
        }
        return t.addColumns(share).setName("topics by " + per.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The log-likelihood of the final sample per modelled token (MALLET's {@code
     * modelLogLikelihood}, which counts a seed word's pseudo-counts as data): it rises as the
     * sampler converges and levels off, so a higher value after more iterations says more were needed.
     */
    public double logLikelihoodPerToken() {
        return modelledTokens == 0 ? 0 : logLikelihood / modelledTokens;
    }

    /** How many Gibbs sampling iterations were run: {@link TopicOptions#iterationsFor} the modelled tokens. */
    public int iterations() {
        return iterations;
    }

    /** How many tokens the model assigns to topics: the articles' terms that are modelled. */
    public long tokens() {
        return modelledTokens;
    }

    /** The keys of the topics, in order, with their label: for a quick look. */
    public Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < keys.length; k++) {
            out.put(keys[k], labels[k]);
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Topic model of %d articles: %d topics, %d terms, %,d tokens, %d iterations,"
                + " log-likelihood %.3f per token", ids.size(), keys.length, typeTerms.length, modelledTokens,
                iterations, logLikelihoodPerToken());
    }
}

package org.newstables.topics;

import org.newstables.common.NewsTablesException;

/**
 * What a topic model is fitted with: {@code c.topicModel(TopicOptions.seeded(5).iterations(500))}.
 * Immutable; each {@code with} method returns a copy. Two equal options on one corpus give one
 * model (it is fitted once and kept).
 *
 * @param k           topics found without seeds: 1 or more (0 or more when {@code seeded})
 * @param seeded      whether the corpus's themes are topics too, seeded with their keywords
 * @param iterations  Gibbs sampling sweeps over every token; 0 (the default) for {@link #AUTO}
 * @param randomSeed  the seed of MALLET's random numbers: the same seed, the same tables
 * @param threads     sampling threads: the same number gives the same tables on any machine,
 *                    another number other ones (see {@link TopicModel})
 * @param words       top words per topic in {@link TopicModel#terms()}
 * @param minArticles the fewest articles a term must occur in to be modelled
 * @param bigrams     whether two neighbouring content words are modelled too, as a word of their
 *                    own ({@code ngrams(2)}'s), beside the single words (MALLET's {@code --gram-sizes 1,2})
 */
public record TopicOptions(int k, boolean seeded, int iterations, int randomSeed, int threads, int words,
        int minArticles, boolean bigrams) {

    /**
     * The iterations by default: MALLET's command-line 1,000 while that is at most a billion token
     * draws (corpora up to a million modelled tokens, some 3,000 news articles), fewer beyond, down
     * to 200 from five million tokens on. A sweep of 100,000 articles (30 million tokens) takes
     * seconds, so 1,000 would take over an hour; past 200, each doubling of the sweeps raised the
     * log-likelihood per token by 0.4% (README, "Topics"): the top words barely move.
     */
    public static final int AUTO = 0;
    /** The fewest iterations {@link #AUTO} chooses. */
    public static final int MIN_AUTO_ITERATIONS = 200;
    /** The most iterations {@link #AUTO} chooses: MALLET's default. */
    public static final int MAX_AUTO_ITERATIONS = 1000;
    /** The token draws {@link #AUTO} allows: iterations × modelled tokens. */
    public static final long AUTO_DRAWS = 1_000_000_000L;
    /** The random seed by default. */
    public static final int RANDOM_SEED = 1;
    /** Top words per topic by default. */
    public static final int WORDS = 10;
    /** By default a term must occur in two articles: a word of one article says nothing about what articles share. */
    public static final int MIN_ARTICLES = 2;

    /** Checks the values, with messages that say what to give instead. */
    public TopicOptions {
        if (k < (seeded ? 0 : 1)) {
            throw new NewsTablesException("A topic model needs " + (seeded ? "0 or more topics beside the themes" : "1 or more topics")
                    + ", not " + k + "; try " + (seeded ? "TopicOptions.seeded(5)." : "TopicOptions.of(10)."));
        }
        if (iterations < 0) {
            throw new NewsTablesException("A topic model needs 1 or more iterations (0 to choose by the corpus's size), not "
                    + iterations + ".");
        }
        if (threads < 1) {
            throw new NewsTablesException("A topic model needs 1 or more threads, not " + threads + ".");
        }
        if (words < 1) {
            throw new NewsTablesException("Show 1 or more words per topic, not " + words + ".");
        }
        if (minArticles < 1) {
            throw new NewsTablesException("minArticles must be 1 or more, not " + minArticles + ".");
        }
    }

    /** {@code k} topics, none seeded, with the defaults: one thread, seed 1, {@link #AUTO} iterations, 10 words. */
    public static TopicOptions of(int k) {
        return new TopicOptions(k, false, AUTO, RANDOM_SEED, 1, WORDS, MIN_ARTICLES, false);
    }

    /** One topic per theme of the corpus's theme lexicon, seeded with its keywords, and {@code k} more. */
    public static TopicOptions seeded(int k) {
        return new TopicOptions(k, true, AUTO, RANDOM_SEED, 1, WORDS, MIN_ARTICLES, false);
    }

    /** These options with {@code n} Gibbs sampling iterations. */
    public TopicOptions iterations(int n) {
        return new TopicOptions(k, seeded, n, randomSeed, threads, words, minArticles, bigrams);
    }

    /** The iterations for a corpus of {@code tokens} modelled tokens: as given, or as {@link #AUTO} chooses. */
    public int iterationsFor(long tokens) {
        if (iterations != AUTO) {
            return iterations;
        }
        return (int) Math.max(MIN_AUTO_ITERATIONS, Math.min(MAX_AUTO_ITERATIONS, AUTO_DRAWS / Math.max(1, tokens)));
    }

    /** These options with another random seed. */
    public TopicOptions randomSeed(int seed) {
        return new TopicOptions(k, seeded, iterations, seed, threads, words, minArticles, bigrams);
    }

    /** These options sampling on {@code n} threads (faster on several cores; other numbers, other tables). */
    public TopicOptions threads(int n) {
        return new TopicOptions(k, seeded, iterations, randomSeed, n, words, minArticles, bigrams);
    }

    /** These options showing {@code n} words per topic. */
    public TopicOptions words(int n) {
        return new TopicOptions(k, seeded, iterations, randomSeed, threads, n, minArticles, bigrams);
    }

    /** These options modelling only the terms that occur in {@code n} articles or more. */
    public TopicOptions minArticles(int n) {
        return new TopicOptions(k, seeded, iterations, randomSeed, threads, words, n, bigrams);
    }

    /** These options with neighbouring content words modelled as bigrams too ({@code true}), or not. */
    public TopicOptions bigrams(boolean on) {
        return new TopicOptions(k, seeded, iterations, randomSeed, threads, words, minArticles, on);
    }
}

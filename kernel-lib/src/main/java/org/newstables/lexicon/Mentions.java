package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newstables.common.CompactInts;
import org.newstables.text.AnalyzedText;

/**
 * The lexicon matches of every article of a corpus, resolved: computed once per corpus and
 * lexicon, in parallel, and shared by the mention, entity, partner and matrix tables.
 */
public final class Mentions {

    /**
     * One article's resolved mentions in columns — nine ints (two bytes each when they fit) — rather
     * than as objects: a corpus of a hundred thousand articles has millions of mentions. The entry
     * and the shared target list of a mention are kept once per article for each distinct pair, and
     * the mention holds the pair's number: an article names the same few entities again and again.
     * {@link #article} rebuilds the records when a view asks for them.
     */
    private static final class Stored {
        /** W ints per mention, most often in two bytes each (offsets and token numbers of one article). */
        final CompactInts ints;
        /** The distinct (entry, target list) pairs of the article's mentions: entry at 2k, its targets at 2k + 1. */
        final Object[] pairs;
        final int size;
        final List<Resolver.Unresolved> unresolved;

        Stored(AnalyzedText t, Resolver.Result r) {
            int n = r.resolved().size();
            int[] ints = new int[W * n];
            Object[] pairs = new Object[8];
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                Resolver.Resolved x = r.resolved().get(i);
                LexiconMatcher.Match m = x.match();
                ints[W * i] = m.first();
                ints[W * i + 1] = m.last();
                ints[W * i + 2] = m.start();
                ints[W * i + 3] = m.end();
                ints[W * i + 4] = m.sentence();
                ints[W * i + 5] = x.titleStart();
                ints[W * i + 6] = x.titleEnd();
                // Read while the article's tokens are in cache, for the tables' surface column.
                ints[W * i + 7] = m.first() == m.last() && m.start() == t.start(m.first()) && m.end() == t.end(m.first())
                        ? t.word(m.first()) : -1;
                // By identity: a lexicon holds each entry once, and the matcher shares each target list.
                // Only the first SHARED pairs are searched, so that a long article of many names costs
                // no more than SHARED comparisons a mention; a pair past them may be kept twice.
                int k = 0;
                int searched = Math.min(distinct, SHARED);
                while (k < searched && (pairs[2 * k] != x.entry() || pairs[2 * k + 1] != m.targets())) {
                    k++;
                }
                if (k == searched) {
                    k = distinct;
                    if (2 * k == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, 4 * k);
                    }
                    pairs[2 * k] = x.entry();
                    pairs[2 * k + 1] = m.targets();
                    distinct++;
                }
                ints[W * i + 8] = k;
            }
            this.ints = CompactInts.of(ints);
            this.pairs = java.util.Arrays.copyOf(pairs, 2 * distinct);
            this.size = n;
            unresolved = r.unresolved().isEmpty() ? List.of() : List.copyOf(r.unresolved());
        }

        Entry entry(int i) {
            return (Entry) pairs[2 * ints.get(W * i + 8)];
        }

        @SuppressWarnings("unchecked")
        List<LexiconMatcher.Target> targets(int i) {
            return (List<LexiconMatcher.Target>) pairs[2 * ints.get(W * i + 8) + 1];
        }

        Resolver.Result result() {
            List<Resolver.Resolved> resolved = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                resolved.add(new Resolver.Resolved(entry(i), new LexiconMatcher.Match(ints.get(W * i), ints.get(W * i + 1),
                        ints.get(W * i + 2), ints.get(W * i + 3), ints.get(W * i + 4), targets(i), false), ints.get(W * i + 5),
                        ints.get(W * i + 6)));
            }
            return new Resolver.Result(Collections.unmodifiableList(resolved), unresolved);
        }
    }

    /**
     * Ints stored per mention: first, last, start, end, sentence, title start, title end, the
     * word id of a mention that is one whole token (-1 for any other), and the number of its
     * (entry, targets) pair in the article.
     */
    private static final int W = 9;

    /** How many of an article's (entry, targets) pairs a mention's pair is looked for among. */
    private static final int SHARED = 64;

    private final List<AnalyzedText> texts;
    private final List<Stored> perArticle;

    private Mentions(List<AnalyzedText> texts, List<Stored> perArticle) {
        this.texts = texts;
        this.perArticle = perArticle;
    }

    /** Matches and resolves {@code texts} with {@code matcher}, in parallel. */
    public static Mentions of(List<AnalyzedText> texts, LexiconMatcher matcher) {
        return of(texts, matcher, null);
    }

    /**
     * Matches and resolves {@code texts} with {@code matcher}, and adds the people {@code finder}
     * finds by their titles (none when it is null), in parallel.
     */
    public static Mentions of(List<AnalyzedText> texts, LexiconMatcher matcher, PersonFinder finder) {
        if (texts.isEmpty()) {
            return new Mentions(texts, List.of());
        }
        // What the matcher and the finder know of each word is fetched once for the corpus (its one vocabulary).
        org.newstables.text.Vocabulary v = texts.get(0).vocabulary();
        LexiconMatcher.Prepared m = matcher.prepare(v);
        PersonFinder.Prepared f = finder == null ? null : finder.prepare(v);
        List<Stored> results = org.newstables.common.Chunks.each(texts.size(), i -> new Stored(texts.get(i),
                texts.get(i).vocabulary() == v ? article(texts.get(i), matcher, m, finder, f)
                        : article(texts.get(i), matcher, finder)));
        return new Mentions(texts, results);
    }

    /** One article's mentions: the per-article step, with no state of the corpus. */
    public static Resolver.Result article(AnalyzedText t, LexiconMatcher matcher, PersonFinder finder) {
        return article(t, matcher, matcher.prepare(t.vocabulary()), finder,
                finder == null ? null : finder.prepare(t.vocabulary()));
    }

    /**
     * One article's mentions with what the matcher and the finder know of its vocabulary worked out
     * already ({@link LexiconMatcher#prepare}, {@link PersonFinder#prepare}): for many articles of one
     * vocabulary, prepared once.
     */
    public static Resolver.Result article(AnalyzedText t, LexiconMatcher matcher, LexiconMatcher.Prepared m,
            PersonFinder finder, PersonFinder.Prepared f) {
        List<LexiconMatcher.Match> matches = matcher.match(t, m);
        return finder == null ? Resolver.resolve(matches) : Resolver.resolve(t, matches, finder.find(t, matches, f));
    }

    /** The resolved and unresolved mentions of article {@code a}. */
    public Resolver.Result article(int a) {
        return perArticle.get(a).result();
    }

    /** How many resolved mentions article {@code a} has. */
    public int resolvedCount(int a) {
        return perArticle.get(a).size;
    }

    /** The entry the {@code i}-th resolved mention of article {@code a} names (no record is made). */
    public Entry entry(int a, int i) {
        return perArticle.get(a).entry(i);
    }

    /** The alias that matched, for the {@code i}-th resolved mention of article {@code a}. */
    public Alias alias(int a, int i) {
        return perArticle.get(a).targets(i).get(0).alias();
    }

    /** Start offset of the {@code i}-th resolved mention of article {@code a}. */
    public int start(int a, int i) {
        return perArticle.get(a).ints.get(W * i + 2);
    }

    /** End offset of the {@code i}-th resolved mention of article {@code a}. */
    public int end(int a, int i) {
        return perArticle.get(a).ints.get(W * i + 3);
    }

    /**
     * The {@code i}-th resolved mention of article {@code a} as written: for a one-word mention the
     * word's shared string from the vocabulary, so that a table of millions of mentions does not
     * copy each out of its text.
     */
    public String surface(int a, int i) {
        Stored s = perArticle.get(a);
        AnalyzedText t = texts.get(a);
        int word = s.ints.get(W * i + 7);
        return word >= 0 ? t.vocabulary().surface(word) : t.text().substring(s.ints.get(W * i + 2), s.ints.get(W * i + 3));
    }

    /**
     * The word id of the {@code i}-th resolved mention of article {@code a} when it is one whole
     * token, -1 otherwise: a table of millions of mentions codes those by id, without hashing their text.
     */
    public int word(int a, int i) {
        return perArticle.get(a).ints.get(W * i + 7);
    }

    /** 1-based sentence of the {@code i}-th resolved mention of article {@code a}. */
    public int sentence(int a, int i) {
        return perArticle.get(a).ints.get(W * i + 4);
    }

    /** Whether a title is written before the {@code i}-th resolved mention of article {@code a}. */
    public boolean titled(int a, int i) {
        return perArticle.get(a).ints.get(W * i + 5) >= 0;
    }

    /**
     * The title written before the {@code i}-th resolved mention of article {@code a} (وزير الخارجية
     * الروسي), as written; "" when there is none.
     */
    public String title(int a, int i) {
        Stored s = perArticle.get(a);
        int start = s.ints.get(W * i + 5);
        return start < 0 ? "" : texts.get(a).text().substring(start, s.ints.get(W * i + 6));
    }

    /** The mentions of articles {@code rows} (indexes into these), in that order, sharing what is stored. */
    public Mentions select(int[] rows) {
        List<AnalyzedText> t = new ArrayList<>(rows.length);
        List<Stored> s = new ArrayList<>(rows.length);
        for (int r : rows) {
            t.add(texts.get(r));
            s.add(perArticle.get(r));
        }
        return new Mentions(Collections.unmodifiableList(t), Collections.unmodifiableList(s));
    }

    /** How many articles. */
    public int articles() {
        return perArticle.size();
    }
}

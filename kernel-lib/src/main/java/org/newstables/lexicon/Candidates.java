package org.newstables.lexicon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstables.corpus.Article;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Clitics;
import org.newstables.text.StopWords;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

/**
 * Candidates for the lexicon: runs of one to three name-like words after a title (الرئيس، وزير
 * الخارجية، نظيره، السفير، الملك …, the built-in title list, {@code Titles}) that nothing attributed — no lexicon
 * entry matched them and {@link PersonFinder} did not take them for a person (one unknown word after
 * an office, an unknown name after a weak title). The title's complements (الخارجية، الروسي، لشؤون)
 * and what the lexicon matched are stepped over; a run stops at a stop word, a word with the
 * article, punctuation and the sentence end.
 *
 * <p>Hand-written: a heuristic for exploring a corpus, not a named-entity recognizer.
 */
@Internal
public final class Candidates {

    private static final Titles TITLES = Titles.builtIn();
    /** Heads of compound names whose next word carries the article: عبد الله، أبو الفضل، نور الدين. */
    private static final Set<String> COMPOUND_HEADS = Set.of("عبد", "ابو", "ابي", "نور", "سيف", "عز", "صلاح");
    private static final int MAX_WORDS = 3;
    private static final int MAX_SKIP = 4;

    private Candidates() {
    }

    /** candidate, title, count, articles, example (the sentence of the first occurrence). */
    public static Table of(List<Article> articles, List<AnalyzedText> texts, Mentions mentions, StopWords stop) {
        // Whether each word of the vocabulary is a title, or could be a word of a name: decided once per word.
        org.newstables.text.Vocabulary v = texts.isEmpty() ? null : texts.get(0).vocabulary();
        int words = v == null ? 0 : v.size();
        boolean[] isNameLike = new boolean[words];
        NameWords nameWords = NameWords.builtIn();
        for (int w = 0; w < words; w++) {
            // Verbs and ordinary words of news (يلتقي، أعلنا، دول، يوم) are no names, whatever follows a title.
            isNameLike[w] = nameLike(v.norm(w), stop) && !nameWords.ordinary(v.norm(w), v.hamzas(w))
                    && !nameWords.verb(v.norm(w), v.hamzas(w));
        }
        // Found in parallel chunks of articles, each with its own counts, then the chunks added up in
        // order: a candidate keeps the title and example of its first occurrence, and the ranking its
        // first-seen order. A serial loop took 1.5 s at 100,000 generated articles on two threads.
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> examples = new HashMap<>();
        for (Found chunk : org.newstables.common.Chunks.map(articles.size(), (from, to) -> {
            Found found = new Found();
            for (int a = from; a < to; a++) {
                find(a, texts.get(a), v, mentions, isNameLike, found);
            }
            return found;
        })) {
            Ranking.add(counts, chunk.counts);
            chunk.titles.forEach(titles::putIfAbsent);
            chunk.examples.forEach(examples::putIfAbsent);
        }
        List<String> keys = Ranking.byFirstCount(counts);
        StringColumn candidate = StringColumn.create("candidate");
        StringColumn title = StringColumn.create("title");
        IntColumn count = IntColumn.create("count");
        IntColumn docs = IntColumn.create("articles");
        StringColumn example = StringColumn.create("example");
        for (String k : keys) {
            candidate.append(k);
            title.append(titles.get(k));
            count.append(counts.get(k)[0]);
            docs.append(counts.get(k)[1]);
            example.append(examples.get(k));
        }
        return Table.create("candidates", candidate, title, count, docs, example);
    }

    /** One chunk's candidates: counts (occurrences, articles) in first-seen order, and each one's first title and example. */
    private static final class Found {
        final Map<String, int[]> counts = new LinkedHashMap<>();
        final Map<String, String> titles = new HashMap<>();
        final Map<String, String> examples = new HashMap<>();
    }

    /** The candidates of article {@code a}, analysed as {@code t}, added to {@code found}. */
    private static void find(int a, AnalyzedText t, org.newstables.text.Vocabulary v, Mentions mentions,
            boolean[] isNameLike, Found found) {
        Map<String, int[]> counts = found.counts;
        Map<String, String> titles = found.titles;
        Map<String, String> examples = found.examples;
        if (t.vocabulary() != v) {
            throw new IllegalArgumentException("article " + a + " was analysed with another vocabulary");
        }
        // The titles' readings of the vocabulary's words, fetched once for the article (under a lock).
        Titles.Readings readings = TITLES.readings(t);
        boolean[] matched = new boolean[t.size()];
        boolean[] nameAt = new boolean[t.size()];
        for (Resolver.Resolved r : mentions.article(a).resolved()) {
            boolean person = r.entry().type() == EntityType.PERSON;
            for (int i = r.match().first(); i <= r.match().last(); i++) {
                matched[i] = true;
                nameAt[i] = person;
            }
        }
        for (Resolver.Unresolved u : mentions.article(a).unresolved()) {
            for (int i = u.match().first(); i <= u.match().last(); i++) {
                matched[i] = true;
            }
        }
        java.util.Set<String> seenHere = new java.util.HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            Titles.Head head = matched[i] ? null : TITLES.headAt(readings, t, i);
            if (head == null) {
                continue;
            }
            int j = head.last() + 1;
            int skipped = 0;
            boolean named = false;
            while (j < t.size() && skipped < MAX_SKIP && LexiconMatcher.joined(t, j - 1, j)
                    && (matched[j] || TITLES.complement(t, j) || TITLES.headAt(readings, t, j) != null
                    || t.norm(j).startsWith(Clitics.ARTICLE) && !isNameLike[t.word(j)])) {
                // A name the matcher or the finder found after the title is the title's: what follows is not.
                named |= matched[j] && nameAt[j];
                j++;
                skipped++;
            }
            if (named) {
                i = j - 1;
                continue;
            }
            int start = j;
            while (j < t.size() && j - start < MAX_WORDS && LexiconMatcher.joined(t, j - 1, j) && !matched[j]
                    && TITLES.headAt(readings, t, j) == null
                    && (isNameLike[t.word(j)] || j > start && COMPOUND_HEADS.contains(t.norm(j - 1)))) {
                j++;
            }
            if (j == start) {
                continue;
            }
            String candidate = t.text().substring(t.start(start), t.end(j - 1));
            int[] c = counts.computeIfAbsent(candidate, k -> new int[2]);
            c[0]++;
            if (seenHere.add(candidate)) {
                c[1]++;
            }
            titles.putIfAbsent(candidate, t.text().substring(t.start(i), t.end(start - 1)));
            examples.computeIfAbsent(candidate, k -> t.text().substring(
                    t.sentences().start(t.sentence(start) - 1), t.sentences().end(t.sentence(start) - 1)));
            i = j - 1;
        }
    }

    /**
     * Whether a word can be part of a name: no stop word, title or word written with ال — nor a
     * short word that only begins with those letters (إلى، إلا، الخ normalize to الي، الا، الخ), so
     * this tests the letters, not {@link Clitics#startsWithArticle}.
     */
    private static boolean nameLike(String norm, StopWords stop) {
        return !stop.contains(norm) && !norm.startsWith(Clitics.ARTICLE) && norm.chars().allMatch(Character::isLetter)
                && norm.length() >= 2 && TITLES.kind(norm) == null;
    }
}

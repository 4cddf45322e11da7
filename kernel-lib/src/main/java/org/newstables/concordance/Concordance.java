package org.newstables.concordance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newstables.common.Internal;
import org.newstables.common.Patterns;
import org.newstables.corpus.Article;
import org.newstables.terms.Keyness;
import org.newstables.terms.TermIndex;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Phrase;
import org.newstables.text.StopWords;
import org.newstables.text.Vocabulary;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Keyword in context, collocates and dispersion: the text behind the counts. */
@Internal
public final class Concordance {

    private Concordance() {
    }

    /**
     * article, date, left, match, right, start, end, sentence: every occurrence of {@code pattern}
     * with {@code window} tokens of context on each side, ordered by date (undated last), then
     * position. {@code text.substring(start, end)} is the match.
     */
    public static Table kwic(List<Article> articles, List<AnalyzedText> texts, Vocabulary corpus, String pattern,
            int window) {
        Phrase p = Phrase.of(pattern, corpus);
        record Hit(int article, int first, int last) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int a = 0; a < texts.size(); a++) {
            for (int i : p.find(texts.get(a))) {
                hits.add(new Hit(a, i, i + p.length() - 1));
            }
        }
        hits.sort(Comparator.comparing((Hit h) -> articles.get(h.article()).date(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparingInt(Hit::article).thenComparingInt(Hit::first));
        StringColumn article = StringColumn.create("article");
        DateColumn date = DateColumn.create("date");
        StringColumn left = StringColumn.create("left");
        StringColumn match = StringColumn.create("match");
        StringColumn right = StringColumn.create("right");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        IntColumn sentence = IntColumn.create("sentence");
        for (Hit h : hits) {
            AnalyzedText t = texts.get(h.article());
            String text = t.text();
            int s = t.start(h.first());
            int e = t.end(h.last());
            int leftFrom = t.start(Math.max(0, h.first() - window));
            int rightTo = t.end(Math.min(t.size() - 1, h.last() + window));
            article.append(articles.get(h.article()).id());
            date.append(articles.get(h.article()).date());
            left.append(oneLine(text.substring(leftFrom, s)));
            match.append(text.substring(s, e));
            right.append(oneLine(text.substring(e, Math.max(e, rightTo))));
            start.append(s);
            end.append(e);
            sentence.append(t.sentence(h.first()));
        }
        return Table.create("kwic", article, date, left, match, right, start, end, sentence);
    }


    private static String oneLine(String s) {
        return Patterns.WHITE_SPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Collocates of {@code pattern} within {@code window} tokens on either side, stop words left
     * out, as AntConc computes them: collocate (a stem), surface, together (co-occurrences in the
     * window), left, right, frequency (of the collocate in the corpus), pmi, log_likelihood. With N the non-stop tokens
     * of the corpus, f(n) the pattern's occurrences, f(c) the term's frequency, O the co-occurrences
     * and span = 2 × window: PMI = log2(O / E) with E = f(n) · f(c) · span / N, and the
     * log-likelihood is Dunning's G² of [[O, f(c) − O], [f(n) · span − O, N − …]]. Most frequent first.
     */
    public static Table collocations(List<AnalyzedText> texts, Vocabulary corpus, TermIndex index, StopWords stop,
            String pattern, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be 1 or more, not " + window);
        }
        Phrase p = Phrase.of(pattern, corpus);
        Map<String, int[]> counts = new HashMap<>();
        long nodes = 0;
        for (AnalyzedText t : texts) {
            for (int i : p.find(t)) {
                nodes++;
                int last = i + p.length() - 1;
                for (int j = i - 1, seen = 0; j >= 0 && seen < window; j--) {
                    if (!stop.contains(t.norm(j))) {
                        counts.computeIfAbsent(t.stem(j), k -> new int[2])[0]++;
                        seen++;
                    }
                }
                for (int j = last + 1, seen = 0; j < t.size() && seen < window; j++) {
                    if (!stop.contains(t.norm(j))) {
                        counts.computeIfAbsent(t.stem(j), k -> new int[2])[1]++;
                        seen++;
                    }
                }
            }
        }
        long n = index.termTokens();
        long span = 2L * window;
        List<String> terms = new ArrayList<>(counts.keySet());
        terms.sort(Comparator.comparingInt((String k) -> -(counts.get(k)[0] + counts.get(k)[1])).thenComparing(k -> k));
        StringColumn term = StringColumn.create(org.newstables.common.Columns.COLLOCATE);
        StringColumn surface = StringColumn.create("surface");
        IntColumn together = IntColumn.create("together");
        IntColumn left = IntColumn.create("left");
        IntColumn right = IntColumn.create("right");
        IntColumn frequency = IntColumn.create("frequency");
        DoubleColumn pmi = DoubleColumn.create("pmi");
        DoubleColumn ll = DoubleColumn.create("log_likelihood");
        for (String k : terms) {
            int o = counts.get(k)[0] + counts.get(k)[1];
            long fc = index.total(k);
            double expected = (double) nodes * fc * span / n;
            long a = o;
            long b = Math.max(0, fc - o);
            long c = Math.max(0, nodes * span - o);
            long d = Math.max(0, n - a - b - c);
            term.append(k);
            surface.append(index.surface(k));
            together.append(o);
            left.append(counts.get(k)[0]);
            right.append(counts.get(k)[1]);
            frequency.append((int) fc);
            pmi.append(Math.log(o / expected) / Math.log(2));
            ll.append(Keyness.logLikelihood(a, b, c, d));
        }
        return Table.create("collocations of " + pattern, term, surface, together, left, right, frequency, pmi, ll);
    }

    /**
     * article, term, position (1-based token), relative (position / tokens), start, end: where each
     * word or phrase occurs in each article, as in quanteda's lexical dispersion plot.
     */
    public static Table dispersion(List<Article> articles, List<AnalyzedText> texts, Vocabulary corpus,
            String... patterns) {
        StringColumn article = StringColumn.create("article");
        StringColumn term = StringColumn.create("term");
        IntColumn position = IntColumn.create("position");
        DoubleColumn relative = DoubleColumn.create("relative");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        for (String raw : patterns) {
            Phrase p = Phrase.of(raw, corpus);
            for (int a = 0; a < texts.size(); a++) {
                AnalyzedText t = texts.get(a);
                for (int i : p.find(t)) {
                    article.append(articles.get(a).id());
                    term.append(raw);
                    position.append(i + 1);
                    relative.append((double) (i + 1) / t.size());
                    start.append(t.start(i));
                    end.append(t.end(i + p.length() - 1));
                }
            }
        }
        return Table.create("dispersion", article, term, position, relative, start, end);
    }
}

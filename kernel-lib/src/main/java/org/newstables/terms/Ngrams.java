package org.newstables.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.newstables.text.AnalyzedText;
import org.newstables.text.StopWords;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * N-grams over runs of content words, made by Lucene's {@link ShingleFilter}: a stop word, a
 * sentence end or punctuation between two words ends a run (it becomes a position gap, which
 * the filter fills with {@code _}; shingles holding the filler are dropped). So
 * {@code الحزام والطريق} and {@code منظمة شانغهاي للتعاون} come out as phrases, and nothing is
 * glued across {@code في} or a comma.
 */
public final class Ngrams {

    private static final String FILLER = "\u0000";

    /** Most frequent first; equal counts in code-point order, so output never varies. */
    private static final Comparator<Map.Entry<String, ? extends Number>> BY_COUNT = Comparator
            .comparingLong((Map.Entry<String, ? extends Number> e) -> -e.getValue().longValue())
            .thenComparing(Map.Entry::getKey);

    private Ngrams() {
    }

    /** ngram (its most frequent written form), norm (the normalized words), count, articles. */
    public static Table of(List<AnalyzedText> texts, StopWords stop, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n-grams need n of 2 or more, not " + n
                    + "; single words are in topTerms().");
        }
        Map<String, Long> counts = new HashMap<>();
        Map<String, Integer> articles = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (AnalyzedText t : texts) {
            Set<String> seen = new HashSet<>();
            shingles(t, stop, n, (key, surface) -> {
                counts.merge(key, 1L, Long::sum);
                if (seen.add(key)) {
                    articles.merge(key, 1, Integer::sum);
                }
                surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
            });
        }
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(BY_COUNT);
        StringColumn ngram = StringColumn.create("ngram");
        StringColumn norm = StringColumn.create("norm");
        LongColumn count = LongColumn.create("count");
        IntColumn docs = IntColumn.create("articles");
        for (Map.Entry<String, Long> e : entries) {
            ngram.append(mostFrequent(surfaces.get(e.getKey())));
            norm.append(e.getKey());
            count.append(e.getValue());
            docs.append(articles.get(e.getKey()));
        }
        return Table.create(n + "-grams", ngram, norm, count, docs);
    }

    private static String mostFrequent(Map<String, Integer> forms) {
        return forms.entrySet().stream().sorted(BY_COUNT).findFirst().orElseThrow().getKey();
    }

    interface Sink {
        void accept(String key, String surface);
    }

    static void shingles(AnalyzedText t, StopWords stop, int n, Sink sink) {
        try (ShingleFilter shingles = new ShingleFilter(new ContentWords(t, stop), n, n)) {
            shingles.setOutputUnigrams(false);
            shingles.setFillerToken(FILLER);
            CharTermAttribute term = shingles.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = shingles.addAttribute(OffsetAttribute.class);
            shingles.reset();
            while (shingles.incrementToken()) {
                String key = term.toString();
                if (key.contains(FILLER)) {
                    continue;
                }
                String surface = oneSpace(t.text().substring(offset.startOffset(), offset.endOffset()));
                sink.accept(key, surface);
            }
            shingles.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** White space runs as single spaces; most shingles have just that already, so they are not copied. */
    private static String oneSpace(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = !Character.isWhitespace(c) || (c == ' ' && (i == 0 || s.charAt(i - 1) != ' '));
        }
        return plain ? s : WHITE_SPACE.matcher(s).replaceAll(" ");
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** The content words of an analysed text as a token stream of normalized forms, with gaps. */
    private static final class ContentWords extends TokenStream {
        private final AnalyzedText t;
        private final StopWords stop;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int i;

        ContentWords(AnalyzedText t, StopWords stop) {
            this.t = t;
            this.stop = stop;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            int gap = 0;
            while (i < t.size() && stop.contains(t.norm(i))) {
                i++;
                gap = 1;
            }
            if (i >= t.size()) {
                return false;
            }
            if (i > 0 && gap == 0 && !joined(i - 1, i)) {
                gap = 1;
            }
            term.setEmpty().append(t.norm(i));
            offset.setOffset(t.start(i), t.end(i));
            increment.setPositionIncrement(1 + gap);
            i++;
            return true;
        }

        /** Two neighbouring tokens are one run when only white space stands between them in one sentence. */
        private boolean joined(int a, int b) {
            if (t.sentence(a) != t.sentence(b)) {
                return false;
            }
            for (int c = t.end(a); c < t.start(b); c++) {
                if (!Character.isWhitespace(t.text().charAt(c))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            i = 0;
        }
    }
}

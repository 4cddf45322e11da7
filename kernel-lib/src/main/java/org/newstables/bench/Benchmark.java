package org.newstables.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newstables.Corpus;
import org.newstables.corpus.Article;
import org.newstables.text.Sentences;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The benchmark command (not a test): generates a deterministic corpus from the seed sentences
 * and reports how fast NewsTables builds its tables, next to Lucene's bare {@link ArabicAnalyzer}
 * on one thread over the same text, in the same run.
 * <pre>
 * java -cp kernel-lib/target/newstables-*-all.jar org.newstables.bench.Benchmark 20000
 * </pre>
 */
public final class Benchmark {

    private static final long SEED = 20_240_601L;

    private Benchmark() {
    }

    /** Runs the benchmark for each article count given (default 20,000). */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int[] sizes = args.length == 0 ? new int[] {20_000} : java.util.Arrays.stream(args)
                .mapToInt(Integer::parseInt).toArray();
        out.printf(Locale.ROOT, "cores: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
        for (int size : sizes) {
            run(size, out);
        }
    }

    private static void run(int size, PrintStream out) throws IOException {
        Table generated = generate(size);
        double mb = generated.stringColumn("text").asList().stream()
                .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        out.printf(Locale.ROOT, "%n%,d articles, %.1f MB of UTF-8 text%n", size, mb);

        double bare = bareAnalyzer(generated.stringColumn("text").asList());
        out.printf(Locale.ROOT, "  Lucene ArabicAnalyzer, 1 thread:     %6.2f s  %6.1f MB/s%n", bare, mb / bare);

        long t0 = System.nanoTime();
        Corpus c = Corpus.from(generated);
        double load = seconds(t0);
        t0 = System.nanoTime();
        Table articles = c.articles();
        double analysis = seconds(t0);
        t0 = System.nanoTime();
        Table terms = c.terms();
        double termsTime = seconds(t0);
        t0 = System.nanoTime();
        Table tokens = c.tokens();
        double tokensTime = seconds(t0);
        out.printf(Locale.ROOT, "  load + clean + dates:                %6.2f s  %6.1f MB/s%n", load, mb / load);
        out.printf(Locale.ROOT, "  analysis (articles table):           %6.2f s  %6.1f MB/s%n", analysis, mb / analysis);
        out.printf(Locale.ROOT, "  terms() (%,d rows):          %6.2f s%n", terms.rowCount(), termsTime);
        out.printf(Locale.ROOT, "  tokens() (%,d rows):        %6.2f s%n", tokens.rowCount(), tokensTime);
        double all = analysis + termsTime + tokensTime;
        out.printf(Locale.ROOT, "  tokens() + terms() with analysis:    %6.2f s  %6.1f MB/s (%.0f%% of the bare analyzer)%n",
                all, mb / all, 100 * bare / all);
        out.printf(Locale.ROOT, "  articles table rows: %d%n", articles.rowCount());
    }

    /** Articles made of seed sentences, shuffled with a fixed seed, dated 2013–2025: id, date, text. */
    public static Table generate(int size) {
        List<String> sentences = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (Article a : Corpus.seeds().articleList()) {
            Sentences s = Sentences.split(a.text());
            lengths.add(s.count());
            for (int i = 0; i < s.count(); i++) {
                sentences.add(a.text().substring(s.start(i), s.end(i)));
            }
        }
        Random random = new Random(SEED);
        StringColumn id = StringColumn.create("id");
        StringColumn text = StringColumn.create("text");
        DateColumn date = DateColumn.create("date");
        LocalDate first = LocalDate.of(2013, 1, 1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay());
        List<String> pool = new ArrayList<>(sentences);
        for (int n = 0; n < size; n++) {
            Collections.shuffle(pool, random);
            int len = lengths.get(random.nextInt(lengths.size()));
            id.append(String.format(Locale.ROOT, "gen%06d", n));
            text.append(String.join("\n", pool.subList(0, Math.min(len, pool.size()))));
            date.append(first.plusDays(random.nextInt(days + 1)));
        }
        return Table.create("generated", id, date, text);
    }

    private static double bareAnalyzer(List<String> texts) throws IOException {
        try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
            long t0 = System.nanoTime();
            long tokens = 0;
            for (String t : texts) {
                try (TokenStream ts = analyzer.tokenStream("text", new StringReader(t))) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        tokens += term.length() > 0 ? 1 : 0;
                    }
                    ts.end();
                }
            }
            if (tokens == 0) {
                throw new IllegalStateException("no tokens");
            }
            return seconds(t0);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}

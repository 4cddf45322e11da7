package org.newstables.corpus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newstables.jmh.PerCharacter;
import org.newstables.jmh.Texts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Nanoseconds a character (or a byte) of what loading does to each article before the analysis:
 * decoding a file's bytes, measuring its lines, and the whole of an article's making — lines,
 * cleaning, the page's dates and its event date ({@link ArticleFactory#build}) — without and with a
 * date in its metadata.
 */
public class LoadBench extends PerCharacter {

    private List<SourceDocument> docs;
    /** The same texts, each with a date in its metadata, as a folder with a {@code metadata.csv} gives them. */
    private List<SourceDocument> dated;
    private byte[] utf8;
    private final ArticleFactory factory = new ArticleFactory(LocalDate.of(2026, 1, 1));

    @Setup
    public void setUp() {
        docs = new ArrayList<>();
        dated = new ArrayList<>();
        for (String t : Texts.articles(folder)) {
            String id = "a" + docs.size();
            docs.add(new SourceDocument(id, Origin.of(id + ".txt"), t, Map.of(), "UTF-8"));
            // Spread over 2013-2025 as the benchmark's generated dates are.
            String date = LocalDate.of(2013, 1, 1).plusDays(37L * dated.size() % 4700).toString();
            dated.add(new SourceDocument(id, Origin.of(id + ".txt"), t, Map.of("date", date), "UTF-8"));
        }
        utf8 = Texts.utf8(folder);
    }

    /** The lines of each text and their measures (words, letters by script, mis-decoding pairs). */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void lines(Blackhole out) {
        for (SourceDocument d : docs) {
            out.consume(PageCleaner.lines(d.raw()));
        }
    }

    /** Each article made from its text: lines, cleaning, dates, the event date. */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void article(Blackhole out) {
        build(docs, out);
    }

    /**
     * {@link #article}, each text with a day of 2013-2025 in its metadata ({@code 2019-03-04}), as the
     * benchmark's folder with {@code metadata.csv} and its CSV file give them: only the head is read for dates.
     */
    @Benchmark
    @OperationsPerInvocation(Texts.CHARS)
    public void datedArticle(Blackhole out) {
        build(dated, out);
    }

    private void build(List<SourceDocument> in, Blackhole out) {
        List<Problem> problems = new ArrayList<>();
        for (SourceDocument d : in) {
            out.consume(factory.build(d, "text", problems));
        }
    }

    /** A file's bytes decoded as NewsTables does: strict UTF-8, in pieces on the common pool's threads (per byte). */
    @Benchmark
    @OperationsPerInvocation(Texts.BYTES)
    public Object decode() {
        return TextDecoder.decode(utf8);
    }

    /** The same bytes through the JDK's own decoder, on one thread (per byte). */
    @Benchmark
    @OperationsPerInvocation(Texts.BYTES)
    public String jdkDecode() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}

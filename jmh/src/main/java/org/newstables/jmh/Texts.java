package org.newstables.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newstables.bench.Benchmark;

/**
 * The micro-benchmarks' input: the texts of the benchmark's generated articles ({@link Benchmark#generate},
 * the seeds' sentences shuffled with a fixed seed), or of the {@code .txt} files of a folder of one's own
 * pages, cut to a fixed total so that JMH's time per operation is a time per character or per byte.
 */
public final class Texts {

    /** How many characters {@link #articles} holds in all: JMH reports per character with this as its operation count. */
    public static final int CHARS = 1_000_000;

    /** How many bytes {@link #utf8} holds: past the 4 MiB from which a file is decoded in pieces on every thread. */
    public static final int BYTES = 8_000_000;

    private Texts() {
    }

    /** Whole generated articles, in the benchmark's order, the last one cut so that they hold {@link #CHARS} characters. */
    public static List<String> articles() {
        return articles("");
    }

    /**
     * Whole articles, the last one cut so that they hold {@link #CHARS} characters: the generated ones
     * when {@code folder} is empty, else the UTF-8 {@code .txt} files of {@code folder} in the order of
     * their names, over again as often as it takes (a benchmark's {@code -p folder=...}).
     *
     * @throws UncheckedIOException when the folder cannot be read
     * @throws IllegalArgumentException when it holds no {@code .txt} file with text
     */
    public static List<String> articles(String folder) {
        List<String> texts = folder.isEmpty() ? Benchmark.generate(CHARS / 1_000).stringColumn("text").asList() : files(folder);
        List<String> out = new ArrayList<>();
        int left = CHARS;
        for (int i = 0; left > 0; i++) {
            String t = texts.get(i % texts.size());
            out.add(t.length() <= left ? t : t.substring(0, left));
            left -= out.get(out.size() - 1).length();
        }
        return out;
    }

    private static List<String> files(String folder) {
        try (var paths = Files.list(Path.of(folder))) {
            List<String> texts = new ArrayList<>();
            for (Path p : paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.UTF_8);
                if (!t.isBlank()) {
                    texts.add(t);
                }
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no .txt file with text in " + folder + ": give a folder of UTF-8 articles");
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + folder, e);
        }
    }

    /**
     * The generated articles one after the other in UTF-8, a line between them, padded with spaces to
     * exactly {@link #BYTES} bytes (a character cut at the end is replaced by spaces, so the bytes stay valid);
     * {@code folder} as in {@link #articles(String)}.
     */
    public static byte[] utf8(String folder) {
        StringBuilder sb = new StringBuilder();
        List<String> articles = articles(folder);
        for (int i = 0; sb.length() < BYTES; i++) {
            sb.append(articles.get(i % articles.size())).append('\n');
        }
        byte[] all = sb.toString().getBytes(StandardCharsets.UTF_8);
        int end = BYTES;
        // Back up to the start of a character: a UTF-8 continuation byte is 10xxxxxx.
        while ((all[end] & 0xC0) == 0x80) {
            end--;
        }
        byte[] out = Arrays.copyOf(all, BYTES);
        Arrays.fill(out, end, BYTES, (byte) ' ');
        return out;
    }
}

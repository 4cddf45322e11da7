package org.newstables.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.TinyNews;
import tech.tablesaw.api.Table;

/**
 * The same corpus gives byte-identical CSV for every table: on one thread and on all cores, and in
 * separate JVMs, where identity hash codes, and so the order of any identity-keyed map, differ.
 */
class ReproducibilityTest {

    /** Articles of the generated corpus the forked JVMs analyse. */
    private static final int FORKED_SIZE = 50;

    @Test
    void oneThreadAndAllCoresGiveTheSameBytes() throws Exception {
        Table generated = org.newstables.bench.Benchmark.generate(400);
        Map<String, String> parallel = EveryTableCsv.of(Corpus.from(generated));
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            Map<String, String> sequential = one.submit(() -> EveryTableCsv.of(Corpus.from(generated))).get();
            assertEquals(parallel.keySet(), sequential.keySet());
            for (String name : parallel.keySet()) {
                assertEquals(parallel.get(name), sequential.get(name), name + " differs");
            }
        } finally {
            one.shutdown();
        }
        assertTrue(parallel.get("terms").length() > 100_000);
    }

    /** Starts {@link EveryTableCsv} in a new JVM with {@code options}, writing into {@code folder}. */
    private static Process fork(Path folder, String... options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), EveryTableCsv.class.getName(), folder.toString(),
                String.valueOf(FORKED_SIZE)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(folder).toFile()).start();
    }

    private static Path log(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".log");
    }

    private static void await(Process p, Path folder) throws InterruptedException {
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the forked JVM writing " + folder + " did not finish");
        }
        assertEquals(0, p.exitValue(), () -> "the forked JVM writing " + folder + " failed:\n" + read(log(folder)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void twoFreshJvmsAndThisOneWriteTheSameBytes(@TempDir Path dir) throws Exception {
        // The second JVM numbers identity hash codes in sequence (HotSpot's -XX:hashCode=3) instead of
        // at random, and has one worker thread: whatever depends on an identity-keyed map's order, on
        // thread timing or on state left by earlier work in this JVM comes out differently there.
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Process one = fork(first);
        Process two = fork(second, "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UnlockExperimentalVMOptions",
                "-XX:hashCode=3", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1");
        Map<String, String> here = EveryTableCsv.of(EveryTableCsv.generated(FORKED_SIZE));
        await(one, first);
        await(two, second);
        for (Map.Entry<String, String> table : here.entrySet()) {
            String name = table.getKey() + ".csv";
            assertEquals(table.getValue(), read(first.resolve(name)), name + " differs between this JVM and a fresh one");
            assertEquals(read(first.resolve(name)), read(second.resolve(name)), name + " differs between two fresh JVMs");
        }
        try (var files = Files.list(first)) {
            assertEquals(here.size(), files.count());
        }
        assertTrue(here.get("mentions").lines().count() > 1000, "too few mentions to show an order");
    }

    @Test
    void settingsNameTheVersionsAndFingerprints() {
        Table s = TinyNews.corpus().settings();
        assertTrue(s.stringColumn("setting").asList().containsAll(List.of("newstables", "lucene",
                "stop_words", "entity_lexicon", "theme_lexicon")));
        String entity = s.stringColumn("value").get(s.stringColumn("setting").indexOf("entity_lexicon"));
        assertTrue(entity.matches(".*entries\\), sha256 [0-9a-f]{16}"), entity);
    }
}

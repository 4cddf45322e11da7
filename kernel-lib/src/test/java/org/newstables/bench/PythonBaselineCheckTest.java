package org.newstables.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's arguments, its choice of Python interpreter and that interpreter's check, before anything is timed, and how it gives a ratio of two threads to one. */
class PythonBaselineCheckTest {

    @TempDir
    Path dir;

    @Test
    void theArgumentsChooseTheSizesAndTheInterpreterTheLastOneWinning() {
        Benchmark.Arguments none = Benchmark.Arguments.parse(new String[] {});
        assertArrayEquals(new int[] {1_000, 10_000, 100_000}, none.sizes());
        assertNull(none.python());
        assertFalse(none.topics());
        Benchmark.Arguments given = Benchmark.Arguments.parse(new String[] {"--python", "1000", "--python=/usr/bin/python3", "20"});
        assertArrayEquals(new int[] {1_000, 20}, given.sizes());
        assertEquals("/usr/bin/python3", given.python());
        assertEquals("python3", Benchmark.Arguments.parse(new String[] {"--python=/usr/bin/python3", "--python"}).python());
        assertTrue(Benchmark.Arguments.parse(new String[] {"--topics", "10"}).topics());
        assertNull(none.pages());
        assertEquals(Path.of("/a/b"), Benchmark.Arguments.parse(new String[] {"--pages=/x", "10", "--pages=/a/b"}).pages());
    }

    @Test
    void aWrongArgumentSaysWhatToWriteInstead() {
        String blank = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.Arguments.parse(new String[] {"--python=  "})).getMessage();
        assertTrue(blank.contains("--python=/usr/bin/python3"), blank);
        // A path after --python without "=" is read as an article count.
        String spaced = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.Arguments.parse(new String[] {"--python", "/usr/bin/python3"})).getMessage();
        assertTrue(spaced.contains("/usr/bin/python3") && spaced.contains("with ="), spaced);
        String misspelt = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.Arguments.parse(new String[] {"--pyhton=/usr/bin/python3"})).getMessage();
        assertTrue(misspelt.contains("--pyhton") && misspelt.contains("--python=PATH"), misspelt);
        assertThrows(IllegalArgumentException.class, () -> Benchmark.Arguments.parse(new String[] {"0"}));
        String noFolder = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.Arguments.parse(new String[] {"--pages= "})).getMessage();
        assertTrue(noFolder.contains("--pages=/path/to/articles"), noFolder);
        String pagesSpaced = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.Arguments.parse(new String[] {"--pages", "/a"})).getMessage();
        assertTrue(pagesSpaced.contains("--pages=DIR"), pagesSpaced);
    }

    @Test
    void onesOwnPagesAreTheFolderLoadersFilesRepeatedInPathOrder() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("b.txt"), "ب");
        Files.writeString(Files.createDirectories(pages.resolve("a")).resolve("z.md"), "# ا");
        Files.writeString(pages.resolve("c.txt"), "");
        Files.writeString(pages.resolve("notes.csv"), "id,date\n");
        Files.writeString(pages.resolve(".hidden.txt"), "مخفي");
        Files.writeString(Files.createDirectories(pages.resolve(".cache")).resolve("d.txt"), "مخفي");
        java.util.List<Benchmark.Page> read = Benchmark.pages(pages);
        assertEquals(java.util.List.of("# ا", "ب"), read.stream().map(p -> new String(p.bytes(), java.nio.charset.StandardCharsets.UTF_8)).toList());
        assertEquals(java.util.List.of(".md", ".txt"), read.stream().map(Benchmark.Page::extension).toList());
        Path written = Benchmark.writePages(read, 5);
        try {
            try (var files = Files.list(written)) {
                assertEquals(java.util.List.of("page000000.md", "page000001.txt", "page000002.md", "page000003.txt", "page000004.md"),
                        files.map(f -> f.getFileName().toString()).sorted().toList());
            }
            assertEquals("ب", Files.readString(written.resolve("page000003.txt")));
            assertEquals("# ا", Files.readString(written.resolve("page000004.md")));
        } finally {
            try (var files = Files.list(written)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(written);
        }
    }

    @Test
    void aFolderWithoutPagesSaysWhatToGive() throws Exception {
        String missing = assertThrows(IllegalArgumentException.class, () -> Benchmark.pages(dir.resolve("none"))).getMessage();
        assertTrue(missing.contains("is not a folder"), missing);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("a.txt"), "");
        Files.writeString(empty.resolve("metadata.csv"), "id,date\n");
        String none = assertThrows(IllegalArgumentException.class, () -> Benchmark.pages(empty)).getMessage();
        assertTrue(none.contains("no .txt or .md file with text") && none.contains(empty.toString()), none);
    }

    /** A stand-in interpreter: a shell script that prints {@code output} and exits with {@code status}. */
    private Path interpreter(String name, String output, int status) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\necho \"" + output + "\"\nexit " + status + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    @Test
    void anInterpreterWithoutThePackagesIsNamedWithWhatItSaidAndWhatToDo() throws Exception {
        Path script = Files.writeString(dir.resolve("term_counts.py"), "");
        Path without = interpreter("python-without", "ModuleNotFoundError: No module named 'pandas'", 1);
        String problem = Benchmark.pythonProblem(without.toString(), script);
        assertTrue(problem.contains(without.toString()), problem);
        assertTrue(problem.contains("No module named 'pandas'"), problem);
        assertTrue(problem.contains("--python=/usr/bin/python3"), problem);

        assertNull(Benchmark.pythonProblem(interpreter("python-with", "python 3", 0).toString(), script));
        // Ending well is not enough: a program that is not Python (true) or a Python 2 is refused.
        String silent = Benchmark.pythonProblem(interpreter("not-python", "", 0).toString(), script);
        assertTrue(silent.contains("printed: nothing"), silent);
        assertTrue(Benchmark.pythonProblem(interpreter("python2", "python 2", 0).toString(), script).contains("python 2"));

        String missing = Benchmark.pythonProblem(dir.resolve("no-such-python").toString(), script);
        assertTrue(missing.contains("does not start"), missing);
    }

    @Test
    void aMissingScriptIsFoundBeforeTheInterpreterIsTried() throws Exception {
        String problem = Benchmark.pythonProblem(interpreter("python-with", "python 3", 0).toString(), dir.resolve("absent.py"));
        assertTrue(problem.contains("absent.py") && problem.contains("repository root"), problem);
    }

    @Test
    void aTwoThreadRatioIsEachPairsAndTheirMedian() {
        // Pairs in the order run: the median is the middle ratio, not the middle of either side's seconds.
        assertEquals("1.50, 2.00, 1.80 (median 1.80)",
                Benchmark.ratios(new double[] {3.0, 10.0, 9.0}, new double[] {2.0, 5.0, 5.0}));
        assertEquals("1.60", Benchmark.ratios(new double[] {8.0}, new double[] {5.0}));
    }
}

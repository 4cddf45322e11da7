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
        Files.writeString(pages.resolve("UPPER.TXT"), "ج");
        Files.writeString(pages.resolve("space.txt"), " \n\n");
        // Windows-1256, as some Arabic sites still serve: the loader's decoding, not UTF-8's.
        Files.write(pages.resolve("cp.txt"), "دال".getBytes(java.nio.charset.Charset.forName("windows-1256")));
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.util.List<Benchmark.Page> read = Benchmark.pages(pages, new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.List.of("ج", "# ا", "ب", "دال"), read.stream().map(Benchmark.Page::text).toList());
        assertEquals(java.util.List.of(".txt", ".md", ".txt", ".txt"), read.stream().map(Benchmark.Page::extension).toList());
        assertEquals("ب", new String(read.get(2).bytes(), java.nio.charset.StandardCharsets.UTF_8));
        String said = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(said.contains("c.txt: ") && said.contains("space.txt left out") && said.contains("notes.csv"), said);
        // A link to the folder is the folder, as for the loader.
        Path link = Files.createSymbolicLink(dir.resolve("link"), pages);
        assertEquals(4, Benchmark.pages(link, new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).size());
        read = read.subList(1, 3);
        Path written = Benchmark.writePages(read, 5);
        try {
            try (var files = Files.list(written)) {
                assertEquals(java.util.List.of("page000000.md", "page000001.txt", "page000002.md", "page000003.txt", "page000004.md"),
                        files.map(f -> f.getFileName().toString()).sorted().toList());
            }
            assertEquals("ب", Files.readString(written.resolve("page000003.txt")));
            assertEquals("# ا", Files.readString(written.resolve("page000004.md")));
        } finally {
            Benchmark.deleteFolder(written);
        }
    }

    @Test
    void aFolderWithoutPagesSaysWhatToGive() throws Exception {
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        String missing = assertThrows(IllegalArgumentException.class, () -> Benchmark.pages(dir.resolve("none"), quiet)).getMessage();
        assertTrue(missing.contains("is not a folder"), missing);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("a.txt"), "");
        Files.writeString(empty.resolve("b.txt"), " \n");
        Files.writeString(empty.resolve("metadata.csv"), "id,date\n");
        String none = assertThrows(IllegalArgumentException.class, () -> Benchmark.pages(empty, quiet)).getMessage();
        assertTrue(none.contains("no .txt or .md file with text") && none.contains(empty.toString()), none);
        Path marks = Files.createDirectories(dir.resolve("marks"));
        Files.writeString(marks.resolve("a.txt"), "!!! ... ؟");
        String noWord = assertThrows(IllegalArgumentException.class, () -> Benchmark.pages(marks, quiet)).getMessage();
        assertTrue(noWord.contains("finds no word"), noWord);
        String both = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.Arguments.parse(new String[] {"--pages=/a", "--topics"})).getMessage();
        assertTrue(both.contains("give one of them"), both);
    }

    @Test
    void theWarmUpTakesAboutTwentyMegabytesOfPages() {
        Benchmark.Page small = new Benchmark.Page(new byte[2_000], ".txt", "ا");
        Benchmark.Page large = new Benchmark.Page(new byte[5_000_000], ".txt", "ا");
        assertEquals(5_000, Benchmark.warmUpPages(java.util.List.of(small)));
        assertEquals(4, Benchmark.warmUpPages(java.util.List.of(large)));
        assertEquals(7, Benchmark.warmUpPages(java.util.Collections.nCopies(7, large)));
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

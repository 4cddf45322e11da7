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

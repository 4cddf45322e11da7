package org.newstables.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's choice of Python interpreter and its check, before anything is timed. */
class PythonBaselineCheckTest {

    @TempDir
    Path dir;

    @Test
    void theArgumentsChooseTheInterpreter() {
        assertNull(Benchmark.pythonInterpreter(new String[] {"1000"}));
        assertEquals("python3", Benchmark.pythonInterpreter(new String[] {"--python", "1000"}));
        assertEquals("/usr/bin/python3", Benchmark.pythonInterpreter(new String[] {"1000", "--python=/usr/bin/python3"}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.pythonInterpreter(new String[] {"--python="}));
        assertTrue(e.getMessage().contains("--python=/usr/bin/python3"), e.getMessage());
    }

    /** A stand-in interpreter: a shell script that prints {@code output} and exits with {@code status}. */
    private Path interpreter(String name, String output, int status) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\necho \"" + output + "\" >&2\nexit " + status + "\n");
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

        assertNull(Benchmark.pythonProblem(interpreter("python-with", "", 0).toString(), script));

        String missing = Benchmark.pythonProblem(dir.resolve("no-such-python").toString(), script);
        assertTrue(missing.contains("does not start"), missing);
    }

    @Test
    void aMissingScriptIsFoundBeforeTheInterpreterIsTried() throws Exception {
        String problem = Benchmark.pythonProblem(interpreter("python-with", "", 0).toString(), dir.resolve("absent.py"));
        assertTrue(problem.contains("absent.py") && problem.contains("repository root"), problem);
    }
}

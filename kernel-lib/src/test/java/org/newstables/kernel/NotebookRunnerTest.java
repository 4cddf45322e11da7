package org.newstables.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notebook runner fails where the real kernels fail: on what their default imports lack. */
class NotebookRunnerTest {

    private static String notebook(String... cells) {
        StringBuilder sb = new StringBuilder("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [");
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"id\": \"c").append(i)
                    .append("\", \"metadata\": {}, \"outputs\": [], \"execution_count\": null, \"source\": [\"")
                    .append(cells[i].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append("\"]}");
        }
        return sb.append("]}").toString();
    }

    private static String run(Path dir, NotebookRunner.Kernel kernel, String... cells) throws IOException {
        Path nb = dir.resolve("t.ipynb");
        Files.writeString(nb, notebook(cells));
        return new NotebookRunner(Path.of("unused.jar")).run(nb, kernel);
    }

    @Test
    void aCellThatUsesPathWithoutImportingItFailsInBothKernels(@TempDir Path dir) throws IOException {
        for (NotebookRunner.Kernel k : NotebookRunner.Kernel.values()) {
            String result = run(dir, k, "int n = 1;", "Path p = Path.of(\"x\");");
            assertTrue(result.startsWith("cell 2: does not compile"), k + ": " + result);
            assertTrue(result.contains("Path"), result);
        }
    }

    @Test
    void theSameCellRunsOnceItImportsWhatItUses(@TempDir Path dir) throws IOException {
        for (NotebookRunner.Kernel k : NotebookRunner.Kernel.values()) {
            String result = run(dir, k, "import java.nio.file.*;\nPath p = Path.of(\"x\");");
            assertTrue(result.startsWith("ok"), k + ": " + result);
        }
    }

    @Test
    void javaTimeIsImportedInJJavaOnly(@TempDir Path dir) throws IOException {
        String cell = "LocalDate d = LocalDate.of(2020, 1, 1);";
        assertTrue(run(dir, NotebookRunner.Kernel.IJAVA, cell).startsWith("cell 1: does not compile"));
        assertEquals("ok (1 code cells, 0 tables or charts rendered)", run(dir, NotebookRunner.Kernel.JJAVA, cell));
    }

    @Test
    void streamsAndFunctionsAreNotImportedByEitherKernel(@TempDir Path dir) throws IOException {
        for (NotebookRunner.Kernel k : NotebookRunner.Kernel.values()) {
            assertTrue(run(dir, k, "Function<String, Integer> f = String::length;").startsWith("cell 1: does not compile"), k.label);
            assertTrue(run(dir, k, "var s = Stream.of(1, 2);").startsWith("cell 1: does not compile"), k.label);
        }
    }
}

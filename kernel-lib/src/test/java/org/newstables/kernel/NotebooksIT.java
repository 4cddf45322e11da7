package org.newstables.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every notebook in notebooks/, run top to bottom by {@link NotebookRunner} in a JVM whose working
 * directory is the notebooks folder (as a kernel's is), with the shaded jar the build just made.
 */
class NotebooksIT {

    private static final Path NOTEBOOKS = Path.of(System.getProperty("newstables.notebooks", "../notebooks"));
    private static final Path JAR = Path.of(System.getProperty("newstables.jar", "target/newstables-all.jar"));

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(NOTEBOOKS)) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void everyNotebookRunsTopToBottom() throws Exception {
        // A Spark notebook needs the spark module, built after this one: its own test runs it (SparkNotebookIT).
        List<Path> notebooks = notebooks().stream().filter(n -> !n.getFileName().toString().endsWith("-spark.ipynb"))
                .collect(Collectors.toList());
        assertTrue(notebooks.size() >= 6, "notebooks found: " + notebooks);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), NotebookRunner.class.getName(), JAR.toAbsolutePath().toString()));
        notebooks.forEach(n -> command.add(n.toAbsolutePath().toString()));
        Process p = new ProcessBuilder(command).directory(NOTEBOOKS.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        System.out.println(output);
        assertEquals(0, status, output);
        for (Path n : notebooks) {
            for (NotebookRunner.Kernel k : NotebookRunner.Kernel.values()) {
                assertTrue(output.contains(n.getFileName() + " [" + k.label + "]: ok"), n + " did not run in " + k + ":\n" + output);
            }
        }
    }

    @Test
    void notebooksAreStrippedAndUseTheJavaKernel() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path n : notebooks()) {
            JsonNode nb = json.readTree(n.toFile());
            // nbformat 4.5 gives every cell an id; nbconvert warns on each run when one is missing.
            assertEquals(4, nb.get("nbformat").asInt(), n.toString());
            assertTrue(nb.get("nbformat_minor").asInt() >= 5, n.toString());
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (JsonNode cell : nb.get("cells")) {
                assertTrue(cell.hasNonNull("id") && cell.get("id").asText().matches("[a-zA-Z0-9_-]{1,64}"),
                        n + ": a cell without a valid id: " + cell);
                assertTrue(ids.add(cell.get("id").asText()), n + ": the cell id " + cell.get("id") + " is used twice");
            }
            assertEquals("java", nb.get("metadata").get("kernelspec").get("name").asText(), n.toString());
            for (JsonNode cell : nb.get("cells")) {
                if (cell.get("cell_type").asText().equals("code")) {
                    assertEquals(0, cell.get("outputs").size(), n + " has outputs");
                    assertTrue(cell.get("execution_count").isNull(), n + " has execution counts");
                }
            }
            String first = cell0(nb);
            assertTrue(first.contains("%classpath ../kernel-lib/target/newstables-*-all.jar"), n + ": " + first);
        }
    }

    private static String cell0(JsonNode nb) {
        for (JsonNode cell : nb.get("cells")) {
            if (cell.get("cell_type").asText().equals("code")) {
                StringBuilder sb = new StringBuilder();
                cell.get("source").forEach(l -> sb.append(l.asText()));
                return sb.toString();
            }
        }
        return "";
    }
}

package org.newstables.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * notebooks/08-spark.ipynb run top to bottom by the core's {@link NotebookRunner}, with each kernel's
 * default imports, in a JVM whose working directory is the notebooks folder and whose environment
 * has the one {@code JAVA_TOOL_OPTIONS} line the README gives for Spark (which JShell's execution
 * JVM inherits, as a kernel's would). The notebook puts Spark's jars, the shaded core jar and this
 * module's jar on its class path itself, with {@code %classpath}.
 */
class SparkNotebookIT {

    private static final Path NOTEBOOKS = Path.of(System.getProperty("newstables.notebooks", "../notebooks"));
    private static final Path JAR = Path.of(System.getProperty("newstables.jar", "../kernel-lib/target/newstables-all.jar"));

    @Test
    void theSparkNotebookRunsTopToBottom() throws Exception {
        Path notebook = NOTEBOOKS.resolve("08-spark.ipynb").toAbsolutePath();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                NotebookRunner.class.getName(), JAR.toAbsolutePath().toString(), notebook.toString());
        ProcessBuilder b = new ProcessBuilder(command).directory(NOTEBOOKS.toFile()).redirectErrorStream(true);
        b.environment().put("JAVA_TOOL_OPTIONS", System.getProperty("newstables.spark.options", ""));
        Process p = b.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        System.out.println(output);
        assertEquals(0, status, output);
        for (NotebookRunner.Kernel k : NotebookRunner.Kernel.values()) {
            assertTrue(output.contains("08-spark.ipynb [" + k.label + "]: ok"), "did not run in " + k + ":\n" + output);
        }
    }
}

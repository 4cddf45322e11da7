package org.newstables.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * Runs every code cell of a notebook, in order, in one JShell — the engine IJava and JJava both
 * use — with one kernel's default imports and nothing more, handling the {@code %classpath}, {@code %jars} and
 * {@code %maven} lines as the kernels do. It fails on a compile error, an exception, or a cell whose
 * value is a table or chart that does not render to text/html or image/png through
 * {@link Display}, the class the kernels' renderers call.
 *
 * <p>Run it in the notebook's folder (the kernel's working directory):
 * {@code java -cp test-classes:newstables-all.jar:jackson org.newstables.kernel.NotebookRunner JAR NOTEBOOK...}.
 * It prints one line per notebook and exits with 1 when any failed.
 */
public final class NotebookRunner {

    /**
     * A kernel's default imports: what a fresh notebook may use without importing it. Nothing
     * else is imported, so a notebook that uses {@code Path} without {@code import java.nio.file.*}
     * fails here as it fails in the real kernel.
     */
    enum Kernel {
        /**
         * IJava 1.3.0 (tag v1.3.0): lines 1–7 of {@code src/main/resources/ijava-jshell-init.jshell}, the
         * start-up script that {@code JavaKernel} (line 83) evaluates before the first cell. Lines
         * 8–10 add static imports of IJava's own runtime (display, magics), which no notebook here uses.
         */
        IJAVA("IJava", List.of("java.util.*", "java.io.*", "java.math.*", "java.net.*", "java.util.concurrent.*",
                "java.util.prefs.*", "java.util.regex.*")),
        /**
         * JJava 1.0-a7 (and main up to 1.0-a8): IJava's list plus {@code java.time.*}, lines 17–28
         * of {@code jjava-distro/src/main/java/org/dflib/jjava/distro/NotebookInitializer.java}, an
         * extension JJava installs at start-up (the last two lines are static imports of its own
         * notebook helpers). With {@code JJAVA_LOAD_EXTENSIONS=false} there are none at all.
         */
        JJAVA("JJava", List.of("java.util.*", "java.io.*", "java.math.*", "java.net.*", "java.util.concurrent.*",
                "java.util.prefs.*", "java.util.regex.*", "java.time.*"));

        final String label;
        final List<String> imports;

        Kernel(String label, List<String> imports) {
            this.label = label;
            this.imports = imports;
        }
    }

    private final Path jar;

    NotebookRunner(Path jar) {
        this.jar = jar;
    }

    /**
     * Runs the notebooks given after the jar, each once with IJava's default imports and once
     * with JJava's; exit status 1 when one fails. Prints "NAME [KERNEL]: ok …" or what failed.
     */
    public static void main(String[] args) throws IOException {
        NotebookRunner runner = new NotebookRunner(Path.of(args[0]));
        int failed = 0;
        for (int i = 1; i < args.length; i++) {
            Path nb = Path.of(args[i]);
            for (Kernel kernel : Kernel.values()) {
                String result = runner.run(nb, kernel);
                System.out.println(nb.getFileName() + " [" + kernel.label + "]: " + result);
                if (!result.startsWith("ok")) {
                    failed++;
                }
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Runs one notebook with a kernel's default imports: "ok (N cells, M rich outputs)" or what failed, in which cell. */
    String run(Path notebook, Kernel kernel) throws IOException {
        JsonNode nb = new ObjectMapper().readTree(notebook.toFile());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder().out(out).err(out)
                .remoteVMOptions("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8").build()) {
            for (String imp : kernel.imports) {
                shell.eval("import " + imp + ";");
            }
            int cellNo = 0;
            int rich = 0;
            for (JsonNode cell : nb.get("cells")) {
                if (!cell.get("cell_type").asText().equals("code")) {
                    continue;
                }
                cellNo++;
                String source = source(cell);
                StringBuilder code = new StringBuilder();
                for (String line : source.split("\n", -1)) {
                    String t = line.strip();
                    if (t.startsWith("%")) {
                        String problem = magic(shell, t, notebook.toAbsolutePath().getParent());
                        if (problem != null) {
                            return "cell " + cellNo + ": " + problem;
                        }
                    } else {
                        code.append(line).append('\n');
                    }
                }
                String last = null;
                SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
                String remaining = code.toString();
                while (!remaining.isBlank()) {
                    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                    if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                        break;
                    }
                    String snippet = info.source() == null ? remaining : info.source();
                    for (SnippetEvent e : shell.eval(snippet)) {
                        if (e.status() == Snippet.Status.REJECTED) {
                            return "cell " + cellNo + ": does not compile: " + diagnostics(shell, e.snippet())
                                    + "\n  " + snippet.strip();
                        }
                        if (e.exception() != null) {
                            String msg = e.exception() instanceof EvalException
                                    ? ((EvalException) e.exception()).getExceptionClassName() + ": " + e.exception().getMessage()
                                    : e.exception().toString();
                            return "cell " + cellNo + ": throws " + msg + "\n  " + snippet.strip();
                        }
                        if (e.causeSnippet() == null && e.snippet() instanceof VarSnippet) {
                            last = ((VarSnippet) e.snippet()).name();
                        } else if (e.causeSnippet() == null && e.snippet() instanceof ExpressionSnippet) {
                            // A bare variable as the cell's last line: its value is shown.
                            last = ((ExpressionSnippet) e.snippet()).name();
                        } else if (e.causeSnippet() == null) {
                            last = null;
                        }
                    }
                    remaining = info.remaining();
                }
                if (last != null && cellValueIsLast(code.toString())) {
                    String kind = value(shell, "org.newstables.kernel.Display.handles(" + last + ")");
                    if ("true".equals(kind)) {
                        String types = value(shell, "org.newstables.kernel.Display.mimeTypes(" + last + ")");
                        if (!types.contains(Display.HTML) && !types.contains(Display.PNG)) {
                            return "cell " + cellNo + ": its value renders only as [" + types + "]";
                        }
                        rich++;
                    }
                }
            }
            return "ok (" + cellNo + " code cells, " + rich + " tables or charts rendered)";
        }
    }

    /** The kernels show a cell's value when its last statement is an expression without a semicolon. */
    private static boolean cellValueIsLast(String code) {
        String t = code.strip();
        return !t.isEmpty() && !t.endsWith(";") && !t.endsWith("}");
    }

    private static String value(JShell shell, String expression) {
        for (SnippetEvent e : shell.eval(expression + ";")) {
            if (e.causeSnippet() == null) {
                return e.value() == null ? "" : e.value().replaceAll("^\"|\"$", "");
            }
        }
        return "";
    }

    /** Handles %classpath / %jars (globs, relative to the notebook) and %maven; null when fine. */
    private String magic(JShell shell, String line, Path dir) throws IOException {
        String[] parts = line.split("\\s+", 2);
        String name = parts[0];
        String arg = parts.length > 1 ? parts[1].strip() : "";
        if (name.equals("%classpath") || name.equals("%jars")) {
            List<Path> found = glob(dir, arg);
            if (found.isEmpty()) {
                return line + " matches no file (looked in " + dir + "); build the jar with mvn package";
            }
            for (Path p : found) {
                shell.addToClasspath(p.toString());
            }
            return null;
        }
        if (name.equals("%maven")) {
            if (arg.startsWith("org.newstables:newstables:")) {
                shell.addToClasspath(jar.toString());
                return null;
            }
            return line + ": only the NewsTables artifact can be resolved by this runner";
        }
        return "unknown magic " + name;
    }

    private static List<Path> glob(Path dir, String pattern) throws IOException {
        Path p = dir.resolve(pattern).normalize();
        Path parent = p.getParent();
        List<Path> out = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return out;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent, p.getFileName().toString())) {
            stream.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static String diagnostics(JShell shell, Snippet s) {
        StringBuilder sb = new StringBuilder();
        shell.diagnostics(s).forEach((Diag d) -> sb.append(d.getMessage(null)).append("; "));
        return sb.toString();
    }

    private static String source(JsonNode cell) {
        JsonNode src = cell.get("source");
        if (src.isArray()) {
            StringBuilder sb = new StringBuilder();
            src.forEach(n -> sb.append(n.asText()));
            return sb.toString();
        }
        return src.asText();
    }
}

package org.newstables.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.newstables.Corpus;
import org.newstables.Per;
import org.newstables.common.Internal;

/**
 * Run in a fresh JVM by {@link Benchmark}: {@code articles} builds the first articles table of the
 * seeds; {@code pipeline} builds every table and writes the report with its charts. Prints the time
 * since the JVM started.
 */
@Internal
public final class Startup {

    private Startup() {
    }

    /** Prints the seconds from JVM start to the end of the chosen work. */
    public static void main(String[] args) throws Exception {
        Corpus c = Corpus.seeds();
        c.articles();
        Path dir = null;
        if (args.length > 0 && args[0].equals("pipeline")) {
            c.terms();
            c.mentions();
            c.themeMentions();
            c.timeline(Per.YEAR);
            dir = Files.createTempDirectory("newstables-startup");
            org.newstables.report.ReportWriter.write(c, dir, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        }
        long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "%.2f s from JVM start%n", since / 1000.0);
        if (dir != null) {
            // After the time is taken: each run wrote 6 MB of report that stayed in the temporary folder.
            Benchmark.deleteFolder(dir);
        }
    }
}

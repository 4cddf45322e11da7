package org.newstables.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.newstables.Corpus;
import org.newstables.common.NewsTablesException;

/**
 * The command line: {@code report [corpus path] [--out DIR] [--dedup] [--parquet]}. Without a path it uses the bundled
 * seeds. It prints the articles table and writes every table as CSV and as an HTML page into
 * {@code DIR} (default {@code report}), with an index page linking them.
 * <pre>
 * java -jar newstables-all.jar report --out target/report
 * java -jar newstables-all.jar report my-articles/ --out my-report
 * </pre>
 */
public final class Report {

    private Report() {
    }

    /** Runs the command; exits with status 2 on bad arguments and 1 on unusable input. */
    public static void main(String[] args) {
        // Charts are drawn off screen: no window system is needed, or wanted, for a report.
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("newstables: " + e.getMessage());
            err.println(Arguments.USAGE);
            System.exit(2);
            return;
        }
        if (parsed.help()) {
            out.println(Arguments.USAGE);
            return;
        }
        try {
            Corpus corpus = parsed.corpus() == null ? Corpus.seeds() : Corpus.load(parsed.corpus());
            List<TableFile> formats = parsed.parquet() ? List.of(TableFile.named("parquet")) : List.of();
            ReportWriter.write(corpus, parsed.out(), out, parsed.dedup() ? ReportWriter.Copies.FOLD : ReportWriter.Copies.KEEP,
                    formats);
        } catch (NewsTablesException e) {
            err.println("newstables: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            err.println("newstables: could not write the report into " + parsed.out() + ": " + e.getMessage()
                    + ". Check that the folder can be written, or choose another with --out.");
            System.exit(1);
        }
    }

    /** The parsed command line. */
    record Arguments(Path corpus, Path out, boolean dedup, boolean parquet, boolean help) {

        static final String USAGE = String.join("\n",
                "usage: report [CORPUS] [--out DIR] [--dedup] [--parquet]",
                "  CORPUS     a folder of .txt/.md files (with an optional metadata.csv), or a .csv or",
                "             .jsonl file; without it, the bundled seed articles",
                "  --out DIR  where to write the report (default: report)",
                "  --dedup    count each near-duplicate story (one agency story reprinted) once",
                "  --parquet  also write each table as Parquet (needs the newstables-parquet jar on the",
                "             class path)");

        static Arguments parse(String[] args) {
            Path corpus = null;
            Path out = Path.of("report");
            boolean help = false;
            boolean dedup = false;
            boolean parquet = false;
            int i = 0;
            if (args.length > 0 && args[0].equals("report")) {
                i = 1;
            }
            for (; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--out") || a.equals("-o")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--out needs a folder name");
                    }
                    out = Path.of(args[++i]);
                } else if (a.startsWith("--out=")) {
                    out = Path.of(a.substring("--out=".length()));
                } else if (a.equals("--dedup")) {
                    dedup = true;
                } else if (a.equals("--parquet")) {
                    parquet = true;
                } else if (a.equals("--help") || a.equals("-h")) {
                    help = true;
                } else if (a.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option " + a);
                } else if (corpus == null) {
                    corpus = Path.of(a);
                } else {
                    throw new IllegalArgumentException("more than one corpus path: " + corpus + " and " + a);
                }
            }
            return new Arguments(corpus, out, dedup, parquet, help);
        }
    }
}

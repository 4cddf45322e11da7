package org.newstables.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newstables.Per;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Table;

/**
 * A batch job for {@code spark-submit}: reads a corpus with {@link SparkCorpus} in the session
 * spark-submit configured (its master: a cluster, or {@code local[*]}), and writes the aggregate
 * tables as CSV files to a folder on the driver's machine — entities, partners, the yearly and
 * monthly timelines, the top 200 terms, bigrams, co-occurrence and the problems — and, when asked,
 * the long tables (articles, mentions, theme mentions, dates, terms) as Parquet to any address of the session's file systems.
 *
 * <pre>
 * spark-submit --class org.newstables.spark.SparkReport --master spark://host:7077 \
 *     --jars newstables-0.1.0-SNAPSHOT-all.jar newstables-spark-0.1.0-SNAPSHOT.jar \
 *     hdfs://namenode/corpus/articles.jsonl report/ [--datasets=hdfs://namenode/corpus/tables/]
 * </pre>
 */
public final class SparkReport {

    private SparkReport() {
    }

    /**
     * Runs the job.
     *
     * @param args the corpus (a folder, .jsonl, .parquet, .csv), the output folder (created if
     *             missing), and optionally {@code --datasets=ADDRESS} for the long tables as Parquet
     * @throws IOException         when the output folder cannot be written
     * @throws NewsTablesException when the corpus cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SparkReport CORPUS OUTPUT-FOLDER [--datasets=ADDRESS]\n"
                    + "  CORPUS: a folder of .txt/.md files, or a .jsonl, .parquet or .csv file, on any file system"
                    + " of the session (hdfs://, s3a://, a local path)");
            System.exit(2);
        }
        String datasets = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("--datasets=")) {
                datasets = args[i].substring("--datasets=".length());
            } else {
                throw new NewsTablesException("Unknown option " + args[i] + ": the only option is --datasets=ADDRESS.");
            }
        }
        SparkSession spark = SparkSession.builder().appName("NewsTables report").getOrCreate();
        try {
            write(SparkCorpus.load(spark, args[0]), Path.of(args[1]), datasets);
        } finally {
            spark.stop();
        }
    }

    /** Writes {@code corpus}'s aggregate tables to {@code out} as CSV, and its long tables to {@code datasets} as Parquet unless null. */
    static void write(SparkCorpus corpus, Path out, String datasets) throws IOException {
        Files.createDirectories(out);
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("entities", corpus.entities());
        tables.put("partners", corpus.partners());
        tables.put("timeline_year", corpus.timeline(Per.YEAR));
        tables.put("timeline_month", corpus.timeline(Per.MONTH));
        tables.put("top_terms", corpus.topTerms(200));
        tables.put("bigrams", corpus.ngrams(2));
        tables.put("cooccurrence", corpus.cooccurrence());
        tables.put("problems", corpus.problemsTable());
        for (Map.Entry<String, Table> t : tables.entrySet()) {
            org.newstables.report.CsvOutput.write(t.getValue(), out.resolve(t.getKey() + ".csv"));
            System.out.printf("%s.csv: %,d rows%n", t.getKey(), t.getValue().rowCount());
        }
        if (datasets != null) {
            String base = datasets.endsWith("/") ? datasets : datasets + "/";
            corpus.articles().write().mode(SaveMode.Overwrite).parquet(base + "articles.parquet");
            corpus.mentions().write().mode(SaveMode.Overwrite).parquet(base + "mentions.parquet");
            corpus.themeMentions().write().mode(SaveMode.Overwrite).parquet(base + "theme_mentions.parquet");
            corpus.dates().write().mode(SaveMode.Overwrite).parquet(base + "dates.parquet");
            corpus.terms().write().mode(SaveMode.Overwrite).parquet(base + "terms.parquet");
            System.out.println("articles, mentions, theme_mentions, dates and terms written as Parquet to " + base);
        }
        System.out.printf("%,d articles; tables in %s%n", corpus.size(), out.toAbsolutePath());
    }
}

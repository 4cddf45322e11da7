package org.newstables.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newstables.Corpus;
import org.newstables.CorpusLoader;
import org.newstables.Kind;
import org.newstables.Lexicon;
import org.newstables.Per;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.ArticleTables;
import org.newstables.corpus.CorpusReader;
import org.newstables.corpus.Origin;
import org.newstables.corpus.Problem;
import org.newstables.duplicates.NearDuplicates;
import org.newstables.lexicon.Cooccurrence;
import org.newstables.lexicon.EntityTables;
import org.newstables.lexicon.Mentions;
import org.newstables.terms.Ngrams;
import org.newstables.terms.TermIndex;
import org.newstables.terms.TermTables;
import org.newstables.text.StopWords;
import org.newstables.text.Vocabulary;
import org.newstables.time.Timeline;
import scala.Tuple2;
import tech.tablesaw.api.Table;

/**
 * A corpus analysed on Apache Spark, for corpora beyond one machine's memory: the same reading,
 * cleaning and dating as {@link Corpus}, and the same per-article pipeline, run inside {@code
 * mapPartitions} on the executors. The long tables are Spark {@link Dataset}s; the aggregates are
 * computed in Spark and come back as the Tablesaw tables {@link Corpus} gives, with the same
 * names, columns, types, order and values.
 *
 * <p>A word's stem depends on the words of the whole corpus (see {@link
 * org.newstables.pipeline.ArticlePipeline}), so the articles are analysed in two passes: the first
 * counts each partition's word forms, which are added up on the driver and broadcast; the second
 * settles each partition's stems with the whole corpus's counts and makes the rows.
 *
 * <p>Out of core: of the second pass only a compact {@link Part} per partition is kept (a few
 * hundred bytes to a few KB an article, serialized, spilling to disk beyond Spark's storage memory),
 * and every aggregate is made from it; the long tables' rows (26 KB an article, text included) are
 * not kept. A Dataset of them analyses the articles again from the source each time an action runs
 * on it: {@code .cache()} or write it out to use it more than once.
 *
 * <pre>{@code
 * SparkCorpus c = SparkCorpus.load("my-articles");             // Spark's local mode, local[*]
 * SparkCorpus c = SparkCorpus.load(spark, "my-articles.jsonl");  // a session of your own
 * c.entities();  c.timeline(Per.YEAR);  c.mentions().groupBy("type").count().show();
 * }</pre>
 *
 * <p>Java 17 runs Spark only with some packages opened to it: start the JVM with {@link #JVM_OPTIONS}.
 */
public final class SparkCorpus {

    /**
     * The JVM options Spark needs on Java 17 (Spark's own launcher passes the same ones): for a
     * notebook kernel, {@code export JAVA_TOOL_OPTIONS="<these>"} before starting Jupyter.
     */
    public static final String JVM_OPTIONS = "--add-opens=java.base/java.lang=ALL-UNNAMED"
            + " --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED"
            + " --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED"
            + " --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED"
            + " --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
            + " --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED"
            + " --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
            + " --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED"
            + " --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
            + " -Dio.netty.tryReflectionSetAccessible=true";

    private static final int ARTICLES_PER_PARTITION = 1000;

    private final SparkSession spark;
    /** What is kept of each partition (persisted, serialized: a few hundred bytes an article): the aggregates read it. */
    private final JavaRDD<Part> parts;
    /** The long tables' rows of each partition, made again from the source whenever a Dataset of them is used. */
    private final JavaRDD<Rows> rows;
    /** The documents, and how their articles are built: what the near-duplicates build the articles again from. */
    private final JavaRDD<Doc> docs;
    private final String textField;
    private final LocalDate today;
    private final List<Problem> problems;
    private Table entities;

    private SparkCorpus(SparkSession spark, JavaRDD<Part> parts, JavaRDD<Rows> rows, JavaRDD<Doc> docs,
            String textField, LocalDate today, List<Problem> problems) {
        this.spark = spark;
        this.parts = parts;
        this.rows = rows;
        this.docs = docs;
        this.textField = textField;
        this.today = today;
        this.problems = problems;
    }

    /**
     * A Spark session in local mode on every core of this machine ({@code local[*]}), bound to the
     * loopback address, without its web UI: nothing is reached or opened on the network.
     */
    public static SparkSession localSession() {
        return SparkSession.builder().master("local[*]").appName("NewsTables")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /** {@link #load(SparkSession, String)} in a {@link #localSession()}. */
    public static SparkCorpus load(String path) {
        return load(localSession(), path);
    }

    /**
     * Reads and analyses {@code path} — a folder of .txt/.md files (with an optional metadata.csv),
     * a .csv, .tsv, .jsonl or .parquet file — as {@code Corpus.load} does. Folders, Parquet and JSON
     * Lines in UTF-8 are read on the executors, in parts, from any file system of the session ({@code
     * hdfs://…}, {@code s3a://…}), with no size limit; CSV files (their quoted cells may span lines),
     * single .txt files and JSON Lines in other encodings are read on the driver, from this machine,
     * within the loader's file size limit.
     *
     * @throws NewsTablesException when the path does not exist or cannot be read as a corpus
     */
    public static SparkCorpus load(SparkSession spark, String path) {
        return load(spark, path, Corpus.loader());
    }

    /** {@link #load(SparkSession, String)} with the reading options of {@code loader} (text and id columns, …). */
    public static SparkCorpus load(SparkSession spark, String path, CorpusLoader loader) {
        CorpusReader.Options options = loader.options();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Doc> rdd;
        List<Problem> problems;
        String textField;
        JavaRDD<?> files = null;
        String lower = path == null ? "" : path.toLowerCase(java.util.Locale.ROOT).replaceAll("/+$", "");
        // (Spark writes a .parquet file as a folder: it is read by the Parquet source.)
        FolderSource.Documents read = lower.endsWith(".parquet") ? TableSource.parquet(spark, path, name(path), options)
                : path != null && FolderSource.isFolder(jsc, path) ? FolderSource.read(jsc, path, options.maxFileBytes(),
                        ARTICLES_PER_PARTITION)
                : (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) && exists(jsc, path)
                        ? TableSource.jsonLines(jsc, path, name(path), options) : null;
        if (read != null) {
            // Read on the executors: the driver has seen only names, ids and problems.
            rdd = read.documents();
            files = read.read();
            problems = new ArrayList<>(read.problems());
            textField = read.textField();
        } else {
            CorpusReader.Documents onDriver = documents(jsc, path, options);
            List<Doc> docs = new ArrayList<>(onDriver.documents().size());
            onDriver.documents().forEach(d -> docs.add(Doc.of(d)));
            // Two tasks a core, and partitions of at most about a thousand articles, whose rows an executor holds at once.
            int slices = Math.max(1, Math.max(Math.min(docs.size(), 2 * jsc.defaultParallelism()),
                    (docs.size() + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION));
            rdd = jsc.parallelize(docs, slices);
            problems = new ArrayList<>(onDriver.problems());
            textField = onDriver.textField();
        }
        LocalDate today = options.today();

        // Pass 1: each partition's counts of word forms, added up here.
        Map<String, int[]> counts = rdd.mapPartitionsToPair(it -> {
            List<Tuple2<String, int[]>> out = new ArrayList<>();
            Executor.attestation(list(it), textField, today).forEach((form, n) -> out.add(new Tuple2<>(form, n)));
            return out.iterator();
        }).reduceByKey((x, y) -> new int[] {x[0] + y[0], x[1] + y[1]}).collectAsMap();
        Broadcast<HashMap<String, int[]>> attestation = jsc.broadcast(new HashMap<>(counts));

        // Pass 2: the rows and partial counts, with the stems of the whole corpus. Only the Parts are
        // kept, serialized (compact, and no Java objects for the collector to trace), spilling to disk
        // beyond the storage memory; the long tables' rows are made again when a Dataset of them is
        // used (the attestation broadcast stays for that, and settles the stems as it did here).
        JavaRDD<Rows> rows = rdd.mapPartitionsWithIndex((index, it) -> List.of(Executor.analyse(index, list(it),
                textField, today, attestation.value())).iterator(), true);
        JavaRDD<Part> parts = rows.map(r -> r.part).persist(StorageLevel.MEMORY_AND_DISK_SER());

        parts.flatMap(p -> p.problems.iterator()).collect().forEach(p -> problems.add(Doc.problem(p)));
        problems.sort(Comparator.comparing(Problem::origin, Origin.IN_INPUT_ORDER));
        if (files != null) {
            files.unpersist(false);
        }
        return new SparkCorpus(spark, parts, rows, rdd, textField, today, List.copyOf(problems));
    }

    /**
     * The documents of a file {@code path} that the executors cannot read in parts (.csv, .tsv, one
     * .txt, a JSON Lines file that is not plain UTF-8), read on the driver with the core's readers;
     * a file on another file system of the session (hdfs://, s3a://) is copied here first, under
     * its own name, and the copy deleted after.
     */
    private static CorpusReader.Documents documents(JavaSparkContext jsc, String path, CorpusReader.Options options) {
        if (path == null) {
            throw new NewsTablesException("No path was given. Pass the path of a folder of .txt files,"
                    + " or of a .csv, .jsonl or .parquet file, e.g. SparkCorpus.load(spark, \"my-articles\").");
        }
        String local = path.startsWith("file:") ? java.net.URI.create(path).getPath() : path;
        if (!FolderSource.uri(local)) {
            return CorpusReader.documents(Path.of(local), options);
        }
        if (!exists(jsc, path)) {
            throw new NewsTablesException(path + " does not exist, or is not a file or folder the Spark session can"
                    + " read. Check the address.");
        }
        Path copy = null;
        try {
            copy = Files.createTempDirectory("newstables-spark-").resolve(name(path));
            org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(path);
            // The raw local file system: no checksum file is written beside the copy.
            source.getFileSystem(jsc.hadoopConfiguration()).copyToLocalFile(false, source,
                    new org.apache.hadoop.fs.Path(copy.toUri()), true);
            return CorpusReader.documents(copy, options);
        } catch (java.io.IOException e) {
            throw new NewsTablesException(path + " could not be copied to this machine to be read: " + e.getMessage()
                    + ". Check the address, the space in " + System.getProperty("java.io.tmpdir")
                    + ", or convert the file to Parquet or UTF-8 JSON Lines, which are read on the executors.", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                    Files.deleteIfExists(copy.getParent());
                } catch (java.io.IOException e) {
                    // A temporary copy left behind is not worth failing the load for.
                }
            }
        }
    }

    /** The file name at the end of {@code path}, as the problems and origins name it. */
    private static String name(String path) {
        return new org.apache.hadoop.fs.Path(path.replaceAll("/+$", "")).getName();
    }

    /** Whether the file exists on the session's file system (a plain path is this machine's). */
    private static boolean exists(JavaSparkContext jsc, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(jsc.hadoopConfiguration()).isFile(p);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static <T> List<T> list(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** The Spark session the corpus is analysed in. */
    public SparkSession spark() {
        return spark;
    }

    /** How many partitions the articles are analysed in (consecutive articles, in input order). */
    public int partitions() {
        return parts.getNumPartitions();
    }

    /**
     * The bytes Spark holds of the kept partitions now, in memory and on disk (serialized): what the
     * aggregates read, for the benchmark.
     */
    long[] keptBytes() {
        for (org.apache.spark.storage.RDDInfo info : spark.sparkContext().getRDDStorageInfo()) {
            if (info.id() == parts.id()) {
                return new long[] {info.memSize(), info.diskSize()};
            }
        }
        return new long[2];
    }

    /** How many articles. */
    public long size() {
        return parts.map(p -> (long) p.size()).reduce(Long::sum);
    }

    // ---- the long tables, as Spark Datasets

    /** A function from a partition (its {@link Part} or its {@link Rows}) to its rows of one table, which Spark can ship. */
    private interface RowsOf<T> extends Serializable {
        List<Object[]> of(T p);
    }

    private static <T> Dataset<Row> dataset(SparkSession spark, JavaRDD<T> from, RowsOf<T> rows, StructType schema) {
        JavaRDD<Row> r = from.flatMap(p -> {
            List<Row> out = new ArrayList<>();
            for (Object[] row : rows.of(p)) {
                Object[] cells = row.clone();
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Map<?, ?> m) {
                        // Spark's rows hold Scala maps.
                        cells[c] = scala.jdk.javaapi.CollectionConverters.asScala(m);
                    }
                }
                out.add(RowFactory.create(cells));
            }
            return out.iterator();
        });
        return spark.createDataFrame(r, schema);
    }

    /** A table of the partitions' kept {@link Part}s. */
    private Dataset<Row> kept(RowsOf<Part> of, StructType schema) {
        return dataset(spark, parts, of, schema);
    }

    /** A long table, its rows made again from the source. */
    private Dataset<Row> remade(RowsOf<Rows> of, StructType schema) {
        return dataset(spark, rows, of, schema);
    }

    private static Mentions noMentions() {
        return Mentions.of(List.of(), Lexicon.themes().matcher());
    }

    /**
     * One row per article, with the columns of {@link Corpus#articles()}, except that the extra
     * metadata columns are one map column, {@code extra}, between {@code text} and {@code file}.
     */
    public Dataset<Row> articles() {
        StructType plain = Tables.schema(ArticleTables.articles(List.of(), new int[0], new int[0]));
        List<StructField> fields = new ArrayList<>(List.of(plain.fields()).subList(0, Executor.FIXED));
        fields.add(DataTypes.createStructField("extra", DataTypes.createMapType(DataTypes.StringType,
                DataTypes.StringType), true));
        fields.addAll(List.of(plain.fields()).subList(Executor.FIXED, plain.fields().length));
        return remade(p -> p.articles, DataTypes.createStructType(fields));
    }

    /** One row per entity mention: the columns of {@link Corpus#mentions()}. */
    public Dataset<Row> mentions() {
        return remade(p -> p.mentions, Tables.schema(EntityTables.mentions(List.of(), noMentions(), "mentions")));
    }

    /** One row per theme keyword found: the columns of {@link Corpus#themeMentions()}. */
    public Dataset<Row> themeMentions() {
        return remade(p -> p.themeMentions, Tables.schema(EntityTables.themeMentions(List.of(), noMentions())));
    }

    /** Every date expression of every article: the columns of {@link Corpus#dates()}. */
    public Dataset<Row> dates() {
        return remade(p -> p.dates, Tables.schema(ArticleTables.dates(List.of())));
    }

    /** What was skipped or looked wrong while reading and analysing: the columns of {@link Corpus#problems()}. */
    public Dataset<Row> problems() {
        Table t = ArticleTables.problems(problems);
        List<Row> rows = new ArrayList<>();
        Tables.rows(t).forEach(r -> rows.add(RowFactory.create(r)));
        return spark.createDataFrame(rows, Tables.schema(t));
    }

    /** {@link #problems()} as the Tablesaw table {@link Corpus#problems()} gives. */
    public Table problemsTable() {
        return ArticleTables.problems(problems);
    }

    private Dataset<Row> termCounts() {
        StructType s = DataTypes.createStructType(List.of(
                DataTypes.createStructField("article", DataTypes.StringType, false),
                DataTypes.createStructField("term", DataTypes.StringType, false),
                DataTypes.createStructField("count", DataTypes.IntegerType, false),
                DataTypes.createStructField("tokens", DataTypes.IntegerType, false)));
        return remade(p -> p.terms, s);
    }

    /** Each term's most frequent written form: term, surface (on a tie the first in code-point order, as the core's). */
    private Dataset<Row> bestSurfaces() {
        StructType s = DataTypes.createStructType(List.of(
                DataTypes.createStructField("term", DataTypes.StringType, false),
                DataTypes.createStructField("surface", DataTypes.StringType, false),
                DataTypes.createStructField("n", DataTypes.LongType, false)));
        Dataset<Row> counts = kept(p -> {
            List<Object[]> out = new ArrayList<>(p.surfaces.length);
            for (int f = 0; f < p.surfaces.length; f++) {
                out.add(new Object[] {p.terms[p.surfaceTerm[f]], p.surfaces[f], p.surfaceCount[f]});
            }
            return out;
        }, s).groupBy("term", "surface").agg(sum("n").as("n"));
        // Most frequent first, then by UTF-16 code units (Java's String order, which UTF-16BE bytes keep).
        org.apache.spark.sql.expressions.WindowSpec w = org.apache.spark.sql.expressions.Window.partitionBy("term")
                .orderBy(col("n").desc(), utf16(col("surface")));
        return counts.withColumn("rank", org.apache.spark.sql.functions.row_number().over(w))
                .filter(col("rank").equalTo(1)).select("term", "surface");
    }

    private static org.apache.spark.sql.Column utf16(org.apache.spark.sql.Column c) {
        return org.apache.spark.sql.functions.encode(c, "UTF-16BE");
    }

    /**
     * One row per term (stem) per article, stop words left out: article, term, surface, count, tf,
     * df, idf, tfidf, as {@link Corpus#terms()} (in no particular order).
     */
    public Dataset<Row> terms() {
        Dataset<Row> t = termCounts();
        long n = size();
        Dataset<Row> df = t.groupBy("term").agg(count(lit(1)).cast("int").as("df"));
        return t.join(df, "term").join(bestSurfaces(), "term")
                .withColumn("tf", col("count").cast("double").divide(col("tokens")))
                .withColumn("idf", org.apache.spark.sql.functions.log10(lit((double) n).divide(col("df"))))
                .withColumn("tfidf", col("tf").multiply(col("idf")))
                .select(col("article"), col("term"), col("surface"), col("count"), col("tf"), col("df").as("articles"),
                        col("idf"), col("tfidf"));
    }

    // ---- the aggregates, as Corpus's Tablesaw tables

    /** Every entity found, most mentioned first: {@link Corpus#entities()}. */
    public Table entities() {
        // Partners, the focal country and the timelines need it too: counted in Spark once, copied out.
        synchronized (this) {
            if (entities == null) {
                entities = countEntities();
            }
            return entities.copy();
        }
    }

    private Table countEntities() {
        Table template = EntityTables.entities(List.of(), noMentions());
        StructType s = Tables.schema(template).add("part", DataTypes.IntegerType);
        Dataset<Row> rows = kept(p -> p.entities, s);
        // The first partition's entry whose role is known, else the first partition's: as the core picks across articles.
        List<Row> merged = rows.groupBy("entity").agg(sum("mentions").cast("int").as("mentions"),
                sum("articles").cast("int").as("articles"), min("first_date").as("first_date"),
                max("last_date").as("last_date"), min(struct(when(col("role").equalTo(""), 1).otherwise(0).as("no_role"),
                        col("part"), col("label"), col("label_ar"), col("type"), col("role"), col("source"))).as("e"))
                .select(col("entity"), col("e.label"), col("e.label_ar"), col("e.type"), col("mentions"), col("articles"),
                        col("first_date"), col("last_date"), col("e.role"), col("e.source"))
                .collectAsList();
        List<Row> sorted = new ArrayList<>(merged);
        sorted.sort(Comparator.comparingInt((Row r) -> -r.getInt(4)).thenComparing(r -> r.getString(0)));
        return Tables.append(template, sorted);
    }

    /** {@link #duplicates(NearDuplicates.Options)} with the default options: {@code Corpus.duplicates()}'s table. */
    public Table duplicates() {
        return duplicates(NearDuplicates.Options.DEFAULTS);
    }

    /**
     * Near-duplicate articles (article, cluster, representative, similarity), the table {@code
     * Corpus.duplicates(options)} gives: the core's MinHash signatures, made on the executors, and
     * its bands, compared in Spark; see {@link NearDuplicates#table()}.
     */
    public Table duplicates(NearDuplicates.Options options) {
        return SparkDuplicates.find(docs, parts, textField, today, options);
    }

    /** Entities and themes named in the same sentence: {@link Corpus#cooccurrence()}. */
    public Table cooccurrence() {
        Table template = Cooccurrence.of(noMentions(), noMentions());
        StructType s = Tables.schema(template).add("part", DataTypes.IntegerType);
        List<Row> merged = kept(p -> p.cooccurrence, s).groupBy("kind", "entity", "other")
                .agg(sum("sentences").cast("int").as("sentences"), sum("articles").cast("int").as("articles"),
                        min(struct(col("part"), col("entity_label"), col("other_label"), col("entity_label_ar"),
                                col("other_label_ar"))).as("l"))
                .select(col("kind"), col("entity"), col("l.entity_label"), col("other"), col("l.other_label"),
                        col("sentences"), col("articles"), col("l.entity_label_ar"), col("l.other_label_ar"))
                .collectAsList();
        List<Row> sorted = new ArrayList<>(merged);
        sorted.sort(Comparator.comparingInt((Row r) -> -r.getInt(5))
                .thenComparing(r -> r.getString(0) + "\u0000" + r.getString(1) + "\u0000" + r.getString(3)));
        return Tables.append(template, sorted);
    }

    /** The {@code n} most frequent terms: term, surface, count, articles, per_1k, as {@link Corpus#topTerms(int)}. */
    public Table topTerms(int n) {
        Table template = TermTables.top(TermIndex.of(List.of(), new Vocabulary(), StopWords.defaults()), n);
        long allTokens = parts.map(p -> (long) java.util.Arrays.stream(p.tokens).sum()).reduce(Long::sum);
        StructType s = DataTypes.createStructType(List.of(
                DataTypes.createStructField("term", DataTypes.StringType, false),
                DataTypes.createStructField("count", DataTypes.LongType, false),
                DataTypes.createStructField("articles", DataTypes.LongType, false)));
        // Each partition's counts per term, added up: not one row per term and article.
        Dataset<Row> counts = kept(p -> {
            List<Object[]> out = new ArrayList<>(p.terms.length);
            for (int t = 0; t < p.terms.length; t++) {
                out.add(new Object[] {p.terms[t], p.termCount[t], (long) p.termArticles[t]});
            }
            return out;
        }, s);
        List<Row> top = counts.groupBy("term").agg(sum("count").as("count"), sum("articles").as("articles"))
                .orderBy(col("count").desc(), utf16(col("term"))).limit(n)
                .join(bestSurfaces(), "term")
                .select("term", "surface", "count", "articles").collectAsList();
        List<Row> sorted = new ArrayList<>(top);
        sorted.sort(Comparator.comparingLong((Row r) -> -r.getLong(2)).thenComparing(r -> r.getString(0)));
        for (Row r : sorted) {
            template.stringColumn("term").append(r.getString(0));
            template.stringColumn("surface").append(r.getString(1));
            template.longColumn("count").append(r.getLong(2));
            template.intColumn("articles").append((int) r.getLong(3));
            template.doubleColumn("per_1k").append(allTokens == 0 ? 0 : 1000.0 * r.getLong(2) / allTokens);
        }
        return template;
    }

    /** The n-grams ({@code n} ≥ 2) of runs of content words, most frequent first, as {@link Corpus#ngrams(int)}. */
    public Table ngrams(int n) {
        Table template = Ngrams.of(List.of(), new Vocabulary(), StopWords.defaults(), n);
        StructType s = DataTypes.createStructType(List.of(
                DataTypes.createStructField("norm", DataTypes.StringType, false),
                DataTypes.createStructField("written", DataTypes.StringType, false),
                DataTypes.createStructField("count", DataTypes.LongType, false),
                DataTypes.createStructField("articles", DataTypes.LongType, false)));
        List<Row> rows = kept(p -> ngramRows(p, n), s).groupBy("norm", "written")
                .agg(sum("count").as("count"), sum("articles").as("articles")).collectAsList();
        Map<String, long[]> counts = new HashMap<>();
        Map<String, String> best = new HashMap<>();
        Map<String, Long> bestCount = new HashMap<>();
        for (Row r : rows) {
            String norm = r.getString(0);
            long[] c = counts.computeIfAbsent(norm, k -> new long[2]);
            c[0] += r.getLong(2);
            c[1] += r.getLong(3);
            String form = r.getString(1);
            long fc = r.getLong(2);
            Long had = bestCount.get(norm);
            if (had == null || fc > had || fc == had && form.compareTo(best.get(norm)) < 0) {
                bestCount.put(norm, fc);
                best.put(norm, form);
            }
        }
        List<String> norms = new ArrayList<>(counts.keySet());
        norms.sort(Comparator.comparingLong((String k) -> -counts.get(k)[0]).thenComparing(k -> k));
        for (String k : norms) {
            template.stringColumn("ngram").append(best.get(k));
            template.stringColumn("norm").append(k);
            template.longColumn("count").append(counts.get(k)[0]);
            template.intColumn("articles").append((int) counts.get(k)[1]);
        }
        return template;
    }

    /** One partition's n-grams: norm, written form, count, and the articles it is in (on its first written form only). */
    private static List<Object[]> ngramRows(Part p, int n) {
        Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
        Map<String, long[]> articles = new HashMap<>();
        for (int a = 0; a < p.size(); a++) {
            Set<String> seen = new HashSet<>();
            for (int r = p.articleRuns[a]; r < p.articleRuns[a + 1]; r++) {
                for (int s = p.runStarts[r]; s + n <= p.runStarts[r + 1]; s++) {
                    StringBuilder written = new StringBuilder(p.written[p.runWords[s]]);
                    StringBuilder normalized = new StringBuilder(p.normalized[p.runWords[s]]);
                    for (int w = s + 1; w < s + n; w++) {
                        written.append(' ').append(p.written[p.runWords[w]]);
                        normalized.append(' ').append(p.normalized[p.runWords[w]]);
                    }
                    String norm = normalized.toString();
                    counts.computeIfAbsent(norm, k -> new HashMap<>()).computeIfAbsent(written.toString(), k -> new long[1])[0]++;
                    if (seen.add(norm)) {
                        articles.computeIfAbsent(norm, k -> new long[1])[0]++;
                    }
                }
            }
        }
        List<Object[]> out = new ArrayList<>();
        counts.forEach((norm, forms) -> {
            boolean first = true;
            for (Map.Entry<String, long[]> f : forms.entrySet()) {
                out.add(new Object[] {norm, f.getKey(), f.getValue()[0], first ? articles.get(norm)[0] : 0L});
                first = false;
            }
        });
        return out;
    }

    /**
     * The country mentioned most (ties: more articles, then the key), as {@link Corpus#focalCountry()}.
     *
     * @throws NewsTablesException when the corpus mentions no country
     */
    public String focalCountry() {
        String focal = EntityTables.mostMentionedCountry(entities());
        if (focal == null) {
            throw new NewsTablesException("The corpus mentions no country, so it has no focal country; name one:"
                    + " c.partners(\"EG\").");
        }
        return focal;
    }

    /** {@link #partners(String)} of the focal country, as {@link Corpus#partners()}. */
    public Table partners() {
        String focal = EntityTables.mostMentionedCountry(entities());
        if (focal == null) {
            return EntityTables.partners(List.of(), noMentions(), "").setName("partners (the corpus names no country)");
        }
        return partners(focal);
    }

    /** The countries named in the articles naming {@code focal} (ISO code), as {@link Corpus#partners(String)}. */
    public Table partners(String focal) {
        java.util.Objects.requireNonNull(focal, "focal");
        String name = "partners of " + Lexicon.entities().entry(focal).label() + " (" + focal + ")";
        Table template = EntityTables.partners(List.of(), noMentions(), focal).setName(name);
        StructType s = DataTypes.createStructType(List.of(
                DataTypes.createStructField("entity", DataTypes.StringType, false),
                DataTypes.createStructField("articles", DataTypes.IntegerType, false),
                DataTypes.createStructField("mentions", DataTypes.IntegerType, false),
                DataTypes.createStructField("same_sentence", DataTypes.IntegerType, false),
                DataTypes.createStructField("part", DataTypes.IntegerType, false),
                DataTypes.createStructField("label", DataTypes.StringType, false),
                DataTypes.createStructField("label_ar", DataTypes.StringType, false)));
        List<Row> merged = kept(p -> partnerRows(p, focal), s).groupBy("entity")
                .agg(sum("articles").cast("int").as("articles"), sum("mentions").cast("int").as("mentions"),
                        sum("same_sentence").cast("int").as("same_sentence"),
                        min(struct(col("part"), col("label"), col("label_ar"))).as("l"))
                .select(col("entity"), col("l.label"), col("l.label_ar"), col("articles"), col("mentions"),
                        col("same_sentence"))
                .collectAsList();
        List<Row> sorted = new ArrayList<>(merged);
        sorted.sort(Comparator.comparingInt((Row r) -> -r.getInt(3)).thenComparingInt(r -> -r.getInt(4))
                .thenComparing(r -> r.getString(0)));
        return Tables.append(template, sorted);
    }

    /** One partition's partner counts, article by article as the core counts them. */
    private static List<Object[]> partnerRows(Part p, String focal) {
        Part.Coded m = p.mentions;
        int focalKey = java.util.Arrays.asList(m.keys).indexOf(focal);
        Map<Integer, int[]> counts = new LinkedHashMap<>();
        for (int a = 0; a < p.size() && focalKey >= 0; a++) {
            Set<Integer> focalSentences = new HashSet<>();
            for (int r = m.from[a]; r < m.from[a + 1]; r++) {
                if (m.key[r] == focalKey) {
                    focalSentences.add(m.sentence[r]);
                }
            }
            if (!focalSentences.isEmpty()) {
                Set<Integer> seen = new HashSet<>();
                Map<Integer, Set<Integer>> together = new HashMap<>();
                for (int r = m.from[a]; r < m.from[a + 1]; r++) {
                    int key = m.key[r];
                    if (!"COUNTRY".equals(m.types[key]) || key == focalKey) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(key, k -> new int[3]);
                    c[1]++;
                    if (seen.add(key)) {
                        c[0]++;
                    }
                    if (focalSentences.contains(m.sentence[r])) {
                        together.computeIfAbsent(key, k -> new HashSet<>()).add(m.sentence[r]);
                    }
                }
                together.forEach((k, x) -> counts.get(k)[2] += x.size());
            }
        }
        List<Object[]> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new Object[] {m.keys[k], c[0], c[1], c[2], p.index, m.labels[k], m.labelsAr[k]}));
        return out;
    }

    /**
     * Mentions per period of every theme and the ten most mentioned entities, as {@link
     * Corpus#timeline(Per)}.
     */
    public Table timeline(Per per) {
        LinkedHashMap<String, String[]> keys = new LinkedHashMap<>();
        keys.putAll(timelineKeys(Kind.THEME, Integer.MAX_VALUE));
        keys.putAll(timelineKeys(Kind.ENTITY, 10));
        return timeline(per, keys);
    }

    /**
     * The timeline of some keys of one kind, or with no key of every key of the kind, as {@link
     * Corpus#timeline(Per, Kind, String...)}.
     *
     * @throws NewsTablesException when a key is neither mentioned nor in the kind's lexicon
     */
    public Table timeline(Per per, Kind kind, String... keys) {
        if (keys.length == 0) {
            return timeline(per, timelineKeys(kind, Integer.MAX_VALUE));
        }
        Lexicon l = java.util.Objects.requireNonNull(kind, "kind") == Kind.ENTITY ? Lexicon.entities() : Lexicon.themes();
        Map<String, String[]> found = new HashMap<>();
        if (kind == Kind.ENTITY) {
            Table e = entities();
            for (int i = 0; i < e.rowCount(); i++) {
                found.put(e.stringColumn("entity").get(i), new String[] {e.stringColumn("label").get(i),
                    e.stringColumn("label_ar").get(i)});
            }
        }
        LinkedHashMap<String, String[]> chosen = new LinkedHashMap<>();
        for (String key : keys) {
            String[] labels = found.get(key);
            if (labels == null) {
                labels = new String[] {l.entry(key).label(), l.entry(key).labelAr()};
            }
            chosen.put(key, new String[] {kind.column(), labels[0], labels[1]});
        }
        return timeline(per, chosen);
    }

    private LinkedHashMap<String, String[]> timelineKeys(Kind kind, int limit) {
        LinkedHashMap<String, String[]> keys = new LinkedHashMap<>();
        if (java.util.Objects.requireNonNull(kind, "kind") == Kind.THEME) {
            for (org.newstables.lexicon.Entry e : Lexicon.themes().entries()) {
                keys.put(e.key(), new String[] {"theme", e.label(), e.labelAr()});
            }
            return keys;
        }
        Table entities = entities();
        for (int i = 0; i < Math.min(limit, entities.rowCount()); i++) {
            keys.put(entities.stringColumn("entity").get(i), new String[] {"entity",
                entities.stringColumn("label").get(i), entities.stringColumn("label_ar").get(i)});
        }
        return keys;
    }

    /**
     * Counts the mentions of {@code keys} per day in each partition, adds the days up in Spark (a
     * tree of small maps: days × keys, whatever the corpus's size), then per period here, into the
     * core's timeline table.
     */
    private Table timeline(Per per, LinkedHashMap<String, String[]> keys) {
        // A key's place in the table, by its kind ("entity", "theme") and key.
        HashMap<String, Integer> position = new HashMap<>();
        keys.forEach((k, v) -> position.put(v[0] + "\u0000" + k, position.size()));
        int n = keys.size();
        HashMap<Integer, long[]> days = parts.map(p -> perDay(p, position, n)).treeReduce(SparkCorpus::add);
        LocalDate first = null;
        LocalDate last = null;
        for (int day : days.keySet()) {
            if (day != Part.UNDATED) {
                LocalDate date = LocalDate.ofEpochDay(day);
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        List<LocalDate> periods = Timeline.periods(per, first, last);
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            index.put(periods.get(i), i);
        }
        int slots = periods.size() + 1;
        long[] periodTokens = new long[slots];
        int[] periodArticles = new int[slots];
        int[][] counts = new int[n][slots];
        int[][] articleCounts = new int[n][slots];
        days.forEach((day, d) -> {
            int slot = slot(day == Part.UNDATED ? null : LocalDate.ofEpochDay(day), per, index, periods.size());
            periodArticles[slot] += (int) d[0];
            periodTokens[slot] += d[1];
            for (int k = 0; k < n; k++) {
                counts[k][slot] += (int) d[2 + k];
                articleCounts[k][slot] += (int) d[2 + n + k];
            }
        });
        return Timeline.table(per, periods, periodTokens, periodArticles, counts, articleCounts, keys);
    }

    /**
     * One partition's counts per day (an epoch day, or {@link Part#UNDATED}): articles, tokens, then
     * the mentions of each of the {@code n} keys, then the articles mentioning each.
     */
    private static HashMap<Integer, long[]> perDay(Part p, Map<String, Integer> position, int n) {
        int[] entityAt = positions(p.mentions, "entity", position);
        int[] themeAt = positions(p.themes, "theme", position);
        // seen[k] == a + 1: article a has been counted for key k.
        int[] seen = new int[n];
        HashMap<Integer, long[]> days = new HashMap<>();
        for (int a = 0; a < p.size(); a++) {
            long[] d = days.computeIfAbsent(p.day[a], x -> new long[2 + 2 * n]);
            d[0]++;
            d[1] += p.tokens[a];
            for (Part.Coded m : List.of(p.mentions, p.themes)) {
                int[] at = m == p.mentions ? entityAt : themeAt;
                for (int r = m.from[a]; r < m.from[a + 1]; r++) {
                    int k = at[m.key[r]];
                    if (k >= 0) {
                        d[2 + k]++;
                        if (seen[k] != a + 1) {
                            seen[k] = a + 1;
                            d[2 + n + k]++;
                        }
                    }
                }
            }
        }
        return days;
    }

    /** Each of a partition's keys' place among the timeline's keys, or -1. */
    private static int[] positions(Part.Coded m, String kind, Map<String, Integer> position) {
        int[] at = new int[m.keys.length];
        for (int k = 0; k < at.length; k++) {
            at[k] = position.getOrDefault(kind + "\u0000" + m.keys[k], -1);
        }
        return at;
    }

    /** {@code x} with {@code y}'s counts added, day by day. */
    private static HashMap<Integer, long[]> add(HashMap<Integer, long[]> x, HashMap<Integer, long[]> y) {
        y.forEach((day, d) -> x.merge(day, d, (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        }));
        return x;
    }

    private static int slot(LocalDate date, Per per, Map<LocalDate, Integer> index, int undated) {
        return date == null ? undated : index.get(per.start(date));
    }

    @Override
    public String toString() {
        return "SparkCorpus of " + size() + " articles, " + problems.size() + " problems";
    }
}

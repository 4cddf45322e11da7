package org.newstables.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newstables.common.NewsTablesException;

/**
 * Reads a corpus from a folder, a single text file, a CSV or a JSONL file, or the bundled seeds,
 * into articles and problems. Articles are built in parallel and come back in input order.
 *
 * <p>Most users call {@code Corpus.load(path)}; this class is the machinery behind it.
 */
public final class CorpusReader {

    /** Where the seed articles and their metadata.csv sit on the class path. */
    public static final String SEEDS = "/org/newstables/seeds/";

    /** Articles and problems, in input order. */
    public record Loaded(List<Article> articles, List<Problem> problems) {
    }

    /**
     * Reading options.
     *
     * @param textColumn   the CSV/JSONL column that holds the text, or null to look for
     *                     text, body or content
     * @param idColumn     the CSV/JSONL column that holds the id, or null for {@code id} or the row number
     * @param maxFileBytes the largest file read
     * @param today        the day against which a future date is a problem
     */
    public record Options(String textColumn, String idColumn, long maxFileBytes, LocalDate today, Character delimiter) {
    }

    private CorpusReader() {
    }

    /**
     * Reads {@code path} with {@code options}. A CSV file's articles are built while it is parsed
     * ({@link #buildWhileParsing}); any other source is read whole, then built.
     */
    public static Loaded read(Path path, Options options) {
        check(path);
        if (!Files.isDirectory(path) && csv(path)) {
            return buildWhileParsing(path, options);
        }
        Documents d = documents(path, options);
        return build(new FolderReader.Batch(d.documents(), new ArrayList<>(d.problems()), d.textField()), options.today());
    }

    /**
     * The articles of a CSV file, built on the other threads while the caller parses it, a batch of
     * rows at a time ({@link org.newstables.common.Chunks#pipelined}): parsing is serial, and on two
     * threads the second one otherwise waited for it (0.5 s for 100,000 generated articles). The same
     * articles and problems, in the same order, as {@link #documents} then {@link #build}: the rows'
     * ids are given in row order by the parsing thread, and the problems are put in input order at
     * the end, as there.
     */
    private static Loaded buildWhileParsing(Path path, Options options) {
        ArticleFactory factory = new ArticleFactory(options.today());
        FolderReader.Batch[] rest = new FolderReader.Batch[1];
        List<Loaded> parts = org.newstables.common.Chunks.<FolderReader.Batch, Loaded>pipelined(
                batches -> rest[0] = TableReader.streamCsv(path, options.textColumn(), options.idColumn(),
                        options.maxFileBytes(), delimiter(path, options), batches),
                batch -> built(factory, batch.docs(), batch.textField()));
        return merged(rest[0].problems(), parts);
    }

    /** Throws a clear error when no path is given, or it does not exist or cannot be read. */
    private static void check(Path path) {
        if (path == null) {
            throw new NewsTablesException("No path was given. Pass the path of a folder of .txt files,"
                    + " or of a .csv or .jsonl file, e.g. Corpus.load(Path.of(\"my-articles\")).");
        }
        if (!Files.exists(path)) {
            throw new NewsTablesException(path.toAbsolutePath() + " does not exist. Give the path of a"
                    + " folder of .txt/.md files, or of a .csv or .jsonl file (relative paths start at "
                    + Path.of("").toAbsolutePath() + ").");
        }
        if (!Files.isReadable(path)) {
            throw new NewsTablesException(path + " cannot be read: check its permissions.");
        }
    }

    /** Whether {@code path} is read as a CSV file (.csv, or .tsv with tabs). */
    private static boolean csv(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    /** The delimiter asked for, else a tab for a .tsv file, else null (detected from the header row). */
    private static Character delimiter(Path path, Options options) {
        return options.delimiter() != null ? options.delimiter()
                : path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? Character.valueOf('\t') : null;
    }

    /**
     * The documents of {@code path} as read, before they become articles, and what reading them
     * found wrong: {@link #read(Path, Options)} is these, {@link #articles built}. For an engine that
     * builds the articles elsewhere (on the executors of a cluster).
     *
     * @param documents the files or rows, decoded, with their ids and metadata, in input order
     * @param problems  the files or rows that could not be read, and why
     * @param textField the column that held the text (CSV and JSONL), or null
     */
    public record Documents(List<SourceDocument> documents, List<Problem> problems, String textField) {
    }

    /** The {@link Documents} of {@code path}, read with {@code options}; see {@link #read(Path, Options)}. */
    public static Documents documents(Path path, Options options) {
        check(path);
        FolderReader.Batch batch;
        if (Files.isDirectory(path)) {
            batch = FolderReader.read(path, options.maxFileBytes());
        } else {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (csv(path)) {
                batch = TableReader.readCsv(path, options.textColumn(), options.idColumn(), options.maxFileBytes(),
                        delimiter(path, options));
            } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                batch = TableReader.readJsonl(path, options.textColumn(), options.idColumn(),
                        options.maxFileBytes());
            } else if (name.endsWith(".txt") || name.endsWith(".md")) {
                String file = path.getFileName().toString();
                TextDecoder.Decoded text = FileText.readWhole(path, options.maxFileBytes());
                batch = new FolderReader.Batch(List.of(new SourceDocument(file.substring(0, file.lastIndexOf('.')),
                        Origin.of(file), text.text(), java.util.Map.of(), text.encoding())), new ArrayList<>(), null);
            } else {
                throw new NewsTablesException(path + " is not a folder, .txt, .md, .csv or .jsonl file."
                        + " Rename it if it is one of these, or convert it.");
            }
        }
        return new Documents(batch.docs(), batch.problems(), batch.textField());
    }

    /**
     * Where a file's bytes come from, for {@link #document(String, String, FileSource, long, List)}:
     * this machine's file system, or another one (Hadoop's, on the executors of a cluster).
     */
    public interface FileSource {
        /** Whether it is a regular file (not a folder, a device, a pipe or a broken link). */
        boolean regular() throws IOException;

        /** Its size in bytes, asked before its bytes are read. */
        long size() throws IOException;

        /** All its bytes. */
        byte[] bytes() throws IOException;

        /** The file {@code file} of this machine's file system. */
        static FileSource of(Path file) {
            return new FileSource() {
                @Override
                public boolean regular() {
                    return Files.isRegularFile(file);
                }

                @Override
                public long size() throws IOException {
                    return Files.size(file);
                }

                @Override
                public byte[] bytes() throws IOException {
                    return FileText.bytes(file);
                }
            };
        }
    }

    /**
     * A folder as the folder reader sees it before reading any file: its .txt and .md files by
     * path below the folder (with {@code /}), in path order, with their article ids; its
     * metadata.csv (its path, or null); and the problems of listing it and of its other files.
     */
    public record Folder(Map<String, String> articles, String metadata, List<Problem> problems) {
    }

    /**
     * The {@link Folder} of {@code folder} on this machine, listed as {@link #documents(Path,
     * Options)} lists it: recursively, links followed, hidden files and folders passed over.
     *
     * @throws NewsTablesException when it cannot be listed or holds nothing to read
     */
    public static Folder folder(Path folder) {
        List<Problem> problems = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Path f : FolderReader.list(folder, problems)) {
            files.add(FolderReader.relative(folder, f));
        }
        return FolderReader.plan(folder.toString(), files, problems);
    }

    /**
     * The {@link Folder} of files listed elsewhere (on another file system).
     *
     * @param folder the folder, for messages
     * @param files  the files' paths below the folder, with {@code /}, hidden ones (a part of the
     *               path starting with a dot) left out, in any order
     * @throws NewsTablesException when there is nothing to read
     */
    public static Folder folder(String folder, Collection<String> files) {
        return FolderReader.plan(folder, files, new ArrayList<>());
    }

    /**
     * One file of a {@link Folder} read as the folder reader reads it — the size limit, then the
     * decoding — or empty, with why added to {@code problems}.
     *
     * @param id   its id, from {@link Folder#articles()}
     * @param file its path below the folder
     */
    public static Optional<SourceDocument> document(String id, String file, FileSource source, long maxBytes,
            List<Problem> problems) {
        return FileText.read(source, file, maxBytes, problems)
                .map(t -> new SourceDocument(id, Origin.of(file), t.text(), Map.of(), t.encoding()));
    }

    /**
     * {@code documents} with the rows of a folder's metadata.csv, read from {@code metadata}, as
     * their fields, as the folder reader gives them; the problems of reading and matching the rows
     * are added to {@code problems}. Only the documents' ids and origins are looked at, so they may
     * be stand-ins without their text.
     */
    public static List<SourceDocument> metadata(FileSource metadata, List<SourceDocument> documents, long maxBytes,
            List<Problem> problems) {
        Optional<TextDecoder.Decoded> csv = FileText.read(metadata, FolderReader.METADATA, maxBytes, problems);
        return csv.isPresent() ? MetadataSidecar.apply(csv.get().text(), documents, problems) : documents;
    }

    /** Reads articles from the rows of a Tablesaw table (text in a column text, body or content). */
    public static Loaded read(tech.tablesaw.api.Table table, Options options) {
        Documents d = documents(table, options);
        return build(new FolderReader.Batch(d.documents(), new ArrayList<>(d.problems()), d.textField()), options.today());
    }

    /** The {@link Documents} of the rows of a Tablesaw table; see {@link #read(tech.tablesaw.api.Table, Options)}. */
    public static Documents documents(tech.tablesaw.api.Table table, Options options) {
        if (table == null) {
            throw new NewsTablesException("No table was given; pass a Tablesaw table with a text column.");
        }
        FolderReader.Batch batch = TableReader.readTable(table, options.textColumn(), options.idColumn());
        return new Documents(batch.docs(), batch.problems(), batch.textField());
    }

    /** Reads the seed articles bundled in the jar, with their metadata. */
    public static Loaded seeds(LocalDate today) {
        String metadata = resource(SEEDS + FolderReader.METADATA);
        List<String> ids = metadata.lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toList());
        List<SourceDocument> docs = new ArrayList<>();
        for (String id : ids) {
            docs.add(new SourceDocument(id, Origin.of(id + ".txt"), resource(SEEDS + id + ".txt"), java.util.Map.of(), "UTF-8"));
        }
        List<Problem> problems = new ArrayList<>();
        docs = MetadataSidecar.apply(metadata, docs, problems);
        return build(new FolderReader.Batch(docs, problems, null), today);
    }

    /**
     * The articles of {@code documents} (some of what {@link #documents} read, in any grouping), and
     * the problems of building them, in input order: cleaning, metadata and dates, as {@link
     * #read(Path, Options)} does.
     *
     * @param textField the {@link Documents#textField()} of the documents
     * @param today     the day against which a future date is a problem
     */
    public static Loaded articles(List<SourceDocument> documents, String textField, LocalDate today) {
        return build(new FolderReader.Batch(documents, new ArrayList<>(), textField), today);
    }

    private static Loaded build(FolderReader.Batch batch, LocalDate today) {
        ArticleFactory factory = new ArticleFactory(today);
        List<SourceDocument> docs = batch.docs();
        return merged(batch.problems(), org.newstables.common.Chunks.each(docs.size(),
                i -> built(factory, List.of(docs.get(i)), batch.textField())));
    }

    /** The articles of {@code docs} and the problems of building them, in their order, on this thread. */
    private static Loaded built(ArticleFactory factory, List<SourceDocument> docs, String textField) {
        List<Article> articles = new ArrayList<>(docs.size());
        List<Problem> problems = new ArrayList<>(1);
        for (SourceDocument doc : docs) {
            factory.build(doc, textField, problems).ifPresent(articles::add);
        }
        return new Loaded(articles, problems);
    }

    /** {@code parts} one after the other, the problems of reading ({@code first}) with them, in input order. */
    private static Loaded merged(List<Problem> first, List<Loaded> parts) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(first);
        for (Loaded part : parts) {
            articles.addAll(part.articles());
            problems.addAll(part.problems());
        }
        problems.sort(IN_INPUT_ORDER);
        return new Loaded(articles, problems);
    }

    /** Problems in the order of their files, then of their rows or lines (row 9 before row 10). */
    private static final Comparator<Problem> IN_INPUT_ORDER = Comparator.comparing(Problem::origin, Origin.IN_INPUT_ORDER);

    private static String resource(String name) {
        try (InputStream in = CorpusReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NewsTablesException("The bundled resource " + name + " is missing from the"
                        + " NewsTables jar; rebuild it with 'mvn package'.");
            }
            TextDecoder.Result r = TextDecoder.decode(in.readAllBytes());
            return r.decoded().text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

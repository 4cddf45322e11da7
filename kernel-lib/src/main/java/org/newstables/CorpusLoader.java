package org.newstables;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.CorpusReader;

/**
 * Options for loading a corpus, for when {@link Corpus#load(Path)} needs help:
 * <pre>{@code
 * Corpus c = Corpus.loader()
 *         .textColumn("article_body")   // the CSV/JSONL column with the text
 *         .idColumn("url")              // the column with a unique id
 *         .load(Path.of("scraped.csv"));
 * }</pre>
 * Loaders are immutable: every setter returns a new loader.
 */
public final class CorpusLoader {

    static {
        // The first corpus a notebook makes, whichever way, registers the library's table and chart renderers.
        FirstUse.run();
    }

    /**
     * Initialised while a corpus loads (see {@link InitAhead}): its static initialiser scans the class
     * path, and every corpus's first table needs it.
     */
    private static final String TABLE = "tech.tablesaw.api.Table";

    /** Files over this size are refused: with it, loading and analysing stays within a 2 GB heap. */
    private static final long DEFAULT_MAX_FILE_MB = 100;

    private final String textColumn;
    private final String idColumn;
    private final long maxFileBytes;
    private final Clock clock;
    private final Character delimiter;
    private final Path indexFolder;

    CorpusLoader() {
        this(null, null, DEFAULT_MAX_FILE_MB * 1_000_000L, Clock.systemDefaultZone(), null, null);
    }

    private CorpusLoader(String textColumn, String idColumn, long maxFileBytes, Clock clock, Character delimiter,
            Path indexFolder) {
        this.textColumn = textColumn;
        this.idColumn = idColumn;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
        this.delimiter = delimiter;
        this.indexFolder = indexFolder;
    }

    /** The CSV or JSONL column that holds the article text (default: text, body or content). */
    public CorpusLoader textColumn(String name) {
        return new CorpusLoader(name, idColumn, maxFileBytes, clock, delimiter, indexFolder);
    }

    /** The CSV or JSONL column that holds a unique article id (default: id, else the row number). */
    public CorpusLoader idColumn(String name) {
        return new CorpusLoader(textColumn, name, maxFileBytes, clock, delimiter, indexFolder);
    }

    /**
     * The character between a CSV file's cells: {@code ','}, {@code ';'} (as spreadsheet programs
     * write in many locales) or {@code '\t'}. By default it is detected from the header row: the
     * one of the three that occurs most often outside quotes (comma when none does).
     */
    public CorpusLoader delimiter(char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new NewsTablesException("'" + delimiter + "' cannot separate CSV cells; use ',', ';' or '\\t'.");
        }
        return new CorpusLoader(textColumn, idColumn, maxFileBytes, clock, delimiter, indexFolder);
    }

    /**
     * The largest file that is read, in megabytes (default 100); larger files become problems. A
     * larger limit needs a larger heap: about six times the file's size while it is analysed (a 514 MB
     * CSV file of 100,000 articles loads and gives its terms table in a 3 GB heap).
     */
    public CorpusLoader maxFileMegabytes(long megabytes) {
        if (megabytes <= 0) {
            throw new NewsTablesException("maxFileMegabytes must be positive, not " + megabytes + ".");
        }
        return new CorpusLoader(textColumn, idColumn, megabytes * 1_000_000L, clock, delimiter, indexFolder);
    }

    /**
     * Keeps the corpus's search index on disk in {@code folder} (for corpora too large for memory),
     * written on the first {@link Corpus#search} and shared by its sub-corpora; by default it is in memory.
     */
    public CorpusLoader indexAt(Path folder) {
        return new CorpusLoader(textColumn, idColumn, maxFileBytes, clock, delimiter, java.util.Objects.requireNonNull(folder, "folder"));
    }

    /** The clock that says what "today" is, against which a future date is a problem (for tests). */
    public CorpusLoader clock(Clock clock) {
        return new CorpusLoader(textColumn, idColumn, maxFileBytes, clock, delimiter, indexFolder);
    }

    /** Loads a folder of .txt/.md files (with an optional metadata.csv), or a .csv or .jsonl file. */
    public Corpus load(Path path) {
        return new Corpus(CorpusView.of(InitAhead.during(TABLE, () -> CorpusReader.read(path, options())), indexFolder));
    }

    /**
     * Makes a corpus of the rows of a Tablesaw table: the text in a column named text, body or
     * content (or {@link #textColumn}), other columns as metadata, as for a CSV file.
     */
    public Corpus from(tech.tablesaw.api.Table table) {
        return new Corpus(CorpusView.of(CorpusReader.read(table, options()), indexFolder));
    }

    /** Loads the seed articles bundled with the library. */
    public Corpus seeds() {
        return new Corpus(CorpusView.of(InitAhead.during(TABLE, () -> CorpusReader.seeds(LocalDate.now(clock))), indexFolder));
    }

    /** The reading options these settings make, for engines that read with the core's readers (Spark). */
    public CorpusReader.Options options() {
        return new CorpusReader.Options(textColumn, idColumn, maxFileBytes, LocalDate.now(clock), delimiter);
    }
}

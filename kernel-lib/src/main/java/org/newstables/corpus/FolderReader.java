package org.newstables.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newstables.common.NewsTablesException;

/**
 * Reads a folder of {@code .txt} and {@code .md} files, recursively, in a stable order (by path,
 * character by character), with an optional {@code metadata.csv} at the folder's top whose rows
 * are matched to files by their id.
 *
 * <p>An article's id is its path below the folder without the extension, with {@code /} between
 * folders: {@code 000_dbcc2ad676738809}, {@code 2021/june/report}. Hidden files and folders (whose
 * names start with a dot, such as {@code .ipynb_checkpoints}) are passed over, as version control
 * and notebooks do; any other file that is not {@code .txt} or {@code .md} is listed in the problems.
 */
final class FolderReader {

    static final String METADATA = "metadata.csv";

    private FolderReader() {
    }

    /**
     * A file to read, as the listing found it: its path below the folder (with {@code /}), on disk,
     * and its kind and size (of the file a link leads to), which the listing has already read. Its
     * bytes are read only while they stay within {@code maxBytes}, should it have grown since.
     */
    private record Listed(String name, Path file, boolean regular, long size, long maxBytes) implements CorpusReader.FileSource {
        @Override
        public byte[] bytes() throws IOException {
            return FileText.bytes(file, maxBytes);
        }
    }

    /** One file as read, by its path below the folder: its text, or empty with its problems. */
    private record FileRead(String name, Optional<TextDecoder.Decoded> text, List<Problem> problems) {
    }

    static Batch read(Path folder, long maxFileBytes) {
        List<Problem> listing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Path> others = new HashMap<>();
        // The article files are read and decoded on the other threads, when there are any, while
        // the listing goes on: the listing is serial (a stat call per file, half a second for
        // 100,000 files) and the second thread otherwise waited for it. The results are joined in
        // path order below, so that the documents and problems do not depend on the number of
        // threads.
        List<FileRead> reads = org.newstables.common.Chunks.<Listed, FileRead>pipelined(hand -> walk(folder, listing, (name, file, attrs) -> {
            names.add(name);
            if (article(name)) {
                hand.accept(new Listed(name, file, attrs.isRegularFile(), attrs.size(), maxFileBytes));
            } else {
                others.put(name, file);
            }
        }), f -> {
            List<Problem> own = new ArrayList<>(1);
            // The listing's attributes, not two more stat calls per file (15% of reading's CPU).
            Optional<TextDecoder.Decoded> text = FileText.read(f, f.name(), maxFileBytes, own);
            return new FileRead(f.name(), text, own.isEmpty() ? List.of() : own);
        });
        CorpusReader.Folder plan = plan(folder.toString(), names, listing);
        Map<String, FileRead> byName = new HashMap<>(2 * reads.size());
        for (FileRead r : reads) {
            byName.put(r.name(), r);
        }
        List<SourceDocument> docs = new ArrayList<>(plan.articles().size());
        List<Problem> problems = new ArrayList<>(plan.problems());
        for (Map.Entry<String, String> f : plan.articles().entrySet()) {
            FileRead r = byName.get(f.getKey());
            problems.addAll(r.problems());
            if (r.text().isPresent()) {
                docs.add(new SourceDocument(f.getValue(), Origin.of(f.getKey()), r.text().get().text(), Map.of(),
                        r.text().get().encoding()));
            }
        }
        if (plan.metadata() != null) {
            Optional<TextDecoder.Decoded> csv = FileText.read(others.get(plan.metadata()), METADATA, maxFileBytes, problems);
            if (csv.isPresent()) {
                docs = MetadataSidecar.apply(csv.get().text(), docs, problems);
            }
        }
        return new Batch(docs, problems, null);
    }

    /** Whether the folder reader reads the file {@code name} (its path below the folder) as an article. */
    private static boolean article(String name) {
        if (name.equalsIgnoreCase(METADATA)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md");
    }

    /**
     * What the folder reader makes of a folder's files before reading any: the .txt and .md files
     * with their ids, the metadata.csv, and a problem for each other file (added to {@code
     * problems}, after those already there).
     *
     * @param folder the folder, for the message when it holds nothing to read
     * @param files  the files' paths below the folder, with {@code /}, hidden ones left out, in any order
     * @throws NewsTablesException when the folder holds no .txt, .md or other file and there is no problem to report
     */
    static CorpusReader.Folder plan(String folder, java.util.Collection<String> files, List<Problem> problems) {
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        Map<String, String> articles = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        String metadata = null;
        for (String rel : sorted) {
            if (rel.equalsIgnoreCase(METADATA)) {
                metadata = rel;
                continue;
            }
            if (!article(rel)) {
                problems.add(new Problem(Origin.of(rel), Problem.Kind.NOT_READ, "not read: only .txt and .md files are read from a folder;"
                        + " save it as plain text, or load a .csv or .jsonl file on its own."));
                continue;
            }
            String id = rel.substring(0, rel.lastIndexOf('.'));
            if (!ids.add(id)) {
                // a.txt and a.md side by side: keep both, the second under its full name.
                id = rel;
                ids.add(id);
            }
            articles.put(rel, id);
        }
        if (articles.isEmpty() && problems.isEmpty() && metadata == null) {
            throw new NewsTablesException("The folder " + folder + " holds no .txt or .md files."
                    + " Put one article per .txt file in it, or load a .csv or .jsonl file.");
        }
        return new CorpusReader.Folder(java.util.Collections.unmodifiableMap(articles), metadata, List.copyOf(problems));
    }

    /**
     * The files below {@code folder}, in path order, with the problems of listing it added to
     * {@code problems} in path order; see {@link #walk}.
     */
    static List<Path> list(Path folder, List<Problem> problems) {
        // Each file's name below the folder made once, not once per comparison (a folder of
        // 100,000 files took seconds to sort).
        List<Map.Entry<String, Path>> named = new ArrayList<>();
        walk(folder, problems, (name, file, attrs) -> named.add(Map.entry(name, file)));
        named.sort(Map.Entry.comparingByKey());
        return named.stream().map(Map.Entry::getValue).collect(java.util.stream.Collectors.toList());
    }

    /**
     * Gives {@code each} file below {@code folder} with its path below it (with {@code /}) and its
     * attributes, in the order the file system lists them, on the calling thread; adds a problem
     * for each that cannot be listed, and then sorts {@code problems} in path order. Symbolic links
     * are followed, to folders as to files (a corpus is often a folder of links to where the files
     * live); a link back to a folder above it is a problem instead of being walked for ever. Hidden
     * files and folders are passed over. A file whose path Java reads as another's (names in another
     * encoding than the one Java decodes file names in) is a problem too, not given: its articles
     * could not be told apart.
     *
     * @throws NewsTablesException when the folder itself cannot be listed
     */
    private static void walk(Path folder, List<Problem> problems, Visit each) {
        String separator = folder.getFileSystem().getSeparator();
        Set<String> seen = new HashSet<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<Path>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && hidden(folder.relativize(dir).toString(), separator)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String below = folder.relativize(file).toString();
                            if (hidden(below, separator)) {
                                return FileVisitResult.CONTINUE;
                            }
                            String name = slashed(below);
                            if (seen.add(name)) {
                                each.file(name, file, attrs);
                            } else {
                                problems.add(new Problem(Origin.of(name), Problem.Kind.NOT_READ, "not read: Java reads the path of"
                                        + " another file here as this same name, so their articles could not be told apart: names"
                                        + " in another encoding than the one Java decodes file names in ("
                                        + System.getProperty("sun.jnu.encoding") + "), or a name with a backslash. Start Java"
                                        + " with a UTF-8 locale (LANG=C.UTF-8), or rename the files."));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (file.equals(folder)) {
                                throw e;
                            }
                            String below = folder.relativize(file).toString();
                            if (!hidden(below, separator)) {
                                String name = slashed(below);
                                problems.add(new Problem(Origin.of(name), Problem.Kind.NOT_READ, e instanceof FileSystemLoopException
                                        ? "not read: a symbolic link back to a folder above it (a cycle); remove the link"
                                        + " or point it elsewhere."
                                        : "not read: " + CsvText.rootMessage(e) + "; check that the file exists and may be read."));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new NewsTablesException("The folder " + folder + " could not be listed: "
                    + CsvText.rootMessage(e) + ". Check that you may read it.", e);
        }
        problems.sort((a, b) -> a.source().compareTo(b.source()));
    }

    /** What {@link #walk} does with each file. */
    @FunctionalInterface
    private interface Visit {
        /** A file, by its path below the folder (with {@code /}), on disk, and its attributes. */
        void file(String name, Path file, BasicFileAttributes attrs);
    }

    /**
     * Whether a path below the folder, with the file system's {@code separator}, has a part whose
     * name starts with a dot. The separator, not {@code /}: on Linux a name may hold a backslash.
     */
    private static boolean hidden(String below, String separator) {
        return below.startsWith(".") || below.contains(separator + ".");
    }

    static String relative(Path root, Path p) {
        return slashed(root.relativize(p).toString());
    }

    /** A path below the folder with {@code /} between its parts, on Windows as elsewhere: an article's id. */
    private static String slashed(String below) {
        return below.replace('\\', '/');
    }

    /** What a reader found: documents, problems, and the field that held the text (CSV/JSONL). */
    record Batch(List<SourceDocument> docs, List<Problem> problems, String textField) {
    }

    /** Joins fields into an ordered, lower-cased map, for readers that build documents from rows. */
    static Map<String, String> fields(List<String> names, List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), i < values.size() && values.get(i) != null ? values.get(i) : "");
        }
        return map;
    }
}

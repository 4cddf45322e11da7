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

    /** The documents read from a run of files, and the problems of the others. */
    private record Read(List<SourceDocument> docs, List<Problem> problems) {
    }

    static Batch read(Path folder, long maxFileBytes) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path file : list(folder, problems)) {
            files.put(relative(folder, file), file);
        }
        CorpusReader.Folder plan = plan(folder.toString(), files.keySet(), problems);
        List<SourceDocument> docs = new ArrayList<>();
        problems = new ArrayList<>(plan.problems());
        // Read and decoded in parallel (each file on its own), each chunk's problems apart; then
        // joined in path order, so that nothing depends on the number of threads.
        List<Map.Entry<String, String>> planned = new ArrayList<>(plan.articles().entrySet());
        List<Read> read = org.newstables.common.Chunks.map(planned.size(), (from, to) -> {
            Read chunk = new Read(new ArrayList<>(), new ArrayList<>());
            for (int i = from; i < to; i++) {
                Map.Entry<String, String> f = planned.get(i);
                Optional<TextDecoder.Decoded> text = FileText.read(files.get(f.getKey()), f.getKey(), maxFileBytes, chunk.problems());
                if (text.isPresent()) {
                    chunk.docs().add(new SourceDocument(f.getValue(), Origin.of(f.getKey()), text.get().text(), Map.of(),
                            text.get().encoding()));
                }
            }
            return chunk;
        });
        for (Read chunk : read) {
            docs.addAll(chunk.docs());
            problems.addAll(chunk.problems());
        }
        if (plan.metadata() != null) {
            Optional<TextDecoder.Decoded> csv = FileText.read(files.get(plan.metadata()), METADATA, maxFileBytes, problems);
            if (csv.isPresent()) {
                docs = MetadataSidecar.apply(csv.get().text(), docs, problems);
            }
        }
        return new Batch(docs, problems, null);
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
            String lower = rel.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".txt") && !lower.endsWith(".md")) {
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
     * The files below {@code folder}, in path order. Symbolic links are followed, to folders as
     * to files (a corpus is often a folder of links to where the files live); a link back to a
     * folder above it is listed as a problem instead of being walked for ever.
     */
    static List<Path> list(Path folder, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<Path>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && hidden(folder, dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!hidden(folder, file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (file.equals(folder)) {
                                throw e;
                            }
                            if (!hidden(folder, file)) {
                                problems.add(new Problem(Origin.of(relative(folder, file)), Problem.Kind.NOT_READ, e instanceof FileSystemLoopException
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
        // Each file's name below the folder made once, not once per comparison (a folder of
        // 100,000 files took seconds to sort).
        List<Map.Entry<String, Path>> named = new ArrayList<>(files.size());
        for (Path file : files) {
            named.add(Map.entry(relative(folder, file), file));
        }
        named.sort(Map.Entry.comparingByKey());
        problems.sort((a, b) -> a.source().compareTo(b.source()));
        return named.stream().map(Map.Entry::getValue).collect(java.util.stream.Collectors.toList());
    }

    private static boolean hidden(Path root, Path p) {
        Path rel = root.relativize(p);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
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

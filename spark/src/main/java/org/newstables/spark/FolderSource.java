package org.newstables.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.CorpusReader;
import org.newstables.corpus.Origin;
import org.newstables.corpus.Problem;
import org.newstables.corpus.SourceDocument;

/**
 * A folder of .txt/.md files read on the executors: the driver lists the files' names (and reads
 * the small metadata.csv), the executors read and decode the files, each task its share, with the
 * core's rules ({@link CorpusReader#folder}, {@link CorpusReader#document}, {@link
 * CorpusReader#metadata}), so the documents, ids, metadata and problems are the folder reader's.
 *
 * <p>A plain path is a folder of this machine's file system (as every executor sees it in local
 * mode), listed and read as {@code Corpus} does; a URI ({@code hdfs://}, {@code s3a://}, {@code
 * file:/}) is listed and read through Hadoop's file system of the Spark session.
 */
final class FolderSource {

    /** One file to read: its path below the folder, its id, and where it is (a local path or a URI). */
    private record Ref(String file, String id, String location) implements Serializable {
    }

    /** What reading a file gave: its document, or null, and problems (file, unit, number, kind, problem). */
    record Read(Doc doc, List<Object[]> problems) implements Serializable {
    }

    /**
     * The documents, on the executors and in input order, and the problems of reading them.
     *
     * @param read      what reading a folder's files gave (persisted until the articles are), or null
     * @param textField the column that held the text (table-shaped files), or null
     */
    record Documents(JavaRDD<Doc> documents, JavaRDD<Read> read, List<Problem> problems, String textField) {
    }

    private FolderSource() {
    }

    /** Whether {@code path} names a folder: a local one, or one on a Hadoop file system (a URI). */
    static boolean isFolder(JavaSparkContext jsc, String path) {
        if (!uri(path)) {
            return Files.isDirectory(java.nio.file.Path.of(path));
        }
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = p.getFileSystem(jsc.hadoopConfiguration());
            return fs.exists(p) && fs.getFileStatus(p).isDirectory();
        } catch (IOException | RuntimeException e) {
            throw new NewsTablesException(path + " could not be looked at: " + e.getMessage()
                    + ". Check the address and that the Spark session may read it.", e);
        }
    }

    static boolean uri(String path) {
        return path.matches("^[A-Za-z][A-Za-z0-9+.-]*:/.*") && !path.matches("^[A-Za-z]:[/\\\\].*");
    }

    /** The folder's documents, read by the executors in partitions of consecutive files. */
    static Documents read(JavaSparkContext jsc, String path, long maxBytes, int perPartition) {
        CorpusReader.Folder folder;
        Map<String, String> locations = new HashMap<>();
        Configuration conf = jsc.hadoopConfiguration();
        if (uri(path)) {
            folder = CorpusReader.folder(path, list(conf, path, locations));
        } else {
            java.nio.file.Path root = java.nio.file.Path.of(path);
            if (!Files.isReadable(root)) {
                throw new NewsTablesException(path + " cannot be read: check its permissions.");
            }
            folder = CorpusReader.folder(root);
            java.nio.file.Path absolute = root.toAbsolutePath();
            folder.articles().keySet().forEach(f -> locations.put(f, absolute.resolve(f).toString()));
        }
        List<Ref> refs = new ArrayList<>(folder.articles().size());
        folder.articles().forEach((file, id) -> refs.add(new Ref(file, id, locations.get(file))));
        int slices = Math.max(1, Math.max(Math.min(refs.size(), 2 * jsc.defaultParallelism()),
                (refs.size() + perPartition - 1) / perPartition));
        Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(conf));
        JavaRDD<Read> read = jsc.parallelize(refs, slices).mapPartitions(it -> {
            List<Read> out = new ArrayList<>();
            it.forEachRemaining(r -> out.add(read(r, maxBytes, hadoop.value().value())));
            return out.iterator();
        }, true).persist(StorageLevel.MEMORY_AND_DISK());

        // Only the names and problems come back here; the texts stay on the executors.
        List<Problem> problems = new ArrayList<>(folder.problems());
        List<SourceDocument> standIns = new ArrayList<>();
        for (Read r : read.map(r -> new Read(r.doc == null ? null : r.doc.withoutText(), r.problems)).collect()) {
            r.problems.forEach(p -> problems.add(Doc.problem(p)));
            if (r.doc != null) {
                standIns.add(r.doc.source());
            }
        }
        JavaRDD<Doc> docs = read.filter(r -> r.doc != null).map(Read::doc);
        if (folder.metadata() != null) {
            String location = uri(path) ? locations.get(folder.metadata())
                    : java.nio.file.Path.of(path).toAbsolutePath().resolve(folder.metadata()).toString();
            List<SourceDocument> withFields = CorpusReader.metadata(source(location, conf), standIns, maxBytes,
                    problems);
            HashMap<String, LinkedHashMap<String, String>> fields = new HashMap<>();
            withFields.forEach(d -> fields.put(d.id(), new LinkedHashMap<>(d.fields())));
            Broadcast<HashMap<String, LinkedHashMap<String, String>>> b = jsc.broadcast(fields);
            docs = docs.map(d -> d.withFields(b.value().get(d.id)));
        }
        return new Documents(docs, read, problems, null);
    }

    /** The files below the folder {@code path} on its Hadoop file system, hidden ones left out; their locations into {@code locations}. */
    private static List<String> list(Configuration conf, String path, Map<String, String> locations) {
        List<String> files = new ArrayList<>();
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = root.getFileSystem(conf);
            String prefix = fs.makeQualified(root).toUri().getPath();
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                org.apache.hadoop.fs.Path p = it.next().getPath();
                String full = p.toUri().getPath();
                if (!full.startsWith(prefix)) {
                    continue;
                }
                String rel = full.substring(prefix.length());
                boolean hidden = false;
                for (String part : rel.split("/")) {
                    hidden |= part.startsWith(".");
                }
                if (!hidden) {
                    files.add(rel);
                    locations.put(rel, p.toUri().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NewsTablesException("The folder " + path + " could not be listed: " + e.getMessage()
                    + ". Check that the Spark session may read it.", e);
        }
        return files;
    }

    /** Reads one file on an executor, as the folder reader reads it. */
    private static Read read(Ref r, long maxBytes, Configuration conf) {
        List<Problem> problems = new ArrayList<>(1);
        Optional<SourceDocument> d = CorpusReader.document(r.id, r.file, source(r.location, conf), maxBytes, problems);
        return new Read(d.map(Doc::of).orElse(null), problems.stream().map(Doc::row).toList());
    }

    /** A file of this machine (a path) or of a Hadoop file system (a URI). */
    private static CorpusReader.FileSource source(String location, Configuration conf) {
        if (!uri(location)) {
            return CorpusReader.FileSource.of(java.nio.file.Path.of(location));
        }
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(URI.create(location));
        return new CorpusReader.FileSource() {
            private FileSystem fs;
            private FileStatus status;

            private FileStatus status() throws IOException {
                if (status == null) {
                    fs = p.getFileSystem(conf);
                    status = fs.getFileStatus(p);
                }
                return status;
            }

            @Override
            public boolean regular() throws IOException {
                return status().isFile();
            }

            @Override
            public long size() throws IOException {
                return status().getLen();
            }

            @Override
            public byte[] bytes() throws IOException {
                status();
                try (InputStream in = fs.open(p)) {
                    return in.readAllBytes();
                }
            }
        };
    }
}

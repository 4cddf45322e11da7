package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading in two steps — the documents, then the articles of any grouping of them, as a cluster's
 * executors build them — gives the articles and problems of reading in one.
 */
class DocumentsTest {

    @Test
    void documentsBuiltInGroupsGiveTheArticlesAndProblemsOfOneRead(@TempDir Path dir) throws Exception {
        Path seeds = Path.of("..", "seeds");
        for (Path f : Files.list(seeds).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(dir.resolve("notes.pdf"), "x", StandardCharsets.UTF_8);
        CorpusReader.Options options = new CorpusReader.Options(null, null, 50_000_000, LocalDate.of(2024, 1, 1), null);
        CorpusReader.Loaded whole = CorpusReader.read(dir, options);

        CorpusReader.Documents d = CorpusReader.documents(dir, options);
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(d.problems());
        for (int from = 0; from < d.documents().size(); from += 2) {
            CorpusReader.Loaded part = CorpusReader.articles(d.documents().subList(from,
                    Math.min(from + 2, d.documents().size())), d.textField(), options.today());
            articles.addAll(part.articles());
            problems.addAll(part.problems());
        }
        problems.sort(java.util.Comparator.comparing(Problem::origin, Origin.IN_INPUT_ORDER));
        int[] zeros = new int[articles.size()];
        assertEquals(ArticleTables.articles(whole.articles(), zeros, zeros).printAll(),
                ArticleTables.articles(articles, zeros, zeros).printAll());
        assertEquals(ArticleTables.dates(whole.articles()).printAll(), ArticleTables.dates(articles).printAll());
        assertEquals(whole.problems(), problems);
        assertEquals(5, articles.size());
    }

    /**
     * The folder reader reads each file while it lists the folder, on the other threads: on any
     * number of threads it gives what listing the folder, then reading its files one by one in path
     * order, gives. Many files in folders, so that the listing and the reading overlap.
     */
    @Test
    void aFolderReadFileByFileGivesTheDocumentsAndProblemsOfTheFolderReader(@TempDir Path dir) throws Exception {
        for (Path f : Files.list(Path.of("..", "seeds")).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        for (int i = 0; i < 300; i++) {
            Path sub = dir.resolve("many/" + (i % 7) + (i % 50 == 3 ? "/.cache" : ""));
            Files.createDirectories(sub);
            String name = String.format("%03d", 997 * i % 300) + (i % 11 == 0 ? ".md" : ".txt");
            Files.writeString(sub.resolve(name), i % 37 == 5 ? "" : CorpusFiles.ARTICLE.substring(0, 40 + i % 200));
        }
        Files.createDirectories(dir.resolve("2021/june"));
        Files.writeString(dir.resolve("2021/june/report.txt"), CorpusFiles.ARTICLE);
        Files.writeString(dir.resolve("2021/june/report.md"), CorpusFiles.ARTICLE);
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/skipped.txt"), CorpusFiles.ARTICLE);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(dir.resolve("notes.pdf"), "x", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("big.txt"), CorpusFiles.ARTICLE.repeat(400));
        // The reader takes a file's size and kind from the listing: a link's are its target's.
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("no-such-target.txt"));
        Files.createSymbolicLink(dir.resolve("linked.txt"), dir.resolve("2021/june/report.txt"));
        Files.createSymbolicLink(dir.resolve("linked-big.txt"), dir.resolve("big.txt"));
        Files.writeString(dir.resolve("metadata.csv"), Files.readString(dir.resolve("metadata.csv"))
                + "no-such-file,2020-01-01,,,,\nbinary,2020-01-01,,,,\n");
        long limit = 20_000;
        CorpusReader.Options options = new CorpusReader.Options(null, null, limit, LocalDate.of(2024, 1, 1), null);
        CorpusReader.Documents whole = CorpusReader.documents(dir, options);

        CorpusReader.Folder folder = CorpusReader.folder(dir);
        assertEquals(folder.articles(), CorpusReader.folder(dir.toString(),
                List.copyOf(folder.articles().keySet())).articles(), "the same plan from the listed paths");
        assertEquals("metadata.csv", folder.metadata());
        List<Problem> problems = new ArrayList<>(folder.problems());
        List<SourceDocument> docs = new ArrayList<>();
        folder.articles().forEach((file, id) -> CorpusReader.document(id, file,
                CorpusReader.FileSource.of(dir.resolve(file)), limit, problems)
                .ifPresent(docs::add));
        List<SourceDocument> standIns = new ArrayList<>();
        docs.forEach(d -> standIns.add(new SourceDocument(d.id(), d.origin(), "", d.fields(), d.encoding())));
        Path csv = dir.resolve(folder.metadata());
        List<SourceDocument> withFields = CorpusReader.metadata(CorpusReader.FileSource.of(csv), standIns, limit,
                problems);
        for (int i = 0; i < docs.size(); i++) {
            SourceDocument d = docs.get(i);
            docs.set(i, new SourceDocument(d.id(), d.origin(), d.raw(), withFields.get(i).fields(), d.encoding()));
        }
        assertEquals(whole.documents(), docs);
        assertEquals(whole.problems(), problems);
        for (int threads = 1; threads <= 3; threads++) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                CorpusReader.Documents read = pool.submit(() -> CorpusReader.documents(dir, options))
                        .get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(docs, read.documents(), threads + " threads");
                assertEquals(problems, read.problems(), threads + " threads");
            } finally {
                pool.shutdownNow();
            }
        }
        assertEquals(5 + 2 + 1 + 300 - 6 - 7, docs.size(), "the seeds, the report twice and linked, and many/ less its hidden"
                + " and empty files");
        assertEquals(List.of("2021/june/report", "2021/june/report.txt"), docs.stream().map(SourceDocument::id)
                .filter(id -> id.startsWith("2021")).toList());
        assertEquals(List.of("big.txt", "binary.txt", "dangling.txt", "empty.txt", "linked-big.txt", "metadata.csv",
                "metadata.csv", "notes.pdf"),
                problems.stream().map(p -> p.origin().file()).filter(f -> !f.startsWith("many/")).sorted().toList());
    }

    /**
     * A CSV file's articles are built while it is parsed ({@code CorpusReader.read}), a batch of rows
     * at a time on the other threads: the same articles and problems as its documents read whole and
     * then built, on any number of threads. The file has rows in many batches, repeated and empty
     * ids, an empty text, a future date and a blank line.
     */
    @Test
    void aCsvFileBuiltWhileItIsParsedGivesTheArticlesAndProblemsOfReadingItWhole(@TempDir Path dir) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path f : Files.list(Path.of("..", "seeds")).sorted().toList()) {
            if (f.toString().endsWith(".txt")) {
                texts.add(Files.readString(f));
            }
        }
        StringBuilder csv = new StringBuilder("ID,Date,Title,Text\n");
        int rows = 5 * TableReader.CSV_BATCH + 7;
        for (int r = 0; r < rows; r++) {
            String id = r % 50 == 7 ? "" : r % 40 == 3 ? "a-" + (r - 1) : "a-" + r;
            String date = r == 100 ? "2099-01-01" : "2020-" + String.format("%02d", 1 + r % 12) + "-15";
            String text = r == 200 ? "" : texts.get(r % texts.size());
            csv.append(id).append(',').append(date).append(",\"عنوان ").append(r).append("\",\"")
                    .append(text.replace("\"", "\"\"")).append("\"\n");
            if (r == 150) {
                csv.append('\n');
            }
        }
        Path file = dir.resolve("articles.csv");
        Files.writeString(file, csv);
        CorpusReader.Options options = new CorpusReader.Options(null, null, 50_000_000, LocalDate.of(2024, 1, 1), null);
        CorpusReader.Documents d = CorpusReader.documents(file, options);
        CorpusReader.Loaded built = CorpusReader.articles(d.documents(), d.textField(), options.today());
        List<Problem> expectedProblems = new ArrayList<>(d.problems());
        expectedProblems.addAll(built.problems());
        expectedProblems.sort(java.util.Comparator.comparing(Problem::origin, Origin.IN_INPUT_ORDER));
        int[] zeros = new int[built.articles().size()];
        String expected = ArticleTables.articles(built.articles(), zeros, zeros).printAll();
        String expectedDates = ArticleTables.dates(built.articles()).printAll();
        assertTrue(built.articles().size() > 4 * TableReader.CSV_BATCH, "rows in several batches");
        assertTrue(expectedProblems.size() >= 5, "repeated and empty ids, an empty text, a future date: " + expectedProblems);

        java.util.concurrent.Callable<CorpusReader.Loaded> read = () -> CorpusReader.read(file, options);
        List<CorpusReader.Loaded> reads = new ArrayList<>(List.of(read.call()));
        for (int threads = 1; threads <= 3; threads++) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                reads.add(pool.submit(read).get(60, java.util.concurrent.TimeUnit.SECONDS));
            } finally {
                pool.shutdownNow();
            }
        }
        for (CorpusReader.Loaded loaded : reads) {
            assertEquals(expected, ArticleTables.articles(loaded.articles(), zeros, zeros).printAll());
            assertEquals(expectedDates, ArticleTables.dates(loaded.articles()).printAll());
            assertEquals(expectedProblems, loaded.problems());
        }
    }

    /** Faults of a CSV file are reported as when its rows were all read before any was built. */
    @Test
    void aCsvFileBuiltWhileItIsParsedReportsItsFaultsAsWhenReadWhole(@TempDir Path dir) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 3 * TableReader.CSV_BATCH; r++) {
            rows.append(r).append(",نص الخبر رقم ").append(r).append('\n');
        }
        CorpusReader.Options options = new CorpusReader.Options(null, null, 50_000_000, LocalDate.of(2024, 1, 1), null);
        for (String content : List.of(
                "id,text\n" + rows + "999,نص,زائد\n",       // a row of three cells, after two batches
                "id,body2\n" + rows + "999,نص,زائد\n",      // no text column, and that row: the row first
                "id,body2\n" + rows,                         // no text column
                "id,text\n")) {                               // a header and no rows
            Path file = dir.resolve("faulty.csv");
            Files.writeString(file, content);
            org.newstables.common.NewsTablesException whole = org.junit.jupiter.api.Assertions.assertThrows(
                    org.newstables.common.NewsTablesException.class, () -> CorpusReader.documents(file, options));
            for (int threads = 1; threads <= 2; threads++) {
                java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
                try {
                    java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                            java.util.concurrent.ExecutionException.class,
                            () -> pool.submit(() -> CorpusReader.read(file, options)).get(60, java.util.concurrent.TimeUnit.SECONDS));
                    List<String> messages = new ArrayList<>();
                    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                        messages.add(t.getMessage());
                    }
                    assertTrue(messages.contains(whole.getMessage()), whole.getMessage() + " not in " + messages);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }
}

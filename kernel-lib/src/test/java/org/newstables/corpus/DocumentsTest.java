package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void aFolderReadFileByFileGivesTheDocumentsAndProblemsOfTheFolderReader(@TempDir Path dir) throws Exception {
        for (Path f : Files.list(Path.of("..", "seeds")).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
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
        assertEquals(List.of("2021/june/report", "2021/june/report.txt"), docs.stream().map(SourceDocument::id)
                .filter(id -> id.startsWith("2021")).toList());
        assertEquals(List.of("big.txt", "binary.txt", "empty.txt", "metadata.csv", "metadata.csv", "notes.pdf"),
                problems.stream().map(p -> p.origin().file()).sorted().toList());
    }
}

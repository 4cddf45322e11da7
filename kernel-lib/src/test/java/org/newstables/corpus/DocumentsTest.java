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
}

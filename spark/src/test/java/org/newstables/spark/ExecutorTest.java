package org.newstables.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.corpus.Origin;
import org.newstables.corpus.SourceDocument;

/**
 * What an executor does with a partition, without Spark: a document that breaks the build of its
 * article is a problem row naming its file and row, and the partition's other articles are analysed.
 */
class ExecutorTest {

    @Test
    void aDocumentThatBreaksTheBuildIsAProblemNotAFailedTask() {
        String text = Corpus.seeds().articleList().get(0).text();
        SourceDocument good = new SourceDocument("good", Origin.at("part.jsonl", "line", 1), text, Map.of(), "UTF-8");
        // No text at all (null): building it throws, as a bug or a broken reader would.
        SourceDocument broken = new SourceDocument("broken", Origin.at("part.jsonl", "line", 2), null, Map.of(), "UTF-8");
        Part part = Executor.analyse(3, List.of(Doc.of(good), Doc.of(broken)), null, LocalDate.of(2024, 1, 1),
                Executor.attestation(List.of(Doc.of(good)), null, LocalDate.of(2024, 1, 1)));
        assertEquals(1, part.articles.size(), "the good article");
        assertEquals("good", part.articles.get(0)[0]);
        assertTrue(part.mentions.size() > 0, "its mentions");
        assertEquals(1, part.problems.size(), "the broken one");
        Object[] p = part.problems.get(0);
        assertEquals(List.of("part.jsonl", "line", 2, "NOT_READ"), List.of(p[0], p[1], p[2], p[3]));
        assertTrue(((String) p[4]).startsWith("not read: reading it failed"), (String) p[4]);
    }
}

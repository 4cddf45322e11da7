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
        Rows rows = Executor.analyse(3, List.of(Doc.of(good), Doc.of(broken)), null, LocalDate.of(2024, 1, 1),
                Executor.attestation(List.of(Doc.of(good)), null, LocalDate.of(2024, 1, 1)));
        Part part = rows.part;
        assertEquals(1, rows.articles.size(), "the good article");
        assertEquals(1, part.size(), "the good article, kept");
        assertEquals("good", rows.articles.get(0)[0]);
        assertTrue(rows.mentions.size() > 0, "its mentions");
        assertEquals(1, part.problems.size(), "the broken one");
        Object[] p = part.problems.get(0);
        assertEquals(List.of("part.jsonl", "line", 2, "NOT_READ"), List.of(p[0], p[1], p[2], p[3]));
        assertTrue(((String) p[4]).startsWith("not read: reading it failed"), (String) p[4]);
    }

    /**
     * What a partition keeps, coded into its own dictionaries, decodes to the long tables' rows: each
     * article's entity and theme mentions (key, sentence, labels), its date and tokens, its term
     * counts; and it comes back whole from Java serialization, as Spark stores it.
     */
    @Test
    void aKeptPartDecodesToTheRowsAndSurvivesSerialization() throws Exception {
        List<Doc> docs = Corpus.seeds().articleList().stream().limit(6).map(a -> Doc.of(new SourceDocument(a.id(),
                Origin.at("seeds.jsonl", "line", 1), a.text(), Map.of(), "UTF-8"))).toList();
        LocalDate today = LocalDate.of(2024, 1, 1);
        Rows rows = Executor.analyse(0, docs, null, today, Executor.attestation(docs, null, today));
        Part part = roundTrip(rows.part);
        assertEquals(rows.articles.size(), part.size());
        assertTrue(rows.mentions.size() > 1 && rows.themeMentions.size() > 1, "mentions to compare");
        assertEquals(rows.mentions.stream().map(r -> List.of(r[0], r[2], r[3], r[4], r[5], r[9])).toList(),
                decode(rows, part.mentions, true));
        assertEquals(rows.themeMentions.stream().map(r -> List.of(r[0], r[2], r[8])).toList(),
                decode(rows, part.themes, false));
        for (int a = 0; a < part.size(); a++) {
            Object date = rows.articles.get(a)[Executor.DATE];
            assertEquals(date == null ? Part.UNDATED : (int) ((LocalDate) date).toEpochDay(), part.day[a]);
        }
        Map<String, Long> counts = new java.util.HashMap<>();
        rows.terms.forEach(r -> counts.merge((String) r[1], (long) (Integer) r[2], Long::sum));
        Map<String, Long> kept = new java.util.HashMap<>();
        for (int t = 0; t < part.terms.length; t++) {
            kept.put(part.terms[t], part.termCount[t]);
        }
        assertEquals(counts, kept);
        assertTrue(part.runWords.length > 0 && part.articleRuns[part.size()] == part.runStarts.length - 1, "runs");
    }

    /** The coded mentions as rows: article, key, then (entities) label, label_ar, type; then sentence. */
    private static List<List<Object>> decode(Rows rows, Part.Coded m, boolean labelled) {
        List<List<Object>> out = new java.util.ArrayList<>();
        for (int a = 0; a < rows.articles.size(); a++) {
            for (int r = m.from[a]; r < m.from[a + 1]; r++) {
                int k = m.key[r];
                out.add(labelled ? List.of(rows.articles.get(a)[0], m.keys[k], m.labels[k], m.labelsAr[k], m.types[k],
                        m.sentence[r]) : List.of(rows.articles.get(a)[0], m.keys[k], m.sentence[r]));
            }
        }
        return out;
    }

    private static Part roundTrip(Part p) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (Part) in.readObject();
        }
    }
}

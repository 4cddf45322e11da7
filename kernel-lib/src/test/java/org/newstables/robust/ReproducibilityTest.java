package org.newstables.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.Per;
import org.newstables.bench.Benchmark;
import tech.tablesaw.api.Table;

/** The same corpus gives byte-identical CSV for every table, on one thread and on all cores. */
class ReproducibilityTest {

    private static Map<String, String> everyTableAsCsv(Corpus c) {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("articles", c.articles());
        tables.put("problems", c.problems());
        tables.put("removed", c.removed());
        tables.put("tokens", c.tokens());
        tables.put("terms", c.terms());
        tables.put("topTerms", c.topTerms(100));
        tables.put("bigrams", c.ngrams(2));
        tables.put("trigrams", c.ngrams(3));
        tables.put("mentions", c.mentions());
        tables.put("entities", c.entities());
        tables.put("partners", c.partners());
        tables.put("ambiguous", c.ambiguous());
        tables.put("candidates", c.candidates());
        tables.put("themeMentions", c.themeMentions());
        tables.put("timeline", c.timeline(Per.MONTH));
        tables.put("cooccurrence", c.cooccurrence());
        tables.put("matrix", c.matrix("تعاون"));
        tables.put("kwic", c.kwic("تعاون"));
        tables.put("collocations", c.collocations("الصين"));
        tables.put("dispersion", c.dispersion("شي"));
        tables.put("search", c.search("تعاون OR الصحة"));
        tables.put("settings", c.settings());
        Map<String, String> out = new LinkedHashMap<>();
        tables.forEach((name, t) -> {
            StringWriter w = new StringWriter();
            t.write().csv(w);
            out.put(name, w.toString());
        });
        return out;
    }

    @Test
    void oneThreadAndAllCoresGiveTheSameBytes() throws Exception {
        Table generated = Benchmark.generate(400);
        Map<String, String> parallel = everyTableAsCsv(Corpus.from(generated));
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            Map<String, String> sequential = one.submit(() -> everyTableAsCsv(Corpus.from(generated))).get();
            assertEquals(parallel.keySet(), sequential.keySet());
            for (String name : parallel.keySet()) {
                assertEquals(parallel.get(name), sequential.get(name), name + " differs");
            }
        } finally {
            one.shutdown();
        }
        assertTrue(parallel.get("terms").length() > 100_000);
    }

    @Test
    void settingsNameTheVersionsAndFingerprints() {
        Table s = Corpus.seeds().settings();
        assertTrue(s.stringColumn("setting").asList().containsAll(java.util.List.of("newstables", "lucene",
                "stop_words", "entity_lexicon", "theme_lexicon")));
        String entity = s.stringColumn("value").get(s.stringColumn("setting").indexOf("entity_lexicon"));
        assertTrue(entity.matches(".*entries\\), sha256 [0-9a-f]{16}"), entity);
        assertEquals(Corpus.seeds().settings().printAll(), s.printAll());
    }
}

package org.newstables.robust;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newstables.Corpus;
import org.newstables.Per;
import org.newstables.bench.Benchmark;
import tech.tablesaw.api.Table;

/**
 * Every public table of a corpus as CSV text. Run as a program ({@code EveryTableCsv folder size}),
 * it writes the tables of the generated corpus of {@code size} articles into {@code folder}, one
 * file per table: what {@link ReproducibilityTest} compares between fresh JVMs.
 */
public final class EveryTableCsv {

    private EveryTableCsv() {
    }

    /** Every table of {@code c}, by name, as CSV. */
    static Map<String, String> of(Corpus c) {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("articles", c.articles());
        tables.put("problems", c.problems());
        tables.put("removed", c.removed());
        tables.put("dates", c.dates());
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
        tables.put("kwic", c.kwic("تعاون", 6));
        tables.put("collocations", c.collocations("الصين", 5));
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

    /** The generated corpus of {@code size} articles. */
    static Corpus generated(int size) {
        return Corpus.from(Benchmark.generate(size));
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (Map.Entry<String, String> e : of(generated(Integer.parseInt(args[1]))).entrySet()) {
            Files.writeString(folder.resolve(e.getKey() + ".csv"), e.getValue(), StandardCharsets.UTF_8);
        }
    }
}

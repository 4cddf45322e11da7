package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** cooccurrence() on sentences written for this test: which pairs, counted how. */
class CooccurrenceTest {

    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (Row r : t) {
            out.add(r.getString("kind") + " " + r.getString("entity") + "+" + r.getString("other") + " "
                    + r.getInt("sentences") + "/" + r.getInt("articles"));
        }
        return out;
    }

    @Test
    void pairsNamedInTheSameSentenceCountedBySentenceAndArticle() {
        // Article 1: China and Kazakhstan with trade in one sentence, China alone with trade in the next.
        // Article 2: China and Kazakhstan again, without a theme. Sentences and articles are counted once each,
        // however often a name repeats in them.
        Table t = TextCorpora.of(
                "وقعت الصين وكازاخستان اتفاقا لتعزيز التجارة بين الصين وكازاخستان. وقالت الصين إن التجارة تنمو.",
                "التقى وفد من الصين وفدا من كازاخستان.").cooccurrence();
        List<String> got = rows(t);
        // Most sentences first; a tie goes by kind, then keys.
        assertEquals(List.of("entity-entity CN+KZ 2/2", "entity-theme CN+trade 2/1", "entity-theme KZ+trade 1/1"), got);
        assertEquals("China", t.stringColumn("entity_label").get(0));
        assertEquals("الصين", t.stringColumn("entity_label_ar").get(0));
        assertEquals("Kazakhstan", t.stringColumn("other_label").get(0));
    }
}

package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Sub-corpora: their tables agree with the full corpus's rows. */
class SubCorpusTest {

    private static final Corpus SEEDS = Corpus.seeds();

    private static List<String> ids(Corpus c) {
        return c.articles().stringColumn("id").asList();
    }

    @Test
    void byDateRange() {
        Corpus c = SEEDS.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertEquals(List.of("000_dbcc2ad676738809", "004_59f284bc6e15a1ce"), ids(c));
    }

    @Test
    void byMetadataColumn() {
        assertEquals(3, SEEDS.where("dateline", "Beijing").size());
        assertEquals(3, SEEDS.where("event", "phone call").size());
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> SEEDS.where("country", "CN"));
        assertTrue(e.getMessage().contains("no column 'country'") && e.getMessage().contains("event"));
    }

    @Test
    void tablesAgreeWithTheFullCorpusRows() {
        Corpus sub = SEEDS.filter(a -> a.id().startsWith("003") || a.id().startsWith("001"));
        Table full = SEEDS.articles();
        Table part = sub.articles();
        for (int r = 0; r < part.rowCount(); r++) {
            String id = part.stringColumn("id").get(r);
            int f = full.stringColumn("id").indexOf(id);
            assertEquals(full.row(f).toString(), part.row(r).toString());
        }
        Table fullTokens = SEEDS.tokens();
        Table subTokens = sub.tokens();
        Table expected = fullTokens.where(fullTokens.stringColumn("article").isIn(ids(sub)));
        assertEquals(expected.rowCount(), subTokens.rowCount());
        assertEquals(expected.printAll(), subTokens.printAll().replace("tokens", "tokens"));
        Table subTerms = sub.terms();
        Table fullTerms = SEEDS.terms();
        Table expectedTerms = fullTerms.where(fullTerms.stringColumn("article").isIn(ids(sub)));
        assertEquals(expectedTerms.intColumn("count").sum(), subTerms.intColumn("count").sum(), 0.0);
        assertEquals(2, sub.filter(a -> true).size());
    }

    @Test
    void matrixHasOneTfColumnPerChosenTerm() {
        Table m = SEEDS.matrix("تعاون", "الحزام والطريق");
        assertTrue(m.columnNames().containsAll(List.of("id", "title", "date", "dateline", "tokens", "event",
                "تعاون", "الحزام والطريق")));
        // BRI in 000 is written الحزام والطريق once (headline) and للحزام والطريق twice: 3 times
        // in 424 tokens.
        int tokens = m.intColumn("tokens").get(0);
        assertEquals(424, tokens);
        assertEquals(3.0 / tokens, m.doubleColumn("الحزام والطريق").get(0), 1e-12);
        assertEquals(0.0, m.doubleColumn("الحزام والطريق").get(1), 1e-12);
        assertThrows(NewsTablesException.class, () -> SEEDS.matrix(" "));
    }
}

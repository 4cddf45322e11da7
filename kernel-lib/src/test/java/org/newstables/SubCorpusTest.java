package org.newstables;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.common.NewsTablesException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newstables.TableAsserts.row;
import tech.tablesaw.api.Table;

/** Sub-corpora of TinyNews: their tables agree with the full corpus's rows. */
class SubCorpusTest {

    private static final Corpus NEWS = TinyNews.corpus();

    private static List<String> ids(Corpus c) {
        return c.articles().stringColumn("id").asList();
    }

    private static String csv(Table t) {
        StringWriter w = new StringWriter();
        t.write().csv(w);
        return w.toString();
    }

    @Test
    void byDateRange() {
        assertEquals(List.of("a1", "a2"), ids(NEWS.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))));
        // Both ends included.
        assertEquals(List.of("a2", "a3"), ids(NEWS.between(LocalDate.of(2021, 7, 4), LocalDate.of(2022, 1, 20))));
        assertEquals(List.of(), ids(NEWS.between(LocalDate.of(2021, 3, 11), LocalDate.of(2021, 7, 3))));
    }

    @Test
    void byMetadataColumn() {
        assertEquals(List.of("a1", "a3"), ids(NEWS.where("dateline", "Cairo")));
        assertEquals(List.of("a3"), ids(NEWS.where("topic", "health")));
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> NEWS.where("country", "EG"));
        assertTrue(e.getMessage().contains("no column 'country'") && e.getMessage().contains("topic"), e.getMessage());
    }

    @Test
    void tablesAgreeWithTheFullCorpusRows() {
        Corpus sub = NEWS.filter(a -> !a.id().equals("a2"));
        assertEquals(List.of("a1", "a3"), ids(sub));
        Table full = NEWS.articles();
        assertEquals(csv(full.where(full.stringColumn("id").isNotEqualTo("a2"))), csv(sub.articles()));
        Table tokens = NEWS.tokens();
        assertEquals(csv(tokens.where(tokens.stringColumn("article").isNotEqualTo("a2"))), csv(sub.tokens()));
        Table mentions = NEWS.mentions();
        assertEquals(csv(mentions.where(mentions.stringColumn("article").isNotEqualTo("a2"))), csv(sub.mentions()));
        // Counts per article are the same; document frequencies are the sub-corpus's own: مصر is in both
        // of its articles (idf log10(2/2) = 0), صين in one of two (a1).
        Table terms = sub.terms();
        TableAsserts.of(terms.where(terms.stringColumn("article").isEqualTo("a1")).first(2))
                .select("term", "count", "articles", "idf")
                .expectRows(row("صين", 2, 1, Math.log10(2.0)), row("مصر", 2, 2, 0.0));
        // Entities counted over the sub-corpus only: EG 2 + 2, CN 2 (a1), SA 1, Cairo 1.
        TableAsserts.of(sub.entities()).select("entity", "mentions", "articles").expectRows(
                row("EG", 4, 2), row("CN", 2, 1), row("Cairo", 1, 1), row("SA", 1, 1));
        assertEquals(ids(sub), ids(sub.filter(a -> true)));
    }
}

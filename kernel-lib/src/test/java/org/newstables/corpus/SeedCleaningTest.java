package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Cleaning on the seeds: exactly the debris lines go, every real sentence stays. The real
 * sentences are the gold sentence split (../shared/gold/seeds_sentences.csv, copied to the test
 * resources) less the non-prose lines its README lists.
 */
class SeedCleaningTest {

    private static final Corpus SEEDS = Corpus.seeds();

    @Test
    void removesExactlyTheDebrisLines() {
        Map<String, List<String>> removed = SEEDS.articleList().stream().collect(Collectors.toMap(
                a -> a.id().substring(0, 3),
                a -> a.removed().stream().map(r -> r.line() + ":" + r.reason()).collect(Collectors.toList())));
        assertEquals(List.of(), removed.get("000"));
        assertEquals(List.of("1:banner", "5:no letters", "43:site furniture", "45:site furniture"), removed.get("001"));
        assertEquals(List.of(), removed.get("002"));
        assertEquals(List.of("3:stamp", "4:interface", "38:no letters"), removed.get("003"));
        assertEquals(List.of(), removed.get("004"));
    }

    @Test
    void noDebrisIsLeftInTheText() {
        for (Article a : SEEDS.articleList()) {
            String t = a.text();
            assertFalse(t.contains("موقع متخصص"), a.id());
            assertFalse(t.contains("اترك رد"), a.id());
            assertFalse(t.contains("بريدك"), a.id());
            assertFalse(t.contains("Video"), a.id());
            assertFalse(t.contains("arabic.news.cn"), a.id());
            assertFalse(t.contains("03:46:49"), a.id());
            assertFalse(t.matches("(?s).*\\d{20,}.*"), a.id());
            assertFalse(t.matches("(?s)(.*\\n)?0(\\n.*)?"), a.id() + " keeps a lone counter line");
            assertFalse(t.startsWith("\n") || t.endsWith("\n"), a.id());
            assertFalse(t.contains("\n\n\n"), a.id());
        }
    }

    @Test
    void everyRealSentenceIsKept() throws IOException {
        Table gold = goldSentences();
        int checked = 0;
        for (Row r : gold) {
            String text = r.getString("text");
            String article = r.getString("article");
            boolean nonProse = (article.equals("001") && List.of("1", "3", "22", "23").contains(r.getString("sentence_no")))
                    || (article.equals("003") && List.of("2", "3", "20").contains(r.getString("sentence_no")));
            String cleaned = SEEDS.articleList().stream().filter(a -> a.id().startsWith(article))
                    .findFirst().orElseThrow().text();
            if (nonProse) {
                assertFalse(cleaned.lines().anyMatch(l -> l.strip().equals(text)), article + " keeps " + text);
            } else {
                assertTrue(cleaned.contains(text), article + " lost: " + text);
                checked++;
            }
        }
        assertEquals(82 - 7, checked);
    }

    @Test
    void removedTableListsTheLinesWithTheirText() {
        Table removed = SEEDS.removed();
        assertEquals(7, removed.rowCount());
        assertEquals("010020070790000000000000011100001399857831", removed.stringColumn("text").get(6));
        assertEquals(List.of("article", "line", "reason", "text"), removed.columnNames());
    }

    static Table goldSentences() throws IOException {
        try (InputStream in = SeedCleaningTest.class.getResourceAsStream("/gold/seeds_sentences.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(csv))
                    .columnTypes(n -> ColumnType.STRING).maxCharsPerColumn(100_000));
        }
    }
}

package org.newstables.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Kind;
import org.newstables.Corpus;
import org.newstables.Per;
import org.newstables.corpus.CorpusFiles;
import tech.tablesaw.api.Table;

class TimelineTest {

    private static final Corpus SEEDS = Corpus.seeds();

    @Test
    void everyYearFrom2017To2022WithZerosFor2018And2019() {
        Table t = SEEDS.timeline(Per.YEAR, Kind.ENTITY, "TJ", "KZ");
        assertEquals(List.of("2017", "2017", "2018", "2018", "2019", "2019", "2020", "2020", "2021", "2021", "2022", "2022"),
                t.stringColumn("period").asList());
        Table empty = t.where(t.stringColumn("period").isIn("2018", "2019"));
        assertEquals(0, empty.intColumn("mentions").sum(), 0.0);
        assertEquals(0, empty.intColumn("period_articles").sum(), 0.0);
        // 2020: 000 (TJ 18) and 004 (KZ 13); tokens of both articles: 424 + 455.
        Table y2020 = t.where(t.stringColumn("period").isEqualTo("2020"));
        assertEquals(List.of(18, 13), y2020.intColumn("mentions").asList());
        assertEquals(879L, y2020.longColumn("tokens").get(0));
        assertEquals(1000.0 * 18 / 879, y2020.doubleColumn("per_1k").get(0), 1e-9);
    }

    @Test
    void defaultTimelineHasEveryThemeAndTheTopEntities() {
        Table t = SEEDS.timeline(Per.YEAR);
        long themes = t.stringColumn("kind").asList().stream().filter("theme"::equals).count();
        assertEquals(11 * 6, themes);
        assertTrue(t.stringColumn("key").asList().contains("Xi Jinping"));
    }

    @Test
    void periodsOfEachGrain() {
        assertEquals(2022 - 2017 + 1, SEEDS.timeline(Per.YEAR, Kind.THEME, "health").rowCount());
        assertEquals(3 + 4 * 4 + 3, SEEDS.timeline(Per.QUARTER, Kind.THEME, "health").rowCount()); // 2017-Q2 .. 2022-Q3
        assertEquals(7 + 12 * 4 + 8, SEEDS.timeline(Per.MONTH, Kind.THEME, "health").rowCount()); // 2017-06 .. 2022-08
        Table weeks = SEEDS.timeline(Per.WEEK, Kind.THEME, "health");
        assertEquals("2017-W23", weeks.stringColumn("period").get(0));
        assertEquals("2022-W31", weeks.stringColumn("period").get(weeks.rowCount() - 1));
        Table days = SEEDS.timeline(Per.DAY, Kind.THEME, "health");
        assertEquals("2017-06-09", days.stringColumn("period").get(0));
        assertEquals("2022-08-01", days.stringColumn("period").get(days.rowCount() - 1));
    }

    @TempDir
    Path dir;

    @Test
    void undatedArticlesAreReportedNotDropped() {
        CorpusFiles.copySeedTexts(dir);
        Corpus c = Corpus.load(dir);
        Table t = c.timeline(Per.YEAR, Kind.ENTITY, "TJ");
        List<String> periods = t.stringColumn("period").asList();
        assertEquals(List.of("2017", "2018", "2019", "2020", "2021", "undated"), periods);
        // 000 and 001 (Tajikistan, no date in their text) are undated: 18 + 23 mentions of TJ.
        assertEquals(18 + 23, t.intColumn("mentions").get(5));
        assertEquals(3, t.intColumn("period_articles").get(5));
    }
}

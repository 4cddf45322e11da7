package org.newstables.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.DOUBLE;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.LONG;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.Kind;
import org.newstables.Per;
import org.newstables.TableAsserts;
import org.newstables.TinyNews;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * timeline(): mentions per period on TinyNews (a1 2021-03-10, a2 2021-07-04, a3 2022-01-20; 20, 11 and
 * 9 tokens). Every period from the first to the last dated article has its rows, empty ones too.
 */
class TimelineTest {

    private static final Corpus NEWS = TinyNews.corpus();

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void mentionsArticlesAndTokensPerYear() {
        // 2021: a1 and a2, 20 + 11 = 31 tokens; CN 2 + 2 mentions in both, EG 2 in a1. 2022: a3, 9 tokens;
        // EG 2, CN none. per_1k = 1000 × mentions / tokens of the period.
        TableAsserts.of(NEWS.timeline(Per.YEAR, Kind.ENTITY, "CN", "EG"))
                .expectColumns("period", "period_start", "kind", "key", "label", "label_ar", "mentions", "articles",
                        "period_articles", "tokens", "per_1k")
                .expectTypes(STRING, LOCAL_DATE, STRING, STRING, STRING, STRING, INTEGER, INTEGER, INTEGER, LONG, DOUBLE)
                .expectRows(
                        row("2021", date(2021, 1, 1), "entity", "CN", "China", "الصين", 4, 2, 2, 31, 4000.0 / 31),
                        row("2021", date(2021, 1, 1), "entity", "EG", "Egypt", "مصر", 2, 1, 2, 31, 2000.0 / 31),
                        row("2022", date(2022, 1, 1), "entity", "CN", "China", "الصين", 0, 0, 1, 9, 0.0),
                        row("2022", date(2022, 1, 1), "entity", "EG", "Egypt", "مصر", 2, 1, 1, 9, 2000.0 / 9));
    }

    @Test
    void emptyPeriodsHaveRowsOfZeros() {
        // Quarters from 2021-Q1 (a1) to 2022-Q1 (a3): 2021-Q2 and 2021-Q4 have no article. SA is named
        // once in a1 and once in a2 (2021-Q3).
        TableAsserts.of(NEWS.timeline(Per.QUARTER, Kind.ENTITY, "SA"))
                .select("period", "period_start", "mentions", "articles", "period_articles", "tokens")
                .expectRows(
                        row("2021-Q1", date(2021, 1, 1), 1, 1, 1, 20),
                        row("2021-Q2", date(2021, 4, 1), 0, 0, 0, 0),
                        row("2021-Q3", date(2021, 7, 1), 1, 1, 1, 11),
                        row("2021-Q4", date(2021, 10, 1), 0, 0, 0, 0),
                        row("2022-Q1", date(2022, 1, 1), 0, 0, 1, 9));
    }

    @Test
    void periodsOfEachGrain() {
        Table years = NEWS.timeline(Per.YEAR, Kind.THEME, "health");
        assertEquals(List.of("2021", "2022"), years.stringColumn("period").asList());
        // Health: للصحة and اللقاح, both in a3.
        assertEquals(List.of(0, 2), years.intColumn("mentions").asList());
        // Months 2021-03 to 2022-01: 10 of 2021 and one of 2022.
        Table months = NEWS.timeline(Per.MONTH, Kind.THEME, "health");
        assertEquals(11, months.rowCount());
        assertEquals("2021-03", months.stringColumn("period").get(0));
        assertEquals("2022-01", months.stringColumn("period").get(10));
        // ISO weeks: 2021-03-10 is the Wednesday of week 10; 2022-01-20 the Thursday of week 3 of 2022.
        Table weeks = NEWS.timeline(Per.WEEK, Kind.THEME, "health");
        assertEquals("2021-W10", weeks.stringColumn("period").get(0));
        assertEquals(date(2021, 3, 8), weeks.dateColumn("period_start").get(0));
        assertEquals("2022-W03", weeks.stringColumn("period").get(weeks.rowCount() - 1));
        // Weeks 10 to 52 of 2021 (43; 2021 has 52 ISO weeks) and 1 to 3 of 2022.
        assertEquals(43 + 3, weeks.rowCount());
        // Days: 22 of March, 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 to December, 20 of January.
        Table days = NEWS.timeline(Per.DAY, Kind.THEME, "health");
        assertEquals(22 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 20, days.rowCount());
        assertEquals("2021-03-10", days.stringColumn("period").get(0));
        assertEquals("2022-01-20", days.stringColumn("period").get(days.rowCount() - 1));
    }

    @Test
    void theDefaultTimelineHasEveryThemeThenTheTopEntities() {
        // Per period: the 11 themes of the theme lexicon, in its order, then the (at most ten) most
        // mentioned entities, in the order of entities(): CN, EG, SA, Cairo.
        Table t = NEWS.timeline(Per.YEAR);
        List<String> keys = new ArrayList<>();
        org.newstables.Lexicon.themes().entries().forEach(e -> keys.add(e.key()));
        keys.addAll(List.of("CN", "EG", "SA", "Cairo"));
        Table y2021 = t.where(t.stringColumn("period").isEqualTo("2021"));
        assertEquals(keys, y2021.stringColumn("key").asList());
        assertEquals(2 * keys.size(), t.rowCount());
        assertEquals(List.of("health", "trade", "investment", "energy", "connectivity", "agriculture", "security",
                "digital", "bri", "multilateral", "people"), keys.subList(0, 11));
        // 2021: trade and energy twice each (a1, a2), health none; Cairo once.
        TableAsserts.of(y2021).select("kind", "key", "mentions", "articles").expectRows(
                row("theme", "health", 0, 0),
                row("theme", "trade", 2, 2),
                row("theme", "investment", 0, 0),
                row("theme", "energy", 2, 2),
                row("theme", "connectivity", 0, 0),
                row("theme", "agriculture", 0, 0),
                row("theme", "security", 0, 0),
                row("theme", "digital", 0, 0),
                row("theme", "bri", 0, 0),
                row("theme", "multilateral", 0, 0),
                row("theme", "people", 0, 0),
                row("entity", "CN", 4, 2),
                row("entity", "EG", 2, 1),
                row("entity", "SA", 2, 2),
                row("entity", "Cairo", 1, 1));
    }

    @Test
    void undatedArticlesAreReportedNotDropped() {
        // A fourth article with no date in its row or its text: its mentions are in an undated period,
        // after the dated ones, with no period start.
        Table table = TinyNews.table();
        table.stringColumn("id").append("a4");
        table.stringColumn("date").append("");
        table.stringColumn("dateline").append("");
        table.stringColumn("topic").append("");
        table.stringColumn("text").append("زار وفد من الصين مصر.");
        Corpus c = Corpus.from(table);
        TableAsserts.of(c.timeline(Per.YEAR, Kind.ENTITY, "CN"))
                .select("period", "period_start", "mentions", "articles", "period_articles", "tokens", "per_1k")
                .expectRows(
                        row("2021", date(2021, 1, 1), 4, 2, 2, 31, 4000.0 / 31),
                        row("2022", date(2022, 1, 1), 0, 0, 1, 9, 0.0),
                        row("undated", null, 1, 1, 1, 5, 200.0));
    }

    @Test
    void aKeyOfTheLexiconThatNothingNamesHasZerosAndAnUnknownKeyIsAnError() {
        TableAsserts.of(NEWS.timeline(Per.YEAR, Kind.ENTITY, "KZ"))
                .select("period", "key", "label", "label_ar", "mentions", "articles")
                .expectRows(row("2021", "KZ", "Kazakhstan", "قازاقستان", 0, 0), row("2022", "KZ", "Kazakhstan", "قازاقستان", 0, 0));
        assertThrows(NewsTablesException.class, () -> NEWS.timeline(Per.YEAR, Kind.ENTITY, "NOT-A-KEY"));
        // No dated article at all: only the undated period.
        Corpus undated = Corpus.from(Table.create("t", StringColumn.create("text", "قالت الصين إن التجارة تنمو.")));
        TableAsserts.of(undated.timeline(Per.YEAR, Kind.ENTITY, "CN")).select("period", "mentions", "tokens")
                .expectRows(row("undated", 1, 5));
    }
}

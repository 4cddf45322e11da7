package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** problems(): every row that was skipped or looked wrong, with where it was and what to do. */
class ProblemsTableTest {

    @Test
    void everyProblemOfATableByRow() {
        Table feed = Table.create("feed",
                StringColumn.create("id", "n1", "n2", "n1", "", "n5"),
                StringColumn.create("date", "2021-03-15", "", "", "2031-01-01", "March 3rd"),
                StringColumn.create("text",
                        "القاهرة 14 مارس 2021 (شينخوا) - قال وزير الخارجية إن الاجتماع انتهى.",
                        "   ",
                        "نص خبر ثالث عن التجارة.",
                        "نص خبر رابع عن الطاقة.",
                        "نص خبر خامس."));
        // Today is 2026-01-01 for this loader, so 2031 is in the future.
        Corpus c = Corpus.loader().clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).from(feed);
        // Row 1: the metadata says the 15th, the dateline the 14th: the metadata wins, and says so.
        // Row 2: blank text, skipped. Row 3: n1 again, kept as n1#3. Row 4: an empty id (the row number
        // is used) and a future date. Row 5: a date that is no date (the text has none either).
        TableAsserts.of(c.problems())
                .expectColumns("source", "kind", "problem")
                .expectTypes(STRING, STRING, STRING)
                .expectRows(
                        row("feed, row 1", "date", "metadata date 2021-03-15 disagrees with 2021-03-14 read from the text"
                                + " (dateline); the metadata date is used."),
                        row("feed, row 2", "empty", "the text is empty; the article was skipped. Check the file's content."),
                        row("feed, row 3", "id", "repeats the id 'n1'; this article is kept as 'n1#3'. Give every article its own id."),
                        row("feed, row 4", "id", "the id is empty; the row number 4 is used instead."),
                        row("feed, row 4", "date", "the date 2031-01-01 is in the future; check it."),
                        row("feed, row 5", "metadata", "the metadata date 'March 3rd' is not a date; write it as YYYY-MM-DD."
                                + " The date is taken from the text instead."));
        // Four articles remain, with the dates the problems describe.
        TableAsserts.of(c.articles()).select("id", "date", "date_source", "file").expectRows(
                row("n1", LocalDate.of(2021, 3, 15), "metadata", "feed, row 1"),
                row("n1#3", null, "none", "feed, row 3"),
                row("4", LocalDate.of(2031, 1, 1), "metadata", "feed, row 4"),
                row("n5", null, "none", "feed, row 5"));
    }

    /** Problems are sorted by file, then by row number as a number (row 9 before row 10), from their origin. */
    @Test
    void problemsFollowTheRowsInNumericOrder() {
        StringColumn ids = StringColumn.create("id");
        StringColumn text = StringColumn.create("text");
        for (int i = 1; i <= 12; i++) {
            ids.append(i == 9 || i == 10 ? "" : "a" + i);
            text.append("نص الخبر رقم " + i + ".");
        }
        TableAsserts.of(Corpus.from(Table.create("feed", ids, text)).problems()).select("source", "kind").expectRows(
                row("feed, row 9", "id"),
                row("feed, row 10", "id"));
    }

    @Test
    void aCleanCorpusHasAnEmptyTableWithTheSameColumns() {
        TableAsserts.of(TinyNews.corpus().problems()).expectColumns("source", "kind", "problem").expectTypes(STRING, STRING, STRING)
                .expectHeight(0);
    }
}

package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.LOCAL_TIME;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** articles(): one row per article, its metadata, what the text says about its date, its counts. */
class ArticlesTableTest {

    @Test
    void metadataFromTheTableAndCountsFromTheText() {
        TableAsserts.of(TinyNews.corpus().articles())
                .expectColumns("id", "title", "date", "published", "published_time", "date_source", "date_precision",
                        "date_start", "date_end", "dateline", "source", "language", "sentences", "tokens", "text",
                        "topic", "file", "encoding", "removed_lines")
                .expectTypes(STRING, STRING, LOCAL_DATE, LOCAL_DATE, LOCAL_TIME, STRING, STRING, INTEGER, INTEGER,
                        STRING, STRING, STRING, INTEGER, INTEGER, STRING, STRING, STRING, STRING, INTEGER)
                // The date, dateline and topic columns are the table's (topic, unknown to NewsTables, comes
                // after text as extra metadata); a metadata date has day precision and no offsets. No line
                // reads as a headline (every line ends like a sentence): no title. Sentences and tokens as
                // listed in TinyNews: a1 3 and 20, a2 2 and 11, a3 2 and 9. file is the table's name and
                // the row number; nothing was removed.
                .expectRows(
                        row("a1", "", LocalDate.of(2021, 3, 10), null, null, "metadata", "day", null, null, "Cairo", "",
                                "ar", 3, 20, TinyNews.A1, "economy", "news, row 1", "in memory", 0),
                        row("a2", "", LocalDate.of(2021, 7, 4), null, null, "metadata", "day", null, null, "Beijing", "",
                                "ar", 2, 11, TinyNews.A2, "economy", "news, row 2", "in memory", 0),
                        row("a3", "", LocalDate.of(2022, 1, 20), null, null, "metadata", "day", null, null, "Cairo", "",
                                "ar", 2, 9, TinyNews.A3, "health", "news, row 3", "in memory", 0));
    }

    @Test
    void titleDatelineAndSourceFromTheTextWhenTheTableHasNone() {
        String arabic = "مصر والصين توقعان اتفاقا جديدا\nالقاهرة 14 مارس 2021 (شينخوا) - وقعت مصر والصين اتفاقا جديدا للتجارة.";
        String english = "China and Egypt signed a new trade agreement in Cairo on Sunday.";
        Corpus c = TextCorpora.of(arabic, english);
        // Row 1: the first line reads as a headline (five words, no sentence end) and becomes the title;
        // the second opens with a dateline: place القاهرة, agency شينخوا (the source), and the date
        // 14 مارس 2021, at offsets 39..51 (the headline is 30 characters and a line break, then
        // "القاهرة " is 8). Tokens: 5 in the headline, 11 in the dateline's line (the digits are
        // tokens, the brackets and the dash are not); two lines, two sentences.
        // Row 2: Latin text is English; English weekdays are not read: no date. Rows are numbered
        // from 1 and a table without an id column uses the numbers as ids.
        TableAsserts.of(c.articles())
                .select("id", "title", "date", "date_source", "date_precision", "date_start", "date_end", "dateline",
                        "source", "language", "sentences", "tokens", "file")
                .expectRows(
                        row("1", "مصر والصين توقعان اتفاقا جديدا", LocalDate.of(2021, 3, 14), "dateline", "day", 39, 51,
                                "القاهرة", "شينخوا", "ar", 2, 16, "t, row 1"),
                        row("2", "", null, "none", "", null, null, "", "", "en", 1, 12, "t, row 2"));
        org.junit.jupiter.api.Assertions.assertEquals("14 مارس 2021", arabic.substring(39, 51));
    }
}

package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** removed(): the lines cleaning took out of an article, each with its line number and rule. */
class RemovedTableTest {

    @Test
    void everyRemovedLineWithItsRule() {
        String page = String.join("\n",
                "أخبار العالم العربي",
                "مصر والصين توقعان اتفاقا جديدا",
                "نشر في 14 مارس 2021 الساعة 10:22",
                "Play Pause Mute",
                "وقعت مصر والصين في القاهرة اتفاقا جديدا لتعزيز التجارة والاستثمار بين البلدين خلال السنوات المقبلة.",
                "وقال الوزير إن الاتفاق مهم.",
                "* * *",
                "شارك المقال");
        Corpus c = TextCorpora.of(page, "نص خبر ثان عن الطاقة في مصر.");
        // Line 5 is the body (twelve words or more). Line 1, short and above the headline (line 2), is a
        // banner; line 3 holds only a date, a time and a publication label: a stamp; line 4 is short
        // Latin without punctuation in an Arabic article: interface; line 7 has no letter; line 8,
        // after the body, speaks of the site (شارك، المقال): site furniture. Line 6 is kept: a short
        // sentence right after the body is part of it. The second article loses nothing.
        TableAsserts.of(c.removed())
                .expectColumns("article", "line", "reason", "text")
                .expectTypes(STRING, INTEGER, STRING, STRING)
                .expectRows(
                        row("1", 1, "banner", "أخبار العالم العربي"),
                        row("1", 3, "stamp", "نشر في 14 مارس 2021 الساعة 10:22"),
                        row("1", 4, "interface", "Play Pause Mute"),
                        row("1", 7, "no letters", "* * *"),
                        row("1", 8, "site furniture", "شارك المقال"));
        // What is left: the headline (the title), the body and the short sentence. The stamp, though
        // removed, still gives the publication date and time, and so the date.
        assertEquals(String.join("\n", "مصر والصين توقعان اتفاقا جديدا",
                "وقعت مصر والصين في القاهرة اتفاقا جديدا لتعزيز التجارة والاستثمار بين البلدين خلال السنوات المقبلة.",
                "وقال الوزير إن الاتفاق مهم."), c.article("1").text());
        TableAsserts.of(c.articles())
                .select("id", "title", "date", "published", "published_time", "date_source", "removed_lines", "sentences",
                        "tokens")
                .expectRows(
                        // Tokens: 5 in the headline, 15 in the body, 5 in the last sentence.
                        row("1", "مصر والصين توقعان اتفاقا جديدا", LocalDate.of(2021, 3, 14), LocalDate.of(2021, 3, 14),
                                LocalTime.of(10, 22), "stamp", 5, 3, 5 + 15 + 5),
                        row("2", "", null, null, null, "none", 0, 1, 7));
    }
}

package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.BOOLEAN;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** dates(): every date expression the tagger read, and which one gave the article its date. */
class DatesTableTest {

    private static final Corpus DATED = TextCorpora.of(
            // A dateline, the lead's weekday, and a Hijri date in the story.
            "القاهرة 14 مارس 2021 (شينخوا) - قال وزير الخارجية إن الاجتماع عقد يوم الأحد، وإن الاتفاق وقع في 5 رمضان 1442 هـ.",
            // Yesterday's weekday in the lead; a publication stamp with a time below.
            "التقى الرئيسان أمس الثلاثاء في بكين.\nونشر الخبر في 3 يناير 2022 الساعة 10:30.",
            // A headline; today with nothing to count from; a month in the story.
            "مصر والصين توقعان اتفاقا جديدا\nوقعت مصر والصين اليوم اتفاقا جديدا للتجارة، بعد مفاوضات بدأت في مايو 2020.");

    @Test
    void everyExpressionWithItsValueAndWhetherItDatesTheArticle() {
        // 1: the dateline 14 مارس 2021 (after "القاهرة ", 8..20) dates the story; يوم الأحد counted from
        // it is the same day (14 March 2021 was a Sunday), so the dateline stays the source. 5 رمضان 1442
        // هـ is a Hijri date in the story (Umm al-Qura: 1 Ramadan 1442 = 13 April 2021, so 17 April).
        // 2: no dateline; the stamp 3 يناير 2022 (a Monday) on line 2 is the anchor, and أمس الثلاثاء
        // counted back from it is Tuesday 28 December 2021, another day: it gives the date.
        // 3: اليوم has nothing to count from (no dateline, stamp or publication date); مايو 2020 is a
        // month, no full date. No date.
        TableAsserts.of(DATED.dates())
                .expectColumns("article", "kind", "surface", "start", "end", "line", "value", "precision", "calendar",
                        "event")
                .expectTypes(STRING, STRING, STRING, INTEGER, INTEGER, INTEGER, LOCAL_DATE, STRING, STRING, BOOLEAN)
                .expectRows(
                        row("1", "dateline", "14 مارس 2021", 8, 20, 1, LocalDate.of(2021, 3, 14), "day", "gregorian", true),
                        row("1", "weekday", "يوم الأحد", 66, 75, 1, LocalDate.of(2021, 3, 14), "day", "gregorian", false),
                        row("1", "mention", "5 رمضان 1442 هـ", 96, 111, 1, LocalDate.of(2021, 4, 17), "day", "hijri", false),
                        row("2", "weekday", "أمس الثلاثاء", 15, 27, 1, LocalDate.of(2021, 12, 28), "day", "gregorian", true),
                        row("2", "stamp", "3 يناير 2022 الساعة 10:30", 51, 76, 2, LocalDate.of(2022, 1, 3), "day",
                                "gregorian", false),
                        row("3", "relative", "اليوم", 47, 52, 2, null, "day", "gregorian", false),
                        row("3", "mention", "مايو 2020", 95, 104, 2, LocalDate.of(2020, 5, 1), "month", "gregorian", false));
    }

    @Test
    void theArticlesDateColumnsAgreeWithTheEventRow() {
        // date_start/date_end are the offsets of the row whose event is true; the stamp gives the
        // publication date and time.
        TableAsserts.of(DATED.articles())
                .select("id", "title", "date", "published", "published_time", "date_source", "date_precision",
                        "date_start", "date_end")
                .expectRows(
                        row("1", "", LocalDate.of(2021, 3, 14), null, null, "dateline", "day", 8, 20),
                        row("2", "", LocalDate.of(2021, 12, 28), LocalDate.of(2022, 1, 3), LocalTime.of(10, 30), "weekday",
                                "day", 15, 27),
                        row("3", "مصر والصين توقعان اتفاقا جديدا", null, null, null, "none", "", null, null));
    }
}

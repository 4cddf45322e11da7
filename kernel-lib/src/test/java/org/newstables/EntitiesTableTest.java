package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** entities(): every entity found, with its mentions, articles and dates; most mentioned first. */
class EntitiesTableTest {

    @Test
    void countsAndDateRangeOfEveryEntity() {
        // From the mentions listed in TinyNews: CN 2 in a1 + 2 in a2 = 4 in 2 articles, 2021-03-10 to
        // 2021-07-04; EG 2 in a1 + 2 in a3 = 4 in 2 articles, 2021-03-10 to 2022-01-20; SA 1 in a1 + 1
        // in a2; Cairo 1 in a1. CN and EG tie on mentions: the key decides (C before E).
        TableAsserts.of(TinyNews.corpus().entities())
                .expectColumns("entity", "label", "label_ar", "type", "mentions", "articles", "first_date",
                        "last_date", "role", "source")
                .expectTypes(STRING, STRING, STRING, STRING, INTEGER, INTEGER, LOCAL_DATE, LOCAL_DATE, STRING, STRING)
                .expectRows(
                        row("CN", "China", "الصين", "COUNTRY", 4, 2, LocalDate.of(2021, 3, 10), LocalDate.of(2021, 7, 4),
                                "", "built-in"),
                        row("EG", "Egypt", "مصر", "COUNTRY", 4, 2, LocalDate.of(2021, 3, 10), LocalDate.of(2022, 1, 20),
                                "", "built-in"),
                        row("SA", "Saudi Arabia", "المملكة العربية السعودية", "COUNTRY", 2, 2, LocalDate.of(2021, 3, 10),
                                LocalDate.of(2021, 7, 4), "", "built-in"),
                        row("Cairo", "Cairo", "القاهرة", "PLACE", 1, 1, LocalDate.of(2021, 3, 10),
                                LocalDate.of(2021, 3, 10), "", "built-in"));
    }

    @Test
    void peopleFoundInTheTextAndUndatedArticles() {
        String zini = "هشام عبد الفتاح الزيني";
        Corpus c = TextCorpora.of(
                "وقال وزير الإسكان المصري " + zini + " إن مصر ماضية في خططها. وأكد الزيني أن المشروعات ستنتهي.",
                "التقى الرئيس الصيني شي جين بينغ نظيره المصري في بكين.");
        // EG: المصري and مصر in article 1, المصري in article 2 = 3 in 2 articles; the discovered minister
        // 2 (his full name, then الزيني), with his title as his role; then the three named once, by key
        // (B < C < X). Neither article has a date: no first or last date.
        TableAsserts.of(c.entities())
                .select("entity", "label_ar", "type", "mentions", "articles", "first_date", "last_date", "role", "source")
                .expectRows(
                        row("EG", "مصر", "COUNTRY", 3, 2, null, null, "", "built-in"),
                        row(zini, zini, "PERSON", 2, 1, null, null, "وزير الإسكان المصري", "discovered"),
                        row("Beijing", "بكين", "PLACE", 1, 1, null, null, "", "built-in"),
                        row("CN", "الصين", "COUNTRY", 1, 1, null, null, "", "built-in"),
                        row("Xi Jinping", "شي جين بينغ", "PERSON", 1, 1, null, null,
                                Lexicon.entities().entry("Xi Jinping").role(), "built-in"));
    }
}

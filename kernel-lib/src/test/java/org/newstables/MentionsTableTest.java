package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** mentions(): one row per entity mention, the surface sliced from the text by its offsets. */
class MentionsTableTest {

    @Test
    void everyMentionWithItsEntryOffsetsAndSentence() {
        LocalDate d1 = LocalDate.of(2021, 3, 10);
        LocalDate d2 = LocalDate.of(2021, 7, 4);
        LocalDate d3 = LocalDate.of(2022, 1, 20);
        String china = "الصين";
        String saudi = "المملكة العربية السعودية";
        // The mentions listed in TinyNews, in text order. Offsets: a1 "وقعت " is 5 characters, so مصر is
        // 5..8 and والصين (the conjunction is part of the surface) 9..15; the first sentence with its
        // full stop is 38 characters, so the second starts at 39 and its مصر والصين are at 66..69 and
        // 70..76; the line break is at 82 and the third sentence's السعودية القاهرة at 95..103, 104..111.
        // a2: الصين 5..10, والسعودية 11..20, and after the 44 characters of the first sentence and its
        // space, "وأكدت " puts الصين at 51..56. a3: "أعلنت " puts مصر at 6..9, the second مصر is at 27..30.
        // No title stands before any of them, and no lexicon entry here has a role.
        TableAsserts.of(TinyNews.corpus().mentions())
                .expectColumns("article", "date", "entity", "label", "label_ar", "type", "surface", "start", "end",
                        "sentence", "title", "role", "source")
                .expectTypes(STRING, LOCAL_DATE, STRING, STRING, STRING, STRING, STRING, INTEGER, INTEGER, INTEGER,
                        STRING, STRING, STRING)
                .expectRows(
                        row("a1", d1, "EG", "Egypt", "مصر", "COUNTRY", "مصر", 5, 8, 1, "", "", "built-in"),
                        row("a1", d1, "CN", "China", china, "COUNTRY", "والصين", 9, 15, 1, "", "", "built-in"),
                        row("a1", d1, "EG", "Egypt", "مصر", "COUNTRY", "مصر", 66, 69, 2, "", "", "built-in"),
                        row("a1", d1, "CN", "China", china, "COUNTRY", "والصين", 70, 76, 2, "", "", "built-in"),
                        row("a1", d1, "SA", "Saudi Arabia", saudi, "COUNTRY", "السعودية", 95, 103, 3, "", "", "built-in"),
                        row("a1", d1, "Cairo", "Cairo", "القاهرة", "PLACE", "القاهرة", 104, 111, 3, "", "", "built-in"),
                        row("a2", d2, "CN", "China", china, "COUNTRY", "الصين", 5, 10, 1, "", "", "built-in"),
                        row("a2", d2, "SA", "Saudi Arabia", saudi, "COUNTRY", "والسعودية", 11, 20, 1, "", "", "built-in"),
                        row("a2", d2, "CN", "China", china, "COUNTRY", "الصين", 51, 56, 2, "", "", "built-in"),
                        row("a3", d3, "EG", "Egypt", "مصر", "COUNTRY", "مصر", 6, 9, 1, "", "", "built-in"),
                        row("a3", d3, "EG", "Egypt", "مصر", "COUNTRY", "مصر", 27, 30, 2, "", "", "built-in"));
    }

    @Test
    void titlesRolesAndPeopleFoundInTheText() {
        String zini = "هشام عبد الفتاح الزيني";
        Corpus c = TextCorpora.of(
                "وقال وزير الإسكان المصري " + zini + " إن مصر ماضية في خططها. وأكد الزيني أن المشروعات ستنتهي.",
                "التقى الرئيس الصيني شي جين بينغ نظيره المصري في بكين.");
        String xiRole = Lexicon.entities().entry("Xi Jinping").role();
        // Row 1: المصري (a nisba: Egypt) inside the title; the name after the title, in no lexicon, is a
        // person found in the text: its normalized full name is its key, the title its role, its
        // source "discovered"; later الزيني alone is the same person (sentence 2). Row 2: the title
        // before شي جين بينغ is الرئيس الصيني, and the lexicon gives his offices as his role; المصري
        // after نظيره is Egypt again; بكين is a place.
        TableAsserts.of(c.mentions())
                .select("article", "entity", "type", "surface", "start", "end", "sentence", "title", "role", "source")
                .expectRows(
                        row("1", "EG", "COUNTRY", "المصري", 18, 24, 1, "", "", "built-in"),
                        row("1", zini, "PERSON", zini, 25, 47, 1, "وزير الإسكان المصري", "وزير الإسكان المصري", "discovered"),
                        row("1", "EG", "COUNTRY", "مصر", 51, 54, 1, "", "", "built-in"),
                        row("1", zini, "PERSON", "الزيني", 76, 82, 2, "", "وزير الإسكان المصري", "discovered"),
                        row("2", "CN", "COUNTRY", "الصيني", 13, 19, 1, "", "", "built-in"),
                        row("2", "Xi Jinping", "PERSON", "شي جين بينغ", 20, 31, 1, "الرئيس الصيني", xiRole, "built-in"),
                        row("2", "EG", "COUNTRY", "المصري", 38, 44, 1, "", "", "built-in"),
                        row("2", "Beijing", "PLACE", "بكين", 48, 52, 1, "", "", "built-in"));
    }
}

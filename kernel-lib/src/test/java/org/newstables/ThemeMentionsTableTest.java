package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.STRING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** themeMentions(): one row per theme keyword found, with the lexicon keyword that matched. */
class ThemeMentionsTableTest {

    @Test
    void everyKeywordInAnyCliticForm() {
        LocalDate d1 = LocalDate.of(2021, 3, 10);
        LocalDate d2 = LocalDate.of(2021, 7, 4);
        LocalDate d3 = LocalDate.of(2022, 1, 20);
        // The themes listed in TinyNews. Offsets: in a1 الطاقة ends the first sentence (31..37) and
        // التجارة follows "وقال الوزير إن " (54..61); in a2 الطاقة is 37..43, التجارة ends the text
        // (63..70); in a3 للصحة is 14..19 (keyword الصحة, with لل) and اللقاح 34..40 (the lexicon lists
        // لقاح before اللقاح: the first keyword of the same words is the one reported).
        TableAsserts.of(TinyNews.corpus().themeMentions())
                .expectColumns("article", "date", "theme", "label", "keyword", "surface", "start", "end", "sentence")
                .expectTypes(STRING, LOCAL_DATE, STRING, STRING, STRING, STRING, INTEGER, INTEGER, INTEGER)
                .expectRows(
                        row("a1", d1, "energy", "Energy", "الطاقة", "الطاقة", 31, 37, 1),
                        row("a1", d1, "trade", "Trade and economy", "التجارة", "التجارة", 54, 61, 2),
                        row("a2", d2, "energy", "Energy", "الطاقة", "الطاقة", 37, 43, 1),
                        row("a2", d2, "trade", "Trade and economy", "التجارة", "التجارة", 63, 70, 2),
                        row("a3", d3, "health", "Health", "الصحة", "للصحة", 14, 19, 1),
                        row("a3", d3, "health", "Health", "لقاح", "اللقاح", 34, 40, 2));
    }

    @Test
    void theLongestKeywordWins() {
        // أمن الصحة العامة is a health keyword, so its أمن is not also security; التجارة الإلكترونية is
        // digital, so its التجارة is not also trade. Alone, التجارة is trade and والأمن security.
        Corpus c = TextCorpora.of("ناقش الوزراء أمن الصحة العامة والتجارة الإلكترونية. وتحدثوا عن التجارة والأمن.");
        TableAsserts.of(c.themeMentions()).select("theme", "keyword", "surface", "start", "end", "sentence").expectRows(
                row("health", "أمن الصحة العامة", "أمن الصحة العامة", 13, 29, 1),
                row("digital", "التجارة الإلكترونية", "والتجارة الإلكترونية", 30, 50, 1),
                row("trade", "التجارة", "التجارة", 63, 70, 2),
                row("security", "الأمن", "والأمن", 71, 77, 2));
    }
}

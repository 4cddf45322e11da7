package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.corpus.CorpusFiles;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The seeds with metadata.csv taken away: what the text alone says about dates. */
class SeedsWithoutMetadataTest {

    @TempDir
    Path dir;

    @Test
    void datesFromDatelinesAndNoneWhereTheTextHasNone() {
        CorpusFiles.copySeedTexts(dir);
        Corpus c = Corpus.load(dir);
        Table a = c.articles();
        assertEquals(5, a.rowCount());
        for (Row r : a) {
            String id = r.getString("id").substring(0, 3);
            switch (id) {
                case "002" -> {
                    assertEquals(LocalDate.of(2017, 6, 9), r.getDate("date"));
                    assertEquals("dateline", r.getString("date_source"));
                    assertEquals("أستانا", r.getString("dateline"));
                }
                case "003" -> {
                    assertEquals(LocalDate.of(2021, 6, 2), r.getDate("date"));
                    assertEquals("dateline", r.getString("date_source"));
                    assertEquals("بكين", r.getString("dateline"));
                    assertEquals(LocalDate.of(2021, 6, 3), r.getDate("published"));
                    assertEquals(LocalTime.of(3, 46, 49), r.getTime("published_time"));
                    assertEquals("arabic.news.cn", r.getString("source"));
                }
                default -> {
                    // 000 and 001 name only a weekday, with no date to count back from; 004 nothing.
                    assertNull(r.getDate("date"), id);
                    assertEquals("none", r.getString("date_source"), id);
                    assertNull(r.getDate("published"), id);
                }
            }
        }
        assertEquals(0, c.problemList().size(), c.problems().printAll());
    }
}

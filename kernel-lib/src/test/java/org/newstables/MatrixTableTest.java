package org.newstables;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newstables.common.NewsTablesException;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.DOUBLE;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.LOCAL_DATE;
import static tech.tablesaw.api.ColumnType.STRING;

/** matrix(): one row per article, its metadata, entity and theme counts, and term frequencies. */
class MatrixTableTest {

    @Test
    void metadataEntityCountsThemeCountsAndTermFrequencies() {
        // Entity columns in the order of entities() (CN, EG, SA, Cairo), theme columns in the theme
        // lexicon's order, then one column per given word or phrase: its occurrences (by stem, in
        // order) over the article's tokens. تجارة: التجارة once in a1 (20 tokens) and a2 (11); the
        // phrase مجال الطاقة likewise. A term named like a column gets tf_ before it (topic is a
        // metadata column of TinyNews; it occurs in no article).
        Corpus news = TinyNews.corpus();
        TableAsserts.of(news.matrix("تجارة", "مجال الطاقة", "topic"))
                .expectColumns("id", "title", "date", "date_precision", "date_start", "date_end", "dateline", "source",
                        "language", "tokens", "topic", "CN", "EG", "SA", "Cairo", "health", "trade", "investment",
                        "energy", "connectivity", "agriculture", "security", "digital", "bri", "multilateral", "people",
                        "تجارة", "مجال الطاقة", "tf_topic")
                .expectTypes(STRING, STRING, LOCAL_DATE, STRING, INTEGER, INTEGER, STRING, STRING, STRING, INTEGER,
                        STRING, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER,
                        INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE, DOUBLE, DOUBLE)
                .expectRows(
                        // CN EG SA Cairo | health trade investment energy connectivity agriculture security digital bri multilateral people
                        row("a1", "", LocalDate.of(2021, 3, 10), "day", null, null, "Cairo", "", "ar", 20, "economy",
                                2, 2, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1 / 20.0, 1 / 20.0, 0.0),
                        row("a2", "", LocalDate.of(2021, 7, 4), "day", null, null, "Beijing", "", "ar", 11, "economy",
                                2, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1 / 11.0, 1 / 11.0, 0.0),
                        row("a3", "", LocalDate.of(2022, 1, 20), "day", null, null, "Cairo", "", "ar", 9, "health",
                                0, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0));
    }

    @Test
    void aThemeNamedLikeAnEntityIsPrefixed() {
        // بمبادرة الحزام والطريق is the organization BRI and the theme bri: Tablesaw's column names
        // ignore case, so the theme's column is theme_bri.
        Corpus c = TextCorpora.of("رحبت مصر بمبادرة الحزام والطريق.");
        TableAsserts.of(c.matrix()).select("tokens", "BRI", "EG", "theme_bri", "trade").expectRows(row(5, 1, 1, 1, 0));
        assertThrows(NewsTablesException.class, () -> c.matrix(" "));
    }
}

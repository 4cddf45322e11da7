package org.newstables.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Themes on the seeds, as a careful reader sees them. How each was decided, per theme:
 * <ul>
 *   <li>digital: 001 (الاقتصاد الرقمي، الحوكمة الإلكترونية، الذكاء الاصطناعي), 003 (الذكاء الاصطناعي،
 *       التجارة الإلكترونية، التمويل الرقمي، طريق حرير رقمية), 004 (الاقتصاد الرقمي); 000 talks of
 *       video conferences and science and technology, 002 of nothing digital;</li>
 *   <li>health: 000 and 004 (COVID-19, the epidemic, public health), 001 (vaccines, public health),
 *       003 (COVID-19, telemedicine, traditional medicine, vaccines); 002 has none;</li>
 *   <li>bri: 000, 002, 003, 004 name the Belt and Road; 001 does not;</li>
 *   <li>security: 001 (مجتمع أمن، التعاون الأمني، التحديات الأمنية), 002 (الدفاع، إنفاذ القانون، الأمن),
 *       003 (إنفاذ القانون والأمن والدفاع); the matcher also credits 000 (الترابط التنموي والأمني) and
 *       004 (لا تعترف بحدود وطنية, a figure of speech), which a reader might not, so only the three
 *       are asserted;</li>
 *   <li>agriculture: 000, 001, 002, 003 (الزراعة); 004 none.</li>
 * </ul>
 */
class SeedThemesTest {

    private static final Corpus SEEDS = Corpus.seeds();
    private static final Table THEMES = SEEDS.themeMentions();

    private static Set<String> articlesWith(String theme) {
        Set<String> out = new TreeSet<>();
        for (Row r : THEMES) {
            if (r.getString("theme").equals(theme)) {
                out.add(r.getString("article").substring(0, 3));
            }
        }
        return out;
    }

    @Test
    void themesACarefulReaderSees() {
        assertEquals(Set.of("001", "003", "004"), articlesWith("digital"));
        assertEquals(Set.of("000", "001", "003", "004"), articlesWith("health"));
        assertEquals(Set.of("000", "002", "003", "004"), articlesWith("bri"));
        assertEquals(Set.of("000", "001", "002", "003"), articlesWith("agriculture"));
        assertTrue(articlesWith("security").containsAll(Set.of("001", "002", "003")));
        assertEquals(Set.of("000", "001", "002", "003", "004"), articlesWith("multilateral"));
    }

    @Test
    void aPhraseOfOneThemeDoesNotCountForAnother() {
        // 004: "وحماية أمن الصحة العامة على الصعيد العالمي" is health; its أمن is not security.
        Table t = THEMES.where(THEMES.stringColumn("article").startsWith("004")
                .and(THEMES.stringColumn("surface").isEqualTo("أمن الصحة العامة")));
        assertEquals(1, t.rowCount());
        assertEquals("health", t.stringColumn("theme").get(0));
        Table security004 = THEMES.where(THEMES.stringColumn("article").startsWith("004")
                .and(THEMES.stringColumn("theme").isEqualTo("security")));
        for (Row r : security004) {
            assertTrue(!r.getString("surface").contains("الصحة"), r.toString());
        }
    }

    @Test
    void noThemeFromAKeywordInsideAnUnrelatedWord() {
        StringColumn text = StringColumn.create("text",
                "نقطة انطلاقة جديدة، والاستطاعة كبيرة، والمرضي عنه، والأمنيات طيبة، والطبيعة جميلة، والطاقم مستعد.");
        Corpus c = Corpus.from(Table.create("t", text));
        assertEquals(0, c.themeMentions().rowCount(), c.themeMentions().printAll());
    }

    @Test
    void everyThemeSurfaceIsTheTextBetweenItsOffsets() {
        for (Row r : THEMES) {
            assertEquals(r.getString("surface"),
                    SEEDS.article(r.getString("article")).text().substring(r.getInt("start"), r.getInt("end")));
        }
    }

    @Test
    void matrixHasThemeCountColumns() {
        Table m = SEEDS.matrix();
        Map<String, Integer> health = new TreeMap<>();
        for (Row r : m) {
            health.put(r.getString("id").substring(0, 3), r.getInt("health"));
        }
        assertEquals(0, health.get("002"));
        assertTrue(health.get("004") > 10);
        assertTrue(m.columnNames().containsAll(List.of("CN", "TJ", "Xi Jinping", "digital", "theme_bri", "BRI")));
    }
}

package org.newstables.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstables.TinyNews;
import org.newstables.text.AnalyzedText;
import org.newstables.text.StopWords;
import org.newstables.text.TextAnalyzer;
import org.newstables.text.Vocabulary;
import tech.tablesaw.api.Table;

/** N-grams are counted with word ids packed in a long when they fit, as strings otherwise: both ways agree. */
class NgramKeysTest {

    @Test
    void packedAndStringKeysGiveTheSameTable() {
        // TinyNews and two sentences with long runs of content words, repeated in part.
        List<String> sources = List.of(TinyNews.A1, TinyNews.A2, TinyNews.A3,
                "اتفقت الدول الأعضاء بمنظمة شانغهاي للتعاون على تعزيز التعاون الاقتصادي والتجاري والاستثماري.",
                "وأكدت الدول الأعضاء بمنظمة شانغهاي للتعاون أهمية التعاون الاقتصادي والتجاري والثقافي.");
        Vocabulary v = new Vocabulary();
        List<AnalyzedText> texts = sources.stream().map(t -> TextAnalyzer.analyze(t, v)).collect(Collectors.toList());
        for (int n = 2; n <= 4; n++) {
            Table packed = Ngrams.of(texts, v, StopWords.defaults(), n, true);
            Table strings = Ngrams.of(texts, v, StopWords.defaults(), n, false);
            assertTrue(packed.rowCount() > 10, n + "-grams: " + packed.rowCount());
            assertEquals(strings.printAll(), packed.printAll(), n + "-grams");
        }
        // الدول الأعضاء بمنظمة شانغهاي للتعاون is in both long sentences.
        Table fourGrams = Ngrams.of(texts, v, StopWords.defaults(), 4, true);
        assertEquals(2L, fourGrams.longColumn("count").get(0));
    }
}

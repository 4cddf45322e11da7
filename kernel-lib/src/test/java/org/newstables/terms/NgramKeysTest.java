package org.newstables.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.text.AnalyzedText;
import org.newstables.text.StopWords;
import org.newstables.text.TextAnalyzer;
import org.newstables.text.Vocabulary;
import tech.tablesaw.api.Table;

/** N-grams are counted with word ids packed in a long when they fit, as strings otherwise: both ways agree. */
class NgramKeysTest {

    @Test
    void packedAndStringKeysGiveTheSameTable() {
        Vocabulary v = new Vocabulary();
        List<AnalyzedText> texts = Corpus.seeds().articleList().stream()
                .map(a -> TextAnalyzer.analyze(a.text(), v)).collect(Collectors.toList());
        for (int n = 2; n <= 4; n++) {
            Table packed = Ngrams.of(texts, v, StopWords.defaults(), n, true);
            Table strings = Ngrams.of(texts, v, StopWords.defaults(), n, false);
            assertTrue(packed.rowCount() > 10, n + "-grams: " + packed.rowCount());
            assertEquals(strings.printAll(), packed.printAll(), n + "-grams");
        }
    }
}

package org.newstables;

import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.BOOLEAN;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.STRING;

import org.junit.jupiter.api.Test;
import org.newstables.text.StopWords;
import tech.tablesaw.api.Table;

/** tokens(): one row per token, with its forms, offsets and whether it is a stop word. */
class TokensTableTest {

    private static final Corpus NEWS = TinyNews.corpus();

    private static Table of(Corpus c, String article) {
        Table t = c.tokens();
        return t.where(t.stringColumn("article").isEqualTo(article));
    }

    @Test
    void formsOffsetsAndStopWordsOfEveryToken() {
        TableAsserts.of(NEWS.tokens())
                .expectColumns("article", "sentence", "position", "surface", "norm", "stem", "start", "end", "stop")
                .expectTypes(STRING, INTEGER, INTEGER, STRING, STRING, STRING, INTEGER, INTEGER, BOOLEAN)
                .expectHeight(20 + 11 + 9);
        // a3 = "أعلنت مصر خطة للصحة. وقالت مصر إن اللقاح متاح."
        // norm: أ and إ become ا, ة becomes ه. stem: the article (ال، لل) always comes off; و only when the
        // rest is a word of the corpus (قالت is not: وقالت stays whole); then one of Lucene's light
        // suffixes: خطه → خط, صحه → صح. Offsets: each word's first character and one past its last,
        // counting the ". " between the sentences. إن is in Lucene's Arabic stop list.
        TableAsserts.of(of(NEWS, "a3")).expectRows(
                row("a3", 1, 1, "أعلنت", "اعلنت", "اعلنت", 0, 5, false),
                row("a3", 1, 2, "مصر", "مصر", "مصر", 6, 9, false),
                row("a3", 1, 3, "خطة", "خطه", "خط", 10, 13, false),
                row("a3", 1, 4, "للصحة", "للصحه", "صح", 14, 19, false),
                row("a3", 2, 5, "وقالت", "وقالت", "وقالت", 21, 26, false),
                row("a3", 2, 6, "مصر", "مصر", "مصر", 27, 30, false),
                row("a3", 2, 7, "إن", "ان", "ان", 31, 33, true),
                row("a3", 2, 8, "اللقاح", "اللقاح", "لقاح", 34, 40, false),
                row("a3", 2, 9, "متاح", "متاح", "متاح", 41, 45, false));
    }

    @Test
    void aConjunctionComesOffOnlyWhereTheCorpusHasTheRestAsAWord() {
        // a2 = "بحثت الصين والسعودية التعاون في مجال الطاقة. وأكدت الصين أهمية التجارة."
        // والسعودية: السعودية is a word of the corpus (a1), so و comes off, then ال, then the suffix يه:
        // سعود. وأكدت: أكدت is no word of the corpus, so it stays whole. التعاون: Lucene's light stemmer
        // takes ون for a plural suffix (تعا); أهمية loses يه (اهم), الطاقة and التجارة their ه.
        TableAsserts.of(of(NEWS, "a2")).expectRows(
                row("a2", 1, 1, "بحثت", "بحثت", "بحثت", 0, 4, false),
                row("a2", 1, 2, "الصين", "الصين", "صين", 5, 10, false),
                row("a2", 1, 3, "والسعودية", "والسعوديه", "سعود", 11, 20, false),
                row("a2", 1, 4, "التعاون", "التعاون", "تعا", 21, 28, false),
                row("a2", 1, 5, "في", "في", "في", 29, 31, true),
                row("a2", 1, 6, "مجال", "مجال", "مجال", 32, 36, false),
                row("a2", 1, 7, "الطاقة", "الطاقه", "طاق", 37, 43, false),
                row("a2", 2, 8, "وأكدت", "واكدت", "واكدت", 45, 50, false),
                row("a2", 2, 9, "الصين", "الصين", "صين", 51, 56, false),
                row("a2", 2, 10, "أهمية", "اهميه", "اهم", 57, 62, false),
                row("a2", 2, 11, "التجارة", "التجاره", "تجار", 63, 70, false));
    }

    @Test
    void theStopColumnFollowsTheCorpusStopList() {
        // With مصر added to the list, a3's two مصر are stop words too; with no list, nothing is.
        TableAsserts.of(of(NEWS.withStopWords(StopWords.defaults().plus("مصر")), "a3")).expectColumn("stop",
                false, true, false, false, false, true, true, false, false);
        TableAsserts.of(of(NEWS.withStopWords(StopWords.none()), "a3")).expectColumn("stop",
                false, false, false, false, false, false, false, false, false);
    }

    /**
     * On 300 generated articles (1,300 tokens a text), every row is the token it describes: its
     * surface is the text between its offsets, positions count 1, 2, ... within each article in the
     * articles table's order, sentences do not go back, a surface always has the same norm and stem,
     * and stop says whether the norm is on the stop list.
     */
    @Test
    void everyRowIsTheTokenItDescribes() {
        Corpus c = Corpus.from(org.newstables.bench.Benchmark.generate(300));
        Table articles = c.articles();
        Table t = c.tokens();
        org.junit.jupiter.api.Assertions.assertEquals(articles.intColumn("tokens").sum(), t.rowCount());
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        StopWords stop = StopWords.defaults();
        int row = 0;
        for (int a = 0; a < articles.rowCount(); a++) {
            String id = articles.stringColumn("id").get(a);
            String text = articles.stringColumn("text").get(a);
            int lastSentence = 1;
            for (int p = 1; p <= articles.intColumn("tokens").get(a); p++, row++) {
                String at = "row " + row;
                org.junit.jupiter.api.Assertions.assertEquals(id, t.stringColumn("article").get(row), at);
                org.junit.jupiter.api.Assertions.assertEquals(p, t.intColumn("position").get(row), at);
                String surface = t.stringColumn("surface").get(row);
                org.junit.jupiter.api.Assertions.assertEquals(surface,
                        text.substring(t.intColumn("start").get(row), t.intColumn("end").get(row)), at);
                int sentence = t.intColumn("sentence").get(row);
                org.junit.jupiter.api.Assertions.assertTrue(sentence == lastSentence || sentence == lastSentence + 1, at);
                lastSentence = sentence;
                String norm = t.stringColumn("norm").get(row);
                String normAndStem = norm + " " + t.stringColumn("stem").get(row);
                org.junit.jupiter.api.Assertions.assertEquals(forms.computeIfAbsent(surface, k -> normAndStem), normAndStem, at);
                org.junit.jupiter.api.Assertions.assertEquals(stop.contains(norm), t.booleanColumn("stop").get(row), at);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(forms.size() > 500, "distinct surfaces: " + forms.size());
    }
}

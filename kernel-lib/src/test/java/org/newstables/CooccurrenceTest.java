package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newstables.TableAsserts.row;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.STRING;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** cooccurrence() on sentences written for this test: which pairs, counted how. */
class CooccurrenceTest {

    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (Row r : t) {
            out.add(r.getString("kind") + " " + r.getString("entity") + "+" + r.getString("other") + " "
                    + r.getInt("sentences") + "/" + r.getInt("articles"));
        }
        return out;
    }

    @Test
    void pairsNamedInTheSameSentenceCountedBySentenceAndArticle() {
        // Article 1: China and Kazakhstan with trade in one sentence, China alone with trade in the next.
        // Article 2: China and Kazakhstan again, without a theme. Sentences and articles are counted once each,
        // however often a name repeats in them.
        Table t = TextCorpora.of(
                "وقعت الصين وكازاخستان اتفاقا لتعزيز التجارة بين الصين وكازاخستان. وقالت الصين إن التجارة تنمو.",
                "التقى وفد من الصين وفدا من كازاخستان.").cooccurrence();
        List<String> got = rows(t);
        // Most sentences first; a tie goes by kind, then keys.
        assertEquals(List.of("entity-entity CN+KZ 2/2", "entity-theme CN+trade 2/1", "entity-theme KZ+trade 1/1"), got);
        assertEquals("China", t.stringColumn("entity_label").get(0));
        assertEquals("الصين", t.stringColumn("entity_label_ar").get(0));
        assertEquals("Kazakhstan", t.stringColumn("other_label").get(0));
    }

    @Test
    void everyPairOfTinyNewsWithItsLabels() {
        // The mentions of TinyNews by sentence (entities, then themes):
        //   a1 s1 EG CN | energy    a1 s2 EG CN | trade    a1 s3 SA Cairo | -
        //   a2 s1 CN SA | energy    a2 s2 CN | trade
        //   a3 s1 EG | health       a3 s2 EG | health
        // Pairs by sentence: CN+EG a1 s1, s2 (2 sentences, 1 article); CN+energy a1 s1, a2 s1 (2, 2);
        // CN+trade a1 s2, a2 s2 (2, 2); EG+health a3 s1, s2 (2, 1); once each: CN+SA (a2 s1),
        // Cairo+SA (a1 s3), EG+energy (a1 s1), EG+trade (a1 s2), SA+energy (a2 s1). Entity pairs in
        // key order (CN before EG; Cairo before SA). Most sentences first, then kind, then keys.
        String china = "الصين";
        String egypt = "مصر";
        String saudi = "المملكة العربية السعودية";
        TableAsserts.of(TinyNews.corpus().cooccurrence())
                .expectColumns("kind", "entity", "entity_label", "other", "other_label", "sentences", "articles",
                        "entity_label_ar", "other_label_ar")
                .expectTypes(STRING, STRING, STRING, STRING, STRING, INTEGER, INTEGER, STRING, STRING)
                .expectRows(
                        row("entity-entity", "CN", "China", "EG", "Egypt", 2, 1, china, egypt),
                        row("entity-theme", "CN", "China", "energy", "Energy", 2, 2, china, "الطاقة"),
                        row("entity-theme", "CN", "China", "trade", "Trade and economy", 2, 2, china, "التجارة والاقتصاد"),
                        row("entity-theme", "EG", "Egypt", "health", "Health", 2, 1, egypt, "الصحة"),
                        row("entity-entity", "CN", "China", "SA", "Saudi Arabia", 1, 1, china, saudi),
                        row("entity-entity", "Cairo", "Cairo", "SA", "Saudi Arabia", 1, 1, "القاهرة", saudi),
                        row("entity-theme", "EG", "Egypt", "energy", "Energy", 1, 1, egypt, "الطاقة"),
                        row("entity-theme", "EG", "Egypt", "trade", "Trade and economy", 1, 1, egypt, "التجارة والاقتصاد"),
                        row("entity-theme", "SA", "Saudi Arabia", "energy", "Energy", 1, 1, saudi, "الطاقة"));
    }

    @Test
    void peopleFoundInTheTextArePairedLikeLexiconEntities() {
        String zini = "هشام عبد الفتاح الزيني";
        Corpus c = TextCorpora.of(
                "وقال وزير الإسكان المصري " + zini + " إن مصر ماضية في خططها للتجارة. وأكد الزيني أن التجارة مع الصين تنمو.",
                "بحثت الصين ومصر التجارة والطاقة. وقال الزيني إن الطاقة مهمة.");
        // Article 1: s1 EG (المصري, مصر) and the minister, with trade (للتجارة); s2 the minister (الزيني)
        // and CN, with trade. Article 2: s1 CN and EG with trade and energy; in s2 الزيني is nobody
        // (no one of that name is named in full in article 2), so الطاقة pairs with no entity.
        // CN+trade: 1/s2, 2/s1; EG+trade: 1/s1, 2/s1; minister+trade: 1/s1, 1/s2; once each: CN+EG,
        // CN+minister, EG+minister (a Latin key sorts before an Arabic one), CN+energy, EG+energy.
        TableAsserts.of(c.cooccurrence()).select("kind", "entity", "other", "sentences", "articles").expectRows(
                row("entity-theme", "CN", "trade", 2, 2),
                row("entity-theme", "EG", "trade", 2, 2),
                row("entity-theme", zini, "trade", 2, 1),
                row("entity-entity", "CN", "EG", 1, 1),
                row("entity-entity", "CN", zini, 1, 1),
                row("entity-entity", "EG", zini, 1, 1),
                row("entity-theme", "CN", "energy", 1, 1),
                row("entity-theme", "EG", "energy", 1, 1));
    }
}

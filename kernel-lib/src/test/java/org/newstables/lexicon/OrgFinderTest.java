package org.newstables.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.TextCorpora;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Organizations no lexicon lists, read from the shape of their names. The bodies in these
 * sentences are made up, so that no lexicon can know them.
 */
class OrgFinderTest {

    /** "type=surface" for each discovered organization or initiative mention. */
    private static List<String> orgs(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Row r : c.mentions()) {
            if (r.getString("source").equals("discovered") && !r.getString("type").equals("PERSON")) {
                out.add(r.getString("type") + "=" + r.getString("surface"));
            }
        }
        return out;
    }

    @Test
    void aHeadNounWithItsDefiniteNameIsAnOrganization() {
        assertEquals(List.of("ORG=حزب الفجر الديمقراطي"),
                orgs(TextCorpora.of("وأعلن حزب الفجر الديمقراطي الجديد مقاطعة الانتخابات.")));
        assertEquals(List.of("ORG=جمعية أصدقاء البيئة"),
                orgs(TextCorpora.of("وقالت جمعية أصدقاء البيئة إن الحملة ستستمر.")));
        assertEquals(List.of("ORG=المجلس الأعلى للتخطيط العمراني"),
                orgs(TextCorpora.of("وافق المجلس الأعلى للتخطيط العمراني على المشروع.")));
    }

    @Test
    void anIndefiniteHeadTakesANameOfItsOwn() {
        assertEquals(List.of("ORG=شركة زنغوفا"), orgs(TextCorpora.of("ووقعت شركة زنغوفا عقدا لبناء الميناء.")));
    }

    @Test
    void anInitiativeIsAnInitiative() {
        assertEquals(List.of("INITIATIVE=مبادرة الممرات الخضراء"),
                orgs(TextCorpora.of("وانضمت البلاد إلى مبادرة الممرات الخضراء العام الماضي.")));
    }

    @Test
    void descriptionsAreNoNames() {
        // The ruling party, the Chinese agency, the competent committee, a group of students, a party that said.
        for (String s : List.of("وقال الحزب الحاكم إن الانتخابات ستجري في موعدها.",
                "وأكدت الوكالة الصينية أن الزيارة ناجحة.",
                "وطالبت اللجنة المختصة بتأجيل القرار.",
                "وزارت مجموعة من الطلاب المتحف.",
                "وأعلنت الحركة أمس أنها سترد.",
                // the party that won; a French company; the body affiliated to the UN; the council in the capital
                "وقال الحزب الذي فاز بالانتخابات إنه سيشكل الحكومة.",
                "ووقعت شركة فرنسية عقدا لبناء الميناء.",
                "وقالت المنظمة التابعة للأمم المتحدة إن المساعدات وصلت.",
                "واجتمع المجلس بالعاصمة أمس.",
                // the rights organization; a small committee; this initiative; the association's founder, to the paper
                "وشددت المنظمة الحقوقية في بيانها على ضرورة الإفراج عنهم.",
                "وشكل لجنة مصغرة لصياغة النص.",
                "وأشاد بهذه المبادرة التضامنية والإنسانية.",
                "وقال مؤسس الجمعية للجريدة إن العمل مستمر.",
                "وانتخب رئيسا للجمعية العمومية.")) {
            assertEquals(List.of(), orgs(TextCorpora.of(s)), s);
        }
        // A country after بـ places the body: the name stops before it.
        assertEquals(List.of("ORG=مجلس التخطيط"), orgs(TextCorpora.of("وقرر مجلس التخطيط بالسودان تأجيل المشروع.")));
        // A second body after و is a list, not the first body's name: each is its own.
        assertEquals(List.of("ORG=المحكمة العليا للمنطقة", "ORG=مجلس الأمن"),
                orgs(TextCorpora.of("ونظرت المحكمة العليا للمنطقة ومجلس الأمن في القضية.")));
    }

    @Test
    void theSameNameIsOneEntityAndItsOffsetsAreItsSurface() {
        Corpus c = TextCorpora.of("وقالت جمعية أصدقاء البيئة إن الحملة ستستمر. وأضافت جمعية أصدقاء البيئة أنها تطلب الدعم.");
        assertEquals(2, orgs(c).size());
        Table e = c.entities().where(c.entities().stringColumn("source").isEqualTo("discovered"));
        assertEquals(1, e.rowCount());
        assertEquals("جمعية أصدقاء البيئة", e.stringColumn("label_ar").get(0));
        String text = c.articleList().get(0).text();
        for (Row r : c.mentions()) {
            assertEquals(r.getString("surface"), text.substring(r.getInt("start"), r.getInt("end")));
        }
    }

    @Test
    void aDefiniteHeadTakesAdjectivesNotTheNextNoun() {
        // The National Assembly received the delegation: الوفد is the object, not part of the name.
        assertEquals(List.of("ORG=الجمعية الوطنية"), orgs(TextCorpora.of("واستقبلت الجمعية الوطنية الوفد الزائر أمس.")));
        // A title after a body (المجلس الفريق ...) starts a person, not the body's name.
        assertEquals(List.of(), orgs(TextCorpora.of("وترأس اجتماع المجلس الفريق أول عادل الكبيسي.")));
    }

    @Test
    void aQuotedNameRunsToItsClosingMarkAndAnUnclosedQuoteEndsTheName() {
        assertEquals(List.of("ORG=وكالة «نوفارا» للأنباء"), orgs(TextCorpora.of("ونقلت وكالة «نوفارا» للأنباء عن مصدر قوله.")));
        assertEquals(List.of("ORG=مجموعة الحوار"),
                orgs(TextCorpora.of("وعقدت مجموعة الحوار \"الاستراتيجي في المنطقة اجتماعها.")));
    }

    @Test
    void aConstructChainRunsToItsGenitive() {
        assertEquals(List.of("ORG=هيئة تحرير الوادي"), orgs(TextCorpora.of("وأعلنت هيئة تحرير الوادي مسؤوليتها عن الهجوم.")));
        // A plural title is a word of the name; a complement with its own genitive.
        assertEquals(List.of("ORG=نقابة الصحفيين"), orgs(TextCorpora.of("وطالبت نقابة الصحفيين بالإفراج عنهم.")));
        assertEquals(List.of("ORG=المنظمة الأفريقية لرصد الانتخابات"),
                orgs(TextCorpora.of("وقالت المنظمة الأفريقية لرصد الانتخابات إن الاقتراع كان هادئا.")));
    }

    @Test
    void aHeadInsideALexiconNameIsThatName() {
        // The lexicon knows the UN Security Council: no second, discovered body.
        assertEquals(List.of(), orgs(TextCorpora.of("وعقد مجلس الأمن الدولي جلسة طارئة.")));
    }
}

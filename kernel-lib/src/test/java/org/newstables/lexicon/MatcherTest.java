package org.newstables.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.TextCorpora;
import org.newstables.Lexicon;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The matcher beyond the seeds, on sentences written for these tests in the style of Arabic news
 * (not taken from any source): other partners, leaders, spellings and clitics.
 */
class MatcherTest {

    private static List<String> found(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Row r : c.mentions()) {
            out.add(r.getString("entity") + "=" + r.getString("surface"));
        }
        return out;
    }

    @Test
    void otherPartnersLeadersAndCities() {
        Corpus c = TextCorpora.of("التقى الرئيس الروسي فلاديمير بوتين في طشقند نظيره الأوزبكي شوكت ميرضيائيف، "
                + "وأكد بوتين أن موسكو تدعم الشراكة مع أوزبكستان.");
        assertEquals(List.of("RU=الروسي", "Vladimir Putin=فلاديمير بوتين", "Tashkent=طشقند", "UZ=الأوزبكي",
                "Shavkat Mirziyoyev=شوكت ميرضيائيف", "Vladimir Putin=بوتين", "Moscow=موسكو", "UZ=أوزبكستان"),
                found(c));
    }

    @Test
    void cliticCombinationsOnNamesAndAdjectives() {
        Corpus c = TextCorpora.of("وقال إن العلاقات بين الصين ولقيرغيزستان وبالقرغيزيين والباكستانية متينة.",
                "وفي بكين أشاد للصين وبالصين وكالصين.");
        assertEquals(List.of("CN=الصين", "KG=ولقيرغيزستان", "KG=وبالقرغيزيين", "PK=والباكستانية",
                "Beijing=بكين", "CN=للصين", "CN=وبالصين", "CN=وكالصين"), found(c));
    }

    @Test
    void wordAsWrittenBeforeProclitics() {
        // بكين is Beijing, never ب + كين.
        assertEquals(List.of("Beijing=ببكين", "Beijing=بكين"), found(TextCorpora.of("وصل إلى ببكين أمس ثم غادر بكين.")));
    }

    @Test
    void rahmonIsNotAbdAlRahman() {
        Corpus c = TextCorpora.of("التقى إمام علي رحمن مع عبد الرحمن في مسجد الرحمن، ثم قال رحمن إن البلدين صديقان.");
        // عبد الرحمن is a person of that name (a given name the gazetteer knows, then its compound),
        // never Rahmon; الرحمن after مسجد is no one.
        assertEquals(List.of("Emomali Rahmon=إمام علي رحمن", "عبد الرحمن=عبد الرحمن", "Emomali Rahmon=رحمن"), found(c));
        assertEquals("discovered", c.mentions().stringColumn("source").get(1));
    }

    @Test
    void rustamEmomaliIsNotEmomaliRahmon() {
        Corpus c = TextCorpora.of("استقبل رستم إمام علي رئيس الجمعية الوطنية الوفد الصيني.");
        // The National Assembly is a body no lexicon lists, read from its name (OrgFinder).
        assertEquals(List.of("Rustam Emomali=رستم إمام علي", "الجمعيه الوطنيه=الجمعية الوطنية", "CN=الصيني"), found(c));
    }

    @Test
    void hyphenatedAndSpacedNamesAreOneMention() {
        Corpus c = TextCorpora.of("وقال قاسم - جومارت توكاييف إن قاسم-جومارت توكاييف يرحب. وأضاف توكاييف أن ...");
        assertEquals(List.of("Kassym-Jomart Tokayev=قاسم - جومارت توكاييف",
                "Kassym-Jomart Tokayev=قاسم-جومارت توكاييف", "Kassym-Jomart Tokayev=توكاييف"), found(c));
    }

    @Test
    void spellingVariants() {
        Corpus c = TextCorpora.of("زار شى جين بينغ قازقستان وكازاخستان وقازاقستان، والتقى إمام على رحمون ثم قال رحمون.");
        assertEquals(List.of("Xi Jinping=شى جين بينغ", "KZ=قازقستان", "KZ=وكازاخستان", "KZ=وقازاقستان",
                "Emomali Rahmon=إمام على رحمون", "Emomali Rahmon=رحمون"), found(c));
    }

    @Test
    void partialNameWithoutTheFullNameIsNotGuessed() {
        Corpus c = TextCorpora.of("وقال وانغ إن الصين مستعدة للتعاون.");
        assertEquals(List.of("CN=الصين"), found(c));
        Table amb = c.ambiguous();
        assertEquals(1, amb.rowCount());
        assertEquals("وانغ", amb.stringColumn("surface").get(0));
        assertTrue(amb.stringColumn("candidates").get(0).contains("Wang Yi"));
        assertTrue(amb.stringColumn("candidates").get(0).contains("Wang Qishan"));
    }

    @Test
    void partialNameFittingTwoPeopleNamedInFullIsFlagged() {
        Corpus c = TextCorpora.of("التقى وانغ يي ووانغ تشي شان بالوفد. وقال وانغ إن الزيارة ناجحة.");
        assertEquals(List.of("Wang Yi=وانغ يي", "Wang Qishan=ووانغ تشي شان"), found(c));
        assertEquals("Wang Yi | Wang Qishan", c.ambiguous().stringColumn("candidates").get(0));
    }

    @Test
    void partialNameResolvesToThePersonNamedInFullElsewhereInTheArticle() {
        Corpus c = TextCorpora.of("وانغ يلتقي نظيره\nالتقى وزير الخارجية الصيني وانغ يي اليوم.");
        assertEquals(List.of("Wang Yi=وانغ", "CN=الصيني", "Wang Yi=وانغ يي"), found(c));
    }

    @Test
    void partialNameRightAfterItsCountryNamesThatCountrysPerson() {
        // No full name in the article, but الرئيس الصيني شي: the one candidate linked to CN.
        Corpus c = TextCorpora.of("وقال الرئيس الصيني شي إن البلدين صديقان.");
        assertEquals(List.of("CN=الصيني", "Xi Jinping=شي"), found(c));
        assertEquals(0, c.ambiguous().rowCount());
    }

    @Test
    void quotesAndBracketsInsideNames() {
        Corpus c = TextCorpora.of("وشارك في قمة \"الصين وآسيا الوسطى\" الرئيس [قاسم جومارت] توكاييف.");
        // The mention runs from its first word to its last: the quote before الصين is inside it,
        // the bracket before قاسم is not. No CN mention is left over from inside the summit's name.
        assertEquals(List.of("China-Central Asia Summit=قمة \"الصين وآسيا الوسطى",
                "Kassym-Jomart Tokayev=قاسم جومارت] توكاييف"), found(c));
    }

    @Test
    void ordinaryWordsAreNotCountries() {
        // مالي (financial) is not Mali, المالية not a nisba; عمان alone is not taken for Oman.
        Corpus c = TextCorpora.of("قدمت وزارة المالية دعما ماليا وماليا كبيرا، ووصل الوفد إلى عمان.");
        // No country; the ministry itself is a body read from its name (OrgFinder).
        assertEquals(List.of("وزاره الماليه=وزارة المالية"), found(c));
    }

    @Test
    void userLexiconsAddEntities() {
        Lexicon mine = Lexicon.builder().add("Gazprom", "ORG", "Gazprom", "غازبروم", "غازبروم", "جازبروم").build();
        Corpus c = TextCorpora.of("وقعت غازبروم الروسية عقدا مع الصين.").withLexicon(Lexicon.entities().plus(mine));
        assertEquals(List.of("Gazprom=غازبروم", "RU=الروسية", "CN=الصين"), found(c));
    }

    @Test
    void candidatesAreWhatIsLeftUnattributedAfterTitles() {
        // Macron and Modi are in the lexicon, Arkab is found by his title and given name; one
        // unknown word after an office (عرقاب alone) is not taken for a person, so it stays a candidate.
        Corpus c = TextCorpora.of("والتقى الرئيس الفرنسي إيمانويل ماكرون مع رئيس الوزراء الهندي ناريندرا مودي.",
                "وحضر وزير الطاقة محمد عرقاب.", "وقال وزير المناجم عرقاب إن الإنتاج ارتفع.");
        assertEquals(List.of("عرقاب"), c.candidates().stringColumn("candidate").asList());
        assertTrue(found(c).contains("محمد عرقاب=محمد عرقاب"));
    }

    @Test
    void verbsCommonWordsAndWhatFollowsAKnownPersonAreNoCandidates() {
        // After a title: a verb (يلتقي), a common noun (يوم), and a word after the person the title
        // belongs to (هنا after رحمون) name nobody; one unknown word after an office is a candidate.
        Corpus c = TextCorpora.of("وقال الرئيس الطاجيكي إمام علي رحمون هنا إن البلدين صديقان.",
                "الرئيس يلتقي الوفد، وأعلن وزير الخارجية يوم الاثنين موعد الزيارة.",
                "وقال وزير الري بلانتشيتي إن العلاقات متينة.");
        assertEquals(List.of("بلانتشيتي"), c.candidates().stringColumn("candidate").asList(), c.candidates().printAll());
    }
}

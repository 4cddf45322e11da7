package org.newstables.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.Lexicon;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The matcher beyond the seeds, on sentences written for these tests in the style of Arabic news
 * (not taken from any source): other partners, leaders, spellings and clitics.
 */
class MatcherTest {

    private static Corpus corpus(String... texts) {
        StringColumn text = StringColumn.create("text");
        for (String t : texts) {
            text.append(t);
        }
        return Corpus.from(Table.create("t", text));
    }

    private static List<String> found(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Row r : c.mentions()) {
            out.add(r.getString("entity") + "=" + r.getString("surface"));
        }
        return out;
    }

    @Test
    void otherPartnersLeadersAndCities() {
        Corpus c = corpus("التقى الرئيس الروسي فلاديمير بوتين في طشقند نظيره الأوزبكي شوكت ميرضيائيف، "
                + "وأكد بوتين أن موسكو تدعم الشراكة مع أوزبكستان.");
        assertEquals(List.of("RU=الروسي", "Vladimir Putin=فلاديمير بوتين", "Tashkent=طشقند", "UZ=الأوزبكي",
                "Shavkat Mirziyoyev=شوكت ميرضيائيف", "Vladimir Putin=بوتين", "Moscow=موسكو", "UZ=أوزبكستان"),
                found(c));
    }

    @Test
    void cliticCombinationsOnNamesAndAdjectives() {
        Corpus c = corpus("وقال إن العلاقات بين الصين ولقيرغيزستان وبالقرغيزيين والباكستانية متينة.",
                "وفي بكين أشاد للصين وبالصين وكالصين.");
        assertEquals(List.of("CN=الصين", "KG=ولقيرغيزستان", "KG=وبالقرغيزيين", "PK=والباكستانية",
                "Beijing=بكين", "CN=للصين", "CN=وبالصين", "CN=وكالصين"), found(c));
    }

    @Test
    void wordAsWrittenBeforeProclitics() {
        // بكين is Beijing, never ب + كين.
        assertEquals(List.of("Beijing=ببكين", "Beijing=بكين"), found(corpus("وصل إلى ببكين أمس ثم غادر بكين.")));
    }

    @Test
    void rahmonIsNotAbdAlRahman() {
        Corpus c = corpus("التقى إمام علي رحمن مع عبد الرحمن في مسجد الرحمن، ثم قال رحمن إن البلدين صديقان.");
        assertEquals(List.of("Emomali Rahmon=إمام علي رحمن", "Emomali Rahmon=رحمن"), found(c));
    }

    @Test
    void rustamEmomaliIsNotEmomaliRahmon() {
        Corpus c = corpus("استقبل رستم إمام علي رئيس الجمعية الوطنية الوفد الصيني.");
        assertEquals(List.of("Rustam Emomali=رستم إمام علي", "CN=الصيني"), found(c));
    }

    @Test
    void hyphenatedAndSpacedNamesAreOneMention() {
        Corpus c = corpus("وقال قاسم - جومارت توكاييف إن قاسم-جومارت توكاييف يرحب. وأضاف توكاييف أن ...");
        assertEquals(List.of("Kassym-Jomart Tokayev=قاسم - جومارت توكاييف",
                "Kassym-Jomart Tokayev=قاسم-جومارت توكاييف", "Kassym-Jomart Tokayev=توكاييف"), found(c));
    }

    @Test
    void spellingVariants() {
        Corpus c = corpus("زار شى جين بينغ قازقستان وكازاخستان وقازاقستان، والتقى إمام على رحمون ثم قال رحمون.");
        assertEquals(List.of("Xi Jinping=شى جين بينغ", "KZ=قازقستان", "KZ=وكازاخستان", "KZ=وقازاقستان",
                "Emomali Rahmon=إمام على رحمون", "Emomali Rahmon=رحمون"), found(c));
    }

    @Test
    void partialNameWithoutTheFullNameIsNotGuessed() {
        Corpus c = corpus("وقال وانغ إن الصين مستعدة للتعاون.");
        assertEquals(List.of("CN=الصين"), found(c));
        Table amb = c.ambiguous();
        assertEquals(1, amb.rowCount());
        assertEquals("وانغ", amb.stringColumn("surface").get(0));
        assertTrue(amb.stringColumn("candidates").get(0).contains("Wang Yi"));
        assertTrue(amb.stringColumn("candidates").get(0).contains("Wang Qishan"));
    }

    @Test
    void partialNameFittingTwoPeopleNamedInFullIsFlagged() {
        Corpus c = corpus("التقى وانغ يي ووانغ تشي شان بالوفد. وقال وانغ إن الزيارة ناجحة.");
        assertEquals(List.of("Wang Yi=وانغ يي", "Wang Qishan=ووانغ تشي شان"), found(c));
        assertEquals("Wang Yi | Wang Qishan", c.ambiguous().stringColumn("candidates").get(0));
    }

    @Test
    void partialNameResolvesToThePersonNamedInFullElsewhereInTheArticle() {
        Corpus c = corpus("وانغ يلتقي نظيره\nالتقى وزير الخارجية الصيني وانغ يي اليوم.");
        assertEquals(List.of("Wang Yi=وانغ", "CN=الصيني", "Wang Yi=وانغ يي"), found(c));
    }

    @Test
    void partialNameRightAfterItsCountryNamesThatCountrysPerson() {
        // No full name in the article, but الرئيس الصيني شي: the one candidate linked to CN.
        Corpus c = corpus("وقال الرئيس الصيني شي إن البلدين صديقان.");
        assertEquals(List.of("CN=الصيني", "Xi Jinping=شي"), found(c));
        assertEquals(0, c.ambiguous().rowCount());
    }

    @Test
    void quotesAndBracketsInsideNames() {
        Corpus c = corpus("وشارك في قمة \"الصين وآسيا الوسطى\" الرئيس [قاسم جومارت] توكاييف.");
        // The mention runs from its first word to its last: the quote before الصين is inside it,
        // the bracket before قاسم is not. No CN mention is left over from inside the summit's name.
        assertEquals(List.of("China-Central Asia Summit=قمة \"الصين وآسيا الوسطى",
                "Kassym-Jomart Tokayev=قاسم جومارت] توكاييف"), found(c));
    }

    @Test
    void ordinaryWordsAreNotCountries() {
        // مالي (financial) is not Mali, المالية not a nisba; عمان alone is not taken for Oman.
        Corpus c = corpus("قدمت وزارة المالية دعما ماليا وماليا كبيرا، ووصل الوفد إلى عمان.");
        assertEquals(List.of(), found(c));
    }

    @Test
    void userLexiconsAddEntities() {
        Lexicon mine = Lexicon.builder().add("Gazprom", "ORG", "Gazprom", "غازبروم", "غازبروم", "جازبروم").build();
        Corpus c = corpus("وقعت غازبروم الروسية عقدا مع الصين.").withLexicon(Lexicon.entities().plus(mine));
        assertEquals(List.of("Gazprom=غازبروم", "RU=الروسية", "CN=الصين"), found(c));
    }

    @Test
    void candidatesAreNamesAfterTitlesThatNoEntryMatched() {
        Corpus c = corpus("والتقى الرئيس الفرنسي إيمانويل ماكرون مع رئيس الوزراء الهندي ناريندرا مودي.");
        assertEquals(List.of("إيمانويل ماكرون", "ناريندرا مودي"), c.candidates().stringColumn("candidate").asList());
    }
}

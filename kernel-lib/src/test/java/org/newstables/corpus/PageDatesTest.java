package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.time.DateTagger;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Loading reads only a page's head when that settles its date; {@code c.dates()} reads the rest
 * later from the article's text and removed lines. Both must give exactly what reading the whole
 * page at once gives (pages written for this test, in the shapes real pages have).
 */
class PageDatesTest {

    private static final String PROSE = "وأضاف المسؤول في تصريحات للصحفيين أن الجانبين اتفقا على مواصلة المشاورات"
            + " خلال الأسابيع المقبلة بهدف التوصل إلى تفاهم شامل حول القضايا العالقة بينهما";

    private static final List<String> PAGES = List.of(
            "الرئيسية >> أخبار\nمسؤول يبحث التعاون الاقتصادي مع الصين\n\n"
                    + "بكين 3 مارس 2021 (شينخوا) التقى وزير الخارجية اليوم الأربعاء نظيره الصيني. " + PROSE + ".\n"
                    + PROSE + " منذ 12 يناير 2019.\n\n" + PROSE + " وسيعقد اجتماع يوم الخميس المقبل.\nشارك الخبر",
            "القاهرة - أ ش أ\n" + PROSE + " أمس الثلاثاء.\n" + PROSE + " في 5 مايو 2020.\n" + PROSE + ".",
            PROSE + " يوم 9 يونيو 2017.\n\n\n   " + PROSE + " في العام 2016.   \n" + PROSE + " منذ 2010.");

    /** What the whole page gives at once, read as the loader reads it. */
    private static List<DateTagger.Expression> whole(String raw) {
        List<Line> lines = PageCleaner.lines(raw);
        PageCleaner.Result page = PageCleaner.clean(lines);
        String text = ArticleFactory.keepsAll(lines, page, raw) ? raw : ArticleFactory.join(page.kept());
        return DateTagger.tag(ArticleFactory.pageLines(lines, page, text, raw), text, null, null, null).expressions();
    }

    @Test
    void datesReadLaterAreTheDatesOfTheWholePage() {
        for (String raw : PAGES) {
            // With a metadata date the head always settles the date: the prose is read later.
            Table t = Table.create("t", StringColumn.create("text", raw),
                    DateColumn.create("date", List.of(java.time.LocalDate.of(2021, 3, 3))));
            Corpus c = Corpus.from(t);
            Article a = c.articleList().get(0);
            List<DateTagger.Expression> expected = whole(raw);
            assertTrue(expected.size() >= 2, raw);
            assertEquals(expected, a.dates().expressions(a), raw);
            assertEquals(expected.size(), c.dates().rowCount(), raw);
        }
    }

    /**
     * Pages whose head does not settle their date (no metadata date, a stamp, an ambiguous numeric
     * date, dates below a "related stories" heading), and the seeds: the pages a second pass reads.
     */
    private static List<String> pagesReadTwice() throws java.io.IOException {
        List<String> pages = new java.util.ArrayList<>(PAGES);
        pages.add("الرئيسية » سياسة\nنشر في 12/03/2021 - 10:45\nوزير يزور بكين\n"
                + "بكين - الخميس 11 مارس 2021: " + PROSE + " اليوم الخميس.\n" + PROSE + " يوم 4/3/2021.\n"
                + PROSE + " في 1442/7/27 هـ الموافق 11/3/2021م.\nاقرأ أيضا\nخبر آخر 9 فبراير 2021\n"
                + "الأحد 7 فبراير 2021 - 08:00\nالسبت 6 فبراير 2021 - 09:30");
        // The story's "today" against its dateline: a problem row only the head's lines give.
        pages.add("نشر في 05/03/2021\nبكين 3 مارس 2021 (شينخوا) قال المسؤول اليوم الخميس 4 مارس 2021 إن " + PROSE
                + ".\n" + PROSE + " في 2/3/2021.\n" + PROSE + ".");
        pages.add("منذ ساعتين\n" + PROSE + " يوم الثلاثاء الماضي.\n" + PROSE + " أمس.\nأخبار ذات صلة\n"
                + PROSE + " في 3 يناير 2020.");
        try (java.io.InputStream in = PageDatesTest.class.getResourceAsStream(CorpusReader.SEEDS + "metadata.csv")) {
            List<String> rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).toList();
            for (String row : rows) {
                try (java.io.InputStream page = PageDatesTest.class.getResourceAsStream(
                        CorpusReader.SEEDS + row.substring(0, row.indexOf(',')) + ".txt")) {
                    pages.add(new String(page.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return pages;
    }

    @Test
    void aWholePageReadAfterItsHeadIsReadAsAFreshReadingReadsIt() throws java.io.IOException {
        // The whole page's pass takes each head line's expressions from the head's pass: the result
        // must be exactly a fresh reading's, event date, problems and dateline included.
        List<String> pages = pagesReadTwice();
        assertTrue(pages.size() >= 10);
        int unsettled = 0;
        int withProblems = 0;
        for (String raw : pages) {
            List<Line> lines = PageCleaner.lines(raw);
            PageCleaner.Result page = PageCleaner.clean(lines);
            String text = ArticleFactory.keepsAll(lines, page, raw) ? raw : ArticleFactory.join(page.kept());
            List<DateTagger.PageLine> pageLines = ArticleFactory.pageLines(lines, page, text, raw);
            java.time.LocalDate today = java.time.LocalDate.of(2026, 1, 1);
            DateTagger.Result fresh = DateTagger.tag(pageLines, text, null, null, today);
            DateTagger.Reading reading = new DateTagger.Reading(pageLines);
            DateTagger.Result head = DateTagger.head(reading, text, null, null, today);
            unsettled += head.settledByHead(false) ? 0 : 1;
            assertEquals(fresh, DateTagger.tag(reading, text, null, null, today), raw);
            withProblems += fresh.problems().stream().anyMatch(p -> p.contains("says today")) ? 1 : 0;
        }
        assertEquals(1, withProblems);
        // Most of these pages are read twice, as the loader reads them.
        assertTrue(unsettled >= pages.size() / 2, unsettled + " of " + pages.size());
    }

    @Test
    void aHeadThatSettlesTheDateSettlesItAsTheWholePageWould() {
        for (String raw : PAGES) {
            Corpus c = Corpus.from(Table.create("t", StringColumn.create("text", raw)));
            Article a = c.articleList().get(0);
            List<Line> lines = PageCleaner.lines(raw);
            PageCleaner.Result page = PageCleaner.clean(lines);
            String text = ArticleFactory.keepsAll(lines, page, raw) ? raw : ArticleFactory.join(page.kept());
            DateTagger.Result full = DateTagger.tag(ArticleFactory.pageLines(lines, page, text, raw), text, null, null, null);
            assertEquals(full.event().date(), a.date(), raw);
            assertEquals(full.event().source(), a.dateSource(), raw);
        }
    }
}

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

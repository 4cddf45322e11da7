package org.newstables.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.corpus.Article;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Dates on real-looking pages, one kind of page per test (the examples are written for these
 * tests, in the shapes real pages have).
 */
class DateTaggerTest {

    private static final String BODY = " وأضاف المسؤول في تصريحات للصحفيين أن الجانبين اتفقا على مواصلة المشاورات"
            + " خلال الأسابيع المقبلة بهدف التوصل إلى تفاهم شامل حول القضايا العالقة بينهما.";

    private static Corpus page(String text) {
        return Corpus.from(Table.create("t", StringColumn.create("text", text)));
    }

    private static Article article(String text) {
        return page(text).articleList().get(0);
    }

    private static void dated(String text, String date, String source) {
        Article a = article(text);
        assertEquals(date == null ? null : LocalDate.parse(date), a.date(), text);
        assertEquals(source, a.dateSource().label(), text);
    }

    @Test
    void aDatelineAfterMenusALabelAHeadlineAndAStamp() {
        Article a = article("الرئيسية >> أخبار سياسية\nمسؤول: المفاوضات تتقدم بثبات نحو اتفاق نهائي\n"
                + "2019:04:07.09:45    حجم الخط    طباعة\n"
                + "الرباط 6 أبريل 2019 (شينخوا) قال مسؤول مغربي رفيع إن المفاوضات مع الجانب الأوروبي تتقدم بثبات." + BODY);
        assertEquals(LocalDate.of(2019, 4, 6), a.date());
        assertEquals(DateSource.DATELINE, a.dateSource());
        assertEquals("الرباط", a.dateline());
        assertEquals("مسؤول: المفاوضات تتقدم بثبات نحو اتفاق نهائي", a.title());
        // The stamp is read too, as the publication date.
        assertEquals(LocalDate.of(2019, 4, 7), a.published());
        assertEquals("6 أبريل 2019", a.text().substring(a.dateStart(), a.dateEnd()));
    }

    @Test
    void aDatelineThatNamesTheCountryAfterTheCity() {
        Article a = article("نواكشوط، موريتانيا 14 مارس 2020 (شينخوا) أعلنت الحكومة الموريتانية عن خطة جديدة للطاقة." + BODY);
        assertEquals(LocalDate.of(2020, 3, 14), a.date());
        assertEquals("نواكشوط", a.dateline());
        dated("الجزائر/مكتب الوكالة/ 12 يناير 2022/ أعلنت وزارة الخارجية عن زيارة مرتقبة." + BODY, "2022-01-12", "dateline");
        dated("سوسة 3 أغسطس 2018 وات التقى رئيس الحكومة وفدا من المستثمرين." + BODY, "2018-08-03", "dateline");
        dated("الخرطوم 5-9-2021\nغادر رئيس الوزراء البلاد متوجها إلى القاهرة في زيارة رسمية." + BODY, "2021-09-05", "dateline");
    }

    @Test
    void aWeekdayInTheStoryIsCountedBackFromTheDatelineOrTheStamp() {
        // 18 May 2022 is a Wednesday: the Monday before it is 16 May.
        dated("تونس 18 مايو 2022 (شينخوا) قال وزير الخارجية إن الاجتماع الذي عقد يوم الاثنين ناقش ملفات التعاون." + BODY,
                "2022-05-16", "weekday");
        // The same with a stamp: Sunday 16 August 2020, and a story about Saturday.
        dated("أحد, 2020-08-16 10:20\nأعلنت الوزارة يوم السبت عن إجراءات جديدة لدعم الفلاحين في المناطق الريفية." + BODY,
                "2020-08-15", "weekday");
        // الخميس المقبل: the first Thursday after the dateline (Monday 9 May 2016).
        dated("الكويت 9 مايو 2016 (كونا) -- تنعقد الدورة المقبلة لاجتماع الوزراء يوم الخميس المقبل في العاصمة." + BODY,
                "2016-05-12", "weekday");
        // The weekday is the dateline's own day: the dateline is the source.
        dated("عمان 2 يونيو 2021 (بترا) قال رئيس الوزراء اليوم الأربعاء إن الحكومة ماضية في خطتها." + BODY,
                "2021-06-02", "dateline");
    }

    @Test
    void onlyAPublicationStamp() {
        Article a = article("2018-10-02 14:30\nأعلنت الحكومة خطة جديدة للنقل العام في المدن الكبرى تشمل الحافلات الكهربائية."
                + BODY);
        assertEquals(LocalDate.of(2018, 10, 2), a.date());
        assertEquals(DateSource.STAMP, a.dateSource());
        assertEquals(-1, a.dateStart());
        Table dates = page("2018-10-02 14:30\nأعلنت الحكومة خطة جديدة." + BODY).dates();
        assertEquals("stamp", dates.getString(0, "kind"));
        assertTrue(dates.intColumn("start").isMissing(0), "a removed stamp line has no offsets in the text");
        assertEquals(1, dates.intColumn("line").get(0));
    }

    @Test
    void stampsOfManyShapesGluedToWords() {
        dated("الوقت:2021-07-11 08:15:40المصدر\nقررت اللجنة المنظمة تأجيل المهرجان إلى موعد لاحق." + BODY, "2021-07-11", "stamp");
        // M/D/YYYY glued to a reading time: 30 cannot be a month, so the page reads month first.
        dated("5/30/20224 دقائق قراءة\nقررت اللجنة المنظمة تأجيل المهرجان إلى موعد لاحق." + BODY, "2022-05-30", "stamp");
        dated("2017:11:05.14:25\nقررت اللجنة المنظمة تأجيل المهرجان إلى موعد لاحق." + BODY, "2017-11-05", "stamp");
        // Ambiguous order, settled by another date of the page that is read one way only.
        dated("7-3-2017\nقررت اللجنة المنظمة في اجتماعها تأجيل المهرجان الذي كان مقررا في 25/3/2017 إلى موعد لاحق." + BODY,
                "2017-03-07", "stamp");
        // Ambiguous and unsettled: read day first, with a problem row that says so.
        Corpus c = page("7-3-2017\nقررت اللجنة المنظمة تأجيل المهرجان إلى موعد لاحق." + BODY);
        assertEquals(LocalDate.of(2017, 3, 7), c.articleList().get(0).date());
        assertTrue(c.problems().stringColumn("problem").get(0).contains("day/month or month/day"), c.problems().print());
        // Settled by the lead's weekday: 4/12/2025 is a Thursday read day first, a Saturday month first.
        dated("10:04 ص 04/12/2025\nاستقبل الرئيس اليوم الخميس وفدا من البرلمان الأوروبي في القصر." + BODY, "2025-12-04", "stamp");
        dated("10:04 ص 04/12/2025\nاستقبل الرئيس اليوم السبت وفدا من البرلمان الأوروبي في القصر." + BODY, "2025-04-12", "stamp");
    }

    @Test
    void aPageSettledMonthFirstReadsAllItsNumericDatesMonthFirst() {
        // 8/14/2020 can only be month first: the page prints month first, so its stamp 8/3/2020 is
        // 3 August, not 8 March — for the date, the publication date and every dates() row alike,
        // and so is the story's other ambiguous date (9/5/2020: 5 September).
        String text = "8/3/2020 09:40\nأعلنت اللجنة المنظمة أن المعرض الذي افتتح في 8/14/2020 سيغلق أبوابه"
                + " في 9/5/2020 بعد أن استقبل آلاف الزوار من مختلف المدن." + BODY;
        Corpus c = page(text);
        Article a = c.articleList().get(0);
        assertEquals(LocalDate.of(2020, 8, 3), a.date());
        assertEquals(DateSource.STAMP, a.dateSource());
        assertEquals(LocalDate.of(2020, 8, 3), a.published());
        Table dates = c.dates();
        for (Row r : dates) {
            String surface = r.getString("surface").strip();
            if (surface.startsWith("8/3/2020")) {
                assertEquals(LocalDate.of(2020, 8, 3), r.getDate("value"), dates.print());
            } else if (surface.equals("9/5/2020")) {
                assertEquals(LocalDate.of(2020, 9, 5), r.getDate("value"), dates.print());
            }
        }
        assertEquals(3, dates.rowCount(), dates.print());
        assertEquals(0, c.problems().rowCount(), c.problems().print());
        // Settled day first by the page (25/3/2017), the same dates read the other way.
        Corpus d = page("8/3/2017 09:40\nأعلنت اللجنة أن المعرض الذي افتتح في 25/3/2017 سيغلق أبوابه في 9/5/2017." + BODY);
        assertEquals(LocalDate.of(2017, 3, 8), d.articleList().get(0).published());
        assertEquals(LocalDate.of(2017, 5, 9), d.dates().dateColumn("value").get(2), d.dates().print());
    }

    @Test
    void writtenFormsOfDates() {
        dated("الرباط 1 يوليو 2019 (ومع) وقال الوزير في أول يونيو 2016 إن ..." + BODY, "2019-07-01", "dateline");
        dated("أعلنت الوزارة في أول يونيو 2016 عن برنامج جديد لدعم الشباب." + BODY, "2016-06-01", "mention");
        dated("أعلنت الوزارة في فاتح يوليو عن برنامج جديد لدعم الشباب." + BODY, null, "none");
        dated("أعلنت الوزارة في 21 مارس2018 عن برنامج جديد لدعم الشباب." + BODY, "2018-03-21", "mention");
        dated("أعلنت الوزارة في 3 سبتمبير 2019 عن برنامج جديد لدعم الشباب." + BODY, "2019-09-03", "mention");
        dated("١٢ آذار/مارس ٢٠١٨ - ١٠:٣٠ بتوقيت غرينتش\nأعلنت الوزارة عن برنامج جديد لدعم الشباب." + BODY, "2018-03-12", "stamp");
        dated("أكد الوزير اليوم الخميس 4 يونيو 2020 أن البرنامج سيبدأ قريبا." + BODY, "2020-06-04", "mention");
        dated("الأربعاء 7 آب 2013 ساعة 11:20\nأكد الوزير أن البرنامج سيبدأ قريبا." + BODY, "2013-08-07", "stamp");
        dated("5 / 7 / 1437ه الموافق 14 / 4 / 2016م\nأكد الوزير أن البرنامج سيبدأ قريبا." + BODY, "2016-04-14", "stamp");
        dated("الرباط 15 ماي 2013 (ومع) أكد الوزير أن البرنامج سيبدأ قريبا." + BODY, "2013-05-15", "dateline");
        dated("الرباط 15 شتنبر 2013 (ومع) أكد الوزير أن البرنامج سيبدأ قريبا." + BODY, "2013-09-15", "dateline");
        dated("الجزائر 8 جانفي 2014 (واج) أكد الوزير أن البرنامج سيبدأ قريبا." + BODY, "2014-01-08", "dateline");
        // A weekday that fits neither date of a pair: the Gregorian date, with a problem row.
        Corpus wrong = page("غادر الملك أمس الثلاثاء 281436ه الموافق 1652015م البلاد في زيارة خاصة." + BODY);
        assertEquals(LocalDate.of(2015, 5, 16), wrong.articleList().get(0).date());
        assertTrue(wrong.problems().stringColumn("problem").get(0).contains("Tuesday"), wrong.problems().print());
        dated("غادر الملك أمس الاثنين 9101433ه الموافق 2782012م البلاد في زيارة خاصة." + BODY, "2012-08-27", "mention");
        dated("Posted May 19, 2023\nوصل الأمير اليوم الجمعة إلى جدة في زيارة رسمية." + BODY, "2023-05-19", "stamp");
    }

    @Test
    void theStorysDatelineWinsOverAPhotoCaptions() {
        Article a = article("صورة: الوزير خلال زيارة سابقة للمعرض في 1 أبريل 2019\n"
                + "القاهرة 31 مارس 2019 (رويترز) - افتتح وزير الصناعة المعرض الدولي للصناعات الغذائية." + BODY);
        assertEquals(LocalDate.of(2019, 3, 31), a.date());
        assertEquals(DateSource.DATELINE, a.dateSource());
        // A caption that names its day (يوم ...) is still a caption, above or below the story.
        for (String page : new String[] {
            "صورة: الوزير خلال زيارة سابقة للمعرض يوم 1 أبريل 2019\n"
                + "القاهرة 31 مارس 2019 (رويترز) - افتتح وزير الصناعة المعرض الدولي للصناعات الغذائية." + BODY,
            "القاهرة 31 مارس 2019 (رويترز) - افتتح وزير الصناعة المعرض الدولي للصناعات الغذائية." + BODY
                + "\n(الصورة: الوزير في المعرض يوم 1 أبريل 2019)"}) {
            Article c = article(page);
            assertEquals(LocalDate.of(2019, 3, 31), c.date(), page);
            assertEquals(DateSource.DATELINE, c.dateSource());
        }
    }

    @Test
    void aDatelineAndATodayThatDisagreeAreAProblem() {
        // The dateline says the 14th, the story says today is Thursday the 12th: a person should look.
        Corpus wrong = page("بغداد 14 مارس 2020 (وكالات) - أعلنت الوزارة اليوم الخميس 12 مارس 2020 عن خطة جديدة." + BODY);
        assertEquals(1, wrong.problems().rowCount(), wrong.problems().print());
        assertTrue(wrong.problems().stringColumn("problem").get(0).contains("today is 2020-03-12"),
                wrong.problems().print());
        // The same day, or a date the story calls yesterday or names by its day, is no conflict.
        for (String agree : new String[] {
            "بغداد 12 مارس 2020 (وكالات) - أعلنت الوزارة اليوم الخميس 12 مارس 2020 عن خطة جديدة.",
            "بغداد 14 مارس 2020 (وكالات) - أعلنت الوزارة يوم الخميس 12 مارس 2020 عن خطة جديدة."}) {
            assertEquals(0, page(agree + BODY).problems().rowCount(), agree);
        }
    }

    @Test
    void aSiteClockIsNotThePublicationDate() {
        Corpus c = page("السبت 4 يناير 2025\nتسجيل الدخول\nالحكومة تعلن خطة لتطوير التعليم الفني\n"
                + "2016-03-02 12:00\nأعلنت الحكومة اليوم الأربعاء عن خطة شاملة لتطوير التعليم الفني في المحافظات." + BODY);
        assertEquals(LocalDate.of(2016, 3, 2), c.articleList().get(0).date());
        Table d = c.dates();
        assertEquals("clock", d.getString(0, "kind"));
        assertEquals(LocalDate.of(2025, 1, 4), d.dateColumn("value").get(0));
    }

    @Test
    void aClockWithNothingElseIsNoDate() {
        // A masthead beside it: the editor's title.
        dated("رئيس التحرير: سامي يوسف\nالسبت 3 مايو 2025\nالحكومة تبحث خطة جديدة للإسكان الشعبي\n"
                + "بحث مجلس الوزراء اليوم الاثنين خطة جديدة للإسكان الشعبي في المحافظات." + BODY, null, "none");
        // The page's very first line: a weekday and a date without a time.
        dated("الجمعة 26 أبريل 2024\nالحكومة تبحث خطة جديدة للإسكان الشعبي\n"
                + "بحث مجلس الوزراء اليوم الثلاثاء خطة جديدة للإسكان الشعبي في المحافظات." + BODY, null, "none");
        // ... and the stamp below it is the date.
        dated("الجمعة 6 مارس 2026 الرياض\nأبرز الأخبار\nالحكومة تبحث خطة جديدة للإسكان الشعبي في المحافظات والمدن\n"
                + "5 مارس 2026 14:48\nبحث مجلس الوزراء خطة جديدة للإسكان الشعبي في المحافظات." + BODY, "2026-03-05", "stamp");
    }

    @Test
    void datesThatAreScheduledOrDeadlinesOrBirthsOrOtherStories() {
        dated("وحددت الرابطة يوم السبت 14 يناير 2034 موعدا لإجراء المباراة النهائية للبطولة." + BODY, null, "none");
        dated("قرر المجلس اليوم الأربعاء تمديد الإغلاق إلى غاية 20 يونيو 2032 في جميع المحافظات." + BODY, null, "none");
        dated("ولد الأمير في مدينة صغيرة على الساحل في الخامس من مارس عام 1961 م ودرس في الخارج." + BODY, null, "none");
        dated("وصل الوزير اليوم الخميس إلى العاصمة. خبر أول الأربعاء، 02 سبتمبر 2020 05:20 م خبر ثان الأربعاء، 02 سبتمبر"
                + " 2020 10:23 ص" + BODY, null, "none");
    }

    @Test
    void aWeekdayThatOpensARangeIsNotTheStorysDay() {
        // 15 October 2021 is a Friday.
        dated("صنعاء 15 أكتوبر 2021 (سبأ) سجلت الهيئة 9 حالات من الساعة 8 مساء الخميس حتى 5 مساء اليوم (الجمعة)." + BODY,
                "2021-10-15", "dateline");
        dated("صنعاء 15 أكتوبر 2021 (سبأ) سجلت الهيئة 9 حالات من مساء الخميس إلى صباح السبت." + BODY,
                "2021-10-15", "dateline");
    }

    @Test
    void englishDatesAsSitesPrintThem() {
        dated("تاريخ النشر: 9th, June 2031 GMT\nأعلنت الوزارة عن برنامج جديد لدعم الشباب." + BODY, "2031-06-09", "stamp");
        dated("Saturday 23rd November 2024\nأعلنت الوزارة عن برنامج جديد لدعم الشباب." + BODY, "2024-11-23", "stamp");
        // A publication label makes a date a stamp even at the end of a line of text.
        Article a = article("أعلنت الوزارة عن برنامج جديد لدعم الشباب." + BODY + " - تاريخ النشر : 2021/03/02");
        assertEquals(LocalDate.of(2021, 3, 2), a.published());
    }

    @Test
    void relativeDaysCountFromTheAnchor() {
        dated("بيروت 10 أكتوبر 2019 (أ ف ب) - قال مسؤول إن الوفد وصل أمس إلى العاصمة." + BODY, "2019-10-09", "relative");
        dated("بيروت 10 أكتوبر 2019 (أ ف ب) - قال مسؤول إن الوفد وصل أول أمس إلى العاصمة." + BODY, "2019-10-08", "relative");
        dated("بيروت 10 أكتوبر 2019 (أ ف ب) - قال مسؤول إن الوفد يصل اليوم إلى العاصمة." + BODY, "2019-10-10", "dateline");
        Table d = page("بيروت 10 أكتوبر 2019 (أ ف ب) - قال مسؤول إن الوفد زار العاصمة الأسبوع الماضي." + BODY).dates();
        Row week = d.where(d.stringColumn("kind").isEqualTo("relative")).row(0);
        assertEquals("week", week.getString("precision"));
        assertEquals(LocalDate.of(2019, 10, 3), week.getDate("value"));
        // Forward: غدا and the next Thursday.
        dated("بيروت 10 أكتوبر 2019 (أ ف ب) - قال مسؤول إن الوفد يصل غدا إلى العاصمة." + BODY, "2019-10-11", "relative");
    }

    @Test
    void aDayAndMonthWithoutAYearIsNoDate() {
        dated("أعلن الوزير يوم 12 مارس عن تعديل حكومي واسع يشمل عددا من الحقائب." + BODY, null, "none");
        dated("عمان - 23 - 4 (بترا) -- وصل الوفد إلى العاصمة في زيارة رسمية." + BODY, null, "none");
        Table d = page("أعلن الوزير يوم 12 مارس عن تعديل حكومي." + BODY).dates();
        assertEquals(1, d.rowCount(), d.print());
        assertTrue(d.dateColumn("value").isMissing(0));
        // With a stamp to take the year from, a dateline of day and month is dated.
        dated("2021-04-24 11:00\nعمان - 23 - 4 (بترا) -- وصل الوفد إلى العاصمة في زيارة رسمية." + BODY, "2021-04-23", "dateline");
    }

    @Test
    void datesThatAreNoEventOfTheStory() {
        // A birth date in brackets, a date after منذ, a list of related stories under the article.
        dated("ويعد الأمين العام من مواليد (13 يونيو 1944) وهو في منصبه منذ 1 يناير 2007." + BODY, null, "none");
        dated("وصل الوزير اليوم الأحد إلى العاصمة." + BODY + "\n\nالأكثر قراءة\nخطة جديدة للنقل\n11 سبتمبر، 2025\n"
                + "افتتاح معرض الكتاب\n10 سبتمبر، 2025", null, "none");
    }

    @Test
    void problemsOnlyWherePeopleShouldLook() {
        // A weekday written with a date that is another day.
        Corpus c = page("أكد الوزير اليوم الخميس 3 يونيو 2020 أن البرنامج سيبدأ قريبا." + BODY);
        assertTrue(c.problems().stringColumn("problem").get(0).contains("Thursday"), c.problems().print());
        // A dateline and a stamp far apart (a later date above the story would be a site's clock).
        Corpus d = page("بغداد 3 مارس 2020 (واع) أعلنت الحكومة خطة جديدة." + BODY + "\n2020-09-01 10:00");
        assertTrue(d.problems().stringColumn("problem").get(0).contains("dateline says 2020-03-03"), d.problems().print());
        // An ordinary dated page has none.
        assertEquals(0, page("بغداد 3 مارس 2020 (واع) أعلنت الحكومة خطة جديدة." + BODY).problems().rowCount());
    }

    @Test
    void everyRowIsTracedToItsText() {
        Corpus c = page("الرئيسية >> أخبار\nخبر\nالقاهرة 8 مارس 2018 (شينخوا) أكد الوزير أمس الأربعاء أن الخطة ستنفذ في 1 يوليو 2019."
                + BODY);
        String text = c.articleList().get(0).text();
        Table d = c.dates();
        assertTrue(d.rowCount() >= 3, d.print());
        for (Row r : d) {
            if (!d.intColumn("start").isMissing(r.getRowNumber())) {
                assertEquals(r.getString("surface"), text.substring(r.getInt("start"), r.getInt("end")));
            }
        }
        assertEquals(List.of("dateline", "weekday", "mention"), d.stringColumn("kind").asList());
        assertFalse(d.booleanColumn("event").get(2));
        assertNull(null);
    }

    @Test
    void aPageLineMadeFromARangeEqualsOneMadeFromItsString() {
        String page = "بكين 16 يونيو 2020 (شينخوا)\nقال الرئيس الصيني";
        int nl = page.indexOf('\n');
        DateTagger.PageLine ranged = DateTagger.PageLine.of(1, page, 0, nl, 0, false, false, false);
        DateTagger.PageLine whole = new DateTagger.PageLine(1, page.substring(0, nl), 0, false, false, false);
        assertEquals(whole, ranged);
        assertEquals(whole.hashCode(), ranged.hashCode());
        assertEquals(whole.toString(), ranged.toString());
        assertEquals(page.substring(0, nl), ranged.text());
        assertEquals("قال الرئيس الصيني", DateTagger.PageLine.of(2, page, nl + 1, page.length(), nl + 1, false, false, true).text());
        assertNotEquals(whole, DateTagger.PageLine.of(1, page, 0, nl, -1, true, false, false));
        assertThrows(IndexOutOfBoundsException.class, () -> DateTagger.PageLine.of(1, page, 5, page.length() + 1, 0, false, false, false));
    }
}

package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Titles: the headline a reader sees near the top of a page, before the story's first paragraph,
 * and not the site furniture around it (pages written for this test, in the shapes real pages
 * have).
 */
class TitleTest {

    /** The story's first paragraph: prose that ends with a full stop. */
    private static final String STORY = "أكد المسؤولون في بيان مشترك أن الجانبين اتفقا على مواصلة المشاورات خلال"
            + " الأسابيع المقبلة بهدف التوصل إلى تفاهم شامل حول القضايا العالقة.\n"
            + "وأضاف البيان أن اللجان الفنية ستجتمع مرة أخرى قبل نهاية الشهر الجاري لمتابعة تنفيذ ما تم الاتفاق عليه.";

    private static String title(String page) {
        Corpus c = Corpus.from(Table.create("t", StringColumn.create("text", page)));
        return c.articleList().get(0).title();
    }

    @Test
    void aHeadlineMayAskOrTrailOffButASentenceIsNoHeadline() {
        assertEquals("هل تنجح المفاوضات في إنهاء أزمة المياه بين البلدين؟",
                title("هل تنجح المفاوضات في إنهاء أزمة المياه بين البلدين؟\n" + STORY));
        assertEquals("الوزير يعلن عن خطة جديدة للنقل أبرزها…", title("الوزير يعلن عن خطة جديدة للنقل أبرزها…\n" + STORY));
        assertEquals("ماذا بعد قرار رفع الأسعار..؟!", title("ماذا بعد قرار رفع الأسعار..؟!\n" + STORY));
        // A short line with a full stop is a sentence of the story.
        assertEquals("", title("قال الوزير إن الاجتماع كان مثمرا.\n" + STORY));
    }

    @Test
    void aLineLongEnoughForProseButNoParagraphDoesNotHideTheHeadlineBelowIt() {
        // A photo caption ending with its date.
        assertEquals("المعرض الدولي للكتاب يفتح أبوابه بمشاركة واسعة",
                title("لقطة من حفل افتتاح المعرض الدولي للكتاب\n"
                        + "الوزيرة تتوسط الضيوف خلال افتتاح الدورة الجديدة من المعرض الدولي للكتاب في العاصمة، 5 مارس 2023\n\n"
                        + "المعرض الدولي للكتاب يفتح أبوابه بمشاركة واسعة\n" + STORY));
        // An advert with an emoji.
        assertEquals("المعرض الدولي للكتاب يفتح أبوابه بمشاركة واسعة",
                title("👀 اكتشف أسرار الاستثمار الناجح مع خبراء السوق واحصل على خصم كبير على الباقة السنوية الكاملة\n"
                        + "المعرض الدولي للكتاب يفتح أبوابه بمشاركة واسعة\n" + STORY));
        // A breadcrumb that ends with the headline, below a site's slogan.
        assertEquals("المجلس البلدي يصادق على خطة تطوير الأحياء القديمة",
                title("صحيفة إلكترونية مستقلة\nالرئيسية / أخبار محلية / المجلس البلدي يصادق على خطة تطوير الأحياء القديمة\n\n"
                        + "المجلس البلدي يصادق على خطة تطوير الأحياء القديمة\n" + STORY));
        // A headline of twelve words, below a kicker and an interviewer's byline.
        assertEquals("النشر الورقي يواجه تحديات كبيرة لكنه سيبقى حاضرا في حياة القراء العرب",
                title("ضيف العدد: رئيس اتحاد الناشرين العرب\nحاوره في القاهرة / سامي الفلاني -\n"
                        + "النشر الورقي يواجه تحديات كبيرة لكنه سيبقى حاضرا في حياة القراء العرب\n" + STORY));
    }

    @Test
    void aStampGluedToASummaryIsNoHeadline() {
        assertEquals("البرلمان يقر موازنة العام المقبل بعد جلسة طويلة",
                title("البرلمان يقر موازنة العام المقبل بعد جلسة طويلة\nنشر :\n"
                        + "09:15 2022-11-03|- صادق النواب على مشروع قانون الموازنة العامة للدولة\n" + STORY));
        assertEquals("", title("date 2022-11-03 نائب رئيس البرلمان في جلسة الأمس\n" + STORY));
    }

    @Test
    void creditsStampsAndSiteNamesAreNoHeadlines() {
        assertEquals("", title("الكاتبة : سلمى الفلانية\n" + STORY));
        assertEquals("", title("المصدر: وكالة الأنباء الوطنية\n" + STORY));
        assertEquals("", title("النبأ ــ الرباط\n" + STORY));
        assertEquals("", title("الأخبار اليوم\nالرئيسية » سياسة » اقتصاد\nنقدم لزوارنا آخر الأخبار على مدار الساعة\n" + STORY));
        // منذ opening a line is a relative stamp; inside a headline it is "since".
        assertEquals("أول لقاء بين الزعيمين منذ خمس سنوات",
                title("منذ ثلاث ساعات\nأول لقاء بين الزعيمين منذ خمس سنوات\n" + STORY));
    }

    @Test
    void theHeadlineThePagePrintsTwiceAndNotItsCopyGluedToACaption() {
        assertEquals("الحكومة ترفع أسعار الوقود", title("تقرير خاص من قلب الحدث عن أزمة الطاقة في البلاد\n"
                + "الحكومة ترفع أسعار الوقود\n\nالحكومة ترفع أسعار الوقود\n" + STORY));
        assertEquals("المحكمة تؤجل النظر في قضية الفساد الكبرى", title("المحكمة تؤجل النظر في قضية الفساد الكبرى\n\n"
                + "المحكمة تؤجل النظر في قضية الفساد الكبرى المتهم الرئيسي في القضية\n" + STORY));
    }
}

package org.newstables.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.WrittenVariants;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.Article;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Near-duplicates on an agency story of our own, its reprints, and other stories. */
class DuplicatesTest {

    /** The agency story: a dateline, then five paragraphs. */
    private static final String[] STORY = {
        "عمان 12 مارس 2023 (وكالة) - وقعت الأردن وسوريا اليوم الأحد اتفاقا لتقاسم مياه نهر اليرموك بعد مفاوضات استمرت ثلاث سنوات.",
        "وقال وزير المياه الأردني إن الاتفاق يضمن حصة ثابتة لكل بلد في أشهر الصيف ويؤسس لجنة فنية مشتركة تجتمع كل ثلاثة أشهر.",
        "وأضاف أن اللجنة ستراقب منسوب السدود على طول النهر وتنشر تقريرا سنويا عن كميات المياه التي يحصل عليها كل طرف.",
        "من جهته أكد نظيره السوري أن بلاده ملتزمة بتنفيذ بنود الاتفاق وأن التعاون في إدارة الموارد المائية يخدم مصلحة الشعبين.",
        "وتعاني المنطقة من موجات جفاف متكررة خفضت تدفق النهر إلى أقل من نصف معدله خلال العقد الماضي بحسب تقديرات الخبراء.",
        "ومن المقرر أن يعرض الاتفاق على البرلمانين للمصادقة عليه قبل نهاية العام الجاري تمهيدا لدخوله حيز التنفيذ.",
    };

    private static String story(int... drop) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < STORY.length; i++) {
            final int k = i;
            if (java.util.stream.IntStream.of(drop).noneMatch(d -> d == k)) {
                kept.add(STORY[i]);
            }
        }
        return String.join("\n", kept);
    }

    /** The same event, written by another newsroom: the same facts, its own sentences. */
    private static final String INDEPENDENT = String.join("\n",
            "دمشق 12 مارس 2023 - أعلنت الحكومة السورية توقيع اتفاق مع الأردن حول مياه اليرموك في العاصمة الأردنية.",
            "ويحدد الاتفاق الجديد كميات المياه المخصصة لكل دولة خلال فصل الصيف الذي يشهد عادة نقصا حادا.",
            "وسيتم تشكيل لجنة مشتركة من المهندسين لمتابعة التنفيذ ورفع تقارير دورية إلى وزارتي المياه.",
            "وتأتي الخطوة بعد سنوات من الخلافات حول السدود المقامة على روافد النهر وتراجع منسوبه.");

    private static final String OTHER = String.join("\n",
            "القاهرة 3 أبريل 2023 - افتتح وزير الصحة المصري مستشفى جديدا لعلاج الأطفال في محافظة أسيوط بتكلفة بلغت مليار جنيه.",
            "ويضم المستشفى مئتي سرير ووحدات للعناية المركزة وقسما للأبحاث الطبية بالتعاون مع جامعة أسيوط.");

    private static final String OTHER2 = String.join("\n",
            "الرباط 9 مايو 2023 - ارتفعت صادرات المغرب من الفوسفات خلال الربع الأول بنسبة خمسة عشر في المئة مقارنة بالعام الماضي.",
            "وعزا المكتب الشريف للفوسفات هذا الارتفاع إلى الطلب المتزايد على الأسمدة في أسواق آسيا وأمريكا الجنوبية.");

    private static Corpus corpus() {
        StringColumn id = StringColumn.create("id");
        StringColumn title = StringColumn.create("title");
        DateColumn date = DateColumn.create("date");
        StringColumn text = StringColumn.create("text");
        add(id, title, date, text, "wire", "اتفاق أردني سوري لتقاسم مياه اليرموك", "2023-03-12", story());
        add(id, title, date, text, "other", "مستشفى جديد للأطفال في أسيوط", "2023-04-03", OTHER);
        // A reprint with a headline of its own, a day later.
        add(id, title, date, text, "headline", "الأردن وسوريا يتفقان على المياه", "2023-03-13", story());
        // A reprint without the fourth paragraph.
        add(id, title, date, text, "dropped", "اتفاق المياه", "2023-03-13", story(3));
        // A reprint under the site's own dateline city.
        add(id, title, date, text, "dateline", "اتفاق اليرموك", "2023-03-12",
                story().replaceFirst("^عمان 12 مارس 2023 \\(وكالة\\) -", "إربد - 12 مارس 2023 -"));
        // A reprint typed on a Persian keyboard, and one extracted from a PDF in presentation forms.
        add(id, title, date, text, "persian", "اتفاق", "2023-03-14", WrittenVariants.persian(story()));
        add(id, title, date, text, "pdf", "اتفاق", "2023-03-15", WrittenVariants.presentationForms(story()));
        add(id, title, date, text, "independent", "اتفاق حول اليرموك", "2023-03-12", INDEPENDENT);
        add(id, title, date, text, "other2", "صادرات الفوسفات", "2023-05-09", OTHER2);
        // An exact copy of another story, undated.
        add(id, title, date, text, "other-copy", "مستشفى أسيوط", null, OTHER);
        return Corpus.from(Table.create("news", id, title, date, text));
    }

    private static void add(StringColumn id, StringColumn title, DateColumn date, StringColumn text, String i, String t,
            String d, String x) {
        id.append(i);
        title.append(t);
        date.append(d == null ? null : LocalDate.parse(d));
        text.append(x);
    }

    @Test
    void reprintsAreOneClusterAndIndependentReportsAreNot() {
        Corpus c = corpus();
        Table d = c.duplicates();
        assertEquals(List.of("article", "cluster", "representative", "similarity"), d.columnNames());
        // Cluster 1: the wire story (earliest, then by id: dateline < wire on 2023-03-12) and its five
        // reprints; cluster 2: the hospital story and its undated copy. The independent report is in neither.
        assertEquals(List.of("dateline", "wire", "headline", "dropped", "persian", "pdf", "other", "other-copy"),
                d.stringColumn("article").asList());
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 2, 2), d.intColumn("cluster").asList());
        assertEquals(List.of("dateline", "dateline", "dateline", "dateline", "dateline", "dateline", "other", "other"),
                d.stringColumn("representative").asList());
        // Identical normalised words: similarity 1 (the headline reprint, the Persian letters, the
        // presentation forms, the exact copy); a dropped paragraph or dateline leaves most shingles.
        for (int r = 0; r < d.rowCount(); r++) {
            String a = d.stringColumn("article").get(r);
            double s = d.doubleColumn("similarity").get(r);
            if (List.of("dateline", "other", "other-copy").contains(a)) {
                assertEquals(1.0, s, 0.0, a);
            } else {
                // Against the dateline reprint: its first line differs from all of them.
                assertTrue(s >= 0.6 && s < 1.0, a + " " + s);
            }
        }
        assertEquals(d.doubleColumn("similarity").get(2), d.doubleColumn("similarity").get(4), 0.0,
                "the Persian-keyboard reprint reads as the plain one");
        assertEquals(d.doubleColumn("similarity").get(2), d.doubleColumn("similarity").get(5), 0.0,
                "the presentation-form reprint reads as the plain one");
    }

    @Test
    void dedupKeepsOneArticlePerClusterAndSharesTheAnalysis() {
        Corpus c = corpus();
        Corpus once = c.dedup();
        assertEquals(List.of("other", "dateline", "independent", "other2"),
                once.articleList().stream().map(Article::id).toList());
        // Every table counts the story once: the Yarmouk is named in the kept wire copy and the independent report.
        assertEquals(6 + 1, count(c, "اليرموك"));
        assertEquals(2, count(once, "اليرموك"));
        assertEquals(c.problems().rowCount(), once.problems().rowCount(), "copies are not problems");
        assertEquals(0, once.duplicates().rowCount());
        // Another rule: the latest of each cluster.
        Corpus latest = c.dedup(NearDuplicates.Options.DEFAULTS, NearDuplicates.EARLIEST.reversed());
        assertEquals(List.of("independent", "other2", "pdf", "other-copy").stream().sorted().toList(),
                latest.articleList().stream().map(Article::id).sorted().toList());
        // A sub-corpus finds the copies among its own articles.
        Corpus two = c.filter(a -> a.id().equals("wire") || a.id().equals("persian"));
        assertEquals(List.of("wire", "persian"), two.duplicates().stringColumn("article").asList());
    }

    private static int count(Corpus c, String word) {
        return c.kwic(word, 6).rowCount();
    }

    @Test
    void theThresholdAndShingleSizeAreOptions() {
        Corpus c = corpus();
        // At 0.99 only the copies with the same words remain: the dropped paragraph and the other
        // dateline fall out.
        Table strict = c.duplicates(NearDuplicates.Options.DEFAULTS.withThreshold(0.99));
        assertEquals(List.of("wire", "headline", "persian", "pdf", "other", "other-copy"),
                strict.stringColumn("article").asList());
        // Single words: the independent report shares many words with the story, but far from 0.6 of them.
        Table words = c.duplicates(NearDuplicates.Options.DEFAULTS.withShingle(1));
        assertTrue(!words.stringColumn("article").asList().contains("independent"));
        assertThrows(NewsTablesException.class, () -> NearDuplicates.Options.DEFAULTS.withThreshold(0));
        assertThrows(NewsTablesException.class, () -> NearDuplicates.Options.DEFAULTS.withShingle(0));
    }

    @Test
    void theSameOnOneThreadAndOnAllCores() throws Exception {
        Table all = corpus().duplicates();
        Table one = new ForkJoinPool(1).submit(() -> corpus().duplicates()).get();
        assertEquals(all.print(), one.print());
    }

    @Test
    void estimatesAreCloseToTheExactJaccardSimilarityOfTheShingles() {
        Corpus c = corpus();
        List<org.newstables.text.AnalyzedText> texts = org.newstables.pipeline.ArticlePipeline.texts(c.articleList(),
                new org.newstables.text.Vocabulary());
        NearDuplicates.Options o = NearDuplicates.Options.DEFAULTS;
        int[][] sig = MinHashSignatures.of(texts, o.shingle(), o.buckets());
        int pairs = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                double exact = jaccard(shingles(texts.get(i), o.shingle()), shingles(texts.get(j), o.shingle()));
                double estimate = MinHashSignatures.similarity(sig[i], sig[j]);
                // One standard error is at most 0.5 / sqrt(buckets) ≈ 0.03 here: 0.12 is four of them.
                assertEquals(exact, estimate, 0.12, c.articleList().get(i).id() + " ~ " + c.articleList().get(j).id());
                pairs += exact > 0.3 && exact < 0.95 ? 1 : 0;
            }
        }
        assertTrue(pairs >= 5, "pairs of intermediate similarity checked: " + pairs);
    }

    private static java.util.Set<String> shingles(org.newstables.text.AnalyzedText t, int k) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + k <= t.size(); i++) {
            StringBuilder s = new StringBuilder();
            for (int j = i; j < i + k; j++) {
                s.append(t.norm(j)).append(' ');
            }
            out.add(s.toString());
        }
        return out;
    }

    private static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    @Test
    void bandsAreEnoughForAPairAtTheThreshold() {
        for (double t : new double[] {0.3, 0.5, 0.6, 0.8, 0.95}) {
            NearDuplicates.Options o = NearDuplicates.Options.DEFAULTS.withThreshold(t);
            double missed = Math.pow(1 - Math.pow(t, NearDuplicates.ROWS), o.bands());
            assertTrue(missed <= 0.01 && o.buckets() >= NearDuplicates.MIN_BUCKETS, t + ": " + missed);
        }
    }
}

package org.newstables.corpus;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newstables.Corpus;
import org.newstables.WordsAndGaps;

/**
 * The byline, caption and menu tests of a headline candidate try each part of their expressions
 * only where it can match: they must answer as {@code find()} of the expressions they replaced,
 * written out here as they were.
 */
class HeadlineFilterProperties {

    private static final Pattern BYLINE = Pattern.compile("(?:^|\\s)(?:كتب|كتبت|بقلم|متابعه|متابعات|وكالات|رئيس التحرير"
            + "|مدير التحرير|حاوره|حاورته|حاورها|حاورتها|زوار|زوارنا|لزوارنا|اخر الاخبار|احدث الاخبار|اخبار عاجله|موقع)"
            + "(?:\\s|$|:)|^\\S+\\s*[-–]\\s*\\S+$"
            + "|^\\s*(?:نشر\\s+)?منذ\\s"
            + "|^\\s*(?:الكاتب|الكاتبه|اعداد|تحرير|تصوير|المحرر|المراسل|مراسل|المصدر)\\s*[:：]");
    private static final Pattern CAPTION = Pattern.compile("^(?:صوره|الصوره|بالصور|لقطه)(?:\\s|:)|\\((?:يمين|يسار|وسط|ارشيفيه"
            + "|ارشيف|رويترز|ا ف ب|الاناضول|سبوتنيك|واس|وام|كونا|قنا|شينخوا)\\)");
    private static final Pattern MENU = Pattern.compile("(?:>>|»|›|\\s/\\s).*(?:>>|»|›|\\s/\\s)|^\\s*(?:الرئيسيه|الرئيسية)\\s*(?:>|»|/)");

    private static void sameAsTheExpressions(String line) {
        check("byline", line, PageCleaner.byline(line), BYLINE.matcher(line).find());
        check("caption", line, PageCleaner.caption(line), CAPTION.matcher(line).find());
        check("menu", line, PageCleaner.menu(line), MENU.matcher(line).find());
    }

    private static void check(String what, String line, boolean actual, boolean expected) {
        if (actual != expected) {
            throw new AssertionError(what + " of '" + line + "' is " + actual + ", the expression says " + expected);
        }
    }

    /** Lines of the words the expressions look for, words like them, separators and every kind of white space. */
    @Provide
    Arbitrary<String> headLines() {
        Arbitrary<String> word = Arbitraries.of("كتب", "كتبت", "يكتب", "بقلم", "رئيس التحرير", "رئيس", "التحرير", "موقع",
                "موقعه", "زوارنا", "اخر الاخبار", "منذ", "نشر", "الكاتبه", "المصدر", "تصوير", "صوره", "الصوره", "لقطه",
                "(يمين)", "(رويترز)", "(ا ف ب)", "(", ")", "الرئيسيه", "الرئيسية", ">", ">>", "»", "›", "/", "-", "–", "قال",
                "الوزير", "بكين", "x", "\uD83B\uDE00");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", "", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2028",
                "\u0085", ":", "：", "،", " / ");
        return WordsAndGaps.texts(word, gap, 10);
    }

    @Property(tries = 4000)
    void aLineReadsAsTheExpressionsReadIt(@ForAll("headLines") String line) {
        sameAsTheExpressions(line);
    }

    @Example
    void handMadeAndSeedLines() {
        for (String line : List.of("", "كتب", " كتب:", "كتب محمد", "بكين - الصين", "بكين -الصين ", "منذ ساعة", "نشر منذ ساعتين",
                "الكاتبه: سارة", "المصدر ：", "صوره: الوزير", "صورهالوزير", "الوزير (يمين) مع نظيره", "الرئيسيه > اخبار",
                "الرئيسية/سياسة", "اخبار » سياسة » دولي", "اخبار / سياسة / دولي", "اخر الاخبار", "اخر الاخبارية")) {
            sameAsTheExpressions(line);
        }
        for (String text : Corpus.seeds().articles().stringColumn("text")) {
            for (String line : text.split("\n")) {
                sameAsTheExpressions(line);
            }
        }
    }
}

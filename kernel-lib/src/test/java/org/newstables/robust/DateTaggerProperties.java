package org.newstables.robust;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newstables.Corpus;
import org.newstables.text.TextNormalizer;
import org.newstables.time.ArabicDates;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Generated pages for the temporal tagger: it never throws, every row with offsets cuts its
 * surface out of the text, and every value with a day re-parses from its surface.
 */
class DateTaggerProperties {

    @Provide
    Arbitrary<String> page() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-8_000, 12_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
        Arbitrary<String> written = Combinators.combine(dates, Arbitraries.of("ar", "ar-SY", "ar-MA", "ar-DZ"),
                Arbitraries.integers().between(0, 6)).as((d, loc, form) -> {
                    String month = Month.of(d.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.forLanguageTag(loc));
                    return switch (form) {
                        case 0 -> d.getDayOfMonth() + " " + month + " " + d.getYear();
                        case 1 -> d.toString() + " 10:15";
                        case 2 -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
                        case 3 -> month + " " + d.getYear();
                        case 4 -> "عام " + d.getYear();
                        case 5 -> d.getDayOfMonth() + " " + month;
                        default -> d.getYear() + ":" + d.getMonthValue() + ":" + d.getDayOfMonth() + ".09:30";
                    };
                });
        Arbitrary<String> piece = Arbitraries.oneOf(written, Arbitraries.of("الرئيسية >> سياسة", "بكين", "القاهرة،",
                "(شينخوا)", "(كونا) --", "/", "-", "اليوم", "أمس", "أول أمس", "يوم الثلاثاء", "اليوم (الأربعاء)",
                "الخميس المقبل", "الأسبوع الماضي", "منذ", "مواليد (", ")", "قال الوزير", "إن التعاون مستمر", "في",
                "الموافق", "ه", "م", "\n", "\n\n", "،", ".", "١٧", "٢٠١٩", "أول", "فاتح", "التاسع من", "غرينتش",
                "حجم الخط", "طباعة", "ًّ", "\u200F", "ﻻ"));
        return piece.list().ofMaxSize(40).map(ps -> String.join(" ", ps));
    }

    @Property(tries = 300)
    void theTaggerNeverThrowsAndEveryRowIsTraced(@ForAll("page") String text) {
        Corpus c = Corpus.from(Table.create("t", StringColumn.create("text", text + " نص الخبر.")));
        if (c.size() == 0) {
            return;
        }
        String t = c.articleList().get(0).text();
        Table d = c.dates();
        for (Row r : d) {
            int i = r.getRowNumber();
            if (!d.intColumn("start").isMissing(i)) {
                int s = r.getInt("start");
                int e = r.getInt("end");
                if (s < 0 || e > t.length() || s > e || !t.substring(s, e).equals(r.getString("surface"))) {
                    throw new AssertionError("row " + i + " is not traced: " + r + "\n" + t);
                }
            }
            LocalDate value = d.dateColumn("value").get(i);
            String kind = r.getString("kind");
            if (value != null && r.getString("precision").equals("day")
                    && (kind.equals("dateline") || kind.equals("stamp") || kind.equals("mention") || kind.equals("clock"))) {
                // Re-parsed from its surface, the value comes back (or its other day/month reading).
                String surface = TextNormalizer.word(r.getString("surface"));
                boolean found = ArabicDates.find(surface).stream().anyMatch(f -> value.equals(f.date())
                        || value.equals(f.swapped()));
                if (!found) {
                    throw new AssertionError("the value " + value + " does not re-parse from '" + r.getString("surface") + "'");
                }
            }
        }
    }
}

package org.newstables;

/** The words on a chart, in English or in Arabic: {@code Charts.topTerms(t, ChartText.ARABIC)}. */
public enum ChartText {
    /** English titles and labels (the default). */
    ENGLISH,
    /** Arabic titles and labels, shaped and right to left. */
    ARABIC;

    String perThousand() {
        return this == ENGLISH ? "mentions per 1,000 words" : "الإشارات لكل 1000 كلمة";
    }

    String mentions() {
        return this == ENGLISH ? "mentions" : "عدد الإشارات";
    }

    String count() {
        return this == ENGLISH ? "occurrences" : "عدد المرات";
    }

    String period() {
        return this == ENGLISH ? "period" : "الفترة";
    }

    String term() {
        return this == ENGLISH ? "term" : "الكلمة";
    }

    String timelineTitle(String what, boolean rates) {
        if (this == ENGLISH) {
            return (what.equals("entity") ? "Partners and actors" : what.equals("theme") ? "Themes" : "Mentions")
                    + " over time" + (rates ? " (per 1,000 words)" : "");
        }
        return (what.equals("entity") ? "الشركاء والفاعلون" : what.equals("theme") ? "الموضوعات" : "الإشارات")
                + " عبر الزمن" + (rates ? " (لكل 1000 كلمة)" : "");
    }

    String partnersTitle(String focal, String focalArabic, boolean rates) {
        if (this == ENGLISH) {
            return "Partners of " + focal + " over time" + (rates ? " (per 1,000 words)" : "");
        }
        return "شركاء " + focalArabic + " عبر الزمن" + (rates ? " (لكل 1000 كلمة)" : "");
    }

    String topTermsTitle() {
        return this == ENGLISH ? "Most frequent terms" : "الكلمات الأكثر تكرارا";
    }

    String heatmapTitle() {
        return this == ENGLISH ? "Who is mentioned with which theme (sentences)" : "من يذكر مع أي موضوع (عدد الجمل)";
    }

    String relativePosition() {
        return this == ENGLISH ? "position in the article (0 = start, 1 = end)" : "الموضع في المقال (0 = البداية، 1 = النهاية)";
    }

    String dispersionTitle() {
        return this == ENGLISH ? "Where the terms occur" : "مواضع الكلمات في المقالات";
    }

    String noData() {
        return this == ENGLISH ? " — no data" : " — لا توجد بيانات";
    }

    String other(int keys) {
        return this == ENGLISH ? "other (" + keys + ")" : "غير ذلك (" + keys + ")";
    }

    String undated(int mentions) {
        return this == ENGLISH ? " — " + mentions + " mentions in undated articles not shown"
                : " — " + mentions + " إشارة في مقالات بلا تاريخ غير معروضة";
    }
}

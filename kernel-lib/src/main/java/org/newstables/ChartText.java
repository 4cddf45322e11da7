package org.newstables;

/** The words on a chart, in English or in Arabic: {@code Charts.topTerms(t, ChartText.ARABIC)}. */
public enum ChartText implements org.newstables.charts.ChartWords {
    /** English titles and labels (the default). */
    ENGLISH,
    /** Arabic titles and labels, shaped and right to left. */
    ARABIC;

    @Override
    public boolean arabicLabels() {
        return this == ARABIC;
    }

    @Override
    public String perThousand() {
        return this == ENGLISH ? "mentions per 1,000 words" : "الإشارات لكل 1000 كلمة";
    }

    @Override
    public String share() {
        return this == ENGLISH ? "mean topic share of the period's articles" : "متوسط حصة المحور في مقالات الفترة";
    }

    @Override
    public String mentions() {
        return this == ENGLISH ? "mentions" : "عدد الإشارات";
    }

    @Override
    public String count() {
        return this == ENGLISH ? "occurrences" : "عدد المرات";
    }

    @Override
    public String period() {
        return this == ENGLISH ? "period" : "الفترة";
    }

    @Override
    public String term() {
        return this == ENGLISH ? "term" : "الكلمة";
    }

    @Override
    public String timelineTitle(String what, boolean rates) {
        if (this == ENGLISH) {
            return (what.equals("entity") ? "Partners and actors" : what.equals("theme") ? "Themes"
                    : what.equals("topic") ? "Topics" : "Mentions")
                    + " over time" + (rates ? " (per 1,000 words)" : "");
        }
        return (what.equals("entity") ? "الشركاء والفاعلون" : what.equals("theme") ? "الموضوعات"
                : what.equals("topic") ? "المحاور" : "الإشارات")
                + " عبر الزمن" + (rates ? " (لكل 1000 كلمة)" : "");
    }

    @Override
    public String partnersTitle(String focal, String focalArabic, boolean rates) {
        if (this == ENGLISH) {
            return "Partners of " + focal + " over time" + (rates ? " (per 1,000 words)" : "");
        }
        return "شركاء " + focalArabic + " عبر الزمن" + (rates ? " (لكل 1000 كلمة)" : "");
    }

    @Override
    public String topTermsTitle() {
        return this == ENGLISH ? "Most frequent terms" : "الكلمات الأكثر تكرارا";
    }

    @Override
    public String heatmapTitle() {
        return this == ENGLISH ? "Who is mentioned with which theme (sentences)" : "من يذكر مع أي موضوع (عدد الجمل)";
    }

    @Override
    public String relativePosition() {
        return this == ENGLISH ? "position in the article (0 = start, 1 = end)" : "الموضع في المقال (0 = البداية، 1 = النهاية)";
    }

    @Override
    public String dispersionTitle() {
        return this == ENGLISH ? "Where the terms occur" : "مواضع الكلمات في المقالات";
    }

    @Override
    public String noData() {
        return this == ENGLISH ? " — no data" : " — لا توجد بيانات";
    }

    @Override
    public String other(int keys) {
        return this == ENGLISH ? "other (" + keys + ")" : "غير ذلك (" + keys + ")";
    }

    @Override
    public String undated(int mentions) {
        return this == ENGLISH ? " — " + mentions + " mentions in undated articles not shown"
                : " — " + mentions + " إشارة في مقالات بلا تاريخ غير معروضة";
    }
}

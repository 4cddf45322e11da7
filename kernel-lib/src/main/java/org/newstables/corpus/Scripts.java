package org.newstables.corpus;

/** Which script a character or a text is written in, as far as the corpus needs to know. */
public final class Scripts {

    private Scripts() {
    }

    /** A letter of the Arabic script (Arabic, Persian, Urdu letters), not a digit or mark. */
    public static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** A letter of the Latin script. */
    public static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * The language of a text as its script suggests: {@code ar} when most letters are Arabic,
     * {@code en} when most are Latin, {@code und} when it has no letters or another script leads.
     * (Latin-script text is analysed with the English chain, hence {@code en}.)
     */
    public static String language(String text) {
        int arabic = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (isArabicLetter(c)) {
                arabic++;
            } else if (isLatinLetter(c)) {
                latin++;
            } else {
                other++;
            }
        }
        int total = arabic + latin + other;
        if (total == 0) {
            return "und";
        }
        if (arabic * 2 > total) {
            return "ar";
        }
        if (latin * 2 > total) {
            return "en";
        }
        return "und";
    }
}

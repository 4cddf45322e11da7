package org.newstables.text;

import org.newstables.common.Internal;

/** Which script a character or a text is written in, as far as the corpus needs to know. */
@Internal
public final class Scripts {

    private Scripts() {
    }

    /**
     * A letter of the Arabic script (Arabic, Persian, Urdu letters), not a digit or mark. Checked
     * by the Arabic blocks rather than {@link Character.UnicodeScript#of}, which is a binary
     * search and too slow for every character of a large corpus.
     */
    public static boolean isArabicLetter(char c) {
        boolean block = (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF');
        return block && Character.isLetter(c);
    }

    /** A letter of the Latin script (Basic Latin to Latin Extended-B, and Latin Extended Additional). */
    public static boolean isLatinLetter(char c) {
        boolean block = c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF');
        return block && Character.isLetter(c);
    }

    /**
     * The language of a text as its script suggests, from its counts of Arabic, Latin and other
     * letters: {@code ar} when most letters are Arabic, {@code en} when most are Latin, {@code und}
     * when it has no letters or another script leads. (Latin-script text is analysed with the
     * English chain, hence {@code en}.)
     */
    public static String language(long arabic, long latin, long other) {
        long total = arabic + latin + other;
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

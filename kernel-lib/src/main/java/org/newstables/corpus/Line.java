package org.newstables.corpus;

import java.util.regex.Pattern;

/**
 * One line of a raw article and the few measurements the cleaner and the title finder
 * decide on: how many words, in which script, and how it ends.
 *
 * @param number 1-based line number in the raw file
 * @param text   the line without its line break and trailing white space
 */
record Line(int number, String text) {

    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");

    boolean blank() {
        return text.isBlank();
    }

    int words() {
        String t = text.strip();
        return t.isEmpty() ? 0 : WORD_SPLIT.split(t).length;
    }

    int arabicLetters() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Scripts.isArabicLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    int latinLetters() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Scripts.isLatinLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    boolean hasLetters() {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Ends like a sentence: with . ! ? ؟ … (before closing quotes or brackets). */
    boolean endsLikeSentence() {
        String t = text.strip();
        int i = t.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?؟…".indexOf(t.charAt(i)) >= 0;
    }
}

package org.newstables.corpus;

/**
 * One line of a raw article and the few measurements the cleaner and the title finder decide
 * on: how many words, in which script, and how it ends. Measured once, when the line is made.
 */
final class Line {

    private final int number;
    private final String text;
    private final int words;
    private final int arabicLetters;
    private final int latinLetters;
    private final int otherLetters;
    private final boolean hasLetters;

    /**
     * @param number 1-based line number in the raw file
     * @param text   the line without its line break and trailing white space
     */
    Line(int number, String text) {
        this.number = number;
        this.text = text;
        int w = 0;
        int arabic = 0;
        int latin = 0;
        int other = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space;
            // Fast paths for the common characters: ASCII and the Arabic letters ء to ي.
            if (c < 128) {
                space = c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    latin++;
                }
            } else if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A') {
                space = false;
                arabic++;
            } else {
                space = Character.isWhitespace(c);
                if (Character.isLetter(c)) {
                    if (Scripts.isArabicLetter(c)) {
                        arabic++;
                    } else if (Scripts.isLatinLetter(c)) {
                        latin++;
                    } else {
                        other++;
                    }
                }
            }
            if (!space && !inWord) {
                w++;
            }
            inWord = !space;
        }
        this.words = w;
        this.arabicLetters = arabic;
        this.latinLetters = latin;
        this.otherLetters = other;
        this.hasLetters = arabic + latin + other > 0;
    }

    int number() {
        return number;
    }

    String text() {
        return text;
    }

    boolean blank() {
        return words == 0;
    }

    int words() {
        return words;
    }

    int arabicLetters() {
        return arabicLetters;
    }

    int latinLetters() {
        return latinLetters;
    }

    int otherLetters() {
        return otherLetters;
    }

    boolean hasLetters() {
        return hasLetters;
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

package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newstables.text.Scripts;

/**
 * A line's measures, which Line takes in one pass of packed counts, chunk by chunk: they must be
 * what counting each character by its class gives, on a line much longer than a chunk.
 */
class LineTest {

    @Test
    void theMeasuresOfALongLineAreTheCountsOfItsCharacters() {
        // Arabic, Latin, Greek, digits, a dot, odd spacing, and a mis-decoded pair (Ø§ is ا read as cp1252).
        String piece = "كلمة  word\tλέξη 12.5 Ø§ ";
        String text = piece.repeat(3_000_000 / piece.length() + 7).strip();
        Line line = new Line(1, text);
        int words = 0;
        int arabic = 0;
        int latin = 0;
        int other = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            boolean space = Character.isWhitespace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
            if (Character.isLetter(c)) {
                arabic += Scripts.isArabicLetter(c) ? 1 : 0;
                latin += !Scripts.isArabicLetter(c) && Scripts.isLatinLetter(c) ? 1 : 0;
                other += !Scripts.isArabicLetter(c) && !Scripts.isLatinLetter(c) ? 1 : 0;
            }
        }
        assertEquals(words, line.words());
        assertEquals(arabic, line.arabicLetters());
        assertEquals(latin, line.latinLetters());
        assertEquals(other, line.otherLetters());
        assertTrue(line.hasDigitOrDot());
        assertEquals(text.split("Ø§", -1).length - 1, line.mojibakePairs());
    }
}

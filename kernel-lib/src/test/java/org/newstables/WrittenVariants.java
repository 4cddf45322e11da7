package org.newstables;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/** Arabic text rewritten as other keyboards and tools write it, for the tests that it reads the same. */
public final class WrittenVariants {

    private WrittenVariants() {
    }

    /** ي → ی, ك → ک, ة → ۀ, digits → Persian digits: what a Persian keyboard types. */
    public static String persian(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case 'ي' -> 'ی';
                case 'ك' -> 'ک';
                case 'ة' -> 'ۀ';
                default -> c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c;
            });
        }
        return sb.toString();
    }

    /** The text in Arabic presentation forms (U+FB50–U+FEFF), as text extracted from a PDF is: ICU's shaping. */
    public static String presentationForms(String s) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK).shape(s);
        } catch (ArabicShapingException e) {
            throw new AssertionError(e);
        }
    }
}

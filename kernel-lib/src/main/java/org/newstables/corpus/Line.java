package org.newstables.corpus;

import org.newstables.text.Scripts;
import org.newstables.text.TextNormalizer;
import org.newstables.time.ArabicDates;
import org.newstables.time.DateTagger;

/**
 * One line of a raw article and the few measurements the cleaner and the title finder decide
 * on: how many words, in which script, and how it ends. Measured once, when the line is made.
 * A line is a range of the raw text; its own string is made only when a rule reads it, since
 * most lines of a large corpus are prose that is only measured and joined.
 */
final class Line {

    private final int number;
    private final String source;
    private final int from;
    private final int to;
    private String text;
    private String normalized;
    private final boolean digitOrDot;
    private final int words;
    private final int mojibakePairs;
    private final int arabicLetters;
    private final int latinLetters;
    private final int otherLetters;
    private final boolean hasLetters;

    /**
     * @param number 1-based line number in the raw file
     * @param text   the line without its line break and trailing white space
     */
    Line(int number, String text) {
        this(number, text, 0, text.length());
    }

    /**
     * @param number 1-based line number in the raw file
     * @param source the raw text
     * @param from   where the line starts in it
     * @param to     where it ends, line break and trailing white space excluded
     */
    Line(int number, String source, int from, int to) {
        this.number = number;
        this.source = source;
        this.from = from;
        this.to = to;
        int w = 0;
        int arabic = 0;
        int latin = 0;
        int other = 0;
        char[] chars = BUFFER.get();
        if (chars.length < to - from) {
            chars = new char[Math.max(to - from, 2 * chars.length)];
            BUFFER.set(chars);
        }
        source.getChars(from, to, chars, 0);
        // Every measure is kept without a branch, and the three letter counts in one long (COUNTS):
        // this loop reads every character of the corpus. Mis-decoding pairs: MOJIBAKE_CONT is
        // MOJIBAKE_LEAD shifted once, so a lead before a continuation adds MOJIBAKE_CONT to the sum.
        int pairs = 0;
        int previous = 0;
        int all = 0;
        int inWord = 0;
        for (int chunk = 0, n = to - from; chunk < n; chunk += CHUNK) {
            long counts = 0;
            for (int i = chunk, end = Math.min(n, chunk + CHUNK); i < end; i++) {
                char c = chars[i];
                int kind = KINDS[c];
                pairs += (previous << 1) & kind & MOJIBAKE_CONT;
                previous = kind;
                all |= kind;
                // A ligature counts the letters and words it stands for (ﻻ two letters, ﷺ four words).
                counts += COUNTS[kind & KIND_MASK] * (1 + (kind >>> EXTRA_LETTERS & EXTRA_MASK));
                int nonSpace = ~kind & SPACE;
                w += (nonSpace & ~inWord) + (kind >>> EXTRA_WORDS);
                inWord = nonSpace;
            }
            arabic += (int) (counts & COUNT_MASK);
            latin += (int) ((counts >>> COUNT_BITS) & COUNT_MASK);
            other += (int) (counts >>> (2 * COUNT_BITS));
        }
        this.words = w;
        this.arabicLetters = arabic;
        this.latinLetters = latin;
        this.otherLetters = other;
        this.hasLetters = arabic + latin + other > 0;
        this.digitOrDot = (all & DIGIT_OR_DOT) != 0;
        this.mojibakePairs = pairs / MOJIBAKE_CONT;
    }

    private static final int SPACE = 1;
    private static final int ARABIC = 2;
    private static final int LATIN = 4;
    private static final int OTHER = 8;
    private static final int DIGIT_OR_DOT = 16;
    /** ط ظ ع غ Ø Ù Ú Û: what UTF-8's Arabic lead bytes become in the wrong code page ({@link Mojibake}). */
    private static final int MOJIBAKE_LEAD = 32;
    /** What a continuation byte 0x80–0xBF becomes in the wrong code page; must be MOJIBAKE_LEAD shifted left once. */
    private static final int MOJIBAKE_CONT = MOJIBAKE_LEAD << 1;
    /** The bits above that {@link #COUNTS} is indexed by. */
    private static final int KIND_MASK = 2 * MOJIBAKE_CONT - 1;
    /** Where a kind keeps how many letters more than one a character stands for (a ligature: ﻻ is لا). */
    private static final int EXTRA_LETTERS = 8;
    /** Where a kind keeps how many words more than one a character stands for (ﷺ is صلى الله عليه وسلم). */
    private static final int EXTRA_WORDS = 16;
    private static final int EXTRA_MASK = 0xFF;
    /** The kind of every character, looked up rather than worked out per character. */
    private static final int[] KINDS = kinds();
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[1024]);
    /**
     * Bits per letter count in a long of three: a chunk of at most CHUNK characters cannot overflow
     * one, even of ligatures standing for 15 letters (ﷺ).
     */
    private static final int COUNT_BITS = 21;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    private static final int CHUNK = 1 << 16;
    /** For each kind, what it adds to the Arabic, Latin and other letter counts, packed in one long. */
    private static final long[] COUNTS = new long[2 * MOJIBAKE_CONT];

    /**
     * {@link #KINDS}, filled in a local array: while a class is being initialized, the interpreter
     * resolves each read of one of its static fields anew, so filling the static array itself in a
     * loop over 65,536 characters cost a fresh JVM several times as long.
     */
    private static int[] kinds() {
        int[] kinds = new int[0x10000];
        for (int c = 0; c < kinds.length; c++) {
            kinds[c] = kind((char) c);
        }
        return kinds;
    }

    static {
        for (int k = 0; k < COUNTS.length; k++) {
            COUNTS[k] = ((k & ARABIC) != 0 ? 1L : 0L) | ((k & LATIN) != 0 ? 1L << COUNT_BITS : 0L)
                    | ((k & OTHER) != 0 ? 1L << (2 * COUNT_BITS) : 0L);
        }
    }

    /**
     * The kind of a character. A presentation form (text from a PDF) is of the kind of what it
     * stands for ({@link TextNormalizer#standsFor}, its compatibility form): ﹰ is a fathatan, no
     * letter, though Unicode calls it one, so a line of harakat has no letters however written;
     * ﻻ is two Arabic letters. Only the mis-decoding signs are the character's own: a
     * presentation form is no mis-decoded byte.
     */
    private static int kind(char c) {
        int kind = ownKind(c) & (MOJIBAKE_LEAD | MOJIBAKE_CONT);
        if (!TextNormalizer.presentationForm(c)) {
            return kind | ownKind(c);
        }
        String form = TextNormalizer.standsFor(c);
        int letters = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < form.length(); i++) {
            int k = ownKind(form.charAt(i)) & ~(MOJIBAKE_LEAD | MOJIBAKE_CONT);
            letters += (k & (ARABIC | LATIN | OTHER)) != 0 ? 1 : 0;
            words += (k & SPACE) == 0 && !inWord ? 1 : 0;
            inWord = (k & SPACE) == 0;
            // The spaces between a ligature's words are inside the one character: it is no space.
            kind |= k & ~SPACE;
        }
        return kind | Math.max(0, letters - 1) << EXTRA_LETTERS | Math.max(0, words - 1) << EXTRA_WORDS;
    }

    /** The kind of a character as Unicode classes it. */
    private static int ownKind(char c) {
        int kind = Character.isWhitespace(c) ? SPACE : 0;
        if (Character.isDigit(c) || c == '.') {
            kind |= DIGIT_OR_DOT;
        }
        if (Character.isLetter(c)) {
            kind |= Scripts.isArabicLetter(c) ? ARABIC : Scripts.isLatinLetter(c) ? LATIN : OTHER;
        }
        if (Mojibake.lead(c)) {
            kind |= MOJIBAKE_LEAD;
        }
        if (Mojibake.continuation(c)) {
            kind |= MOJIBAKE_CONT;
        }
        return kind;
    }

    int number() {
        return number;
    }

    String text() {
        if (text == null) {
            text = source.substring(from, to);
        }
        return text;
    }

    /**
     * The line's text normalized for the date finder ({@link ArabicDates#normalize}), worked out
     * once: the stamp, headline, dateline and site-furniture rules each read it.
     */
    String normalized() {
        if (normalized == null) {
            normalized = ArabicDates.normalize(text());
        }
        return normalized;
    }

    /**
     * The line for the date tagger, its string the one made here if any, else made when the tagger
     * reads it; the other parameters as for {@link DateTagger.PageLine#of}.
     */
    DateTagger.PageLine pageLine(int offset, boolean removed, boolean headline, boolean prose) {
        return text != null ? new DateTagger.PageLine(number, text, offset, removed, headline, prose)
                : DateTagger.PageLine.of(number, source, from, to, offset, removed, headline, prose);
    }

    /** Whether the line is exactly {@code raw[from, to)}. */
    boolean isRange(String raw, int from, int to) {
        return source == raw && this.from == from && this.to == to;
    }

    /** Where the line ends in the raw text (when it is a range of it). */
    int end() {
        return to;
    }

    /** The length of the line's text, without making a string of it. */
    int length() {
        return to - from;
    }

    /** Appends the line's text without making a string of it. */
    void appendTo(StringBuilder out) {
        out.append(source, from, to);
    }

    /** Whether the line holds a digit or a dot: a stamp (a date, a time, an address) does. */
    boolean hasDigitOrDot() {
        return digitOrDot;
    }

    boolean blank() {
        return words == 0;
    }

    int words() {
        return words;
    }

    /** Pairs of characters in the line that look like mis-decoded UTF-8 Arabic ({@link Mojibake#pair}). */
    int mojibakePairs() {
        return mojibakePairs;
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
        int i = lastMark();
        return i >= from && ".!?؟…".indexOf(source.charAt(i)) >= 0;
    }

    /**
     * Ends with a full stop: one dot (before closing quotes or brackets), not a question, an
     * exclamation or an ellipsis (… or dots), which end headlines as often as sentences.
     */
    boolean endsWithFullStop() {
        int i = lastMark();
        return i >= from && source.charAt(i) == '.' && (i == from || source.charAt(i - 1) != '.');
    }

    /** Where the line's last character is, before trailing white space and closing quotes or brackets. */
    private int lastMark() {
        int i = to - 1;
        while (i >= from && Character.isWhitespace(source.charAt(i))) {
            i--;
        }
        while (i >= from && "\"'”’»)]".indexOf(source.charAt(i)) >= 0) {
            i--;
        }
        return i;
    }
}

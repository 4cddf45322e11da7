package org.newstables.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.newstables.common.Internal;

/**
 * The one normalization of text in NewsTables: every component that compares words — the
 * analysis, lexicon matching, search, keyword in context, dates, page cleaning, candidates — goes
 * through it, so that every written variant of a word is that word in every table. What it
 * changes, in order:
 * <ol>
 *   <li><b>Compatibility forms</b> to their Unicode NFKC form, with ICU4J's {@link Normalizer2}:
 *       Arabic presentation forms A and B (U+FB50–U+FDFF, U+FE70–U+FEFF, as PDF extraction
 *       leaves them: ﻗﺎﻝ → قال), ligatures (ﻻ → لا, ﷲ → الله), full-width letters and digits, the
 *       no-break space. Only characters that NFKC changes are touched.</li>
 *   <li><b>Format characters</b> removed: bidi marks, embeddings and isolates, zero-width joiners
 *       and non-joiners, byte-order marks, soft hyphens (Unicode category Cf).</li>
 *   <li><b>Letters of other Arabic-script keyboards</b> (Persian, Urdu, Kurdish, Pashto) to the
 *       Arabic letter they stand for: ی ې ێ ۍ ے ۓ ؠ ى → ي; ک ڪ → ك; ە ہ ۂ ھ ۀ → ه; ۆ ۇ ۈ ۉ ۊ ۋ ۏ → و;
 *       ڕ → ر; ڵ → ل; ٱ ٲ ٳ → ا. Letters Arabic does not have (پ چ ژ گ ڤ) stay as they are.</li>
 *   <li><b>Digits</b>: Arabic-Indic (٠–٩) and Persian (۰–۹) to ASCII 0–9.</li>
 *   <li><b>Lucene's {@link ArabicNormalizer}</b>: آ أ إ → ا; ى → ي; ة → ه; tatweel and the harakat
 *       (fathatan … sukun) removed; and also the dagger alef (U+0670), the combining maddah and
 *       hamzas (U+0653–U+0655) and the Quranic annotation signs (U+06D6–U+06ED), which Lucene keeps.</li>
 *   <li><b>Latin letters</b> lower-cased.</li>
 * </ol>
 * White space and punctuation are kept. {@link #text} gives the normalized text with a map back
 * to the original offsets, so that a match found in the normalized text can be cut from the text
 * users see, in its original characters.
 *
 * <p>Hand-written where no library does it: the letter table of step 3 (Lucene's PersianNormalizer
 * folds only ی ک ۀ ہ and works only inside its own token filter) and the offset map; ICU4J does the
 * compatibility forms and Lucene the Arabic letters.
 */
@Internal
public final class TextNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private static final char DELETE = '\uFFFF';
    /** For each BMP character: itself, its replacement, or DELETE; set where steps 2–6 change it. */
    private static final char[] FOLD;
    /**
     * Characters NFKC changes (step 1): those it changes on their own (presentation forms,
     * ligatures, full-width forms), and the combining marks it may compose with the letter before
     * them (a hamza above after ي is ئ). Not every character ICU calls non-inert: ا، و، ي and the
     * Latin letters may take a mark after them, and normalizing each through ICU made reading a
     * page ten times slower; a mark is composed with the letter before it when it comes.
     */
    private static final boolean[] COMPAT;
    /** The combining marks of {@link #COMPAT}: normalized together with the character before them. */
    private static final boolean[] COMBINING;
    /**
     * What each Arabic presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF) that NFKC changes stands
     * for ({@link #standsFor}); null for every other character.
     */
    private static final String[] STANDS_FOR;
    /** The presentation forms that stand for marks alone (ﹰ ﹼ ﱞ): {@link #marksOnly}. */
    private static final boolean[] MARKS_ONLY;

    static {
        Tables t = tables();
        FOLD = t.fold();
        COMPAT = t.compat();
        COMBINING = t.combining();
        STANDS_FOR = t.standsFor();
        MARKS_ONLY = t.marksOnly();
    }

    /** The per-character tables above, built together. */
    private record Tables(char[] fold, boolean[] compat, boolean[] combining, String[] standsFor, boolean[] marksOnly) {
    }

    /**
     * Builds the tables in local arrays, then hands them to the static initializer: while a class is
     * being initialized, the interpreter resolves each read of one of its static fields anew (the JVM
     * must be able to stop other threads there), so a loop over 65,536 characters that read and wrote
     * the static arrays themselves took some 0.1 s of a fresh JVM's first second.
     */
    private static Tables tables() {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        char[] fold = new char[65536];
        boolean[] compat = new boolean[65536];
        boolean[] combining = new boolean[65536];
        String[] standsFor = new String[65536];
        boolean[] marksOnly = new boolean[65536];
        for (int c = 0; c < fold.length; c++) {
            fold[c] = (char) c;
            if (!Character.isSurrogate((char) c) && !nfkc.isInert(c)) {
                String alone = String.valueOf((char) c);
                combining[c] = Character.getType(c) == Character.NON_SPACING_MARK
                        && (c < '\u064B' || c > '\u0652') && c != '\u0670';
                compat[c] = combining[c] || !nfkc.normalize(alone).equals(alone);
                if (compat[c] && (c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF')) {
                    String form = nfkc.normalize(alone);
                    // An isolated mark's compatibility form is a space and the mark (ﹰ → " ً"); plain text
                    // writes the mark alone, with no space of its own.
                    standsFor[c] = form.length() > 1 && form.charAt(0) == ' ' ? form.substring(1) : form;
                    marksOnly[c] = true;
                    for (int i = 0; i < standsFor[c].length(); i++) {
                        marksOnly[c] &= Character.getType(standsFor[c].charAt(i)) == Character.NON_SPACING_MARK;
                    }
                }
            }
        }
        for (char c : "\u06CC\u06D0\u06CE\u06CD\u06D2\u06D3\u0620\u0649\u064A".toCharArray()) {
            fold[c] = '\u064A';
        }
        for (char c : "\u06A9\u06AA".toCharArray()) {
            fold[c] = '\u0643';
        }
        for (char c : "\u06D5\u06C1\u06C2\u06BE\u06C0\u0629".toCharArray()) {
            fold[c] = '\u0647';
        }
        for (char c : "\u06C6\u06C7\u06C8\u06C9\u06CA\u06CB\u06CF".toCharArray()) {
            fold[c] = '\u0648';
        }
        fold['\u0695'] = '\u0631';
        fold['\u06B5'] = '\u0644';
        for (char c : "\u0671\u0672\u0673\u0622\u0623\u0625".toCharArray()) {
            fold[c] = '\u0627';
        }
        for (char c = '\u0660'; c <= '\u0669'; c++) {
            fold[c] = (char) ('0' + c - '\u0660');
        }
        for (char c = '\u06F0'; c <= '\u06F9'; c++) {
            fold[c] = (char) ('0' + c - '\u06F0');
        }
        // Tatweel, harakat (Lucene's list), and the marks Lucene keeps.
        fold['\u0640'] = DELETE;
        for (char c = '\u064B'; c <= '\u0652'; c++) {
            fold[c] = DELETE;
        }
        for (char c = '\u0653'; c <= '\u0655'; c++) {
            fold[c] = DELETE;
        }
        fold['\u0670'] = DELETE;
        for (char c = '\u06D6'; c <= '\u06ED'; c++) {
            if (c != '\u06DD' && c != '\u06DE' && c != '\u06E5' && c != '\u06E6') {
                fold[c] = DELETE;
            }
        }
        for (int c = 0; c < fold.length; c++) {
            if (Character.getType(c) == Character.FORMAT) {
                fold[c] = DELETE;
            } else if (c < 0x0250 && Character.isUpperCase(c) && Character.toLowerCase(c) < 0x10000) {
                fold[c] = (char) Character.toLowerCase(c);
            }
        }
        return new Tables(fold, compat, combining, standsFor, marksOnly);
    }

    private TextNormalizer() {
    }

    /**
     * Whether {@code c} is an Arabic presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF, as PDF
     * extraction leaves them) that stands for other characters: ﻗ for ق, ﻻ for لا, ﹰ for a fathatan.
     */
    public static boolean presentationForm(char c) {
        return STANDS_FOR[c] != null;
    }

    /**
     * What a character stands for: for a presentation form ({@link #presentationForm}) its Unicode
     * compatibility form (NFKC, by ICU4J), without the space NFKC puts before an isolated mark
     * (ﹰ is a fathatan, as the plain text writes it); any other character is itself. Code that
     * classifies the characters of text not yet normalized (letters, marks, digits, white space)
     * classifies this, so that a presentation form counts as the text it stands for.
     */
    public static String standsFor(char c) {
        String s = STANDS_FOR[c];
        return s != null ? s : String.valueOf(c);
    }

    /**
     * {@code s} as written, but with each presentation form replaced by what it {@link
     * #standsFor(char) stands for}: the written word a PDF's ﻋﻠﻰ is (على), with its marks and final
     * letters as written, for tests on the written form that normalization would erase.
     */
    public static String standsFor(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            String f = STANDS_FOR[s.charAt(i)];
            if (f != null && b == null) {
                b = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (b != null) {
                b.append(f != null ? f : String.valueOf(s.charAt(i)));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Whether {@code chars[from, from + len)} are presentation forms of marks alone (isolated
     * harakat ﹰﹼ, which Unicode's word boundaries take for letters): the plain text writes marks
     * there with no letter to sit on, which make no word. Such a token is none.
     */
    public static boolean marksOnly(char[] chars, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (!MARKS_ONLY[chars[i]]) {
                return false;
            }
        }
        return len > 0;
    }

    /**
     * One word (or any short string) normalized: {@code word("الصینی")} is {@code "الصيني"},
     * {@code word("ﺍﻟﺼﻴﻦ")} is {@code "الصين"}.
     */
    public static String word(String s) {
        Folded f = fold(s, false);
        return new String(f.chars, 0, f.length);
    }

    /**
     * The normalized form of {@code src[0, len)} into {@code out} (of at least {@link #capacity}
     * characters), returning its length: the analysis's per-token path, with no allocation for the
     * usual word.
     */
    static int word(char[] src, int len, char[] out) {
        return walk(src, len, out, true);
    }

    /**
     * Bit {@code i} set when character {@code i} of {@code out} (as {@link #word(char[], int, char[])}
     * wrote it from {@code src}) is an alef that was written أ إ or آ: the article's alef never is.
     * Only the first 32 characters are looked at.
     */
    static int hamzas(char[] src, int len) {
        // The same walk as word(), keeping the characters unfolded, so that positions agree by construction.
        char[] kept = new char[capacity(len)];
        int n = Math.min(32, walk(src, len, kept, false));
        int mask = 0;
        for (int o = 0; o < n; o++) {
            if (kept[o] == '\u0622' || kept[o] == '\u0623' || kept[o] == '\u0625') {
                mask |= 1 << o;
            }
        }
        return mask;
    }

    /**
     * The characters of the normalized word, folded ({@code fold}) or as they were before folding
     * but at the positions folding gives them; returns how many were written.
     */
    private static int walk(char[] src, int len, char[] out, boolean fold) {
        int o = 0;
        int previousOut = 0;
        for (int i = 0; i < len; i++) {
            char c = src[i];
            if (COMPAT[c]) {
                // Rare (presentation forms, ligatures, decomposed marks): normalize the rest of the word
                // through ICU, from the letter a combining mark belongs to.
                int from = i;
                if (COMBINING[c] && i > 0) {
                    from = i - 1;
                    o = previousOut;
                }
                String rest = NFKC.normalize(new String(src, from, len - from));
                for (int k = 0; k < rest.length(); k++) {
                    char r = rest.charAt(k);
                    char f = FOLD[r];
                    // An isolated mark's compatibility form is a space and the mark: no part of a word.
                    if (f != DELETE && o < out.length && !Character.isWhitespace(f)) {
                        out[o++] = fold ? f : r;
                    }
                }
                break;
            }
            char f = FOLD[c];
            previousOut = o;
            if (f != DELETE) {
                out[o++] = fold ? f : c;
            }
        }
        return o;
    }

    /** How large an output buffer {@link #word(char[], int, char[])} may need for a word of {@code len} characters. */
    static int capacity(int len) {
        // NFKC expands at most 18-fold (U+FDFA); a word with such a ligature is cut there.
        return len * 4 + 16;
    }

    /** The folded characters, and (when asked) the source offset of each; arrays grow as NFKC expands. */
    private static final class Folded {
        char[] chars;
        int[] source;
        int length;

        Folded(int capacity, boolean offsets) {
            chars = new char[capacity];
            source = offsets ? new int[capacity] : null;
        }

        void add(char c, int from) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2 + 16);
                if (source != null) {
                    source = Arrays.copyOf(source, chars.length);
                }
            }
            if (source != null) {
                source[length] = from;
            }
            chars[length++] = c;
        }
    }

    private static Folded fold(String s, boolean offsets) {
        int n = s.length();
        Folded out = new Folded(n, offsets);
        int previousLength = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!COMPAT[c] && out.length < out.chars.length) {
                // The common case, written out: one table lookup and one or two array writes.
                char f = FOLD[c];
                previousLength = out.length;
                if (f != DELETE) {
                    if (out.source != null) {
                        out.source[out.length] = i;
                    }
                    out.chars[out.length++] = f;
                }
                continue;
            }
            if (COMPAT[c]) {
                int end = i + 1;
                if (COMBINING[c] && i > 0 && !Character.isSurrogate(s.charAt(i - 1))) {
                    // A mark is normalized with the character before it, whose output is taken back.
                    out.length = previousLength;
                    i--;
                }
                // A supplementary character or a combining sequence is normalized as one unit.
                while (end < n && (Character.isLowSurrogate(s.charAt(end)) || COMPAT[s.charAt(end)]
                        && Character.getType(s.charAt(end)) == Character.NON_SPACING_MARK)) {
                    end++;
                }
                String norm = NFKC.normalize(s.substring(i, end));
                if (MARKS_ONLY[s.charAt(i)] && norm.charAt(0) == ' ') {
                    // An isolated mark (ﹰ) is the mark, as in the plain text: not a space and the mark.
                    norm = norm.substring(1);
                }
                previousLength = out.length;
                for (int k = 0; k < norm.length(); k++) {
                    char f = FOLD[norm.charAt(k)];
                    if (f != DELETE) {
                        out.add(f, i);
                    }
                }
                i = end - 1;
                continue;
            }
            char f = FOLD[c];
            previousLength = out.length;
            if (f != DELETE) {
                out.add(f, i);
            }
        }
        return out;
    }

    /** A whole text normalized, with the offset in the original text of every normalized character. */
    public static Normalized text(String s) {
        Folded f = fold(s, true);
        // Most lines lose or gain no character: their map is the array as filled, not a copy of it.
        int[] source = f.source.length == f.length ? f.source : Arrays.copyOf(f.source, f.length);
        return new Normalized(s, new String(f.chars, 0, f.length), source);
    }

    /**
     * A text and its normalized form, with the way back.
     *
     * @param original   the text as written
     * @param normalized its normalized form
     * @param source     for each character of {@code normalized}, the offset in {@code original} of
     *                   the character it came from
     */
    public record Normalized(String original, String normalized, int[] source) {

        /** The offset in the original text where the normalized range starting at {@code start} begins. */
        public int originalStart(int start) {
            return start < source.length ? source[start] : original.length();
        }

        /**
         * The offset in the original text just after the normalized range ending at {@code end}
         * (exclusive): after the last source character, and after any characters the
         * normalization deleted right behind it (a tatweel, harakat) when they are inside a word.
         */
        public int originalEnd(int end) {
            if (end <= 0) {
                return 0;
            }
            if (end >= source.length) {
                return trimDeleted(source.length == 0 ? 0 : source[source.length - 1] + 1, original.length());
            }
            int last = source[end - 1];
            int next = source[end];
            // The last normalized character may come from a multi-character unit (a surrogate pair).
            int stop = last + 1;
            while (stop < next && Character.isLowSurrogate(original.charAt(stop))) {
                stop++;
            }
            return trimDeleted(stop, next);
        }

        /** Extends {@code from} over deleted marks (not over white space or punctuation), up to {@code limit}. */
        private int trimDeleted(int from, int limit) {
            int i = from;
            while (i < limit && FOLD[original.charAt(i)] == DELETE && !Character.isWhitespace(original.charAt(i))) {
                i++;
            }
            return i;
        }

        /** The original text of the normalized range {@code [start, end)}. */
        public String originalText(int start, int end) {
            return original.substring(originalStart(start), originalEnd(end));
        }
    }
}

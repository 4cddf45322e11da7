package org.newstables.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newstables.text.TextNormalizer;

/**
 * Repairs Arabic that reached us mis-decoded: UTF-8 bytes read as Windows-1256 or Windows-1252
 * and saved again, as scraped CSV files often are ({@code ط§ظ„طµظٹظ†} or {@code Ø§Ù„ØµÙŠÙ†} for
 * الصين). Each run of characters that the wrong code page gives to bytes 0x80–0xFF is encoded back
 * into those bytes; when the bytes are valid UTF-8 and spell Arabic, the run is replaced. A word
 * that was never mis-decoded cannot pass this test: Arabic letters are bytes 0xC1–0xFE in
 * Windows-1256, which never form UTF-8's lead-and-continuation pairs.
 *
 * <p>Hand-written: no library on Maven Central repairs double-decoded text (Python's ftfy does).
 */
final class Mojibake {

    private static final Charset[] WRONG = {TextDecoder.WINDOWS_1256, Charset.forName("windows-1252")};

    /** For each code page of {@link #WRONG}, the byte 0x80–0xFF it gives to each BMP character, or -1. */
    private static final short[][] HIGH = highBytes();

    private Mojibake() {
    }

    /** The repaired text, and how many words were repaired, or -1 when it looks mis-decoded but could not be repaired. */
    record Repair(String text, int words, String codePage) {
    }

    /** {@code text} with its mis-decoded runs repaired; {@code words} is 0 when nothing was wrong. */
    static Repair repair(String text) {
        if (!suspicious(text)) {
            return new Repair(text, 0, null);
        }
        for (Charset wrong : WRONG) {
            StringBuilder out = new StringBuilder(text.length());
            int repaired = 0;
            int failed = 0;
            int i = 0;
            while (i < text.length()) {
                if (high(text.charAt(i), wrong) < 0) {
                    out.append(text.charAt(i));
                    i++;
                    continue;
                }
                int end = i;
                while (end < text.length() && high(text.charAt(end), wrong) >= 0) {
                    end++;
                }
                String run = text.substring(i, end);
                String fixed = end - i >= 2 ? asUtf8(run, wrong) : null;
                if (fixed != null && arabic(fixed)) {
                    out.append(fixed);
                    repaired++;
                } else {
                    out.append(run);
                    if (end - i >= 4 && doubled(run, wrong)) {
                        failed++;
                    }
                }
                i = end;
            }
            if (repaired > 0 && repaired >= failed) {
                return new Repair(out.toString(), repaired, wrong.name());
            }
            if (failed > 0) {
                return new Repair(text, -1, wrong.name());
            }
        }
        return new Repair(text, 0, null);
    }

    /**
     * The byte 0x80–0xFF that {@code wrong} gives to {@code c}, or -1. The C1 controls U+0080–U+009F
     * stand for themselves: decoders that meet Windows-1252's five undefined bytes (0x81, 0x8D,
     * 0x8F, 0x90, 0x9D) often pass them through so.
     */
    private static int high(char c, Charset wrong) {
        return HIGH[wrong == WRONG[0] ? 0 : 1][c];
    }

    private static short[][] highBytes() {
        short[][] out = new short[WRONG.length][65536];
        for (int k = 0; k < WRONG.length; k++) {
            java.util.Arrays.fill(out[k], (short) -1);
            byte[] all = new byte[128];
            for (int b = 0; b < 128; b++) {
                all[b] = (byte) (0x80 + b);
            }
            String decoded = new String(all, WRONG[k]);
            for (int b = 0; b < 128 && b < decoded.length(); b++) {
                char c = decoded.charAt(b);
                if (c != '\uFFFD') {
                    out[k][c] = (short) (0x80 + b);
                }
            }
            // C1 controls stand for themselves (decoders pass Windows-1252's undefined bytes through so).
            for (char c = 0x80; c <= 0x9F; c++) {
                if (out[k][c] < 0) {
                    out[k][c] = (short) c;
                }
            }
        }
        return out;
    }

    /** The characters UTF-8's Arabic lead bytes become in the two code pages, as a table looked up per character. */
    private static final boolean[] LEAD = new boolean[65536];

    static {
        for (char c : "ØÙÚÛطظعغ".toCharArray()) {
            LEAD[c] = true;
        }
    }

    /**
     * A quick test before the work: the lead characters that UTF-8's Arabic lead bytes 0xD8–0xDB
     * become in the two code pages (ط ظ ع غ, Ø Ù Ú Û) followed, three times or more, by a character
     * of byte 0x80–0xBF.
     */
    private static boolean suspicious(String text) {
        int pairs = 0;
        for (int i = 0, last = text.length() - 1; i < last; i++) {
            if (pair(text.charAt(i), text.charAt(i + 1)) && ++pairs >= SUSPICIOUS_PAIRS) {
                return true;
            }
        }
        return false;
    }

    /** How many lead-and-continuation pairs make a text worth repairing. */
    static final int SUSPICIOUS_PAIRS = 3;

    /**
     * Whether two characters are what a UTF-8 Arabic lead byte and a continuation byte become in
     * one of the two code pages: the measure {@link Line} takes as it reads each line, so that a
     * clean text is not scanned a second time.
     */
    static boolean pair(char c, char next) {
        return LEAD[c] && CONTINUATION[next];
    }

    /** Whether {@code c} is what a UTF-8 Arabic lead byte becomes in one of the two code pages. */
    static boolean lead(char c) {
        return LEAD[c];
    }

    /** Whether {@code c} is what a continuation byte 0x80–0xBF becomes in one of the two code pages. */
    static boolean continuation(char c) {
        return CONTINUATION[c];
    }

    /** The characters a continuation byte 0x80–0xBF becomes in either code page, as one table. */
    private static final boolean[] CONTINUATION = continuations();

    private static boolean[] continuations() {
        boolean[] out = new boolean[65536];
        for (int c = 0; c < out.length; c++) {
            int a = HIGH[0][c];
            int b = HIGH[1][c];
            out[c] = a >= 0x80 && a <= 0xBF || b >= 0x80 && b <= 0xBF;
        }
        return out;
    }

    /**
     * Whether a run is mostly pairs of a lead byte 0xD8–0xDB and a continuation byte 0x80–0xBF in
     * {@code wrong}: the shape of Arabic UTF-8 read in that code page, whatever bytes were lost.
     */
    private static boolean doubled(String run, Charset wrong) {
        int pairs = 0;
        for (int i = 0; i + 1 < run.length(); i++) {
            int lead = high(run.charAt(i), wrong);
            int next = high(run.charAt(i + 1), wrong);
            if (lead >= 0xD8 && lead <= 0xDB && next >= 0x80 && next <= 0xBF) {
                pairs++;
                i++;
            }
        }
        return pairs * 2 * 10 >= run.length() * 8;
    }

    private static String asUtf8(String run, Charset wrong) {
        byte[] bytes = new byte[run.length()];
        for (int k = 0; k < run.length(); k++) {
            bytes[k] = (byte) high(run.charAt(k), wrong);
        }
        try {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            return utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Most letters Arabic: what the repaired bytes must spell. A presentation form counts as what
     * it stands for ({@link TextNormalizer#standsFor}): ﻗ is an Arabic letter, ﹰ a mark.
     */
    private static boolean arabic(String s) {
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            // Only the runs repaired are measured: a string per character costs nothing here.
            for (char c : TextNormalizer.standsFor(s.charAt(i)).toCharArray()) {
                if (Character.isLetter(c)) {
                    letters++;
                    if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F') {
                        arabic++;
                    }
                }
            }
        }
        return letters > 0 && arabic * 2 > letters;
    }
}

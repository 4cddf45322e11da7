package org.newstables.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.newstables.common.Internal;

/**
 * Turns the bytes of a file into text, choosing the encoding the way Arabic files are found in
 * the wild:
 * <ul>
 *   <li>a byte-order mark decides first (UTF-8, UTF-16 LE or BE); the mark is dropped;</li>
 *   <li>bytes that are valid UTF-8 are UTF-8;</li>
 *   <li>UTF-16 without a mark is recognised by its pattern of zero bytes;</li>
 *   <li>anything else is read as Windows-1256, the Arabic Windows code page.</li>
 * </ul>
 * The result is then checked for being text at all: a file with NUL bytes, a known binary
 * signature (PNG, PDF, ZIP, ...) or many control characters is refused with a reason, since
 * Windows-1256 would otherwise "decode" any random bytes.
 *
 * <p>Hand-written: the JDK decodes a known charset but does not guess one, and no small,
 * well-kept library guesses between UTF-8 and Windows-1256 (ICU's detector confuses
 * Windows-1256 with other single-byte pages on short texts).
 */
@Internal
public final class TextDecoder {

    /** Windows-1256, the Arabic code page of Windows. */
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** The share of control characters ({@link #controls}) above which a file is not taken for text. */
    public static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    /**
     * The text and the encoding it was read in. A large UTF-8 file's text is kept as the array it
     * was decoded into ({@link #content()}), not copied into a String: for a 500 MB CSV file that
     * copy took a third of a second on one thread and 570 MB more memory while the file was parsed.
     * {@link #text()} makes the String when one is asked for, once.
     */
    public static final class Decoded {
        private final CharSequence content;
        private final String encoding;
        private final boolean lossy;
        private String text;

        /**
         * @param content the text: a String, or a {@link CharBuffer} over the array it was decoded into
         * @param lossy   whether bytes that were not valid in that encoding were dropped
         */
        Decoded(CharSequence content, String encoding, boolean lossy) {
            this.content = content;
            this.encoding = encoding;
            this.lossy = lossy;
            this.text = content instanceof String s ? s : null;
        }

        Decoded(CharSequence content, String encoding) {
            this(content, encoding, false);
        }

        /** The text as a String, made from {@link #content()} the first time it is asked for. */
        public synchronized String text() {
            if (text == null) {
                text = content.toString();
            }
            return text;
        }

        /**
         * The text without copying it: a String, or a {@link CharBuffer} over the array it was
         * decoded into, which is read, never written to.
         */
        public CharSequence content() {
            return content;
        }

        /** The encoding it was read in, as {@code UTF-8}, {@code UTF-8 (BOM)}, {@code windows-1256}. */
        public String encoding() {
            return encoding;
        }

        /** Whether bytes that were not valid in that encoding were dropped. */
        public boolean lossy() {
            return lossy;
        }
    }

    /**
     * Decodes {@code bytes}, or says why they are not text.
     *
     * @return the decoded text, or empty with {@code why} filled
     */
    public static Result decode(byte[] bytes) {
        Optional<String> binary = binarySignature(bytes);
        if (binary.isPresent()) {
            return Result.refused("it is " + binary.get() + ", not text");
        }
        Decoded decoded = decodeText(bytes);
        if (decoded == null) {
            return Result.refused("it is not text in UTF-8, UTF-16 or Windows-1256");
        }
        CharSequence text = decoded.content();
        long[] nulsAndControls = nulsAndControls(text);
        if (nulsAndControls[0] > 0) {
            return Result.refused("it is not text in UTF-8, UTF-16 or Windows-1256 (it has NUL bytes, as binary files do)");
        }
        if (!text.isEmpty() && (double) nulsAndControls[1] / text.length() > MAX_CONTROL_SHARE) {
            return Result.refused("it is not text in UTF-8, UTF-16 or Windows-1256 (too many control characters)");
        }
        return new Result(decoded, null);
    }

    /**
     * What kind of binary file starts with {@code head} (a PNG image, a PDF document, ...), judged
     * by its first bytes as {@link #decode} judges a whole file; empty when none.
     */
    public static Optional<String> binaryKind(byte[] head) {
        return binarySignature(head);
    }

    /** The outcome of {@link #decode}: either decoded text or the reason it was refused. */
    public record Result(Decoded decoded, String why) {
        static Result refused(String why) {
            return new Result(null, why);
        }

        /** True when the bytes were decoded into text. */
        public boolean ok() {
            return decoded != null;
        }
    }

    private static Decoded decodeText(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            CharSequence s = strict(StandardCharsets.UTF_8, b, 3);
            return s == null ? null : new Decoded(s, "UTF-8 (BOM)");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            CharSequence s = strict(StandardCharsets.UTF_16LE, b, 2);
            return s == null ? null : new Decoded(s, "UTF-16LE (BOM)");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            CharSequence s = strict(StandardCharsets.UTF_16BE, b, 2);
            return s == null ? null : new Decoded(s, "UTF-16BE (BOM)");
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            CharSequence s = strict(utf16, b, 0);
            if (s != null) {
                return new Decoded(s, utf16.name() + " (no BOM)");
            }
        }
        CharSequence utf8 = strict(StandardCharsets.UTF_8, b, 0);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        // UTF-8 with a few broken sequences (a file cut in the middle of a character, one bad
        // byte) is still UTF-8: Windows-1256 would turn all of it into mojibake.
        String lenient = lenientUtf8(b);
        if (lenient != null) {
            return new Decoded(lenient, "UTF-8 (invalid bytes dropped)", true);
        }
        CharSequence cp1256 = strict(WINDOWS_1256, b, 0);
        return cp1256 == null ? null : new Decoded(cp1256, "windows-1256");
    }

    /** UTF-16 text in Arabic or Latin script has a zero in most high bytes of Latin characters. */
    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        // Half of every space, digit and Latin letter in UTF-16 is a zero byte; UTF-8 text has none.
        // Looking for one, eight bytes at a time, takes a fraction of counting them all.
        if (!hasZero(b)) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = b.length / 2;
        // Arabic letters are 0x06xx, so their high byte is not zero; spaces, digits and
        // punctuation are. Requiring zeros on one side only keeps binary files out.
        if (oddZeros > pairs / 10 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs / 10 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * Whether {@code b} holds a zero byte. Hand-written: the JDK searches a byte array for a value
     * only through a String or a buffer copy. Eight bytes at a time, by the test for a zero byte in a
     * word from Sean Eron Anderson's "Bit Twiddling Hacks" ((v - 0x01…) &amp; ~v &amp; 0x80…).
     */
    static boolean hasZero(byte[] b) {
        int i = 0;
        for (int end = b.length - 7; i < end; i += 8) {
            long v = (long) LONGS.get(b, i);
            if (((v - ONES) & ~v & HIGHS) != 0) {
                return true;
            }
        }
        for (; i < b.length; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 where at most one sequence in a thousand characters is malformed, without the bad bytes; else null. */
    private static String lenientUtf8(byte[] b) {
        String replaced = new String(b, StandardCharsets.UTF_8);
        int bad = 0;
        int nonAscii = 0;
        for (int i = 0; i < replaced.length(); i++) {
            char c = replaced.charAt(i);
            if (c == '\uFFFD') {
                bad++;
            } else if (c > 0x7F) {
                nonAscii++;
            }
        }
        boolean mostlyValid = bad <= Math.max(2, replaced.length() / 1000) && nonAscii > bad * 10;
        return mostlyValid ? replaced.replace("\uFFFD", "") : null;
    }

    private static CharSequence strict(Charset cs, byte[] b, int offset) {
        if (cs == StandardCharsets.UTF_8 && b.length - offset >= PARALLEL_BYTES) {
            // On one thread too (its pieces one after the other): an array of the text's length,
            // rather than the JDK decoder's buffer of a char per byte (1 GB for a 516 MB file) and a copy of it.
            int threads = org.newstables.common.Chunks.threads();
            return strictUtf8(b, offset, Math.min(2 * threads, (b.length - offset) / (PARALLEL_BYTES / 4)));
        }
        CharsetDecoder d = strictDecoder(cs);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A decoder of {@code cs} that reports bytes it cannot decode instead of replacing them. */
    private static CharsetDecoder strictDecoder(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** From this many bytes on, UTF-8 is decoded in pieces by {@link #strictUtf8}, in parallel where there are threads. */
    static final int PARALLEL_BYTES = 4 << 20;

    /**
     * {@code b} from {@code offset} as strict UTF-8, decoded in about {@code pieces} pieces in
     * parallel (two a thread, of at least a megabyte, from {@link #strict}), or null when it is not
     * valid UTF-8: the same text, or null, as one decoder gives, as a {@link CharBuffer} over an
     * array of exactly its length.
     * A large file is otherwise decoded on one core (the JDK's decoder takes about 1.8 ns a byte
     * of Arabic, a second for a 500 MB CSV file) while the other cores wait to build its articles.
     * Pieces start at a byte that is not a continuation byte (10xxxxxx), where every valid UTF-8
     * sequence starts, so the text is valid exactly when every piece is, and each piece decodes to
     * what the whole would give there. Each piece's characters are counted first ({@link #utf16Length}),
     * so that each is decoded straight to its place in one array of the text's length: no array
     * twice as long as the text, no moving the pieces together, no copy into a String.
     */
    static CharSequence strictUtf8(byte[] b, int offset, int pieces) {
        int n = b.length - offset;
        pieces = Math.max(1, Math.min(pieces, n));
        int[] start = new int[pieces + 1];
        start[pieces] = b.length;
        start[0] = offset;
        for (int p = 1; p < pieces; p++) {
            int at = Math.max(start[p - 1], offset + (int) ((long) n * p / pieces));
            while (at < b.length && (b[at] & 0xC0) == 0x80) {
                at++;
            }
            start[p] = at;
        }
        List<Long> lengths = org.newstables.common.Chunks.each(pieces, p -> utf16Length(b, start[p], start[p + 1]));
        long[] at = new long[pieces + 1];
        for (int p = 0; p < pieces; p++) {
            at[p + 1] = at[p] + lengths.get(p);
        }
        if (at[pieces] > Integer.MAX_VALUE - 8) {
            return null;
        }
        char[] out = new char[(int) at[pieces]];
        // A piece that is not UTF-8 stops at its first bad byte: Windows-1256 text fails at once in every piece.
        List<Boolean> valid = org.newstables.common.Chunks.each(pieces, p -> {
            CharsetDecoder d = strictDecoder(StandardCharsets.UTF_8);
            ByteBuffer in = ByteBuffer.wrap(b, start[p], start[p + 1] - start[p]);
            CharBuffer to = CharBuffer.wrap(out, (int) at[p], (int) (at[p + 1] - at[p]));
            // Not underflow is an error, or an overflow: more characters than valid UTF-8 of these
            // bytes decodes to. Either way, not this text; nor is one that decodes to fewer.
            return d.decode(in, to, true).isUnderflow() && d.flush(to).isUnderflow() && to.position() == at[p + 1];
        });
        return valid.contains(false) ? null : CharBuffer.wrap(out);
    }

    /**
     * How many UTF-16 characters the bytes {@code from} to {@code to} of {@code b} decode to if
     * they are valid UTF-8: one for each byte that is not a continuation byte, two for the lead
     * byte of a four-byte sequence (a surrogate pair). Hand-written, eight bytes at a time as in
     * {@link #hasZero}: the JDK counts a decoded text's characters only by decoding it.
     */
    static long utf16Length(byte[] b, int from, int to) {
        long continuation = 0;
        long fourByteLeads = 0;
        int i = from;
        for (int end = to - 7; i < end; i += 8) {
            long v = (long) LONGS.get(b, i);
            // Bit 7 of each byte set and bit 6 clear: v << 1 brings each byte's bit 6 to its bit 7.
            continuation += Long.bitCount(v & ~(v << 1) & HIGHS);
            fourByteLeads += Long.bitCount(v & (v << 1) & (v << 2) & (v << 3) & ~(v << 4) & HIGHS);
        }
        for (; i < to; i++) {
            continuation += (b[i] & 0xC0) == 0x80 ? 1 : 0;
            fourByteLeads += (b[i] & 0xF8) == 0xF0 ? 1 : 0;
        }
        return (to - from) - continuation + fourByteLeads;
    }

    /**
     * The NUL characters of {@code s} and its {@link #controls}, counted in one pass; a text of
     * {@link #PARALLEL_BYTES} characters or more in pieces on every thread at hand (0.3 s on one
     * thread for the 283 million characters of a 516 MB CSV file).
     */
    private static long[] nulsAndControls(CharSequence s) {
        if (s.length() < PARALLEL_BYTES) {
            return nulsAndControls(s, 0, s.length());
        }
        long[] sum = new long[2];
        for (long[] piece : org.newstables.common.Chunks.map(s.length(), (from, to) -> nulsAndControls(s, from, to))) {
            sum[0] += piece[0];
            sum[1] += piece[1];
        }
        return sum;
    }

    private static long[] nulsAndControls(CharSequence s, int from, int to) {
        long nuls = 0;
        long control = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                nuls++;
            }
            if (isControl(c)) {
                control++;
            }
        }
        return new long[] {nuls, control};
    }

    private static boolean isControl(char c) {
        boolean c0 = c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
        boolean c1 = c >= 0x7F && c <= 0x9F;
        return c0 || c1 || c == '\uFFFD';
    }

    /**
     * How many characters of {@code s} count against it as text: C0 controls other than line
     * breaks, tab and form feed, C1 controls, and U+FFFD. A text whose share of them is above
     * {@link #MAX_CONTROL_SHARE} is refused by {@link #decode}.
     */
    public static int controls(CharSequence s) {
        int control = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                control++;
            }
        }
        return control;
    }

    private static Optional<String> binarySignature(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of("a GIF image");
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF document (extract its text first, e.g. with pdftotext)");
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return Optional.of("a ZIP archive or an Office document (save it as plain text first)");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("a gzip archive (unpack it first)");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an old Office document (save it as plain text first)");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}

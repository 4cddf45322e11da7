package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String ARABIC = "قال الرئيس الصيني شي جين بينغ إن الصين وطاجيكستان جارتان. 2021";

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void utf8WithAndWithoutBom() {
        assertEquals(ARABIC, TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8)).decoded().text());
        TextDecoder.Result bom = TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ARABIC.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ARABIC, bom.decoded().text());
        assertEquals("UTF-8 (BOM)", bom.decoded().encoding());
    }

    @Test
    void utf16WithBom() {
        assertEquals(ARABIC, TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16)).decoded().text());
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(ARABIC, TextDecoder.decode(le).decoded().text());
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() {
        TextDecoder.Result r = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(ARABIC, r.decoded().text());
        // Longer than the 64 KiB the decoder looks at first, in both byte orders.
        String longer = (ARABIC + "\n").repeat(1_000);
        assertEquals("UTF-16LE (no BOM)", TextDecoder.decode(longer.getBytes(StandardCharsets.UTF_16LE)).decoded().encoding());
        TextDecoder.Result be = TextDecoder.decode(longer.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("UTF-16BE (no BOM)", be.decoded().encoding());
        assertEquals(longer, be.decoded().text());
    }

    @Test
    void utf16WithoutBomWhoseZeroBytesComeLate() {
        // 32,768 characters with no zero byte in UTF-16 (no space, digit or Latin letter), then some.
        String text = "نص".repeat(16_384) + ",text\n1," + "a".repeat(4_000) + "\n";
        TextDecoder.Result r = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE (no BOM)", r.decoded().encoding());
        assertEquals(text, r.decoded().text());
    }

    @Test
    void zeroBytesAreFoundAnywhere() {
        for (int length = 0; length < 40; length++) {
            assertFalse(TextDecoder.hasZero(filled(length, -1)));
            for (int at = 0; at < length; at++) {
                byte[] b = filled(length, at);
                assertTrue(TextDecoder.hasZero(b), length + " " + at);
            }
        }
        // Bytes whose neighbours borrow in the word test (0x01 after 0x00, 0x80 and 0xFF) are no zero.
        assertFalse(TextDecoder.hasZero(new byte[] {1, 1, (byte) 0x80, (byte) 0xFF, 1, 0x7F, 1, 1, 1}));
    }

    /** Bytes 0x01-0xFF in turn, with a zero at {@code zeroAt} (none when negative). */
    private static byte[] filled(int length, int zeroAt) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (1 + (i * 37) % 255);
        }
        if (zeroAt >= 0) {
            b[zeroAt] = 0;
        }
        return b;
    }

    @Test
    void windows1256WhenNotUtf8() {
        byte[] bytes = ARABIC.getBytes(TextDecoder.WINDOWS_1256);
        TextDecoder.Result r = TextDecoder.decode(bytes);
        assertEquals(ARABIC, r.decoded().text());
        assertEquals("windows-1256", r.decoded().encoding());
    }

    @Test
    void pngIsRefusedByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        TextDecoder.Result r = TextDecoder.decode(png);
        assertFalse(r.ok());
        assertTrue(r.why().contains("PNG"), r.why());
    }

    @Test
    void randomBytesAreNotText() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        TextDecoder.Result r = TextDecoder.decode(noise);
        assertFalse(r.ok());
        assertTrue(r.why().contains("not text"), r.why());
    }

    /** One strict decoder over the whole of {@code b} from {@code offset}, or null: what strictUtf8 must give. */
    private static String oneDecoder(byte[] b, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void utf8DecodedInPiecesIsWhatOneDecoderGives() {
        // Valid sequences of one to four bytes, and the ways UTF-8 goes wrong: a lone continuation
        // byte, a lead byte cut short, an overlong form, an encoded surrogate, bytes never used.
        byte[][] valid = {"a".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8),
                "ق".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8)};
        byte[][] invalid = {{(byte) 0x80}, {(byte) 0xD9}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xF5, (byte) 0x80}};
        Random random = new Random(20);
        int nulls = 0;
        for (int round = 0; round < 3_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int length = random.nextInt(60);
            boolean broken = random.nextInt(3) == 0;
            for (int k = 0; k < length; k++) {
                out.writeBytes(valid[random.nextInt(valid.length)]);
            }
            if (broken) {
                byte[] whole = out.toByteArray();
                int at = random.nextInt(whole.length + 1);
                out.reset();
                out.write(whole, 0, at);
                out.writeBytes(invalid[random.nextInt(invalid.length)]);
                out.write(whole, at, whole.length - at);
            }
            byte[] b = out.toByteArray();
            int offset = b.length > 0 ? random.nextInt(Math.min(4, b.length + 1)) : 0;
            String expected = oneDecoder(b, offset);
            nulls += expected == null ? 1 : 0;
            for (int pieces = 1; pieces <= 9; pieces++) {
                CharSequence decoded = TextDecoder.strictUtf8(b, offset, pieces);
                assertEquals(expected, decoded == null ? null : decoded.toString(), round + " " + pieces);
                if (decoded != null) {
                    assertEquals(expected.length(), TextDecoder.utf16Length(b, offset, b.length), round + "");
                }
            }
        }
        // Both outcomes were tried, often.
        assertTrue(nulls > 500 && nulls < 2_500, "invalid: " + nulls);
    }

    @Test
    void aLargeFileIsDecodedInPiecesToTheSameText() {
        String text = (ARABIC + " \uD83D\uDE00 €\n").repeat(TextDecoder.PARALLEL_BYTES / 60);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(b.length >= TextDecoder.PARALLEL_BYTES);
        TextDecoder.Decoded decoded = TextDecoder.decode(b).decoded();
        assertEquals(text, decoded.text());
        // Kept as decoded, not copied into a String: the CSV reader parses the array itself.
        assertTrue(decoded.content() instanceof java.nio.CharBuffer, decoded.content().getClass().getName());
        assertEquals(text, decoded.content().toString());
        // On one thread, one piece: the same text, kept the same way.
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            TextDecoder.Decoded alone = one.submit(() -> TextDecoder.decode(b).decoded()).get();
            assertEquals(text, alone.text());
            assertTrue(alone.content() instanceof java.nio.CharBuffer, alone.content().getClass().getName());
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            one.shutdown();
        }
        b[b.length / 2 + 1] = (byte) 0xFF;
        assertEquals("UTF-8 (invalid bytes dropped)", TextDecoder.decode(b).decoded().encoding());
    }

    /**
     * A large text is checked for NUL and control characters in pieces: one NUL anywhere refuses
     * it, and the share of controls is of the whole text, wherever they sit (here all in the last
     * piece), on each side of {@link TextDecoder#MAX_CONTROL_SHARE}.
     */
    @Test
    void aLargeTextIsCheckedForNulAndControlsWhereverTheySit() {
        String line = ARABIC + " €\n";
        int lines = TextDecoder.PARALLEL_BYTES / line.length() + 1;
        StringBuilder text = new StringBuilder(line.repeat(lines));
        assertTrue(text.length() >= TextDecoder.PARALLEL_BYTES);
        for (int at : new int[] {0, text.length() / 3, text.length() - 1}) {
            StringBuilder withNul = new StringBuilder(text);
            withNul.setCharAt(at, '\u0000');
            TextDecoder.Result r = TextDecoder.decode(withNul.toString().getBytes(StandardCharsets.UTF_8));
            assertFalse(r.ok(), "NUL at " + at);
            assertTrue(r.why().contains("NUL"), r.why());
        }
        int limit = (int) (text.length() * TextDecoder.MAX_CONTROL_SHARE);
        for (int controls : new int[] {limit - 10, limit + 10}) {
            StringBuilder withControls = new StringBuilder(text);
            for (int k = 0; k < controls; k++) {
                // Bell characters in the place of letters, from the end backwards.
                withControls.setCharAt(withControls.length() - 2 - 2 * k, '\u0007');
            }
            TextDecoder.Result r = TextDecoder.decode(withControls.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(controls < limit, r.ok(), controls + " controls, limit " + limit);
            assertEquals(controls, TextDecoder.controls(withControls));
        }
    }
}

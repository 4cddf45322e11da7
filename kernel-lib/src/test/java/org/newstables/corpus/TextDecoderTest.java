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

    /**
     * Strict UTF-8 decoding takes the String constructor's fast path and falls back to a strict
     * CharsetDecoder when the result has U+FFFD: on Arabic text with valid sequences of every
     * length, a literal U+FFFD, and broken ones (a cut sequence, a stray continuation byte, an
     * overlong form, an encoded surrogate), the file is read as UTF-8 exactly when the strict decoder
     * accepts it, and then into exactly its text.
     */
    @Test
    void utf8IsReadExactlyWhenTheStrictDecoderAcceptsIt() throws Exception {
        byte[][] broken = {{(byte) 0xD9}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xFF}};
        String[] pieces = {"قال ", "الصين ", "2021 ", "é", "€", "😀", "\n", "abc "};
        Random random = new Random(7);
        int asUtf8 = 0;
        int otherwise = 0;
        for (int round = 0; round < 2_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int n = 200 + random.nextInt(400);
            // In every third text one literal replacement character, too few to count the text as binary.
            int replacementAt = round % 3 == 0 ? random.nextInt(n) : -1;
            for (int k = 0; k < n; k++) {
                if (random.nextInt(round % 2 == 0 ? 100_000 : 300) == 0) {
                    out.write(broken[random.nextInt(broken.length)]);
                } else if (k == replacementAt) {
                    out.write("\uFFFD".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] bytes = out.toByteArray();
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = null;
            }
            TextDecoder.Result r = TextDecoder.decode(bytes);
            if (strict != null) {
                assertTrue(r.ok(), r.why());
                assertEquals("UTF-8", r.decoded().encoding());
                assertEquals(strict, r.decoded().text());
                asUtf8++;
            } else {
                assertTrue(!r.ok() || !r.decoded().encoding().equals("UTF-8"), "read as valid UTF-8: " + r);
                otherwise++;
            }
        }
        assertTrue(asUtf8 > 500 && otherwise > 500, asUtf8 + " valid, " + otherwise + " broken");
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
}

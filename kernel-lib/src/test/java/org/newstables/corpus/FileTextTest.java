package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTextTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryByteOfFilesAroundTheChunkSize() throws IOException {
        Random random = new Random(20);
        int c = FileText.CHUNK;
        for (int size : new int[] {0, 1, 4_096, c - 1, c, c + 1, 2 * c, 3 * c + 5, random.nextInt(4 * c)}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = Files.write(dir.resolve("f" + size), bytes);
            assertArrayEquals(bytes, FileText.bytes(file), "a file of " + size + " bytes");
        }
    }

    @Test
    void readsToTheEndOfAFileWhoseSizeIsNotKnownAhead() throws IOException {
        // Linux's /proc files report a size of 0 and yet hold bytes: the reader goes on to the end,
        // as Files.readAllBytes does (and as it would for a file that grew since its size was asked).
        Path version = Path.of("/proc/version");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(version) && Files.size(version) == 0,
                "needs Linux's /proc");
        byte[] read = FileText.bytes(version);
        assertTrue(read.length > 0);
        assertArrayEquals(Files.readAllBytes(version), read);
    }

    @Test
    void aMissingFileIsAnIoException() {
        assertThrows(IOException.class, () -> FileText.bytes(dir.resolve("missing.csv")));
    }
}

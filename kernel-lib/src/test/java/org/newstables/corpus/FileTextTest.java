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

    /**
     * A file read with a limit is refused once it holds more than the limit, however its size was
     * known before (the folder reader takes it from the listing, and the file may have grown):
     * when it is opened, and while it is read past a size of 0 (as Linux's /proc files give).
     */
    @Test
    void aFileThatHasGrownPastTheLimitIsRefusedAsTooLarge() throws IOException {
        byte[] bytes = new byte[3 * FileText.CHUNK + 7];
        new Random(21).nextBytes(bytes);
        Path file = Files.write(dir.resolve("grown.txt"), bytes);
        assertArrayEquals(bytes, FileText.bytes(file, bytes.length));
        FileText.TooLarge e = assertThrows(FileText.TooLarge.class, () -> FileText.bytes(file, bytes.length - 1));
        org.junit.jupiter.api.Assertions.assertEquals(bytes.length, e.size);
        Path version = Path.of("/proc/version");
        if (Files.isReadable(version) && Files.size(version) == 0) {
            assertThrows(FileText.TooLarge.class, () -> FileText.bytes(version, 5));
        }
        // As a problem: the limit's message, with the size the open file has, not "could not be read".
        CorpusReader.FileSource listedSmall = new CorpusReader.FileSource() {
            @Override
            public boolean regular() {
                return true;
            }

            @Override
            public long size() {
                return 10;
            }

            @Override
            public byte[] bytes() throws IOException {
                return FileText.bytes(file, 2_000_000);
            }
        };
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        assertTrue(FileText.read(listedSmall, "grown.txt", 2_000_000, problems).isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(1, problems.size());
        assertTrue(problems.get(0).problem().startsWith("not read: the file has 4 MB, more than the limit of 2 MB"),
                problems.get(0).problem());
    }
}

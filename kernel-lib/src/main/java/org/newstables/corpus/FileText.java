package org.newstables.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads one file's bytes and decodes them, turning every failure into a problem row. */
final class FileText {

    private FileText() {
    }

    /**
     * The decoded text of {@code file}, or empty with a problem added.
     *
     * @param name how the file is named in messages
     */
    static Optional<TextDecoder.Decoded> read(Path file, String name, long maxBytes, List<Problem> problems) {
        return read(CorpusReader.FileSource.of(file), name, maxBytes, problems);
    }

    /**
     * The decoded text of the file {@code source} reads, or empty with a problem added: a file that
     * is not a regular one, larger than {@code maxBytes} (its bytes are then not read), unreadable,
     * empty, binary or in no encoding the decoder knows.
     *
     * @param name how the file is named in messages
     */
    static Optional<TextDecoder.Decoded> read(CorpusReader.FileSource source, String name, long maxBytes,
            List<Problem> problems) {
        byte[] bytes;
        try {
            if (!source.regular()) {
                problems.add(new Problem(Origin.of(name), Problem.Kind.NOT_READ, "not read: it is not a regular file (a broken link, a device or a"
                        + " pipe); point the corpus at the real file."));
                return Optional.empty();
            }
            long size = source.size();
            if (size > maxBytes) {
                problems.add(tooLarge(name, size, maxBytes));
                return Optional.empty();
            }
            bytes = source.bytes();
        } catch (TooLarge e) {
            problems.add(tooLarge(name, e.size, maxBytes));
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            problems.add(new Problem(Origin.of(name), Problem.Kind.NOT_READ, "could not be read (" + CsvText.rootMessage(e)
                    + "); check that the file exists and that you may read it."));
            return Optional.empty();
        }
        if (bytes.length == 0) {
            problems.add(new Problem(Origin.of(name), Problem.Kind.EMPTY, "the file is empty; the article was skipped."));
            return Optional.empty();
        }
        TextDecoder.Result result = TextDecoder.decode(bytes);
        if (!result.ok()) {
            problems.add(new Problem(Origin.of(name), Problem.Kind.NOT_READ, "not read: " + result.why()
                    + ". Save it as UTF-8 text, or remove it from the folder."));
            return Optional.empty();
        }
        if (result.decoded().lossy()) {
            problems.add(new Problem(Origin.of(name), Problem.Kind.ENCODING, "read as UTF-8, but some bytes were not valid UTF-8 (a truncated or"
                    + " damaged file?) and were dropped; check the end of the article."));
        }
        return Optional.of(result.decoded());
    }

    private static Problem tooLarge(String name, long size, long maxBytes) {
        return new Problem(Origin.of(name), Problem.Kind.NOT_READ, "not read: the file has " + megabytes(size)
                + " MB, more than the limit of " + megabytes(maxBytes) + " MB for one file;"
                + " split it into one file per article, or raise the limit with"
                + " Corpus.loader().maxFileMegabytes(...).");
    }

    /**
     * Thrown by {@link #bytes(Path, long)} when the file, once open, has more bytes than the limit:
     * it has grown since its size was asked.
     */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        /** The bytes it has, or at least. */
        final long size;

        TooLarge(long size) {
            super("more than the limit");
            this.size = size;
        }
    }

    /** How many bytes {@link #bytes(Path)} reads at a time. */
    static final int CHUNK = 1 << 20;

    /** The largest array the JVM makes (as {@code Files.readAllBytes} assumes). */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * All the bytes of {@code file}, as {@code Files.readAllBytes} gives them (to its end, should it
     * have grown since its size was asked), read {@link #CHUNK} bytes at a time.
     *
     * <p>Not {@code Files.readAllBytes} (nor {@code FileInputStream}): the JDK reads a file into a
     * heap array through a native buffer as large as the request, the whole file. A thread that
     * reads a 150 MB CSV file first touches 150 MB of fresh memory for that buffer, and the channel
     * path keeps it for the thread's life: 0.7 s to read 148 MB from the page cache on a new thread
     * on our 2-core machine, against 0.03-0.05 s a mebibyte at a time.
     *
     * @throws IOException when it cannot be opened or read
     * @throws OutOfMemoryError when it holds more bytes than an array can (2 GB)
     */
    static byte[] bytes(Path file) throws IOException {
        return bytes(file, Long.MAX_VALUE);
    }

    /**
     * {@link #bytes(Path)}, but no more than {@code maxBytes}: for a file whose size was asked
     * before, which may have grown since.
     *
     * @throws TooLarge when the open file holds more than {@code maxBytes}
     */
    static byte[] bytes(Path file, long maxBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size > maxBytes) {
                throw new TooLarge(size);
            }
            if (size > MAX_ARRAY) {
                throw new OutOfMemoryError(file + " has more bytes than a Java array holds");
            }
            byte[] bytes = new byte[(int) size];
            int read = 0;
            while (true) {
                if (read == bytes.length) {
                    ByteBuffer probe = ByteBuffer.allocate(1);
                    if (channel.read(probe) < 0) {
                        return bytes;
                    }
                    if (bytes.length == MAX_ARRAY) {
                        throw new OutOfMemoryError(file + " has more bytes than a Java array holds");
                    }
                    if (read >= maxBytes) {
                        throw new TooLarge(read + 1);
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_ARRAY, Math.max(CHUNK, 2L * bytes.length)));
                    bytes[read++] = probe.get(0);
                }
                int n = channel.read(ByteBuffer.wrap(bytes, read, Math.min(CHUNK, bytes.length - read)));
                if (n < 0) {
                    return Arrays.copyOf(bytes, read);
                }
                read += n;
                if (read > maxBytes) {
                    throw new TooLarge(read);
                }
            }
        }
    }

    /**
     * The decoded text of a whole-corpus file (CSV, JSONL), or an exception that says why not:
     * unlike one bad article among many, an unreadable corpus file leaves nothing to load.
     */
    static TextDecoder.Decoded readWhole(Path file, long maxBytes) {
        List<Problem> problems = new java.util.ArrayList<>();
        Optional<TextDecoder.Decoded> text = read(file, file.toString(), maxBytes, problems);
        if (text.isEmpty()) {
            throw new org.newstables.common.NewsTablesException(problems.get(0).source() + ": "
                    + problems.get(0).problem());
        }
        return text.get();
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 999_999) / 1_000_000);
    }
}

package org.newstables.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small corpora on disk for tests. */
public final class CorpusFiles {

    /** A short Arabic article with a headline, a dateline and a weekday. */
    public static final String ARTICLE = "الصين وقازاقستان توقعان اتفاقية جديدة\n"
            + "بكين 2 يونيو 2021 (شينخوا) قال الرئيس الصيني شي جين بينغ اليوم (الأربعاء)، إن الصين على استعداد للعمل مع قازاقستان.\n"
            + "وأكد أن التعاون الثنائي في إطار مبادرة الحزام والطريق جلب فوائد ملموسة لشعبي البلدين.\n";

    private CorpusFiles() {
    }

    /** Writes {@code text} to {@code dir/name} in {@code charset}. */
    public static Path write(Path dir, String name, String text, Charset charset) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, text.getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes UTF-8 text to {@code dir/name}. */
    public static Path write(Path dir, String name, String text) {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    /** Writes raw bytes to {@code dir/name}. */
    public static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the bundled seed texts (without metadata) into {@code dir}. */
    public static void copySeedTexts(Path dir) {
        String[] ids = {"000_dbcc2ad676738809", "001_142f32de0e3f95ea", "002_62e56145ec15ce3a",
            "003_0771d52ef52d5648", "004_59f284bc6e15a1ce"};
        for (String id : ids) {
            try (InputStream in = CorpusFiles.class.getResourceAsStream(CorpusReader.SEEDS + id + ".txt")) {
                writeBytes(dir, id + ".txt", in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

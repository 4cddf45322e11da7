package org.newstables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newstables.lexicon.LexiconSupport;

/** Versions and fingerprints for {@link Corpus#settings()}. */
final class Settings {

    private Settings() {
    }

    /** The library's version, from the jar's manifest, or "development" when run from classes. */
    static String version() {
        String v = Settings.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The SHA-256 of a lexicon's content, as its file would be written. */
    static String sha256(Lexicon lexicon) {
        return sha256(LexiconSupport.write(lexicon.entries()));
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}. */
    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.newstables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newstables.lexicon.LexiconSupport;
import org.newstables.text.StopWords;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Versions and fingerprints for {@link Corpus#settings()}. */
final class Settings {

    private Settings() {
    }

    /** The library's version, from the jar's manifest, or "development" when run from classes. */
    static String version() {
        String v = Settings.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The settings table of {@link Corpus#settings()}. */
    static Table table(StopWords stopWords, Lexicon e, Lexicon t, int articles, int problems) {
        StringColumn setting = StringColumn.create("setting");
        StringColumn value = StringColumn.create("value");
        java.util.function.BiConsumer<String, String> add = (k, v) -> {
            setting.append(k);
            value.append(v);
        };
        add.accept("newstables", Settings.version());
        add.accept("lucene", org.apache.lucene.util.Version.LATEST.toString());
        add.accept("java", System.getProperty("java.version"));
        add.accept("tokenizer", "Lucene StandardTokenizer (Unicode word boundaries)");
        add.accept("normalizer", "NewsTables TextNormalizer: Unicode NFKC of compatibility forms (ICU4J "
                + com.ibm.icu.util.VersionInfo.ICU_VERSION + "), format characters removed, Persian/Urdu/Kurdish letters"
                + " to Arabic, digits to ASCII, Lucene ArabicNormalizer, Latin lower-cased");
        add.accept("clitics", "NewsTables Clitics: proclitic stacks (و ف ب ك ل ال لل) split with the article always,"
                + " without it where the corpus attests the rest; enclitics هما كما هم هن كم نا likewise; "
                + org.newstables.lexicon.ProtectedNames.clitics().size() + " protected words");
        add.accept("stemmer", "Lucene ArabicStemmer suffixes (light stemming) after the clitic split; Snowball English for Latin words");
        add.accept("sentences", "line breaks, and . ! ? ؟ … before white space");
        add.accept("stop_words", stopWords.size() + " words, sha256 " + Settings.sha256(String.join("\n", stopWords.words())));
        add.accept("entity_lexicon", e + ", sha256 " + Settings.sha256(e));
        add.accept("theme_lexicon", t + ", sha256 " + Settings.sha256(t));
        add.accept("articles", String.valueOf(articles));
        add.accept("problems", String.valueOf(problems));
        return Table.create("settings", setting, value);
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

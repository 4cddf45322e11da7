package org.newstables.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstables.common.Patterns;
import org.newstables.common.ResourceLines;
import org.newstables.text.StopWords;
import org.newstables.text.TextAnalyzer;

/**
 * What a word after a title may be: a given name (from the built-in gazetteer
 * {@code given-names.tsv}, in Arabic news spellings of Arabic, Persian, Turkish, South and Central
 * Asian, African, European, Russian and East Asian names), or a verb that news writes after a
 * title ({@code news-verbs.txt}: قال، أكد، يزور، سيزور …), or neither. Words are compared
 * normalized ({@link TextAnalyzer#norm}).
 */
final class NameWords {

    /** A given name's flags. */
    private static final int GIVEN = 1;
    /** Of Arabic origin: spelled one way, and its long vowels tell names apart (حسن / حسين). */
    private static final int ARABIC = 2;
    /** Also an ordinary word (كمال، نجاة، باسم): a name only with more evidence. */
    private static final int COMMON = 4;
    /** A Chinese surname, written first (شي، وانغ، لي). */
    private static final int SURNAME_FIRST = 8;

    private static final NameWords BUILT_IN = new NameWords();

    private final Map<String, Integer> given = new HashMap<>();
    private final Set<String> verbs = new HashSet<>();
    /** Given names of two words, by their first word: the second words (سيد → أحمد، علي). */
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    /** The second words of given names of two words. */
    private final Set<String> pairSeconds = new HashSet<>();
    private final Set<String> ordinary = new HashSet<>();
    private final StopWords stop = StopWords.defaults();

    private NameWords() {
        for (String line : ResourceLines.of(NameWords.class, "given-names.tsv")) {
            String[] cells = line.split("\t", -1);
            if (cells[0].equals("name")) {
                continue;
            }
            List<String> origins = List.of((cells.length > 1 ? cells[1].strip() : "").split("\\|"));
            String note = cells.length > 2 ? cells[2].strip() : "";
            if (note.contains("honorific")) {
                // للا، مولاي، سيدي are titles before a name (titles.tsv), not names.
                continue;
            }
            int flags = GIVEN;
            if (origins.contains("arabic") || origins.contains("maghrebi")) {
                flags |= ARABIC;
            }
            if (note.contains("common-word")) {
                flags |= COMMON;
            }
            if (origins.stream().anyMatch(o -> o.endsWith("-surname"))) {
                flags |= SURNAME_FIRST;
            }
            String norm = String.join(" ", Patterns.WHITE_SPACE.split(TextAnalyzer.norm(cells[0])));
            given.merge(norm, flags, (a, b) -> a | b);
            int space = norm.indexOf(' ');
            if (space > 0 && norm.indexOf(' ', space + 1) < 0) {
                pairs.computeIfAbsent(norm.substring(0, space), k -> new HashMap<>())
                        .merge(norm.substring(space + 1), flags, (a, b) -> a | b);
                pairSeconds.add(norm.substring(space + 1));
            }
        }
        for (String line : ResourceLines.of(NameWords.class, "news-verbs.txt")) {
            verbs.add(TextAnalyzer.norm(line));
        }
        for (String line : ResourceLines.of(NameWords.class, "common-words.txt")) {
            ordinary.add(TextAnalyzer.norm(line));
        }
        // A word listed both ways is a name: the gazetteer was checked against the lists, not the other way.
        verbs.removeIf(given::containsKey);
        ordinary.removeIf(given::containsKey);
    }

    /** The built-in gazetteer and verb list. */
    public static NameWords builtIn() {
        return BUILT_IN;
    }

    /** Whether the normalized word is a given name (or a Chinese surname, which comes first). */
    public boolean givenName(String norm) {
        return given.containsKey(norm);
    }

    /** Whether the normalized word is the first word of a given name of two words (سيد in سيد أحمد). */
    public boolean pairFirst(String norm) {
        return pairs.containsKey(norm);
    }

    /** Whether the normalized word is the second word of a given name of two words (أحمد in سيد أحمد). */
    public boolean pairSecond(String norm) {
        return pairSeconds.contains(norm);
    }

    /** Whether two normalized words are together one given name (سيد أحمد، أبو بكر، محمد الأمين). */
    public boolean givenName(String first, String second) {
        Map<String, Integer> seconds = pairs.get(first);
        return seconds != null && seconds.containsKey(second);
    }

    /** Whether the two words are a given name that is also an ordinary phrase. */
    public boolean commonWord(String first, String second) {
        Map<String, Integer> seconds = pairs.get(first);
        return seconds != null && (seconds.getOrDefault(second, 0) & COMMON) != 0;
    }

    /** Whether the normalized word is a surname written before the given name (Chinese, Korean, Vietnamese). */
    public boolean surnameFirst(String norm) {
        return (given.getOrDefault(norm, 0) & SURNAME_FIRST) != 0;
    }

    /** Whether the normalized word is a given name of Arabic origin. */
    public boolean arabicGivenName(String norm) {
        return (given.getOrDefault(norm, 0) & ARABIC) != 0;
    }

    /** Whether the normalized word is a given name that is also an ordinary word (كمال، نجاة، باسم). */
    public boolean commonWord(String norm) {
        return (given.getOrDefault(norm, 0) & COMMON) != 0;
    }

    /** Whether the normalized word is a verb form news writes after a title. */
    public boolean verb(String norm) {
        return verbs.contains(norm);
    }

    /**
     * Whether token {@code i} is an ordinary word of news (a noun, adjective, verbal noun or verb
     * of {@code common-words.txt} or {@code news-verbs.txt}), as written, after its proclitics, or
     * without a pronoun suffix (زيارته، جولتها).
     */
    public boolean ordinary(org.newstables.text.AnalyzedText t, int i) {
        return ordinary(t.norm(i), t.vocabulary().hamzas(t.word(i)));
    }

    /** {@link #ordinary(org.newstables.text.AnalyzedText, int)} for a normalized word and its hamza mask. */
    public boolean ordinary(String norm, int hamzas) {
        if (given.containsKey(norm)) {
            return false;
        }
        if (ordinaryForm(norm)) {
            return true;
        }
        for (org.newstables.text.Clitics.Split s : org.newstables.text.Clitics.DEFAULT.candidates(norm, hamzas)) {
            if (ordinaryForm(s.base())) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i}, as written or after its proclitics (وقال، فأكد), is a verb of {@code news-verbs.txt}. */
    public boolean verb(org.newstables.text.AnalyzedText t, int i) {
        return verb(t.norm(i), t.vocabulary().hamzas(t.word(i)));
    }

    /** {@link #verb(org.newstables.text.AnalyzedText, int)} for a normalized word and its hamza mask. */
    public boolean verb(String norm, int hamzas) {
        if (given.containsKey(norm)) {
            return false;
        }
        if (verbs.contains(norm)) {
            return true;
        }
        for (org.newstables.text.Clitics.Split s : org.newstables.text.Clitics.DEFAULT.candidates(norm, hamzas)) {
            if (verbs.contains(s.base())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PRONOUNS = {"هما", "هم", "ها", "كم", "نا", "ه", "ي"};

    private boolean ordinaryForm(String w) {
        if (ordinary.contains(w) || verbs.contains(w)) {
            return true;
        }
        for (String p : PRONOUNS) {
            if (w.length() - p.length() >= 3 && w.endsWith(p)) {
                String stem = w.substring(0, w.length() - p.length());
                // A feminine noun takes its pronoun on a t: جولتها is جولة + ها.
                if (ordinary.contains(stem) || stem.endsWith("ت") && ordinary.contains(stem.substring(0, stem.length() - 1) + "ه")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the normalized word is a stop word of the default list. */
    public boolean stopWord(String norm) {
        return stop.contains(norm);
    }

    /**
     * Whether the normalized word could be a word of a name: letters only (a dot allowed at the
     * end, as in إس.), at least two of them, no stop word and no verb.
     */
    public boolean nameLike(String norm) {
        if (norm.length() < 2 || stop.contains(norm) || verbs.contains(norm)) {
            return false;
        }
        for (int k = 0; k < norm.length(); k++) {
            if (!Character.isLetter(norm.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}

package org.newstables.lexicon;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newstables.text.Clitics;

/**
 * A readable Latin label for a name written in Arabic. A word that the people lexicon writes both
 * ways takes the lexicon's Latin spelling (محمد → Mohammed, رضا → Reza), learnt from the names
 * whose Arabic and English forms have as many words; any other word goes through ICU4J's
 * {@code Arabic-Latin} transliterator, whose letter-for-letter output is then made readable: the
 * article as {@code al-}, ʿayn and hamza signs dropped, و and ي between consonants as u and i,
 * a final ي as i.
 */
final class Romanizer {

    // Two steps, so that the letters Arabic-Latin writes as two (ش sẖ, خ kẖ, ذ dẖ, ث tẖ, غ gẖ) can be
    // told from two letters that fold to the same pair (د+ح in دحمان is d+ḥ, not dh).
    private static final ThreadLocal<Transliterator> ARABIC_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin"));
    private static final ThreadLocal<Transliterator> LATIN_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    /**
     * Between the words of a Latin label. This and the two patterns below are compiled once: String's
     * split and replaceAll compile theirs on every call, for each person of the lexicon and each
     * transliterated word, which cost a fresh JVM a quarter of a second.
     */
    private static final java.util.regex.Pattern LABEL_WORDS = java.util.regex.Pattern.compile("[\\s-]+");
    private static final java.util.regex.Pattern NOT_ASCII_LETTER = java.util.regex.Pattern.compile("[^a-z~]");
    private static final java.util.regex.Pattern LEADING_AA = java.util.regex.Pattern.compile("^aa");
    /** Stands for the ẖ of a two-letter romanization while the word is folded to ASCII. */
    private static final char DIGRAPH = '~';

    /**
     * For each word of the people lexicon, the Latin words its labels write at its place, with how
     * often. Which of them agree with the word's own first consonant is settled on first use
     * ({@link #known}): that needs the word transliterated, and doing so for every word of the
     * lexicon up front took 0.35 s of CPU, most of the finder's making, for the few words texts name.
     */
    private final Map<String, Map<String, Integer>> written = new HashMap<>();
    /** The lexicon's Latin spelling of each word asked for so far; empty when it has none. */
    private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

    /** A romanizer that learns the Latin spellings of the words of {@code entries}' people. */
    public Romanizer(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String[] latin = LABEL_WORDS.split(e.label());
            for (Alias a : e.aliases()) {
                if (a.partial() || a.tokens().size() != latin.length) {
                    continue;
                }
                for (int k = 0; k < latin.length; k++) {
                    if (latin[k].chars().allMatch(Character::isLetter)) {
                        written.computeIfAbsent(a.tokens().get(k), x -> new HashMap<>()).merge(latin[k], 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** The Latin label of a name given as its normalized words. */
    public String label(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String latin = known(w).orElse(PARTICLES.get(w));
            out.append(latin != null ? latin : transliterate(w));
        }
        return out.toString();
    }

    /**
     * The Latin spelling the people lexicon gives {@code word} most often, among those whose first
     * consonant is that of the word transliterated: words are paired with a label's words by position
     * only, so a label written with more or fewer words than the Arabic must teach nothing wrong.
     */
    private Optional<String> known(String word) {
        Optional<String> k = known.get(word);
        if (k == null) {
            Map<String, Integer> votes = written.getOrDefault(word, Map.of());
            char first = votes.isEmpty() ? 0 : firstConsonant(transliterate(word));
            k = votes.entrySet().stream().filter(v -> firstConsonant(v.getKey()) == first)
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey);
            known.putIfAbsent(word, k);
        }
        return k;
    }

    /** The particles of names, as English-language news writes them. */
    private static final Map<String, String> PARTICLES = Map.of("بن", "bin", "ابن", "ibn", "بنت", "bint", "ولد", "Ould",
            "ال", "Al", "ابو", "Abu", "ام", "Umm", "عبد", "Abd");

    /**
     * Words already transliterated: ICU4J's rule-based transliterator costs microseconds a word, and
     * the same names and name words come back in article after article. Bounded by the distinct
     * name words of the texts seen, as the vocabulary is.
     */
    private static final ConcurrentHashMap<String, String> TRANSLITERATED = new ConcurrentHashMap<>();

    /** One word through ICU4J, made readable. */
    static String transliterate(String word) {
        String done = TRANSLITERATED.get(word);
        if (done == null) {
            done = transliterateOnce(word);
            TRANSLITERATED.putIfAbsent(word, done);
        }
        return done;
    }

    private static String transliterateOnce(String word) {
        String article = "";
        String w = word;
        if (Clitics.startsWithArticle(w)) {
            article = "al-";
            w = Clitics.withoutLeadingArticle(w);
        }
        // ʿayn is most often heard as an a (عارف، سعاد); other signs are dropped.
        String marked = ARABIC_LATIN.get().transliterate(w).replace('\u1E96', DIGRAPH);
        String folded = LATIN_ASCII.get().transliterate(marked).toLowerCase(Locale.ROOT).replace('\u02BF', 'a');
        String latin = LEADING_AA.matcher(NOT_ASCII_LETTER.matcher(folded).replaceAll("")).replaceAll("a").replace("aaa", "aa");
        // The head is one letter, or two when Arabic-Latin wrote one Arabic letter as two.
        int head = latin.length() >= 2 && latin.charAt(1) == DIGRAPH ? 2 : 1;
        latin = latin.replace(DIGRAPH, 'h');
        // Between consonants, w and y stand for the vowels u and i; at the end, y is i.
        StringBuilder b = new StringBuilder(latin.length());
        for (int k = 0; k < latin.length(); k++) {
            char c = latin.charAt(k);
            boolean consonantBefore = k > 0 && "aeiou".indexOf(latin.charAt(k - 1)) < 0;
            boolean consonantAfter = k + 1 < latin.length() && "aeiouwy".indexOf(latin.charAt(k + 1)) < 0;
            boolean end = k + 1 == latin.length();
            if ((c == 'w' || c == 'y') && consonantBefore && (consonantAfter || end)) {
                b.append(c == 'w' ? (end ? 'o' : 'u') : 'i');
            } else {
                b.append(c);
            }
        }
        String s = b.toString();
        if (s.isEmpty()) {
            return word;
        }
        // Arabic leaves short vowels unwritten; a word opening with two consonants most often has an a
        // between them (نجاة → Najah, بغداد → Baghdad).
        if (s.length() > head + 1 && !vowel(s.charAt(head - 1)) && !vowel(s.charAt(head))) {
            s = s.substring(0, head) + "a" + s.substring(head);
        }
        return article + Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** The first consonant of a Latin word, lower-cased, after an article; 0 when it has none. */
    private static char firstConsonant(String latin) {
        String w = latin.toLowerCase(Locale.ROOT);
        if (w.startsWith("al-") || w.startsWith("el-")) {
            w = w.substring(3);
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c) && "aeiouyw".indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }
}

package org.newstables.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one splitter of Arabic clitics, for every view that compares words: terms and their stems,
 * the lexicon matcher, keyword in context, search, candidates. It works on normalized forms
 * ({@link TextNormalizer}).
 *
 * <p><b>Proclitics</b>: a conjunction (و ف), then a preposition (ب ك ل), then the article (ال),
 * with ل + ال written لل — every stack of them: و ف ب ك ل ال وال فال بال كال لل وب وك ول فب فك فل
 * وبال وكال ولل فبال فكال فلل. <b>Enclitic pronouns</b>: هما كما هم هن كم نا (Lucene's light stemmer
 * already takes off ها ه ي with the other suffixes).
 *
 * <p>The rules, the same everywhere:
 * <ul>
 *   <li>At least {@value #MIN_REST} letters must remain.</li>
 *   <li>A protected word is never split: a word whose first letter belongs to it although the
 *       rest is also a word (وزير، وطن، فكرة، بحث، الله …), from {@code protected-words.txt}, and the
 *       names of the built-in lexicons (بكين، فرنسا، لبنان …) — Lucene's keyword marking
 *       ({@code SetKeywordMarkerFilter}) does the same for its stemmers.</li>
 *   <li>An alef written with a hamza or madda (ألقى، إلى، بألمانيا) is never the article's.</li>
 *   <li>A stack that ends in the article is split wherever the rules above allow
 *       ({@link #candidates}).</li>
 *   <li>A conjunction or preposition without the article, and an enclitic, are split only when the
 *       rest is <em>attested</em>: it occurs in the corpus as a word of its own, alone or after the
 *       article, and the whole word does not occur after the article more often than the rest does
 *       ({@link #split}). So وتعاون، باستثمارات and لشي split (تعاون، استثمارات، شي are words of
 *       the corpus) while وزير stays whole (الوزير is common, زير is not) and بحثت stays whole
 *       (حثت is no word).</li>
 * </ul>
 *
 * <p>The name finders also test a word as written — does it begin with the article
 * ({@link #startsWithArticle}), what follows a conjunction و ({@link #afterConjunction}) — with the
 * same minimum, so no class of the project strips a clitic by a rule of its own.
 *
 * <p>Hand-written: Lucene's {@code ArabicStemmer} strips a fixed list of prefixes (ال وال بال كال
 * فال لل و) by length alone, so it makes زير of وزير and keeps للتعا of وللتعاون. Its suffix
 * stripping ({@code stemSuffix}) still runs after this splitter.
 */
public final class Clitics {

    /** Letters that must remain after a clitic is split off. */
    public static final int MIN_REST = 2;

    /** The definite article. */
    public static final String ARTICLE = "ال";

    /** Every proclitic stack, longest first. */
    public static final List<String> PROCLITICS = proclitics();

    private static final String[] ENCLITICS = {"هما", "كما", "هم", "هن", "كم", "نا"};

    private static final Set<String> BUILT_IN_PROTECTED = loadProtected();

    /** The splitter with the built-in protected words only. */
    public static final Clitics DEFAULT = new Clitics(Set.of());

    private final Set<String> protectedWords;

    /**
     * A splitter that also protects {@code names} (normalized words, such as the words of a
     * lexicon's names) from being split.
     */
    public Clitics(Set<String> names) {
        Set<String> all = new HashSet<>(BUILT_IN_PROTECTED);
        for (String n : names) {
            all.add(TextNormalizer.word(n));
        }
        this.protectedWords = Collections.unmodifiableSet(all);
    }

    /** How often forms occur in a corpus: what decides whether a clitic is split. */
    public interface Attestation {

        /** Tokens whose normalized form is {@code form}, or is {@code form} after an article stack. */
        int count(String form);

        /** Tokens whose normalized form is an article stack followed by {@code form}. */
        int definite(String form);

        /** No corpus: nothing is attested, so only article stacks are split. */
        Attestation NONE = new Attestation() {
            @Override
            public int count(String form) {
                return 0;
            }

            @Override
            public int definite(String form) {
                return 0;
            }
        };
    }

    /** A word split into its proclitics, its base and its enclitic; {@code norm = prefix + base + suffix}. */
    public record Split(String prefix, String base, String suffix) {

        /** Whether the proclitics hold the article. */
        public boolean definite() {
            return hasArticle(prefix);
        }
    }

    /** Whether the proclitic stack {@code prefix} ends with the article. */
    public static boolean hasArticle(String prefix) {
        return prefix.endsWith("ال") || prefix.endsWith("لل");
    }

    /** How many words are protected. */
    public int size() {
        return protectedWords.size();
    }

    /** Whether {@code norm} is protected from splitting. */
    public boolean isProtected(String norm) {
        return protectedWords.contains(norm);
    }

    /**
     * Every split of {@code norm}'s proclitics that the grammar and the rules allow, longest
     * proclitic first, without the word as written: what the lexicon matcher tries after the
     * word itself. {@code hamzas}: bit {@code i} is set when the alef at index {@code i} of
     * {@code norm} was written with a hamza or madda (أ إ آ), which the article's alef never is
     * ({@link TextNormalizer#hamzas}).
     */
    public List<Split> candidates(String norm, int hamzas) {
        if (isProtected(norm)) {
            return List.of();
        }
        List<Split> out = new ArrayList<>(2);
        for (String p : PROCLITICS) {
            if (norm.length() - p.length() >= MIN_REST && norm.startsWith(p) && !hamzaArticle(p, hamzas)) {
                out.add(new Split(p, norm.substring(p.length()), ""));
            }
        }
        return out;
    }

    /** Whether the stack {@code p} ends in ال whose alef was written with a hamza: then it is no article. */
    private static boolean hamzaArticle(String p, int hamzas) {
        if (!p.endsWith("ال")) {
            return false;
        }
        int alef = p.length() - 2;
        return alef < 32 && (hamzas >>> alef & 1) != 0;
    }

    /**
     * The one split of {@code norm} for counting and comparing words. Proclitic stacks are tried
     * longest first, then none; for each, an enclitic, longest first, then none. The first
     * combination that the rules allow is taken: an article stack needs nothing more, a
     * conjunction or preposition without the article needs its rest attested, and an enclitic
     * needs what is left before it to be a word of the corpus. A protected word after a
     * proclitic (والله، ووزير) is taken as it is.
     */
    public Split split(String norm, int hamzas, Attestation corpus) {
        List<Split> prefixes = candidates(norm, hamzas);
        for (int k = prefixes.size() - 1; k >= 0; k--) {
            Split s = prefixes.get(k);
            if (isProtected(s.base())) {
                return s;
            }
        }
        for (Split s : prefixes) {
            Split chosen = withEnclitic(s.prefix(), s.base(), norm, corpus);
            if (chosen != null) {
                return chosen;
            }
        }
        if (isProtected(norm)) {
            return new Split("", norm, "");
        }
        Split chosen = withEnclitic("", norm, norm, corpus);
        return chosen != null ? chosen : new Split("", norm, "");
    }

    private Split withEnclitic(String prefix, String rest, String whole, Attestation corpus) {
        boolean needsRest = !prefix.isEmpty() && !hasArticle(prefix);
        for (String e : ENCLITICS) {
            if (rest.length() - e.length() >= MIN_REST + 1 && rest.endsWith(e)) {
                String base = rest.substring(0, rest.length() - e.length());
                if (corpus.count(base) > 0 && (!needsRest || attested(base, whole, corpus))) {
                    return new Split(prefix, base, e);
                }
            }
        }
        if (prefix.isEmpty() || !needsRest || attested(rest, whole, corpus)) {
            return new Split(prefix, rest, "");
        }
        return null;
    }

    /** The rest of a word is a word of its own, and the whole is not more often a word with the article. */
    private static boolean attested(String rest, String whole, Attestation corpus) {
        int r = corpus.count(rest);
        return r > 0 && (corpus.definite(whole) == 0 || r > corpus.count(whole));
    }

    /**
     * Whether {@code norm} begins with the article itself, with at least {@value #MIN_REST} letters
     * after it (الوزير، الصين; not ال، الا nor والوزير): for the name finders' tests of a word as
     * written. Counting and comparing words split clitics with {@link #split} and {@link #candidates}.
     */
    public static boolean startsWithArticle(String norm) {
        return norm.length() - ARTICLE.length() >= MIN_REST && norm.startsWith(ARTICLE);
    }

    /** {@code norm} without the article it begins with ({@link #startsWithArticle}), or {@code norm} when it has none. */
    public static String withoutLeadingArticle(String norm) {
        return startsWithArticle(norm) ? norm.substring(ARTICLE.length()) : norm;
    }

    /**
     * The word after the conjunction و written on it, or null when it begins with none or fewer than
     * {@value #MIN_REST} letters would remain (وفؤاد → فؤاد، ووزير → وزير). Whether the و is the
     * conjunction or the word's own first letter (وليد، وزير) is the caller's to decide from what the
     * rest is: a given name, a title, a word of the corpus.
     */
    public static String afterConjunction(String norm) {
        return norm.length() - 1 >= MIN_REST && norm.charAt(0) == 'و' ? norm.substring(1) : null;
    }

    /** The base of {@code norm} after its article stack, or null when it has none (for counting what is attested). */
    public static String withoutArticle(String norm, int hamzas) {
        for (String p : PROCLITICS) {
            if (hasArticle(p) && norm.length() - p.length() >= MIN_REST && norm.startsWith(p) && !hamzaArticle(p, hamzas)) {
                return norm.substring(p.length());
            }
        }
        return null;
    }

    private static List<String> proclitics() {
        List<String> out = new ArrayList<>();
        for (String conj : new String[] {"", "و", "ف"}) {
            for (String prep : new String[] {"", "ب", "ك", "ل"}) {
                for (String art : new String[] {"", "ال"}) {
                    String p = prep.equals("ل") && art.equals("ال") ? conj + "لل" : conj + prep + art;
                    if (!p.isEmpty() && !out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    private static Set<String> loadProtected() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Clitics.class.getResourceAsStream("protected-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("protected-words.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(TextNormalizer.word(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(words);
    }
}

package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newstables.common.NewsTablesException;
import org.newstables.text.AnalyzedText;
import org.newstables.text.TextAnalyzer;

/**
 * One way of writing an entry's name, as the matcher sees it: its normalized tokens, whether it
 * is a partial name (a surname standing for a person named in full elsewhere in the article), and
 * its constraints. Written in a lexicon file as the words, optionally followed by constraints in
 * braces:
 * <pre>
 * رحمن{no-article; not-after=عبد}
 * </pre>
 * <ul>
 *   <li>{@code no-article}: not with the article ال ({@code الرحمن} is not {@code رحمن});</li>
 *   <li>{@code not-after=W}: not right after the word W ({@code عبد الرحمن});</li>
 *   <li>{@code no-clitic}: only as written, with no proclitic at all.</li>
 * </ul>
 *
 * @param text       the alias as written in the lexicon
 * @param tokens     its normalized tokens; the first without the article ال
 * @param partial    whether it is a partial name
 * @param noArticle  the {@code no-article} constraint
 * @param noClitic   the {@code no-clitic} constraint
 * @param notAfter   normalized words it may not follow
 * @param definite   whether its first word is written with the article (الخليل), which {@code tokens}
 *                   leaves out
 */
public record Alias(String text, List<String> tokens, boolean partial, boolean noArticle, boolean noClitic,
        List<String> notAfter, boolean definite) {

    /** An alias whose first word has no article. */
    public Alias(String text, List<String> tokens, boolean partial, boolean noArticle, boolean noClitic,
            List<String> notAfter) {
        this(text, tokens, partial, noArticle, noClitic, notAfter, false);
    }

    /** Parses an alias with its optional constraints. */
    public static Alias parse(String written, boolean partial) {
        String s = written.strip();
        boolean noArticle = false;
        boolean noClitic = false;
        List<String> notAfter = new ArrayList<>();
        int brace = s.indexOf('{');
        if (brace >= 0) {
            if (!s.endsWith("}")) {
                throw new NewsTablesException("the alias '" + written + "' opens a { without closing it;"
                        + " write constraints as رحمن{no-article; not-after=عبد}");
            }
            for (String c : s.substring(brace + 1, s.length() - 1).split(";")) {
                String constraint = c.strip();
                String lower = constraint.toLowerCase(Locale.ROOT);
                if (lower.equals("no-article")) {
                    noArticle = true;
                } else if (lower.equals("no-clitic")) {
                    noClitic = true;
                } else if (lower.startsWith("not-after=")) {
                    notAfter.add(TextAnalyzer.norm(constraint.substring("not-after=".length())));
                } else if (!constraint.isEmpty()) {
                    throw new NewsTablesException("the alias '" + written + "' has an unknown constraint '"
                            + constraint + "'; use no-article, no-clitic or not-after=WORD");
                }
            }
            s = s.substring(0, brace).strip();
        }
        if (s.isEmpty()) {
            throw new NewsTablesException("an alias is empty; remove the extra | or write the name");
        }
        // Only the normalized forms are read: no stems to settle.
        AnalyzedText t = TextAnalyzer.words(s);
        if (t.size() == 0) {
            throw new NewsTablesException("the alias '" + written + "' holds no word");
        }
        List<String> tokens = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            tokens.add(t.norm(i));
        }
        // A name is stored without its article (الصين as صين); the matcher finds it after any proclitics.
        // An alef written with a hamza is never the article's (ألمانيا keeps its أل), as in the text.
        int hamzas = t.vocabulary().hamzas(t.word(0));
        boolean definite = false;
        for (org.newstables.text.Clitics.Split split : org.newstables.text.Clitics.DEFAULT.candidates(tokens.get(0), hamzas)) {
            if (split.prefix().equals("ال")) {
                tokens.set(0, split.base());
                definite = true;
            }
        }
        return new Alias(written.strip(), List.copyOf(tokens), partial, noArticle, noClitic, List.copyOf(notAfter),
                definite);
    }
}

package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Clitics;
import org.newstables.text.Vocabulary;

/**
 * Finds the aliases of a lexicon in an analysed text: one matcher for entities and themes alike.
 * <ul>
 *   <li>It works on normalized tokens, so spelling variants of hamza, teh marbuta and alef maksura
 *       meet (شى / شي, على / علي).</li>
 *   <li>The first word of a name may carry proclitics (و ف ب ك ل ال and their combinations):
 *       the word is tried as written first, then without each proclitic sequence, so بكين is
 *       Beijing and never ب + كين, while وبالصين is الصين.</li>
 *   <li>Names of several words are walked in a trie of normalized tokens; words of a name may be
 *       joined by spaces or a hyphen ({@code قاسم-جومارت} and {@code قاسم - جومارت}), never across
 *       other punctuation or a sentence end.</li>
 *   <li>The longest match wins, left to right, and the words it covers are not matched again: so
 *       الحزب الشيوعي الصيني is one mention of the party, not also a Chinese adjective.</li>
 *   <li>A lone proclitic written apart with a tatweel ({@code لـ شي}) belongs to the mention.</li>
 * </ul>
 * Compiled once per lexicon: a hash trie, no regular expression per token, so a lexicon of many
 * thousands of aliases matches in time linear in the text.
 */
public final class LexiconMatcher {

    /** A name as it stands in the lexicon: the entry and the alias that matched. */
    public record Target(Entry entry, Alias alias) {
    }

    /**
     * One match in a text.
     *
     * @param first   index of the first token
     * @param last    index of the last token
     * @param start   start offset of the mention, proclitics included
     * @param end     end offset of the mention
     * @param sentence the 1-based sentence number
     * @param targets the entries (and aliases) the words name; more than one when they are ambiguous
     */
    public record Match(int first, int last, int start, int end, int sentence, List<Target> targets) {

        /** Whether the matched alias is a partial name. */
        public boolean partial() {
            return targets.get(0).alias().partial();
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Target> targets = new ArrayList<>(1);

        /** Makes the target lists immutable, so that matches can share them. */
        void freeze() {
            targets = List.copyOf(targets);
            next.values().forEach(Node::freeze);
        }
    }

    private final Node root = new Node();
    private static final String[][] NO_STARTS = new String[0][];

    /** Compiles the aliases of {@code entries}. */
    public LexiconMatcher(List<Entry> entries) {
        for (Entry e : entries) {
            for (Alias a : e.aliases()) {
                Node node = root;
                for (String token : a.tokens()) {
                    node = node.next.computeIfAbsent(token, k -> new Node());
                }
                node.targets.add(new Target(e, a));
            }
        }
        root.freeze();
    }

    /** Every match in {@code t}, left to right, longest first, without overlaps. */
    public List<Match> match(AnalyzedText t) {
        List<Match> out = new ArrayList<>();
        String[][][] startsByWord = startsFor(t.vocabulary());
        int n = t.size();
        int i = 0;
        while (i < n) {
            Match best = longestAt(t, startsByWord, i);
            if (best != null) {
                out.add(best);
                i = best.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private Match longestAt(AnalyzedText t, String[][][] startsByWord, int i) {
        Match best = null;
        for (String[] start : startsByWord[t.word(i)]) {
            best = tryBase(t, i, start[1], start[0], best);
        }
        return best;
    }

    /**
     * The (proclitic, base) splits of a word that begin some name: the word as written first, then
     * without each proclitic sequence. Worked out once per word of a vocabulary ({@link #startsFor});
     * most words begin no name and get an empty array.
     */
    private String[][] starts(String norm, int hamzas) {
        List<String[]> out = new ArrayList<>(2);
        if (root.next.containsKey(norm)) {
            out.add(new String[] {"", norm});
        }
        for (Clitics.Split split : CLITICS.candidates(norm, hamzas)) {
            if (root.next.containsKey(split.base())) {
                out.add(new String[] {split.prefix(), split.base()});
            }
        }
        return out.isEmpty() ? NO_STARTS : out.toArray(new String[0][]);
    }

    /**
     * The splitter the matcher tries proclitics with: the grammar and minimum length of the one
     * {@link Clitics} splitter, with its built-in exceptions only — a name is tried as written
     * first, so a lexicon's own names need no protection here.
     */
    private static final Clitics CLITICS = Clitics.DEFAULT;

    /**
     * The splits of every word of a vocabulary, by word id, so that the scan of a text is an array
     * lookup per token. Kept while the vocabulary (its corpus) lives; made again if the vocabulary
     * has grown since, so every word of a text analysed with it has its entry.
     */
    private String[][][] startsFor(Vocabulary v) {
        synchronized (byVocabulary) {
            String[][][] s = byVocabulary.get(v);
            int size = v.size();
            if (s == null || s.length < size) {
                s = new String[size][][];
                for (int w = 0; w < size; w++) {
                    s[w] = starts(v.norm(w), v.hamzas(w));
                }
                byVocabulary.put(v, s);
            }
            return s;
        }
    }

    private final Map<Vocabulary, String[][][]> byVocabulary = new java.util.WeakHashMap<>();

    private Match tryBase(AnalyzedText t, int i, String base, String prefix, Match best) {
        Node node = root.next.get(base);
        int j = i;
        while (node != null) {
            if (!node.targets.isEmpty() && (best == null || j > best.last())) {
                List<Target> allowed = allowed(node.targets, t, i, prefix);
                if (!allowed.isEmpty()) {
                    best = new Match(i, j, mentionStart(t, i, prefix), t.end(j), t.sentence(i), allowed);
                }
            }
            if (j + 1 >= t.size() || !joined(t, j, j + 1)) {
                break;
            }
            node = node.next.get(t.norm(j + 1));
            j++;
        }
        return best;
    }

    /** The targets the context allows: the node's own (shared, immutable) list when it allows them all. */
    private static List<Target> allowed(List<Target> targets, AnalyzedText t, int i, String prefix) {
        List<Target> out = null;
        for (int k = 0; k < targets.size(); k++) {
            Alias a = targets.get(k).alias();
            boolean refused = a.noClitic() && !prefix.isEmpty()
                    || a.noArticle() && Clitics.hasArticle(prefix)
                    || !a.notAfter().isEmpty() && i > 0 && joined(t, i - 1, i) && a.notAfter().contains(t.norm(i - 1));
            if (refused && out == null) {
                out = new ArrayList<>(targets.subList(0, k));
            } else if (!refused && out != null) {
                out.add(targets.get(k));
            }
        }
        return out == null ? targets : List.copyOf(out);
    }

    /** A proclitic written apart with a tatweel just before the name (لـ شي) is part of the mention. */
    private static int mentionStart(AnalyzedText t, int i, String prefix) {
        if (prefix.isEmpty() && i > 0 && t.sentence(i - 1) == t.sentence(i)) {
            String before = t.surface(i - 1);
            if (before.length() >= 2 && "وفبكل".indexOf(before.charAt(0)) >= 0
                    && before.substring(1).chars().allMatch(c -> c == '\u0640') && onlySpace(t, i - 1, i)) {
                return t.start(i - 1);
            }
        }
        return t.start(i);
    }

    /**
     * Two tokens are words of one name: same sentence, and between them only white space, a hyphen,
     * a tatweel, quotation marks or brackets, which news puts inside names
     * ({@code قمة "الصين وآسيا الوسطى"}, {@code [قاسم جومارت] توكاييف}).
     */
    static boolean joined(AnalyzedText t, int a, int b) {
        if (t.sentence(a) != t.sentence(b)) {
            return false;
        }
        String text = t.text();
        for (int c = t.end(a); c < t.start(b); c++) {
            if (!Character.isWhitespace(text.charAt(c)) && JOINERS.indexOf(text.charAt(c)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Characters that may stand between the words of one name. */
    private static final String JOINERS = "-\u2010\u2011\u2013\u0640\"'«»“”‘’[]()";

    private static boolean onlySpace(AnalyzedText t, int a, int b) {
        for (int c = t.end(a); c < t.start(b); c++) {
            if (!Character.isWhitespace(t.text().charAt(c))) {
                return false;
            }
        }
        return true;
    }
}

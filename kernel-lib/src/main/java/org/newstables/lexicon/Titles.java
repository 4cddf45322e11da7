package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.newstables.common.Patterns;
import org.newstables.common.ResourceLines;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Clitics;
import org.newstables.text.TextAnalyzer;
import org.newstables.text.Vocabulary;

/**
 * The titles and offices that introduce a person in Arabic news (الرئيس، الملك، وزير، المتحدث،
 * ولي العهد، كل من …) and the words that complete an office (الخارجية، الوزراء، باسم …), from the
 * built-in list {@code titles.tsv}. A title is found after any proclitics: وللملك is الملك, ووزير is
 * وزير.
 */
final class Titles {

    /** What a title word does. */
    public enum Kind {
        /** Written right before a name (الرئيس، الملك، السيد، الدكتور). */
        HONORIFIC,
        /** An office that usually takes complements before the name (وزير، رئيس، سفير). */
        OFFICE,
        /** A plural or dual title, or a list opener, before several names (الأميرات، كل من). */
        GROUP,
        /** A word that completes an office rather than starting a name (الخارجية، الوزراء، رئاسة). */
        COMPLEMENT,
        /** A complement that names a kind of region whose name follows (منطقة، إقليم، ولاية). */
        PLACE
    }

    /** A title found in a text: tokens {@code first} to {@code last}. */
    public record Head(int first, int last, Kind kind) {
    }

    static final class Node {
        final Map<String, Node> next = new HashMap<>(2);
        Kind kind;
    }

    private static final Titles BUILT_IN = new Titles(ResourceLines.of(Titles.class, "titles.tsv"));

    private final Node root = new Node();
    private final Map<Vocabulary, Readings> formsByVocabulary = new WeakHashMap<>();

    private Titles(List<String> lines) {
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("titles.tsv: '" + line + "' is not 'words<TAB>kind'");
            }
            Kind kind = Kind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
            Node node = root;
            for (String word : Patterns.WHITE_SPACE.split(cells[0].strip())) {
                node = node.next.computeIfAbsent(TextAnalyzer.norm(word), k -> new Node());
            }
            // A word listed as a title and as a complement (الوزير) is a title where it starts a phrase.
            if (node.kind == null || rank(kind) > rank(node.kind)) {
                node.kind = kind;
            }
        }
        // The dual of every one-word title is a group: الرئيسان، الوزيرين، المستشاران، السفيرتان.
        for (Map.Entry<String, Node> e : new ArrayList<>(root.next.entrySet())) {
            Kind kind = e.getValue().kind;
            if (kind != Kind.HONORIFIC && kind != Kind.OFFICE) {
                continue;
            }
            String w = e.getKey();
            String stem = w.endsWith("ه") ? w.substring(0, w.length() - 1) + "ت" : w;
            for (String dual : List.of(stem + "ان", stem + "ين")) {
                Node node = root.next.computeIfAbsent(dual, k -> new Node());
                if (node.kind == null) {
                    node.kind = Kind.GROUP;
                }
            }
        }
    }

    /** Which kind wins for a word listed twice: a title over a region word over a complement. */
    private static int rank(Kind kind) {
        return kind == Kind.COMPLEMENT ? 0 : kind == Kind.PLACE ? 1 : 2;
    }

    /** The built-in titles. */
    public static Titles builtIn() {
        return BUILT_IN;
    }

    /** The kind of the normalized word or phrase {@code norm} (words separated by one space), or null. */
    public Kind kind(String norm) {
        Node node = root;
        for (String w : norm.split(" ")) {
            node = node.next.get(w);
            if (node == null) {
                return null;
            }
        }
        return node.kind;
    }

    /** The longest title that starts at token {@code i} of {@code t}, or null; complements are no title here. */
    public Head headAt(AnalyzedText t, int i) {
        return headAt(readings(t), t, i);
    }

    /**
     * For every word of a vocabulary, the entries of the list its readings begin (by word id;
     * empty for most words): fetched once per article by a caller that asks about many tokens.
     */
    public Readings readings(AnalyzedText t) {
        return forms(t.vocabulary());
    }

    /** {@link #readings(AnalyzedText)} for a whole vocabulary. */
    public Readings readings(Vocabulary v) {
        return forms(v);
    }

    /** The list's first-word nodes each word of a vocabulary reaches, as written or after its proclitics. */
    public static final class Readings {
        final Node[][] byWord;

        Readings(Node[][] byWord) {
            this.byWord = byWord;
        }
    }

    /** {@link #headAt(AnalyzedText, int)} with the vocabulary's {@link #readings} at hand. */
    public Head headAt(Readings readings, AnalyzedText t, int i) {
        Node[] own = readings.byWord[t.word(i)];
        if (own.length == 0) {
            return null;
        }
        Head best = null;
        for (Node first : own) {
            Node node = first;
            int j = i;
            while (node != null) {
                if (node.kind != null && node.kind != Kind.COMPLEMENT && node.kind != Kind.PLACE
                        && (best == null || j > best.last())) {
                    best = new Head(i, j, node.kind);
                }
                if (node.next.isEmpty() || j + 1 >= t.size() || !LexiconMatcher.joined(t, j, j + 1)) {
                    break;
                }
                node = node.next.get(t.norm(j + 1));
                j++;
            }
        }
        return best;
    }

    /** Whether token {@code i} completes an office (الخارجية، لشؤون، الأول، منطقة) as written or after its proclitics. */
    public boolean complement(AnalyzedText t, int i) {
        return complement(readings(t), t, i);
    }

    /** {@link #complement(AnalyzedText, int)} with the vocabulary's {@link #readings} at hand. */
    public boolean complement(Readings readings, AnalyzedText t, int i) {
        return is(readings, t, i, Kind.COMPLEMENT) || is(readings, t, i, Kind.PLACE);
    }

    /** Whether token {@code i} is a word for a region whose name follows (منطقة، إقليم، ولاية). */
    public boolean place(Readings readings, AnalyzedText t, int i) {
        return is(readings, t, i, Kind.PLACE);
    }

    private static boolean is(Readings readings, AnalyzedText t, int i, Kind kind) {
        for (Node node : readings.byWord[t.word(i)]) {
            if (node.kind == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word, as written or after its proclitics, begins a title of one word or more (not
     * only a complement): a word for which {@link #headAt} can find something.
     */
    public boolean mayHead(String norm, int hamzas) {
        for (Node node : readings(norm, hamzas)) {
            if (node.kind != null && node.kind != Kind.COMPLEMENT && node.kind != Kind.PLACE || !node.next.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a title or a complement in any reading. */
    public boolean listed(AnalyzedText t, int i) {
        return readings(t).byWord[t.word(i)].length > 0;
    }

    private static final Node[] NONE = new Node[0];

    /**
     * For each word of a vocabulary, its readings that begin an entry of the list: the word as
     * written, then each proclitic split (with the article put back: وللملك → الملك). Worked out
     * once per word; most words get an empty array.
     */
    private Readings forms(Vocabulary v) {
        synchronized (formsByVocabulary) {
            Readings f = formsByVocabulary.get(v);
            int size = v.size();
            if (f == null || f.byWord.length < size) {
                Node[][] grown = new Node[size][];
                int from = 0;
                if (f != null) {
                    System.arraycopy(f.byWord, 0, grown, 0, f.byWord.length);
                    from = f.byWord.length;
                }
                for (int w = from; w < size; w++) {
                    grown[w] = readings(v.norm(w), v.hamzas(w));
                }
                f = new Readings(grown);
                formsByVocabulary.put(v, f);
            }
            return f;
        }
    }

    private Node[] readings(String norm, int hamzas) {
        List<Node> out = new ArrayList<>(1);
        Node own = root.next.get(norm);
        if (own != null) {
            out.add(own);
        }
        for (Clitics.Split split : Clitics.DEFAULT.candidates(norm, hamzas)) {
            Node node = root.next.get(split.definite() ? "ال" + split.base() : split.base());
            if (node != null && !out.contains(node)) {
                out.add(node);
            }
        }
        return out.isEmpty() ? NONE : out.toArray(new Node[0]);
    }
}

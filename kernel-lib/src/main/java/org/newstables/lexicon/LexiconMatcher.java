package org.newstables.lexicon;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstables.common.Patterns;
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

    /**
     * A name as it stands in the lexicon: the entry and the alias that matched.
     *
     * @param titled how many words of the alias are a title before the name (1 for الملك سلمان):
     *               the mention is the name, after them
     */
    public record Target(Entry entry, Alias alias, int titled) {

        /** A target whose alias holds no title. */
        public Target(Entry entry, Alias alias) {
            this(entry, alias, 0);
        }
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
     * @param fuzzy   whether the words are a variant spelling of the alias ({@link NameForms#skeleton})
     *                rather than the alias itself
     */
    public record Match(int first, int last, int start, int end, int sentence, List<Target> targets, boolean fuzzy) {

        /** Whether the matched alias is a partial name. */
        public boolean partial() {
            return targets.get(0).alias().partial();
        }
    }

    /**
     * The targets of a match from the trie, immutable, with the distinct entries they name worked
     * out once ({@link #entries}): the resolver asks for those at every partial name, and a common
     * given name can have dozens of targets.
     */
    static final class Targets extends java.util.AbstractList<Target> implements java.util.RandomAccess {
        private final Target[] targets;
        /** Worked out when first asked (two threads may both work it out: an immutable list either way). */
        private List<Entry> entries;
        /** {@link #linked()}, worked out when first asked, like {@link #entries}. */
        private Map<String, List<Entry>> linked;

        Targets(List<Target> targets) {
            this.targets = targets.toArray(new Target[0]);
        }

        /**
         * The entries ({@link #entries()}) by the country they are linked to, those linked to none left
         * out: the resolver looks a partial name's candidates up by the few countries an article names
         * rather than reading the link of each of them.
         */
        Map<String, List<Entry>> linked() {
            Map<String, List<Entry>> l = linked;
            if (l == null) {
                Map<String, List<Entry>> byLink = new HashMap<>();
                for (Entry e : entries()) {
                    if (!e.link().isEmpty()) {
                        byLink.computeIfAbsent(e.link(), k -> new ArrayList<>()).add(e);
                    }
                }
                l = Map.copyOf(byLink);
                linked = l;
            }
            return l;
        }

        /** The entries {@code targets} name, each once (by identity, as a lexicon holds each once), in order. */
        static List<Entry> distinctEntries(List<Target> targets) {
            if (targets.size() == 1) {
                return List.of(targets.get(0).entry());
            }
            List<Entry> out = new ArrayList<>(targets.size());
            for (Target t : targets) {
                boolean seen = false;
                for (Entry e : out) {
                    seen |= e == t.entry();
                }
                if (!seen) {
                    out.add(t.entry());
                }
            }
            return List.copyOf(out);
        }

        @Override
        public Target get(int index) {
            return targets[index];
        }

        @Override
        public int size() {
            return targets.length;
        }

        /** The entries the targets name, each once, in the targets' order. */
        List<Entry> entries() {
            List<Entry> e = entries;
            if (e == null) {
                e = distinctEntries(this);
                entries = e;
            }
            return e;
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Target> targets = new ArrayList<>(1);
        /** Whether some target here has a constraint the context must be checked against. */
        boolean constrained;
        /**
         * Per target: a place or body written with the article whose bare word is a given name
         * (الخليل, Hebron; خليل, a man), that place only with the article. Worked out once here
         * rather than looked up in the given-name list at every match.
         */
        boolean[] articleOnly;

        /** The words some target here may not follow (not-after), all of them; empty for most nodes. */
        Set<String> notAfter = Set.of();
        /**
         * For a constrained node: the targets allowed with no proclitic, with proclitics without the
         * article, and with the article ({@link LexiconMatcher#clitics}), when the word before is none of
         * {@link #notAfter}; worked out once here rather than at each match.
         */
        List<Target>[] byClitics;

        /**
         * {@link #freeze} on this node and every node below it, one node at a time from a stack. A
         * recursion through {@code next.values().forEach(n -> n.freeze(names))} had the C2 compiler inline
         * the lambda, {@code HashMap}'s {@code forEach} and this method into one another: 1.2 s of its time
         * in a fresh JVM (JFR), a fifth of all compilation in the seeds' pipeline, for work done once.
         */
        void freezeAll(NameWords names) {
            java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
            pending.push(this);
            while (!pending.isEmpty()) {
                Node n = pending.pop();
                n.freeze(names);
                for (Node child : n.next.values()) {
                    pending.push(child);
                }
            }
        }

        /** Makes the target lists immutable, so that matches can share them, and reads their constraints once. */
        @SuppressWarnings("unchecked")
        private void freeze(NameWords names) {
            targets = new Targets(targets);
            articleOnly = new boolean[targets.size()];
            for (int k = 0; k < targets.size(); k++) {
                Target t = targets.get(k);
                Alias a = t.alias();
                articleOnly[k] = a.definite() && a.tokens().size() == 1 && t.entry().type() != EntityType.PERSON
                        && names.givenName(a.tokens().get(0));
                constrained |= a.noClitic() || a.noArticle() || articleOnly[k] || !a.notAfter().isEmpty();
                if (!a.notAfter().isEmpty()) {
                    Set<String> words = new HashSet<>(notAfter);
                    words.addAll(a.notAfter());
                    notAfter = Set.copyOf(words);
                }
            }
            if (constrained) {
                byClitics = new List[] {allowed(false, false, null, 0), allowed(true, false, null, 0),
                        allowed(true, true, null, 0)};
            }
        }

        /**
         * The targets allowed after proclitics ({@code clitic}; {@code article} when they hold the
         * article) and, in text {@code t} ({@code null} for no text), at token {@code i}: this node's own
         * (shared, immutable) list when it allows them all.
         */
        List<Target> allowed(boolean clitic, boolean article, AnalyzedText t, int i) {
            List<Target> out = null;
            for (int k = 0; k < targets.size(); k++) {
                Alias a = targets.get(k).alias();
                // The word before is read from the vocabulary first: joined reads the article's text.
                boolean refused = a.noClitic() && clitic
                        || a.noArticle() && article
                        || articleOnly[k] && !article
                        || t != null && !a.notAfter().isEmpty() && i > 0 && a.notAfter().contains(t.norm(i - 1))
                        && joined(t, i - 1, i);
                if (refused && out == null) {
                    out = new ArrayList<>(targets.subList(0, k));
                } else if (!refused && out != null) {
                    out.add(targets.get(k));
                }
            }
            return out == null ? targets : new Targets(out);
        }

        /**
         * The edges out of this node by token id ({@code ids}), sorted: a text's scan follows an
         * edge by its word's token id (an int, looked up once per vocabulary word) rather than by
         * hashing its normalized form at every step, and stops at once at a word no name has.
         */
        int[] edgeTokens;
        Node[] edgeNodes;

        void index(Object2IntOpenHashMap<String> ids) {
            List<Map.Entry<String, Node>> edges = new ArrayList<>(next.entrySet());
            for (Map.Entry<String, Node> e : edges) {
                ids.putIfAbsent(e.getKey(), ids.size());
            }
            edges.sort(java.util.Comparator.comparingInt(e -> ids.getInt(e.getKey())));
            edgeTokens = new int[edges.size()];
            edgeNodes = new Node[edges.size()];
            for (int k = 0; k < edges.size(); k++) {
                edgeTokens[k] = ids.getInt(edges.get(k).getKey());
                edgeNodes[k] = edges.get(k).getValue();
                edgeNodes[k].index(ids);
            }
        }

        /** The node the edge of token id {@code token} leads to, or null. */
        Node child(int token) {
            if (token < 0) {
                // A word that follows no word in any name (most words).
                return null;
            }
            int[] keys = edgeTokens;
            if (keys.length <= 8) {
                for (int k = 0; k < keys.length; k++) {
                    if (keys[k] == token) {
                        return edgeNodes[k];
                    }
                }
                return null;
            }
            int k = java.util.Arrays.binarySearch(keys, token);
            return k >= 0 ? edgeNodes[k] : null;
        }
    }

    private final Node root = new Node();
    /** The same names keyed by the skeletons of their words, for spelling variants of people's names. */
    private final Node skeletons = new Node();
    private final NameWords nameWords;
    private static final Start[] NO_STARTS = new Start[0];
    /** A name read by its skeleton must have at least this many letters of skeleton, so short words never match by chance. */
    private static final int MIN_SKELETON = 5;
    /** ... and a one-word name at least this many. */
    private static final int MIN_SKELETON_ONE_WORD = 4;

    /** Compiles the aliases of {@code entries}. */
    public LexiconMatcher(List<Entry> entries) {
        this.nameWords = NameWords.builtIn();
        Titles titles = Titles.builtIn();
        for (Entry e : entries) {
            boolean person = e.type() == EntityType.PERSON;
            for (Alias a : e.aliases()) {
                int titled = person ? titled(titles, a) : 0;
                Target target = new Target(e, a, titled);
                add(root, a.tokens(), target);
                if (!person) {
                    continue;
                }
                List<String> title = a.tokens().subList(0, titled);
                List<String> name = a.tokens().subList(titled, a.tokens().size());
                for (List<String> v : NameForms.joins(name)) {
                    List<String> form = new ArrayList<>(title);
                    form.addAll(v);
                    add(root, form, target);
                }
                List<List<String>> forms = new ArrayList<>();
                forms.add(a.tokens());
                for (List<String> v : NameForms.variants(name)) {
                    List<String> form = new ArrayList<>(title);
                    form.addAll(v);
                    forms.add(form);
                }
                for (List<String> form : forms) {
                    add(root, form, target);
                    List<String> skeleton = new ArrayList<>(form.size());
                    int letters = 0;
                    for (String w : form) {
                        String k = NameForms.skeleton(w, nameWords.arabicGivenName(w));
                        skeleton.add(k);
                        letters += k.length();
                    }
                    if (titled == 0 && letters >= (form.size() == 1 ? MIN_SKELETON_ONE_WORD : MIN_SKELETON)) {
                        add(skeletons, skeleton, target);
                    }
                }
            }
        }
        root.freezeAll(nameWords);
        skeletons.freezeAll(nameWords);
        // The words of names after their first: the first is looked up per vocabulary word ({@link #starts}).
        for (Node n : root.next.values()) {
            n.index(tokenIds);
        }
        for (Node n : skeletons.next.values()) {
            n.index(skeletonIds);
        }
    }

    /** Ids of the words that follow another word in some name ({@link Node#index}). */
    private final Object2IntOpenHashMap<String> tokenIds = ids();
    /** Ids of the skeletons that follow another in some name's skeleton. */
    private final Object2IntOpenHashMap<String> skeletonIds = ids();

    private static Object2IntOpenHashMap<String> ids() {
        Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
        ids.defaultReturnValue(-1);
        return ids;
    }

    private static void add(Node trie, List<String> tokens, Target target) {
        Node node = trie;
        for (String token : tokens) {
            node = node.next.computeIfAbsent(token, k -> new Node());
        }
        for (Target t : node.targets) {
            if (t.entry() == target.entry() && t.alias().partial() == target.alias().partial()) {
                return;
            }
        }
        node.targets.add(target);
    }

    /** How many leading words of a person's alias are a title (الملك سلمان، السلطان قابوس), leaving a name after them. */
    private static int titled(Titles titles, Alias a) {
        // The alias's first token has lost its article; the title is read from the words as written.
        int brace = a.text().indexOf('{');
        String[] written = Patterns.WHITE_SPACE.split((brace < 0 ? a.text() : a.text().substring(0, brace)).strip());
        int k = 0;
        while (k < a.tokens().size() - 1 && k < written.length
                && titles.kind(org.newstables.text.TextAnalyzer.norm(written[k])) == Titles.Kind.HONORIFIC) {
            k++;
        }
        return k;
    }

    /**
     * Every match in {@code t}, left to right, longest first, without overlaps. A match of a name
     * after a title written into the alias (الملك عبدالله) gives way to a longer name that starts
     * after the title (الملك عبدالله الثاني); a person's name runs on over the parts of the name
     * news adds to it (بن عبد العزيز، آل سعود، الثاني).
     */
    public List<Match> match(AnalyzedText t) {
        return match(t, prepare(t.vocabulary()));
    }

    /**
     * What the matcher knows of every word of a vocabulary (where names begin, the words'
     * skeletons): worked out once per corpus and handed to {@link #match(AnalyzedText, Prepared)}
     * for each of its texts.
     */
    public static final class Prepared {
        final Start[][] starts;
        /** Each word's id among the words that follow another in some name ({@link Node#child}), or -1. */
        final int[] tokens;
        /** Each word's skeleton's id among the skeletons that follow another in some name's, or -1. */
        final int[] skeletonTokens;
        final Node[] fuzzyRoots;
        /**
         * Each word's part in running a person's name on ({@link #extended}): {@link #REGNAL_WORD} and
         * the like; and whether it is a proclitic written apart ({@link LexiconMatcher#APART_PROCLITIC}).
         */
        final byte[] runOn;
        /** Whether each word begins a name ({@link LexiconMatcher#BEGINS}) or a name's skeleton ({@link LexiconMatcher#BEGINS_SKELETON}), or neither (0). */
        final byte[] begins;

        private Prepared(Words words) {
            this.starts = words.starts();
            this.tokens = words.tokens();
            this.runOn = words.runOn();
            this.skeletonTokens = words.skeletonTokens();
            this.fuzzyRoots = words.fuzzyRoots();
            this.begins = words.begins();
        }
    }

    /** This matcher's knowledge of the words of {@code v} (the words it has now). */
    public Prepared prepare(Vocabulary v) {
        return new Prepared(wordsFor(v));
    }

    /** {@link #match(AnalyzedText)} with the vocabulary {@link #prepare prepared}. */
    public List<Match> match(AnalyzedText t, Prepared prepared) {
        List<Match> out = new ArrayList<>();
        Start[][] startsByWord = prepared.starts;
        int[] tokens = prepared.tokens;
        Node[] fuzzyRoots = prepared.fuzzyRoots;
        byte[] begins = prepared.begins;
        int n = t.size();
        // The sentence of each match, read forward from the last one's: the matches come in text order.
        int sentence = 1;
        int i = 0;
        Candidate best = new Candidate();
        Candidate after = new Candidate();
        while (i < n) {
            // Most words begin no name: one byte per word tells, without touching their splits.
            int begin = begins[t.word(i)];
            if (begin == 0) {
                i++;
                continue;
            }
            best.clear();
            if ((begin & BEGINS) != 0) {
                longestAt(t, startsByWord, tokens, prepared.runOn, i, best);
            }
            if (best.found() && best.first > i) {
                after.clear();
                longestAt(t, startsByWord, tokens, prepared.runOn, best.first, after);
                if (after.found() && after.first == best.first && after.last > best.last) {
                    best.set(after);
                }
            }
            Match match = null;
            if (best.found()) {
                sentence = t.sentences().numberAt(t.start(i), sentence);
                match = extended(t, prepared.runOn, best.first, best.last, best.start, best.end, sentence, best.targets, false);
            } else if ((begin & BEGINS_SKELETON) != 0) {
                Match fuzzy = fuzzyAt(t, prepared.skeletonTokens, fuzzyRoots[t.word(i)], i);
                if (fuzzy != null) {
                    match = extended(t, prepared.runOn, fuzzy.first(), fuzzy.last(), fuzzy.start(), fuzzy.end(),
                            fuzzy.sentence(), fuzzy.targets(), true);
                }
            }
            if (match != null) {
                out.add(match);
                i = match.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The longest match at a word while the trie is walked, filled in place: a {@link Match} is made
     * only for the one kept, with its sentence. Making one per candidate, and another once its
     * sentence and run-on were known, was a fifth of what mentions() allocated (async-profiler's
     * allocation samples, 30,000 generated articles).
     */
    private static final class Candidate {
        int first;
        int last;
        int start;
        int end;
        /** Null while nothing is found. */
        List<Target> targets;

        boolean found() {
            return targets != null;
        }

        void clear() {
            targets = null;
        }

        void set(int first, int last, int start, int end, List<Target> targets) {
            this.first = first;
            this.last = last;
            this.start = start;
            this.end = end;
            this.targets = targets;
        }

        void set(Candidate other) {
            set(other.first, other.last, other.start, other.end, other.targets);
        }
    }

    private void longestAt(AnalyzedText t, Start[][] startsByWord, int[] tokens, byte[] runOn, int i, Candidate best) {
        for (Start start : startsByWord[t.word(i)]) {
            tryBase(t, tokens, runOn, i, start, best);
        }
    }

    /** A person's name written another way (زيلنسكي for زيلينسكي): its words' skeletons walked in the skeleton trie. */
    private Match fuzzyAt(AnalyzedText t, int[] skeletonTokens, Node first, int i) {
        Node node = first;
        Match best = null;
        int j = i;
        while (node != null) {
            if (!node.targets.isEmpty()) {
                List<Target> allowed = allowed(node, t, i, "", false);
                if (!allowed.isEmpty()) {
                    best = new Match(i, j, t.start(i), t.end(j), t.sentence(i), allowed, true);
                }
            }
            Node next = j + 1 < t.size() ? node.child(skeletonTokens[t.word(j + 1)]) : null;
            if (next == null || !joined(t, j, j + 1)) {
                break;
            }
            node = next;
            j++;
        }
        return best;
    }

    /** Words that news adds after a ruler's name: regnal numbers. */
    private static final java.util.Set<String> REGNAL = java.util.Set.of("الاول", "الثاني", "الثالث", "الرابع",
            "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر");
    /** Words that link a name to the next part of it: بن، ابن، بنت، آل، ولد. */
    private static final java.util.Set<String> LINKS = java.util.Set.of("بن", "ابن", "بنت", "ال", "ولد");

    /**
     * A person's match run on over the parts of the name that follow it: a regnal number
     * (عبدالله الثاني) and each بن / ابن / بنت / آل / ولد with the name after it (سلمان بن عبدالعزيز آل سعود);
     * with its sentence. The words' parts are read from {@code runOn}, worked out once per vocabulary word.
     */
    private static Match extended(AnalyzedText t, byte[] runOn, int first, int last, int start, int end, int sentence,
            List<Target> targets, boolean fuzzy) {
        int j = last;
        if (targets.get(0).entry().type() == EntityType.PERSON) {
            int n = t.size();
            while (j + 1 < n) {
                int next = runOn[t.word(j + 1)];
                if ((next & (REGNAL_WORD | LINK_WORD)) == 0 || !joined(t, j, j + 1)) {
                    break;
                }
                if ((next & REGNAL_WORD) != 0) {
                    j++;
                } else if (j + 2 < n && joined(t, j + 1, j + 2) && (runOn[t.word(j + 2)] & NAME_LIKE_WORD) != 0) {
                    j += 2;
                    if ((runOn[t.word(j)] & COMPOUND_HEAD_WORD) != 0 && j + 1 < n && joined(t, j, j + 1)) {
                        j++;
                    }
                } else {
                    break;
                }
            }
        }
        return new Match(first, j, start, j == last ? end : t.end(j), sentence, targets, fuzzy);
    }

    private static final byte REGNAL_WORD = 1;
    private static final byte LINK_WORD = 2;
    private static final byte NAME_LIKE_WORD = 4;
    private static final byte COMPOUND_HEAD_WORD = 8;
    /** Not for running a name on, but kept with those bits: a proclitic written apart with tatweels (لـ), {@link #mentionStart}. */
    private static final byte APART_PROCLITIC = 16;

    private byte runOn(String norm, String surface) {
        return (byte) ((REGNAL.contains(norm) ? REGNAL_WORD : 0) | (LINKS.contains(norm) ? LINK_WORD : 0)
                | (nameWords.nameLike(norm) ? NAME_LIKE_WORD : 0) | (NameForms.compoundHead(norm) ? COMPOUND_HEAD_WORD : 0)
                | (surface.length() >= 2 && "وفبكل".indexOf(surface.charAt(0)) >= 0 && tatweels(surface, 1, surface.length())
                        ? APART_PROCLITIC : 0));
    }

    /** The skeleton of a word ({@link NameForms#skeleton}), or "" for a word that is never a variant spelling of a name. */
    private String skeleton(String norm, int hamzas) {
        // An ordinary word (مجلس) is never a variant spelling of a name (ماكاليس), whatever its skeleton.
        return nameWords.ordinary(norm, hamzas) || nameWords.stopWord(norm) ? ""
                : NameForms.skeleton(norm, nameWords.arabicGivenName(norm));
    }

    /**
     * The (proclitic, base) splits of a word that begin some name: the word as written first, then
     * without each proclitic sequence. Worked out once per word of a vocabulary ({@link #wordsFor});
     * most words begin no name and get an empty array.
     */
    private Start[] starts(String norm, int hamzas) {
        List<Start> out = new ArrayList<>(2);
        Node own = root.next.get(norm);
        if (own != null) {
            out.add(new Start("", own));
        }
        for (Clitics.Split split : CLITICS.candidates(norm, hamzas)) {
            Node node = root.next.get(split.base());
            if (node != null) {
                out.add(new Start(split.prefix(), node));
            }
        }
        return out.isEmpty() ? NO_STARTS : out.toArray(new Start[0]);
    }

    /**
     * A way a word begins names: the proclitics taken off it, and the trie node of what is left;
     * whether the proclitics hold the article, read once here rather than at each match.
     */
    private record Start(String prefix, Node node, boolean article) {

        Start(String prefix, Node node) {
            this(prefix, node, Clitics.hasArticle(prefix));
        }
    }

    /**
     * The splitter the matcher tries proclitics with: the grammar and minimum length of the one
     * {@link Clitics} splitter, with its built-in exceptions only — a name is tried as written
     * first, so a lexicon's own names need no protection here.
     */
    private static final Clitics CLITICS = Clitics.DEFAULT;

    /**
     * What the matcher knows of every word of a vocabulary, by word id, so that the scan of a text
     * is an array lookup per token: its splits that begin names, its id among the words that
     * follow another in a name (or -1), its part in running a name on, the skeleton trie's node
     * its skeleton begins (null for most words) and its skeleton's id among those that follow
     * another (or -1), and whether it begins anything at all.
     */
    private record Words(Start[][] starts, int[] tokens, byte[] runOn, Node[] fuzzyRoots, int[] skeletonTokens,
            byte[] begins) {

        Words(int size) {
            this(new Start[size][], new int[size], new byte[size], new Node[size], new int[size], new byte[size]);
        }

        /** A copy for a vocabulary of {@code size} words, the first ones as here. */
        Words grown(int size) {
            return new Words(java.util.Arrays.copyOf(starts, size), java.util.Arrays.copyOf(tokens, size),
                    java.util.Arrays.copyOf(runOn, size), java.util.Arrays.copyOf(fuzzyRoots, size),
                    java.util.Arrays.copyOf(skeletonTokens, size), java.util.Arrays.copyOf(begins, size));
        }
    }

    /** In {@link Words#begins}: the word begins some name, as written or after its proclitics. */
    private static final byte BEGINS = 1;
    /** In {@link Words#begins}: the word's skeleton begins some name's skeleton. */
    private static final byte BEGINS_SKELETON = 2;

    /**
     * The words of {@code v}, worked out once per word: kept while the vocabulary (its corpus)
     * lives, and grown by the new words if the vocabulary has grown since, so every word of a text
     * analysed with it has its entry. A word's entry depends on the word alone.
     */
    private Words wordsFor(Vocabulary v) {
        synchronized (byVocabulary) {
            Words s = byVocabulary.get(v);
            int size = v.size();
            if (s == null || s.begins().length < size) {
                int from = s == null ? 0 : s.begins().length;
                s = s == null ? new Words(size) : s.grown(size);
                for (int w = from; w < size; w++) {
                    String norm = v.norm(w);
                    s.starts()[w] = starts(norm, v.hamzas(w));
                    s.tokens()[w] = tokenIds.getInt(norm);
                    s.runOn()[w] = runOn(norm, v.surface(w));
                    String skeleton = skeleton(norm, v.hamzas(w));
                    s.fuzzyRoots()[w] = skeleton.isEmpty() ? null : skeletons.next.get(skeleton);
                    s.skeletonTokens()[w] = skeletonIds.getInt(skeleton);
                    s.begins()[w] = (byte) ((s.starts()[w].length > 0 ? BEGINS : 0)
                            | (s.fuzzyRoots()[w] != null ? BEGINS_SKELETON : 0));
                }
                byVocabulary.put(v, s);
            }
            return s;
        }
    }

    private final Map<Vocabulary, Words> byVocabulary = new java.util.WeakHashMap<>();

    private void tryBase(AnalyzedText t, int[] tokens, byte[] runOn, int i, Start start, Candidate best) {
        Node node = start.node();
        String prefix = start.prefix();
        int j = i;
        while (node != null) {
            if (!node.targets.isEmpty() && (!best.found() || j > best.last)) {
                List<Target> allowed = allowed(node, t, i, prefix, start.article());
                if (!allowed.isEmpty()) {
                    int titled = allowed.get(0).titled();
                    int first = i + titled;
                    // The sentence is looked up once the longest match is chosen (a binary search each time otherwise).
                    best.set(first, j, titled > 0 ? t.start(first) : mentionStart(t, runOn, i, prefix), t.end(j), allowed);
                }
            }
            Node next = j + 1 < t.size() ? node.child(tokens[t.word(j + 1)]) : null;
            if (next == null || !joined(t, j, j + 1)) {
                break;
            }
            node = next;
            j++;
        }
    }

    /** The targets the context allows: the node's own (shared, immutable) list when it allows them all. */
    private static List<Target> allowed(Node node, AnalyzedText t, int i, String prefix, boolean article) {
        if (!node.constrained) {
            return node.targets;
        }
        if (i == 0 || node.notAfter.isEmpty() || !node.notAfter.contains(t.norm(i - 1))) {
            return node.byClitics[clitics(prefix, article)];
        }
        return node.allowed(!prefix.isEmpty(), article, t, i);
    }

    /** Which of {@link Node#byClitics} proclitics {@code prefix} read: none, some without the article, with it. */
    private static int clitics(String prefix, boolean article) {
        return prefix.isEmpty() ? 0 : article ? 2 : 1;
    }

    /** Whether {@code text[from, to)} is all tatweels. */
    private static boolean tatweels(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.charAt(c) != '\u0640') {
                return false;
            }
        }
        return true;
    }

    /** A proclitic written apart with a tatweel just before the name (لـ شي) is part of the mention. */
    private static int mentionStart(AnalyzedText t, byte[] runOn, int i, String prefix) {
        if (prefix.isEmpty() && i > 0) {
            // Whether the word before is such a proclitic is read from a byte per vocabulary word (its
            // letters would be one more memory access per match); the sentence check (a binary search)
            // is made only for a لـ.
            if ((runOn[t.word(i - 1)] & APART_PROCLITIC) != 0
                    && onlySpace(t, i - 1, i) && t.sentence(i - 1) == t.sentence(i)) {
                return t.start(i - 1);
            }
        }
        return t.start(i);
    }

    /**
     * Two tokens are words of one name: same sentence, and between them only white space, a hyphen,
     * a tatweel, quotation marks, brackets, or the _ and # of hashtags, which news puts inside names
     * ({@code قمة "الصين وآسيا الوسطى"}, {@code [قاسم جومارت] توكاييف}).
     */
    static boolean joined(AnalyzedText t, int a, int b) {
        if (b == a + 1 && t.spaceAfter(a)) {
            // The common case: one space, which no sentence ends at (a sentence ends at punctuation or a line break).
            return true;
        }
        String text = t.text();
        int from = t.end(a);
        int to = t.start(b);
        for (int c = from; c < to; c++) {
            if (!Character.isWhitespace(text.charAt(c)) && JOINERS.indexOf(text.charAt(c)) < 0) {
                return false;
            }
        }
        return t.sentence(a) == t.sentence(b);
    }

    /** Characters that may stand between the words of one name. */
    static final String JOINERS = "-\u2010\u2011\u2013\u0640\"'«»“”‘’[]()_#";

    private static boolean onlySpace(AnalyzedText t, int a, int b) {
        if (b == a + 1 && t.spaceAfter(a)) {
            return true;
        }
        for (int c = t.end(a); c < t.start(b); c++) {
            if (!Character.isWhitespace(t.text().charAt(c))) {
                return false;
            }
        }
        return true;
    }
}

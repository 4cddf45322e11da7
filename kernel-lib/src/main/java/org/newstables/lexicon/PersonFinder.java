package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Clitics;
import org.newstables.text.TextNormalizer;
import org.newstables.text.Vocabulary;

/**
 * Finds the people an article names, whether or not a lexicon lists them.
 * <ul>
 *   <li><b>After a title</b> and its complements:
 *   <pre>
 * وزير الخارجية الروسي سيرغي لافروف          office, domain, nationality, name
 * والي تونس الشاذلي بوعلاق                    office, place, name with the article
 * وزير الطاقة والمناجم، محمد عرقاب            office, domain, a comma of apposition, name
 * مستشارا الملك عمر عزيمان وفؤاد عالي الهمة    a dual title and a list of names
 * وزراء الخزانة فلان، والشباب والرياضة فلان    a plural title, each name after its own domain
 * وزير الخارجية "محمد جواد ظريف"              a name in quotes
 * عمر هلال، سفير المغرب لدى الأمم المتحدة      a name, a comma, then its title
 *   </pre></li>
 *   <li><b>Without a title</b>: a given name the gazetteer knows followed by more name words
 *   (وقال زبير عثماني إن …), and a name standing on its own line or after كتب / بقلم (bylines,
 *   photo credits).</li>
 * </ul>
 * A name is a run of up to five words — a given name (the gazetteer, {@link NameWords}), or two or
 * three name-like words that are no ordinary word of news — with بن / ابن / بنت / آل / ولد / أبو
 * and compounds (عبد الرحمن، نور الدين) inside it. Precision comes first: a run stops at a stop
 * word, a verb, an ordinary word after the name's second word, a title, a country or organization,
 * a date word or punctuation; a given name alone counts only right after an honorific (الملك سلمان،
 * للا مريم); so الرئيس المصري في القاهرة, رئيس الوزراء الهندي يزور الصين and قال وزير الخارجية إن find
 * nobody. A title before a place or thing named after a person (مطار الملك عبد العزيز) is no mention.
 *
 * <p>Hand-written: no library recognizes Arabic person names; Lucene and ICU4J give the tokens,
 * the normalization and the clitics this works on.
 */
public final class PersonFinder {

    /**
     * A name found in the text.
     *
     * @param first      first token of the name
     * @param last       last token of the name
     * @param titleFirst first token of the title and its complements; -1 when there is none
     * @param titleLast  last token of the title and its complements
     * @param country    the country the title names (وزير الخارجية <b>الروسي</b>), or "" when none
     */
    public record Found(int first, int last, int titleFirst, int titleLast, String country) {
    }

    /**
     * The title written before a lexicon match of a person.
     *
     * @param match      index of the match in the matcher's list
     * @param titleFirst first token of the title
     * @param titleLast  last token of the title and its complements
     * @param country    the country the title names, or ""
     */
    public record Title(int match, int titleFirst, int titleLast, String country) {
    }

    /**
     * What one article gives: names found, titles of the lexicon's people, the lexicon matches that
     * are no mention (a partial name محمد inside a longer name found, a name in مطار الملك عبد العزيز),
     * how to label the names, and the tokens an organization's name may start at ({@link OrgFinder#add}),
     * found in the same pass over the tokens.
     */
    public record Result(List<Found> found, List<Title> titles, Set<Integer> superseded, Romanizer romanizer,
            int[] orgHeads) {
    }

    /** Most words a name may have, not counting بن, آل and the like. */
    private static final int MAX_NAME_WORDS = 5;
    /** Most tokens of complements between a title and the name. */
    private static final int MAX_COMPLEMENTS = 9;
    /** Date words that end a name (the weekday or time that follows it). */
    private static final Set<String> DATE_WORDS = Set.of("اليوم", "امس", "غدا", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه", "السبت", "صباح", "مساء", "يوم", "خلال", "الليله", "الاسبوع", "الشهر",
            "العام", "السنه");
    /** Short Chinese given names that are also Arabic stop words once normalized (وانغ إي). */
    private static final Set<String> SHORT_CHINESE = Set.of("اي", "يي", "هو", "لي", "يو");
    /** Words that link parts of one name. */
    private static final Set<String> LINKS = Set.of("بن", "ابن", "بنت", "ال", "ولد", "ابو", "ام", "دي", "دا", "فون", "فان");
    /** Prepositions inside an office, before the country, body or domain it is of (سفير الصين لدى مصر). */
    private static final Set<String> PREPOSITIONS = Set.of("في", "لدي", "الي", "عن", "مع");
    /** Offices whose domain follows باسم (المتحدث باسم الخارجية); elsewhere باسم is a given name. */
    private static final Set<String> SPOKESPEOPLE = Set.of("المتحدث", "متحدث", "المتحدثه", "متحدثه", "الناطق", "ناطق",
            "الناطقه", "ناطقه");
    /** Places and things named after a person (مطار الملك عبد العزيز، جائزة نوبل): a name after them is no mention of the person. */
    private static final Set<String> NAMED_AFTER = Set.of("مطار", "جامعه", "مستشفي", "شارع", "ميدان", "جائزه", "مسجد",
            "جامع", "باب", "قاعده", "مركز", "مؤسسه", "موسسه", "ملعب", "استاد", "قاعه", "جسر", "طريق", "مدرسه", "كليه", "معهد", "سد",
            "ميناء", "مينا", "حي", "مدينه", "مكتبه", "متحف", "وسام", "قلاده", "كاس", "بطوله", "مهرجان", "مجمع", "منتزه",
            "حديقه", "برج", "قصر", "مستشفيات", "شركه", "مصنع", "محطه", "ضريح", "نصب", "تمثال", "مقبره", "مخيم");
    /** List openers whose names must start with a given name the gazetteer knows (كل من محافظتي باي وهيران is no list of people). */
    /** Words that open a religious formula with الله (رحمه الله، حفظه الله، إن شاء الله): no name, whatever the gazetteer says. */
    private static final Set<String> FORMULAS = Set.of("رحمه", "رحمها", "يرحمه", "يرحمها", "رحمهم", "حفظه", "حفظها",
            "يحفظه", "يحفظها", "رعاه", "رعاها", "يرعاه", "وفقه", "ايده", "ايدها", "هداه", "تغمده", "شاء", "سبحان",
            "الحمد", "بسم", "جزاه", "نصره", "اعزه", "ادام", "اطال", "بارك", "لعنه", "عليه");

    private static final Set<String> WEAK_GROUPS = Set.of("كل", "كلا");
    /** Honorifics always followed by a person's name, so that a given name that is also a word (أسماء) counts after them. */
    private static final Set<String> PERSONAL = Set.of("للا", "مولاي", "الامير", "الاميره", "الشيخ", "الشيخه", "السلطان",
            "الملك", "الملكه", "السيد", "السيده", "سمو", "الاميرات", "الامراء");
    /** Words before باسم that make it "by the name of" (المعروف باسم), not a given name. */
    private static final Set<String> KNOWN_AS = Set.of("المعروف", "المعروفه", "الملقب", "الملقبه", "المسمي", "المسماه",
            "تحت", "يعرف", "تعرف", "معروف", "معروفه");
    /** Words that introduce the author of a page: كتب - فلان، بقلم فلان. */
    private static final Set<String> BYLINES = Set.of("كتب", "كتبت", "بقلم", "اعداد", "تصوير", "حوار", "تحرير", "متابعه",
            "ترجمه", "تقرير");

    // What a word of the vocabulary is, worked out once per word (bits of an int; COMPUTED marks a worked-out entry).
    private static final int COMPUTED = 1;
    private static final int GIVEN = 2;
    private static final int STRONG_GIVEN = 4;
    private static final int NAME_WORD = 8;
    private static final int ORDINARY = 16;
    private static final int VERB = 32;
    private static final int DEFINITE = 64;
    private static final int NAMED_AFTER_WORD = 128;
    private static final int PAIR_FIRST = 256;
    /** A word that may start a title, in some reading (الرئيس، ووزير، للملك). */
    private static final int TITLE_HEAD = 512;
    private static final int BYLINE = 1024;
    /** The second word of some given name of two words (أحمد in سيد أحمد). */
    private static final int PAIR_SECOND = 2048;
    private static final int SPOKESPERSON = 4096;
    private static final int KNOWN_AS_WORD = 8192;
    private static final int WEAK_GROUP = 16384;
    private static final int PREPOSITION = 32768;
    /** و and a given name that is no ordinary word (وأحمد، ومحمد): a name that opens the next item of a list. */
    private static final int AND_GIVEN = 65536;
    /** An office in the accusative (وزيرا، سفيرا، مستشارا): what a person is appointed as. */
    private static final int OFFICE_ACCUSATIVE = 131072;
    /** A word of {@link #FORMULAS}. */
    private static final int FORMULA = 262144;
    /** A word of {@link #LINKS}. */
    private static final int LINK = 524288;
    /** A surname written before the given name ({@link NameWords#surnameFirst}: Chinese, Korean, Vietnamese). */
    private static final int SURNAME_FIRST = 1048576;
    /** A head noun of an organization's name ({@link OrgFinder#isHead}): مجلس، والوزارة. */
    private static final int ORG_HEAD = 1 << 21;
    /** A demonstrative (هذه، ذلك): the head after it points back to a body named before. */
    private static final int DEMONSTRATIVE = 1 << 22;

    private final Titles titles = Titles.builtIn();
    private final NameWords words = NameWords.builtIn();
    /** First words of the lexicon's full names of people: given names the gazetteer may lack. */
    private final Set<String> lexiconGiven = new HashSet<>();
    private final Romanizer romanizer;
    private final Map<Vocabulary, WordFlags> flagsByVocabulary = new WeakHashMap<>();

    /** A finder that also knows the given names of the people in {@code entries}. */
    public PersonFinder(List<Entry> entries) {
        this.romanizer = new Romanizer(entries);
        for (Entry e : entries) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Alias a : e.aliases()) {
                String first = a.tokens().get(0);
                if (!a.partial() && a.tokens().size() >= 2 && titles.kind(first) == null
                        && titles.kind("ال" + first) == null && !LINKS.contains(first) && words.nameLike(first)) {
                    lexiconGiven.add(first);
                }
            }
        }
    }

    /** The names and titles of one article whose lexicon matches are {@code matches}. */
    public Result find(AnalyzedText t, List<LexiconMatcher.Match> matches) {
        return find(t, matches, prepare(t.vocabulary()));
    }

    /** What the finder knows of every word of a vocabulary, fetched once per corpus for {@link #find(AnalyzedText, List, Prepared)}. */
    public static final class Prepared {
        final int[] flags;
        final byte[] starts;
        final Titles.Readings readings;

        private Prepared(WordFlags flags, Titles.Readings readings) {
            this.flags = flags.flags();
            this.starts = flags.starts();
            this.readings = readings;
        }
    }

    /** This finder's knowledge of the words of {@code v}. */
    public Prepared prepare(Vocabulary v) {
        return new Prepared(flagsFor(v), titles.readings(v));
    }

    /**
     * The flags of each word of a vocabulary, and a byte per word for the pass over every token that
     * finds where the scans start ({@link #STARTS_NOTHING} or {@link #STARTS_SOMETHING}): a byte a
     * word keeps that pass's look-ups in cache for a large vocabulary. Both 0 until worked out.
     */
    private record WordFlags(int[] flags, byte[] starts) {
    }

    /** A word no scan starts at. */
    private static final byte STARTS_NOTHING = 1;
    /** A word a scan may start at: a title, a given name, an office in the accusative, an organization's head. */
    private static final byte STARTS_SOMETHING = 2;
    private static final int STARTING = TITLE_HEAD | GIVEN | PAIR_FIRST | AND_GIVEN | OFFICE_ACCUSATIVE | ORG_HEAD;

    /** {@link #find(AnalyzedText, List)} with the vocabulary {@link #prepare prepared}. */
    public Result find(AnalyzedText t, List<LexiconMatcher.Match> matches, Prepared prepared) {
        Scan s;
        boolean released = false;
        try {
            s = new Scan(t, matches, prepared);
            s.namedAfterMatches();
            s.titled();
            s.appointed();
            s.standalone();
            s.untitled();
            s.supersedeCovered();
            s.release();
            released = true;
        } finally {
            if (!released) {
                // An article that failed half-way may leave the array dirty: the thread makes a new one.
                KEPT_AT.remove();
            }
        }
        s.found.sort(Comparator.comparingInt(Found::first));
        return new Result(s.found, s.titled, s.superseded, romanizer, s.orgHeads);
    }

    /**
     * Each thread's array of {@link Scan#keptAt}, all zeros between two articles: made for every
     * article it was the largest allocation of the mentions step (about a tenth of its bytes in a
     * JFR allocation profile of 30,000 generated articles).
     */
    private static final ThreadLocal<int[][]> KEPT_AT = ThreadLocal.withInitial(() -> new int[][] {new int[0]});

    /** One article's scan: its tokens, its lexicon matches and what has been found so far. */
    private final class Scan {
        final AnalyzedText t;
        final int n;
        final List<LexiconMatcher.Match> matches;
        /** The matches that stand in a name's way, by their index in the matcher's list. */
        final int[] matchIndex;
        /** For each token, 1 + the position in matchIndex of the match covering it, or 0. */
        final int[] keptAt;
        /** A match no lookup finds for now (while a longer name is read through it), or -1. */
        int hidden = -1;
        final int[] flags;
        /** Tokens of the names found so far; made with the first name. */
        boolean[] taken;
        final List<Found> found = new ArrayList<>();
        final List<Title> titled = new ArrayList<>();
        final Set<Integer> superseded = new HashSet<>();

        /** What stands between token i and token i + 1, worked out once per article: every gap asked about is between neighbours. */
        byte[] gaps;
        /** The title list's readings of the vocabulary's words, fetched once for the article. */
        final Titles.Readings readings;
        /** Whether token i starts a strong given name: 0 not yet known, 1 yes, 2 no. */
        byte[] strong;
        static final byte SPACE_GAP = 1;
        static final byte COMMA_GAP = 2;
        static final byte PLAIN = 4;
        static final byte SEGMENT = 8;
        static final byte QUOTE = 16;
        static final byte KNOWN = 32;

        Scan(AnalyzedText t, List<LexiconMatcher.Match> matches, Prepared prepared) {
            this.t = t;
            this.n = t.size();
            this.matches = matches;
            this.flags = prepared.flags;
            byte[] startBytes = prepared.starts;

            this.readings = prepared.readings;

            // The matches that stand in a name's way, and which of them covers each token, for lookups by position.
            int[] index = new int[matches.size()];
            // The thread's array, zero where this article's tokens are; release() zeroes it again.
            int[][] scratch = KEPT_AT.get();
            if (scratch[0].length < n) {
                scratch[0] = new int[n];
            }
            this.keptAt = scratch[0];
            int kept = 0;
            for (int m = 0; m < matches.size(); m++) {
                LexiconMatcher.Match x = matches.get(m);
                // A variant spelling of a partial name (عثماني for العثيمين) is too weak to stand in a name's way.
                if (x.fuzzy() && x.partial()) {
                    continue;
                }
                index[kept++] = m;
                Arrays.fill(keptAt, x.first(), x.last() + 1, kept);
            }
            this.matchIndex = index;
            // One pass over the tokens finds the few the scans start from: titles, and given names.
            // Every later step looks at those and their neighbours only (a pass over an article's
            // tokens costs its memory traffic, whatever it does).
            int[] h = new int[8];
            int[] g = new int[8];
            int[] acc = new int[4];
            int[] o = new int[4];
            int hs = 0;
            int gs = 0;
            int as = 0;
            int os = 0;
            for (int i = 0; i < n; i++) {
                int w = t.word(i);
                byte b = startBytes[w];
                if (b == 0) {
                    // Two threads may both work a word out: they write the same value.
                    b = (flag(i) & STARTING) != 0 ? STARTS_SOMETHING : STARTS_NOTHING;
                    startBytes[w] = b;
                }
                if (b == STARTS_NOTHING) {
                    // Most words start nothing: one byte a word tells.
                    continue;
                }
                int f = flag(i);
                // هذه المبادرة التضامنية: a demonstrative points back to a body named before, or to none.
                // (The last token starts no name: none can follow it.)
                if ((f & ORG_HEAD) != 0 && (i == 0 || (flag(i - 1) & DEMONSTRATIVE) == 0) && i < n - 1) {
                    if (os == o.length) {
                        o = Arrays.copyOf(o, os * 2);
                    }
                    o[os++] = i;
                }
                if ((f & OFFICE_ACCUSATIVE) != 0) {
                    if (as == acc.length) {
                        acc = Arrays.copyOf(acc, as * 2);
                    }
                    acc[as++] = i;
                }
                if ((f & (TITLE_HEAD | GIVEN | PAIR_FIRST | AND_GIVEN)) == 0) {
                    continue;
                }
                if (keptAt[i] != 0) {
                    continue;
                }
                if ((f & TITLE_HEAD) != 0) {
                    if (hs == h.length) {
                        h = Arrays.copyOf(h, hs * 2);
                    }
                    h[hs++] = i;
                }
                // A word that is no name word (على, on, read as علي) starts a name only as the first of a
                // pair (nameStart), and the scans of givens ask nothing that matters before that: leave out
                // the others (most of them, in news).
                if ((f & (GIVEN | PAIR_FIRST | AND_GIVEN)) != 0 && ((f & NAME_WORD) != 0
                        || (f & PAIR_FIRST) != 0 && i + 1 < n && (flag(i + 1) & PAIR_SECOND) != 0)) {
                    if (gs == g.length) {
                        g = Arrays.copyOf(g, gs * 2);
                    }
                    g[gs++] = i;
                }
            }
            this.heads = Arrays.copyOf(h, hs);
            this.accusatives = Arrays.copyOf(acc, as);
            this.givens = Arrays.copyOf(g, gs);
            this.orgHeads = Arrays.copyOf(o, os);
        }

        /** Zeroes what this article wrote into the thread's {@link #keptAt}: the ranges of its matches. */
        void release() {
            for (LexiconMatcher.Match x : matches) {
                Arrays.fill(keptAt, x.first(), x.last() + 1, 0);
            }
        }

        /** Whether token {@code i} is in a name found so far. */
        boolean taken(int i) {
            return taken != null && taken[i];
        }

        void take(int first, int last) {
            if (taken == null) {
                taken = new boolean[n];
            }
            Arrays.fill(taken, first, last + 1, true);
        }

        /** The index (in the matcher's list) of the match covering token {@code i}, or -1. */
        int matchAt(int i) {
            int k = i < 0 || i >= n ? -1 : keptAt[i] - 1;
            return k < 0 || matchIndex[k] == hidden ? -1 : matchIndex[k];
        }

        /** Tokens that may start a title, in order. */
        final int[] heads;
        /** The offices in the accusative (وزيرا), for {@link #appointed}. */
        final int[] accusatives;
        /** Tokens that may start a given name (and a name: {@link #nameStart}), in order. */
        final int[] givens;
        /** Tokens that may start an organization's name, in order, whether a match covers them or not. */
        final int[] orgHeads;

        /** The flags of token {@code j}'s word, worked out when first needed. */
        int flag(int j) {
            int w = t.word(j);
            int f = flags[w];
            if (f == 0) {
                f = computeFlags(t.vocabulary(), w);
                flags[w] = f;
            }
            return f;
        }

        /** The weak matches a name found covers: no mentions of their own. */
        void supersedeCovered() {
            for (int m = 0; m < matches.size(); m++) {
                LexiconMatcher.Match x = matches.get(m);
                if (x.fuzzy() && x.partial() && (taken(x.first()) || taken(x.last())) || x.partial() && insideFound(x)) {
                    superseded.add(m);
                }
            }
        }

        /** Whether a name found runs past the lexicon's partial name on both or either side (حمدان الزبيدي over الزبيدي). */
        boolean insideFound(LexiconMatcher.Match x) {
            for (Found f : found) {
                if (f.first() <= x.first() && x.last() <= f.last() && f.last() - f.first() > x.last() - x.first()) {
                    return true;
                }
            }
            return false;
        }

        /** Lexicon people in مطار الملك عبد العزيز and the like: no mention. */
        void namedAfterMatches() {
            for (int m = 0; m < matches.size(); m++) {
                LexiconMatcher.Match x = matches.get(m);
                int before = x.first() - 1;
                if (before < 0 || !is(before, NAMED_AFTER_WORD | TITLE_HEAD)) {
                    continue;
                }
                before = x.first() - x.targets().get(0).titled() - 1;
                if (before >= 0 && is(before, NAMED_AFTER_WORD) && !is(before, DEFINITE) && person(x)
                        && LexiconMatcher.joined(t, before, before + 1)) {
                    superseded.add(m);
                }
            }
        }

        /** Every title, with the names after (or before) it. */
        void titled() {
            int next = 0;
            for (int i : heads) {
                if (i < next) {
                    continue;
                }
                Titles.Head head = titles.headAt(readings, t, i);
                if (head != null && !nameNotTitle(head)) {
                    next = afterTitle(head);
                }
            }
        }

        /**
         * Names before the office they are appointed to, in the accusative (بتعيين مولاي ولد محمد
         * لغظف وزيرا، ونضال الشعار وزيرا للاقتصاد): a name of two to four words that ends right before it.
         */
        void appointed() {
            for (int k : accusatives) {
                if (k < 2 || gap(k - 1, k) != Gap.SPACE || taken(k - 1)) {
                    continue;
                }
                int first = k - 1;
                while (first - 1 >= 0 && k - first < MAX_NAME_WORDS + 1 && gap(first - 1, first) == Gap.SPACE
                        && plain(first - 1, first) && !taken(first - 1)
                        && (nameWord(first - 1) || is(first - 1, LINK) || is(first - 1, AND_GIVEN))) {
                    first--;
                }
                // The run may have taken words before the name: it starts at a given name, or at a word after a break.
                while (first < k - 1 && !(is(first, GIVEN) || is(first, AND_GIVEN) || first == 0 || gap(first - 1, first) != Gap.SPACE)) {
                    first++;
                }
                boolean linked = false;
                for (int j = first + 1; j < k - 1; j++) {
                    linked |= is(j, LINK);
                }
                if (first >= k - 1 || !nameStart(first) && !is(first, AND_GIVEN) && !(linked && nameWord(first))) {
                    continue;
                }
                int[] run = {first, k - 1};
                int count = wordCount(run);
                // After a given name, a surname may be an ordinary word (الشعار، الصالح): the office vouches for it.
                // So does ولد or بن inside the name (الناني ولد أشروقه).
                // (A given name with the article that is also a word, اليمين, does not: اليمين الدستورية.)
                boolean givenFirst = strongGivenAt(first) || is(first, AND_GIVEN) || is(first, GIVEN) && !is(first, DEFINITE);
                boolean plainWords = givenFirst || !is(first, DEFINITE);
                for (int j = first; j < k; j++) {
                    plainWords &= !is(j, VERB) && (givenFirst || linked || !is(j, ORDINARY) || is(j, GIVEN) || is(j, LINK));
                }
                plainWords |= linked && !is(first, ORDINARY) && !is(first, VERB);
                if (count >= 2 && count <= MAX_NAME_WORDS && plainWords && !overlapsBut(run)) {
                    add(run, -1, -1, "");
                }
            }
        }

        /** A title word that is the given name here (أمين، سلطان، مساعد before a surname). */
        boolean nameNotTitle(Titles.Head head) {
            int i = head.first();
            if (head.last() != i || head.kind() != Titles.Kind.OFFICE || !is(i, GIVEN) || i + 1 >= n) {
                return false;
            }
            int j = i + 1;
            return gap(i, j) == Gap.SPACE && matchAt(j) < 0 && !is(j, DEFINITE) && !titles.complement(readings, t, j)
                    && nameWord(j);
        }

        /** Reads the complements after a title and the name after them; returns the token to go on from. */
        int afterTitle(Titles.Head head) {
            if (head.first() > 0 && is(head.first() - 1, NAMED_AFTER_WORD) && !is(head.first() - 1, DEFINITE)
                    && LexiconMatcher.joined(t, head.first() - 1, head.first())) {
                // مطار الملك عبد العزيز: the name is the airport's; no later pass may take it for a person.
                int[] run = head.last() + 1 < n ? nameRun(head.last() + 1) : null;
                if (run != null) {
                    take(run[0], run[1]);
                    return run[1] + 1;
                }
                return head.last() + 1;
            }
            String country = "";
            int titleStart = head.first();
            // The last title word before the name: a lone given name counts only after an honorific.
            // (a title of several words, ولي عهد, is taken for an office here: ولي عهد أبوظبي names a place).
            Titles.Kind lastKind = head.last() == head.first() ? head.kind() : Titles.Kind.OFFICE;
            boolean spokesperson = is(head.first(), SPOKESPERSON);
            int j = head.last() + 1;
            boolean comma = false;
            while (j < n && j - head.last() <= MAX_COMPLEMENTS) {
                Gap g = gap(j - 1, j);
                if (g == Gap.COMMA && !comma && j - 1 > head.first()) {
                    comma = true;
                } else if (g != Gap.SPACE) {
                    break;
                }
                if (matchAt(j) >= 0) {
                    LexiconMatcher.Match m = matches.get(matchAt(j));
                    Entry e = m.targets().get(0).entry();
                    if (person(m)) {
                        return personAfterTitle(head, titleStart, j, m, country);
                    }
                    if (e.type() == EntityType.COUNTRY && country.isEmpty() && m.targets().size() == 1) {
                        country = e.key();
                    }
                    lastKind = null;
                    j = m.last() + 1;
                    continue;
                }
                if (titles.place(readings, t, j)) {
                    // منطقة سوس ماسة درعة: the region's own name follows, up to a given name or a match.
                    j++;
                    for (int c = 0; c < 3 && j < n && gap(j - 1, j) == Gap.SPACE && matchAt(j) < 0
                            && !strongGivenAt(j) && nameWord(j); c++) {
                        j++;
                    }
                    lastKind = null;
                    continue;
                }
                if (titles.complement(readings, t, j)) {
                    lastKind = null;
                    j++;
                    continue;
                }
                String norm = t.norm(j);
                if ((is(j, PREPOSITION) || norm.equals("باسم") && (spokesperson || is(j - 1, KNOWN_AS_WORD)))
                        && j + 1 < n
                        && gap(j, j + 1) == Gap.SPACE && (matchAt(j + 1) >= 0 && !person(matches.get(matchAt(j + 1)))
                        || is(j + 1, DEFINITE) && !is(j + 1, GIVEN))) {
                    lastKind = null;
                    j++;
                    continue;
                }
                Titles.Head inner = titles.headAt(readings, t, j);
                if (inner != null && !nameNotTitle(inner)) {
                    if (Clitics.afterConjunction(norm) != null && titles.kind(norm) == null) {
                        // ووزراء الداخلية after الرئيس التركي: a new title, whose country is its own.
                        titleStart = j;
                        country = "";
                    }
                    lastKind = inner.last() == inner.first() ? inner.kind() : Titles.Kind.OFFICE;
                    j = inner.last() + 1;
                    continue;
                }
                if (is(j, DEFINITE) && !is(j, GIVEN) || is(j, ORDINARY) && !is(j, VERB) && !words.stopWord(norm)) {
                    // The article's words, and ordinary nouns (برئاسة الجمهورية، والجالية), complete the office.
                    lastKind = null;
                    j++;
                    continue;
                }
                break;
            }
            boolean usable = j < n && j - head.last() <= MAX_COMPLEMENTS
                    && (j == head.last() + 1 || gap(j - 1, j) != Gap.OTHER);
            int[] run = usable ? nameRun(j) : null;
            boolean weak = is(head.first(), WEAK_GROUP);
            if (run != null && accepted(run, quoted(j), lastKind == Titles.Kind.HONORIFIC, personal(j - 1), weak, t.norm(j))) {
                add(run, titleStart, j - 1, country);
                return listMembers(run[1], head, titleStart, j - 1, country);
            }
            int[] before = nameBefore(head.first());
            if (before != null) {
                add(before, head.first(), j - 1, country);
            }
            return j;
        }

        /**
         * A lexicon person right after a title: the title is theirs, unless a longer name found
         * there replaces a partial match (محمد عرقاب where محمد is a partial name of someone else),
         * or a name follows the person, who is then a complement (مستشار الحريري مصطفى ناصر).
         */
        int personAfterTitle(Titles.Head head, int titleStart, int j, LexiconMatcher.Match m, String country) {
            if (m.partial()) {
                int[] longer = longerThanPartial(j, m);
                if (longer != null) {
                    superseded.add(matchAt(j));
                    add(longer, titleStart, j - 1, country);
                    return listMembers(longer[1], head, titleStart, j - 1, country);
                }
            }
            int k = m.last() + 1;
            if (k < n && gap(m.last(), k) == Gap.SPACE && strongGivenAt(k) && nameStart(k)) {
                int[] run = nameRun(k);
                if (run != null && wordCount(run) >= 2) {
                    add(run, titleStart, m.last(), country);
                    return run[1] + 1;
                }
            }
            String link = m.targets().get(0).entry().link();
            if (country.isEmpty() || link.isEmpty() || link.equals(country) || m.targets().size() > 1) {
                titled.add(new Title(matchAt(j), titleStart, j - 1, country));
            }
            // else: a title of another country's office (التقى رستم إمام علي رئيس الجمعية الوطنية في طاجيكستان
            // وانغ): it describes the person before it, not the one after.
            return listMembers(m.last(), head, titleStart, j - 1, country);
        }

        /** A name that begins with a lexicon's partial name and runs on past it: the longer name, or null. */
        int[] longerThanPartial(int j, LexiconMatcher.Match m) {
            hidden = matchAt(m.first());
            int[] run = nameRun(j);
            hidden = -1;
            return run != null && run[1] > m.last() && accepted(run, quoted(j), false, false, false, t.norm(j)) ? run : null;
        }

        /**
         * The names that follow a name in a list, each after و or a comma, with their own domain
         * first if they have one (…، والشباب والرياضة محمد قصاب أوغلو): after a plural or dual
         * title any name, after another title only a name of two or more words that starts with a
         * given name. Returns the token to go on from.
         */
        int listMembers(int last, Titles.Head head, int titleFirst, int titleLast, String country) {
            int k = last;
            while (k + 1 < n) {
                int j = k + 1;
                Gap g = gap(k, j);
                String norm = t.norm(j);
                String afterAnd = g == Gap.SPACE && !is(j, GIVEN) ? Clitics.afterConjunction(norm) : null;
                boolean and = afterAnd != null;
                if (!and && g != Gap.COMMA || isTitle(and ? afterAnd : norm) || titles.headAt(readings, t, j) != null) {
                    break;
                }
                int start = j;
                while (start < n && start - j < MAX_COMPLEMENTS && (start == j || gap(start - 1, start) == Gap.SPACE)
                        && matchAt(start) < 0 && (is(start, DEFINITE) && !is(start, GIVEN) || titles.complement(readings, t, start))) {
                    start++;
                }
                if (start >= n || start > j && gap(start - 1, start) != Gap.SPACE) {
                    break;
                }
                int memberFirst = start > j ? j : titleFirst;
                int memberLast = start > j ? start - 1 : titleLast;
                if (matchAt(start) >= 0) {
                    // A member the lexicon knows (والدفاع خلوصي أكار): it takes its title, and the list goes on.
                    LexiconMatcher.Match m = matches.get(matchAt(start));
                    if (!person(m) || start == j && !and && g != Gap.COMMA) {
                        break;
                    }
                    titled.add(new Title(matchAt(start), memberFirst, memberLast, country));
                    k = m.last();
                    continue;
                }
                String first = start == j && and ? afterAnd : t.norm(start);
                int[] run = nameRun(start);
                if (run == null) {
                    break;
                }
                boolean known = words.givenName(first) && !words.commonWord(first) || lexiconGiven.contains(first)
                        || start + 1 < n && words.givenName(first, t.norm(start + 1));
                boolean takenHere = head.kind() == Titles.Kind.GROUP
                        ? (known || words.givenName(first)) && accepted(run, false, true, true, false, first)
                        : known && wordCount(run) >= 2 && surnameAfterGiven(run);
                if (!takenHere) {
                    break;
                }
                add(run, memberFirst, memberLast, country);
                k = run[1];
            }
            return k + 1;
        }

        /** Whether a normalized word is a title (honorific, office or group), not a complement. */
        boolean isTitle(String norm) {
            Titles.Kind kind = titles.kind(norm);
            return kind == Titles.Kind.HONORIFIC || kind == Titles.Kind.OFFICE || kind == Titles.Kind.GROUP;
        }

        /**
         * A name written before its title, with a comma between (عمر هلال، سفير المغرب): a run of
         * name words ending right before the comma, starting with a given name the gazetteer knows.
         */
        int[] nameBefore(int title) {
            if (title < 2 || gap(title - 1, title) != Gap.COMMA) {
                return null;
            }
            int last = title - 1;
            if (taken(last)) {
                return null;
            }
            int first = last;
            while (first - 1 >= 0 && last - first + 1 < MAX_NAME_WORDS && gap(first - 1, first) == Gap.SPACE
                    && !taken(first - 1) && nameWord(first - 1)) {
                first--;
            }
            // The run may have taken words before the name (a verb the list lacks): start at its first given name.
            // A given name that is also a word (عمر، كمال) starts it only with a surname after it.
            while (first < last && !strongGivenAt(first) && !is(first, AND_GIVEN)
                    && !(is(first, GIVEN) && surnameAfterGiven(new int[] {first, last}))) {
                first++;
            }
            if (first >= last) {
                return null;
            }
            int[] run = nameRun(first);
            return run != null && run[1] == last ? run : null;
        }

        /**
         * Names that stand on their own, with no title: a byline after كتب / بقلم, or a name of two
         * to four words, starting with a given name the gazetteer knows, that is a line or a segment
         * of its own between line breaks, slashes, bars, dashes or colons (an author's line, a photo
         * credit: رويترز / أليكسي نيكولسكي / الكرملين), or opens a line before a comma (- فلان، مستشار).
         */
        void standalone() {
            int after = 0;
            for (int i : givens) {
                if (i < after || !strongGivenAt(i) || taken(i) || matchAt(i) >= 0) {
                    continue;
                }
                boolean opens = i == 0 || segmentBreak(i - 1, i);
                boolean byline = i > 0 && is(i - 1, BYLINE) && matchAt(i - 1) < 0
                        && (i - 1 == 0 || segmentBreak(i - 2, i - 1)) && !between(i - 1, i).contains("\n");
                if (!byline && !opens || !strongGivenAt(i)) {
                    continue;
                }
                int[] run = nameRun(i);
                if (run == null || overlaps(run)) {
                    continue;
                }
                int count = wordCount(run);
                boolean alone = run[1] + 1 >= n || segmentBreak(run[1], run[1] + 1)
                        || opens && gap(run[1], run[1] + 1) == Gap.COMMA;
                if (count >= 2 && count <= 4 && (alone || byline) && surnameAfterGiven(run)) {
                    add(run, -1, -1, "");
                    after = run[1] + 1;
                }
            }
        }

        /**
         * Names with no title anywhere in the text: a given name the gazetteer knows (not one that
         * is also an ordinary word) followed by one to four more name words (وقال زبير عثماني إن).
         */
        void untitled() {
            int after = 0;
            for (int i : givens) {
                if (i < after) {
                    continue;
                }
                boolean strongStart = strongGivenAt(i) || is(i, AND_GIVEN) && !words.commonWord(Clitics.afterConjunction(t.norm(i)));
                if (!strongStart && !mayBeVouched(i) || taken(i) || matchAt(i) >= 0 || titles.headAt(readings, t, i) != null) {
                    continue;
                }
                // Inside a name (محمد علي), the name starts at its first given name, which was not taken.
                if (i > 0 && gap(i - 1, i) == Gap.SPACE && plain(i - 1, i) && nameWord(i - 1)
                        && (is(i - 1, GIVEN) || is(i - 1, LINK))) {
                    continue;
                }
                int[] run = nameRun(i);
                // رحمه الله، حفظه الله، إن شاء الله: a formula, not a name, when nothing follows الله.
                boolean formula = run != null && run[1] == run[0] + 1 && t.norm(run[1]).equals("الله");
                if (run != null && !formula && !overlapsBut(run) && wordCount(run) >= 2 && surnameAfterGiven(run)
                        && (strongStart || vouched(run))) {
                    add(run, -1, -1, "");
                    after = run[1] + 1;
                }
            }
        }

        /**
         * Whether a name that starts with a given name that is also a word (نضال، حميد، بدر) is
         * vouched for by what follows it: a surname that is a nisba with the article (الشيباني), an
         * office in the accusative (نضال الشعار وزيرا للاقتصاد), a title after a comma, or a country in
         * brackets (حميد الشيباني (اليمن)).
         */
        boolean vouched(int[] run) {
            int last = run[1];
            String surname = t.norm(last);
            if (surname.length() >= 6 && Clitics.startsWithArticle(surname) && surname.endsWith("ي") && !is(last, ORDINARY)) {
                return true;
            }
            int k = last + 1;
            if (k >= n) {
                return false;
            }
            String next = t.norm(k);
            if (gap(last, k) == Gap.SPACE && next.length() >= 4 && next.endsWith("ا")
                    && titles.kind(next.substring(0, next.length() - 1)) == Titles.Kind.OFFICE) {
                return true;
            }
            if (gap(last, k) == Gap.COMMA && titles.headAt(readings, t, k) != null) {
                return true;
            }
            int m = matchAt(k);
            return m >= 0 && between(last, k).strip().equals("(") && matches.get(m).targets().get(0).entry().type() == EntityType.COUNTRY;
        }

        /**
         * A cheap first test of {@link #vouched} for a name from token {@code i}: a nisba with the
         * article after it, or a break (a comma, a bracket) or an office in the accusative after its
         * second or third word.
         */
        boolean mayBeVouched(int i) {
            if (i + 1 >= n) {
                return false;
            }
            if (is(i + 1, DEFINITE) && t.norm(i + 1).endsWith("ي")) {
                return true;
            }
            for (int k = i + 2; k < n && k <= i + 3; k++) {
                if (is(k, OFFICE_ACCUSATIVE) || gap(k - 1, k) != Gap.SPACE || matchAt(k) >= 0 && between(k - 1, k).contains("(")) {
                    return true;
                }
            }
            return false;
        }

        /** {@link #overlaps}, but a lexicon person's surname after another given name ({@link #surnameOfAnother}) is no overlap. */
        boolean overlapsBut(int[] run) {
            for (int k = run[0]; k <= run[1]; k++) {
                if (taken(k) || matchAt(k) >= 0 && !(k == run[0] + 1 && surnameOfAnother(run[0], k))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a run without a title has a word after its given name that is no ordinary word of news. */
        boolean surnameAfterGiven(int[] run) {
            for (int k = run[0] + 1; k <= run[1]; k++) {
                String w = t.norm(k);
                // A nisba is a surname even when it is also an adjective (عثماني، روحاني).
                if (!is(k, LINK) && (!is(k, ORDINARY) || w.length() >= 4 && w.endsWith("ي") && !is(k, VERB))) {
                    return true;
                }
            }
            return false;
        }

        /** The name starting at token {@code j}: its first and last token, or null when {@code j} cannot start a name. */
        int[] nameRun(int j) {
            if (!nameStart(j) || j + 1 < n && is(j, FORMULA) && t.norm(j + 1).equals("الله")) {
                return null;
            }
            int k = j;
            int count = 1;
            boolean latin = latin(j);
            if (k + 1 < n && gap(k, k + 1) == Gap.SPACE && plain(k, k + 1) && is(j, SURNAME_FIRST)
                    && t.norm(k + 1).length() <= 3 && t.norm(k + 1).chars().allMatch(Character::isLetter) && matchAt(k + 1) < 0
                    && (!words.stopWord(t.norm(k + 1)) || SHORT_CHINESE.contains(t.norm(k + 1)))) {
                // A Chinese name is written surname first, and its given name may be short (وانغ إي، لي بينغ).
                k++;
                count++;
            }
            while (k + 1 < n && gap(k, k + 1) == Gap.SPACE && plain(k, k + 1)) {
                String w = t.norm(k + 1);
                if (k == j && surnameOfAnother(j, k + 1)) {
                    k++;
                    count++;
                    continue;
                }
                if (latin(k + 1) != latin || titles.headAt(readings, t, k + 1) != null && !is(k + 1, GIVEN)) {
                    break;
                }
                if (NameForms.compoundHead(t.norm(k)) && !w.isEmpty() && Character.isLetter(w.charAt(0)) && matchAt(k + 1) < 0
                        && !words.stopWord(w)) {
                    k++;
                    continue;
                }
                if (is(k + 1, LINK) && k + 2 < n && gap(k + 1, k + 2) == Gap.SPACE && matchAt(k + 2) < 0
                        && nameWord(k + 2)) {
                    k += 2;
                    count++;
                    continue;
                }
                boolean ordinary = is(k + 1, ORDINARY) && !is(k + 1, GIVEN);
                if (count >= MAX_NAME_WORDS || !nameWord(k + 1) || newListMember(k + 1) || is(k + 1, LINK)
                        || conjoined(k + 1) || ordinary && !is(k + 1, DEFINITE) && (count >= 2 || idafa(k + 1))
                        // a plural or dual with the article (البلدين، العلاقات) is never part of a name
                        || ordinary && is(k + 1, DEFINITE) && (w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ات")
                        || w.endsWith("ان"))) {
                    break;
                }
                k++;
                count++;
            }
            return new int[] {j, k};
        }

        /**
         * Whether token {@code k} is a lexicon person's lone surname written after a given name
         * the gazetteer knows that is not theirs (حمدان الزبيدي, not عيدروس الزبيدي): the surname
         * of another person, whose name the run goes on to.
         */
        boolean surnameOfAnother(int j, int k) {
            int m = matchAt(k);
            if (m < 0 || matchAt(j) >= 0 || !strongGivenAt(j) && !is(j, AND_GIVEN) && !is(j, GIVEN)) {
                return false;
            }
            LexiconMatcher.Match x = matches.get(m);
            if (!x.partial() || x.fuzzy() || x.first() != k || x.last() != k || !person(x)) {
                return false;
            }
            String given = t.norm(j);
            for (LexiconMatcher.Target target : x.targets()) {
                for (Alias a : target.entry().aliases()) {
                    if (a.tokens().contains(given)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Whether ordinary word {@code k} heads a construct with the word after it (أهمية التعاون in
         * أكد الشيخ حمدان أهمية التعاون): the sentence goes on, the name has ended.
         */
        boolean idafa(int k) {
            return k + 1 < n && gap(k, k + 1) == Gap.SPACE && is(k + 1, DEFINITE) && !t.norm(k).endsWith("ي")
                    && matchAt(k + 1) < 0 && !is(k + 1, GIVEN);
        }

        /** Whether a name may start at token {@code j}: a name word, without the article unless it is a given name (الشاذلي). */
        boolean nameStart(int j) {
            if (j + 1 < n && is(j, PAIR_FIRST) && is(j + 1, PAIR_SECOND) && matchAt(j) < 0 && matchAt(j + 1) < 0
                    && words.givenName(t.norm(j), t.norm(j + 1))) {
                return true;
            }
            Titles.Head title = titles.headAt(readings, t, j);
            if (title != null && (title.last() > title.first() || !is(j, GIVEN))) {
                return false;
            }
            return nameWord(j) && (!is(j, DEFINITE) || is(j, GIVEN));
        }

        boolean latin(int j) {
            // A token can normalize to nothing (tatweels alone: ـــ).
            String norm = t.norm(j);
            return !norm.isEmpty() && norm.charAt(0) < '\u0600';
        }

        /** Whether token {@code j} could be a word of a name here. */
        boolean nameWord(int j) {
            return matchAt(j) < 0 && is(j, NAME_WORD);
        }

        /**
         * A word with و before it that is no given name of its own and whose rest is a word with the
         * article, an ordinary word or a place (والجامع، وهيران after باي): the next item of a list,
         * not a word of the name.
         */
        boolean conjoined(int j) {
            String rest = is(j, GIVEN) ? null : Clitics.afterConjunction(t.norm(j));
            if (rest == null) {
                return false;
            }
            return Clitics.startsWithArticle(rest) || words.ordinary(rest, 0) || !words.givenName(rest) && !lexiconGiven.contains(rest);
        }

        /** A word with و before a given name or a title starts the next member of a list (وفؤاد، ووزير). */
        boolean newListMember(int j) {
            String base = is(j, GIVEN) ? null : Clitics.afterConjunction(t.norm(j));
            if (base == null) {
                return false;
            }
            return words.givenName(base) || titles.kind(base) != null || lexiconGiven.contains(base);
        }

        /**
         * Whether a name read from token {@code run[0]} to {@code run[1]} is taken: a quoted name; one
         * starting with a given name (a lone one only after an honorific, one that is also an
         * ordinary word only with a second word); or two or three name words none of which is an
         * ordinary word, a word with the article or a future verb. After كل من, only the first.
         */
        boolean accepted(int[] run, boolean quoted, boolean afterHonorific, boolean personal, boolean weak, String first) {
            int j = run[0];
            int count = wordCount(run);
            boolean pair = j + 1 <= run[1] && words.givenName(first, t.norm(j + 1));
            boolean known = words.givenName(first) || lexiconGiven.contains(first) || pair;
            boolean strong = words.givenName(first) && !words.commonWord(first) || lexiconGiven.contains(first)
                    || pair && !words.commonWord(first, t.norm(j + 1)) && !is(j, ORDINARY);
            if (quoted && count <= 4) {
                return true;
            }
            if (strong) {
                return count >= 2 || afterHonorific;
            }
            if (known) {
                // A given name that is also a word (أسماء، كمال) alone only after للا، الأمير، السيد and the like.
                return count >= 2 || personal;
            }
            if (weak) {
                return false;
            }
            if (count == 1) {
                // One unknown word after an honorific (الجنرال ناكاتاني، السيد باتيلي): a surname, if no ordinary word.
                return afterHonorific && first.length() >= 4 && !is(j, ORDINARY) && !is(j, DEFINITE)
                        && (run[1] + 1 >= n || gap(run[1], run[1] + 1) != Gap.SPACE || !nameWord(run[1] + 1));
            }
            if (count > 3) {
                return false;
            }
            for (int k = run[0]; k <= run[1]; k++) {
                String w = t.norm(k);
                if (is(k, DEFINITE) || is(k, ORDINARY) || w.length() >= 5 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /** Whether token {@code k} is an honorific always followed by a person's name (للا، مولاي، الأمير، السيد). */
        boolean personal(int k) {
            if (k < 0) {
                return false;
            }
            String norm = t.norm(k);
            String base = Clitics.afterConjunction(norm);
            return PERSONAL.contains(norm) || base != null && PERSONAL.contains(base);
        }

        /** Whether token {@code j} starts a given name the gazetteer or the lexicon knows that is not also an ordinary word. */
        boolean strongGivenAt(int j) {
            if (strong == null) {
                strong = new byte[n];
            }
            if (strong[j] == 0) {
                boolean yes = is(j, STRONG_GIVEN) || is(j, PAIR_FIRST) && j + 1 < n && is(j + 1, PAIR_SECOND)
                        && gap(j, j + 1) == Gap.SPACE
                        && words.givenName(t.norm(j), t.norm(j + 1)) && !words.commonWord(t.norm(j), t.norm(j + 1));
                strong[j] = (byte) (yes ? 1 : 2);
            }
            return strong[j] == 1;
        }

        void add(int[] run, int titleFirst, int titleLast, String country) {
            found.add(new Found(run[0], run[1], titleFirst, titleLast, country));
            take(run[0], run[1]);
        }

        boolean overlaps(int[] run) {
            for (int k = run[0]; k <= run[1]; k++) {
                if (taken(k) || matchAt(k) >= 0) {
                    return true;
                }
            }
            return false;
        }

        int wordCount(int[] run) {
            int count = 0;
            for (int k = run[0]; k <= run[1]; k++) {
                if (!is(k, LINK)) {
                    count++;
                }
            }
            return count;
        }

        boolean is(int j, int flag) {
            return (flag(j) & flag) != 0;
        }

        boolean person(LexiconMatcher.Match m) {
            return m.targets().get(0).entry().type() == EntityType.PERSON;
        }

        /** Whether token {@code j} is right after an opening quotation mark. */
        boolean quoted(int j) {
            return j > 0 && (gapAfter(j - 1) & QUOTE) != 0;
        }

        String between(int a, int b) {
            return t.text().substring(t.end(a), t.start(b));
        }

        /** Whether only white space or a hyphen stands between tokens a and b: a quotation mark or bracket ends a name. */
        boolean plain(int a, int b) {
            return (gapAfter(a) & PLAIN) != 0;
        }

        /** Whether a line break, slash, bar, dash or colon stands between tokens a and b. */
        boolean segmentBreak(int a, int b) {
            return (gapAfter(a) & SEGMENT) != 0;
        }

        /**
         * The gap between tokens a and a + 1, worked out when first asked (most tokens are never
         * asked about): one space, the common case, with no more work.
         */
        byte gapAfter(int a) {
            if (gaps == null) {
                gaps = new byte[Math.max(0, n - 1)];
            }
            byte g = gaps[a];
            if (g == 0) {
                g = t.spaceAfter(a) ? (byte) (SPACE_GAP | PLAIN)
                        : classify(a, a + 1, t.sentence(a) == t.sentence(a + 1));
                gaps[a] = (byte) (g | KNOWN);
            }
            return g;
        }

        byte classify(int a, int b, boolean sameSentence) {
            String text = t.text();
            int from = t.end(a);
            int to = t.start(b);
            byte g = 0;
            boolean plain = true;
            boolean joiners = true;
            int visible = 0;
            char only = 0;
            for (int c = from; c < to; c++) {
                char ch = text.charAt(c);
                if ("\n/|–—:".indexOf(ch) >= 0) {
                    g |= SEGMENT;
                }
                if (ch == '"' || ch == '«' || ch == '“') {
                    g |= QUOTE;
                }
                boolean space = Character.isWhitespace(ch);
                plain &= space || ch == '-' || ch == '\u0640' || ch == '_';
                joiners &= space || LexiconMatcher.JOINERS.indexOf(ch) >= 0;
                if (!space) {
                    visible++;
                    only = ch;
                }
            }
            // A dash standing alone between spaces (" - ") separates, as a segment of a byline or a credit.
            if (visible == 1 && only == '-' && to - from > 1) {
                g |= SEGMENT;
            }
            if (plain && sameSentence) {
                g |= PLAIN;
            }
            if (sameSentence && joiners || abbreviation(a, b)) {
                // An abbreviation's dot (د. موسى) ends no sentence of a name.
                g |= SPACE_GAP;
            } else if (sameSentence && visible == 1 && (only == ',' || only == '،' || only == ':')) {
                g |= COMMA_GAP;
            }
            return g;
        }

        Gap gap(int a, int b) {
            byte g = b == a + 1 ? gapAfter(a) : classify(a, b, t.sentence(a) == t.sentence(b));
            return (g & SPACE_GAP) != 0 ? Gap.SPACE : (g & COMMA_GAP) != 0 ? Gap.COMMA : Gap.OTHER;
        }

        boolean abbreviation(int a, int b) {
            return t.norm(a).length() == 1 && between(a, b).strip().equals(".") && titles.kind(t.norm(a)) != null;
        }
    }

    /** What stands between two tokens. */
    private enum Gap {
        /** White space, hyphens, quotation marks or brackets only. */
        SPACE,
        /** One comma (or colon) with spaces. */
        COMMA,
        /** Anything else, or a sentence end. */
        OTHER
    }

    /** The flags of every word of a vocabulary, 0 until worked out; one array per vocabulary, grown as it grows. */
    private WordFlags flagsFor(Vocabulary v) {
        synchronized (flagsByVocabulary) {
            WordFlags f = flagsByVocabulary.get(v);
            int size = v.size();
            if (f == null || f.flags().length < size) {
                f = f == null ? new WordFlags(new int[size], new byte[size])
                        : new WordFlags(Arrays.copyOf(f.flags(), size), Arrays.copyOf(f.starts(), size));
                flagsByVocabulary.put(v, f);
            }
            return f;
        }
    }

    private int computeFlags(Vocabulary v, int w) {
        String norm = v.norm(w);
        int hamzas = v.hamzas(w);
        int f = COMPUTED;
        boolean given = words.givenName(norm) || lexiconGiven.contains(norm);
        String afterAnd = Clitics.afterConjunction(norm);
        if (given) {
            f |= GIVEN;
            if (!words.commonWord(norm) || lexiconGiven.contains(norm) && !words.givenName(norm)) {
                f |= STRONG_GIVEN;
            }
        } else if (afterAnd != null && words.givenName(afterAnd) && !words.ordinary(norm, hamzas)) {
            f |= AND_GIVEN;
        }
        boolean definite = Clitics.startsWithArticle(norm);
        boolean namedAfter = NAMED_AFTER.contains(norm);
        for (Clitics.Split s : Clitics.DEFAULT.candidates(norm, hamzas)) {
            definite |= s.definite();
            namedAfter |= NAMED_AFTER.contains(s.base());
        }
        if (definite) {
            f |= DEFINITE;
        }
        if (namedAfter) {
            f |= NAMED_AFTER_WORD;
        }
        if (words.ordinary(norm, hamzas)) {
            f |= ORDINARY;
        }
        if (words.pairFirst(norm)) {
            f |= PAIR_FIRST;
        }
        if (titles.mayHead(norm, hamzas)) {
            f |= TITLE_HEAD;
        }
        if (BYLINES.contains(norm)) {
            f |= BYLINE;
        }
        if (words.pairSecond(norm)) {
            f |= PAIR_SECOND;
        }
        if (SPOKESPEOPLE.contains(norm) || SPOKESPEOPLE.stream().anyMatch(norm::endsWith)) {
            f |= SPOKESPERSON;
        }
        if (KNOWN_AS.contains(norm)) {
            f |= KNOWN_AS_WORD;
        }
        if (WEAK_GROUPS.contains(norm)) {
            f |= WEAK_GROUP;
        }
        if (PREPOSITIONS.contains(norm)) {
            f |= PREPOSITION;
        }
        if (words.verb(norm, hamzas)) {
            f |= VERB;
        }
        if (FORMULAS.contains(norm)) {
            f |= FORMULA;
        }
        if (LINKS.contains(norm)) {
            f |= LINK;
        }
        if (words.surnameFirst(norm)) {
            f |= SURNAME_FIRST;
        }
        if (OrgFinder.isHead(norm)) {
            f |= ORG_HEAD;
        }
        if (OrgFinder.demonstrative(norm)) {
            f |= DEMONSTRATIVE;
        }
        if (norm.length() >= 5 && norm.endsWith("ا") && titles.kind(norm.substring(0, norm.length() - 1)) == Titles.Kind.OFFICE) {
            f |= OFFICE_ACCUSATIVE;
        }
        boolean nameWord;
        // The written word with presentation forms (text from a PDF) as the letters they stand for: ﻋﻠﻰ is على.
        String written = TextNormalizer.standsFor(v.surface(w));
        if (norm.equals("علي")) {
            // على (on) and علي (Ali) are one normalized word: the written alef maksura tells them apart.
            String s = written;
            nameWord = !s.endsWith("ى") && !s.endsWith("ى\u0651");
        } else {
            // A word written with tanween (ممثلاً، خاصًا) is an indefinite noun or adverb, never a name.
            String surface = written;
            boolean tanween = surface.indexOf('\u064B') >= 0 || surface.indexOf('\u064C') >= 0 || surface.indexOf('\u064D') >= 0;
            nameWord = !tanween && words.nameLike(norm) && !DATE_WORDS.contains(norm) && (given || !listedTitle(norm, hamzas));
        }
        if (nameWord) {
            f |= NAME_WORD;
        }
        return f;
    }

    /** Whether a word is a title or complement, as written or after its proclitics. */
    private boolean listedTitle(String norm, int hamzas) {
        if (titles.kind(norm) != null) {
            return true;
        }
        for (Clitics.Split s : Clitics.DEFAULT.candidates(norm, hamzas)) {
            if (titles.kind(s.definite() ? "ال" + s.base() : s.base()) != null) {
                return true;
            }
        }
        return false;
    }
}

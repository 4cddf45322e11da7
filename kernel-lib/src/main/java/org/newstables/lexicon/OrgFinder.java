package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Clitics;
import org.newstables.text.TextAnalyzer;

/**
 * Organizations no lexicon knows, read from the text by the shape Arabic gives their names: a
 * head noun (حزب، حركة، جمعية، منظمة، مجلس، منتدى، شركة …) followed by its name, written as a
 * definite genitive or adjectives (حزب العدالة والتنمية، المجلس الأعلى للقوات المسلحة، منتدى
 * الشراكة بين روسيا وإفريقيا), or, after an indefinite head, a name of its own (شركة سيمنز).
 * Such a name is an {@code ORG} mention ({@code INITIATIVE} after مبادرة) with the source
 * discovered ({@link Entry.Source#DISCOVERED}); its key is its normalized words, so the same name is one entity across
 * the corpus, and its label is a Latin transliteration.
 *
 * <p>Precision first: a head with only generic words after it (الحزب الحاكم، اللجنة المختصة), a
 * definite head with only a nationality after it (الوكالة الصينية), a head inside a lexicon match
 * or a person's name, and a head followed by a verb or a preposition are no names. Hand-written:
 * no library recognizes Arabic organization names; the rule is the construct state (إضافة) and
 * adjective agreement of Arabic grammar.
 */
final class OrgFinder {

    /** Head nouns of organization names, normalized. */
    private static final Set<String> HEADS = norms("حزب", "حركة", "جبهة", "جمعية", "منظمة", "مؤسسة", "شركة", "هيئة",
            "مجلس", "اتحاد", "تحالف", "ائتلاف", "منتدى", "مجموعة", "مفوضية", "بعثة", "وكالة", "لجنة", "نقابة", "رابطة",
            "جماعة", "كتائب", "صندوق", "بنك", "مصرف", "معهد", "جامعة", "مبادرة", "محكمة", "وزارة", "ملتقى", "ديوان");
    /** Heads whose names are initiatives rather than bodies. */
    private static final Set<String> INITIATIVE_HEADS = norms("مبادرة");
    /**
     * Words that describe a body rather than name it: a head followed only by these is a
     * description (الحزب الحاكم، اللجنة المختصة، المجموعة نفسها), and they are cut from a name's end.
     */
    private static final Set<String> GENERIC = norms("الحاكم", "الحاكمة", "المعارض", "المعارضة", "الجديد", "الجديدة",
            "المذكور", "المذكورة", "نفسه", "نفسها", "ذاته", "ذاتها", "الحالي", "الحالية", "السابق", "السابقة", "الأخرى",
            "الآخر", "الأول", "الأولى", "الثاني", "الثانية", "الكبير", "الكبيرة", "الصغيرة", "الصغير", "المحلي",
            "المحلية", "المعنية", "المعني", "المختص", "المختصة", "المقبل", "المقبلة", "الماضي", "الماضية", "المشترك",
            "المشتركة", "المشارك", "المشاركة", "المشاركين", "المشاركون", "التابع", "التابعة", "المسؤول", "المسؤولة",
            "المعروف", "المعروفة", "كلها", "جميعها", "العاملة", "العامل", "المنظم", "المنظمة", "اليوم", "أمس", "غدا",
            "الخاص", "الخاصة", "المختلفة", "المعنيين", "المحليين", "الرسمي", "الرسمية");
    /** Whether {@code w} is a demonstrative, with or without proclitics: هذه، بهذه، ولتلك … */
    static boolean demonstrative(String w) {
        if (DEMONSTRATIVES.contains(w)) {
            return true;
        }
        for (Clitics.Split s : Clitics.DEFAULT.candidates(w, 0)) {
            if (!s.definite() && DEMONSTRATIVES.contains(s.base())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEMONSTRATIVES = norms("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هؤلاء");
    /** Most words after the head. */
    private static final int MAX_WORDS = 7;
    private static final NameWords WORDS = NameWords.builtIn();
    private static final Titles TITLES = Titles.builtIn();

    private OrgFinder() {
    }

    private static Set<String> norms(String... words) {
        return java.util.Arrays.stream(words).map(TextAnalyzer::norm).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Adds to {@code resolved} the organizations {@code t} names that no match, mention or
     * unresolved mention covers, each starting at one of {@code heads} (tokens that are a head noun
     * with no demonstrative before them, in order).
     */
    static void add(AnalyzedText t, int[] heads, List<LexiconMatcher.Match> matches, List<Resolver.Resolved> resolved,
            List<Resolver.Unresolved> unresolved, Romanizer romanizer) {
        int n = t.size();
        if (heads.length == 0) {
            return;
        }
        // What the matches and mentions cover, and the lexicon's matches by first token (for names that
        // run through one: بعثة الأمم المتحدة), both only for an article with a head, in the thread's
        // arrays: arrays the size of each article's tokens were a good part of what the step allocated.
        Scratch scratch = SCRATCH.get();
        if (scratch.covered.length < n) {
            scratch = new Scratch(new boolean[n], new LexiconMatcher.Match[n]);
            SCRATCH.set(scratch);
        }
        boolean[] covered = scratch.covered;
        LexiconMatcher.Match[] matchAt = scratch.matchAt;
        boolean cleared = false;
        try {
            covered(covered, matches, resolved, unresolved);
            heads = uncovered(heads, covered);
            if (heads.length > 0) {
                String[] known = known(t.vocabulary());
                for (LexiconMatcher.Match m : matches) {
                    matchAt[m.first()] = m;
                }
                Map<String, Entry> entries = new HashMap<>();
                int next = 0;
                for (int i : heads) {
                    // A head inside the name of the organization before it is part of that name.
                    if (i >= next) {
                        next = organization(t, i, head(known, t, i), matchAt, covered, entries, romanizer, resolved) + 1;
                    }
                }
                for (LexiconMatcher.Match m : matches) {
                    matchAt[m.first()] = null;
                }
            }
            java.util.Arrays.fill(covered, 0, n, false);
            cleared = true;
        } finally {
            if (!cleared) {
                // An article that failed half-way may leave the arrays dirty: the thread makes new ones.
                SCRATCH.remove();
            }
        }
    }

    /** A thread's arrays for {@link #add}: all false and null between two articles, at least as long as any article seen. */
    private record Scratch(boolean[] covered, LexiconMatcher.Match[] matchAt) {
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(
            () -> new Scratch(new boolean[0], new LexiconMatcher.Match[0]));

    /** The heads of {@code heads} no match or name covers. */
    private static int[] uncovered(int[] heads, boolean[] covered) {
        int count = 0;
        for (int i : heads) {
            count += covered[i] ? 0 : 1;
        }
        if (count == heads.length) {
            return heads;
        }
        // A new array: heads is the person finder's result, not ours to change.
        int[] out = new int[count];
        int k = 0;
        for (int i : heads) {
            if (!covered[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    /**
     * The organization whose name starts at head {@code i}, added to {@code resolved} and
     * {@code covered}, if the words after the head name one; returns the token to go on after.
     * This runs at a head only: the heads come from the person finder's one pass over the tokens
     * ({@link PersonFinder.Result#orgHeads}).
     */
    private static int organization(AnalyzedText t, int i, String head, LexiconMatcher.Match[] matchAt, boolean[] covered,
            Map<String, Entry> entries, Romanizer romanizer, List<Resolver.Resolved> resolved) {
        boolean definiteHead = !head.equals(t.norm(i)) && Clitics.hasArticle(t.norm(i).substring(0,
                t.norm(i).length() - head.length()));
        int last = name(t, i, definiteHead, matchAt, covered);
        if (last < 0) {
            return i;
        }
        List<String> tokens = new ArrayList<>(last - i + 1);
        tokens.add(definiteHead ? "ال" + head : head);
        for (int j = i + 1; j <= last; j++) {
            tokens.add(t.norm(j));
        }
        String key = String.join(" ", tokens);
        int end = end(t, i, last);
        Entry entry = entries.computeIfAbsent(key, k -> new Entry(k, INITIATIVE_HEADS.contains(head) ? EntityType.INITIATIVE : EntityType.ORG,
                romanizer.label(tokens), t.text().substring(start(t, i, head), end), List.of(),
                "", "", Entry.Source.DISCOVERED));
        Alias alias = new Alias(entry.labelAr(), tokens, false, false, false, List.of());
        resolved.add(new Resolver.Resolved(entry, new LexiconMatcher.Match(i, last, start(t, i, head),
                end, t.sentence(i), List.of(new LexiconMatcher.Target(entry, alias)), false), -1, -1));
        java.util.Arrays.fill(covered, i, last + 1, true);
        return last;
    }

    /** Marks in {@code covered} the tokens in a lexicon match, or in a mention or unresolved mention found already. */
    private static void covered(boolean[] covered, List<LexiconMatcher.Match> matches, List<Resolver.Resolved> resolved,
            List<Resolver.Unresolved> unresolved) {
        for (LexiconMatcher.Match m : matches) {
            java.util.Arrays.fill(covered, m.first(), m.last() + 1, true);
        }
        for (Resolver.Resolved r : resolved) {
            java.util.Arrays.fill(covered, r.match().first(), r.match().last() + 1, true);
        }
        for (Resolver.Unresolved u : unresolved) {
            java.util.Arrays.fill(covered, u.match().first(), u.match().last() + 1, true);
        }
    }

    /**
     * Each word of a vocabulary's head noun, worked out once per word when first asked ({@link #NONE}
     * for none): a token's proclitic readings cost a substring each.
     */
    private static String[] known(org.newstables.text.Vocabulary v) {
        synchronized (HEADS_BY_VOCABULARY) {
            String[] k = HEADS_BY_VOCABULARY.get(v);
            int size = v.size();
            if (k == null || k.length < size) {
                k = k == null ? new String[size] : java.util.Arrays.copyOf(k, size);
                HEADS_BY_VOCABULARY.put(v, k);
            }
            return k;
        }
    }

    private static final Map<org.newstables.text.Vocabulary, String[]> HEADS_BY_VOCABULARY = new java.util.WeakHashMap<>();

    /** Marks a word known to be no head. */
    private static final String NONE = new String("");

    /** The head noun token {@code i} is, read through {@code heads}, the cache of its vocabulary. */
    private static String head(String[] heads, AnalyzedText t, int i) {
        int w = t.word(i);
        if (w >= heads.length) {
            return head(t.norm(i));
        }
        String h = heads[w];
        if (h == null) {
            // Two threads may both work a word out: they write the same value.
            h = head(t.norm(i));
            heads[w] = h == null ? NONE : h;
        }
        return h == NONE ? null : h;
    }

    /** Whether {@code norm} is a head noun an organization's name may start with, after its proclitics. */
    static boolean isHead(String norm) {
        return head(norm) != null;
    }

    /** The head noun {@code norm} is, after its proclitics (والمجلس → مجلس), or null. */
    private static String head(String norm) {
        if (HEADS.contains(norm)) {
            return norm;
        }
        for (Clitics.Split s : Clitics.DEFAULT.candidates(norm, 0)) {
            if (HEADS.contains(s.base())) {
                return s.base();
            }
        }
        return null;
    }

    /** Where the mention starts: after a conjunction or preposition written on the head (ولحزب → حزب), the article kept. */
    private static int start(AnalyzedText t, int i, String head) {
        String surface = t.surface(i);
        String norm = t.norm(i);
        int prefix = norm.length() - head.length();
        String p = norm.substring(0, prefix);
        int keep = Clitics.hasArticle(p) ? 2 : 0;
        // Normalization keeps the length of these letters, so the surface's prefix has the same length.
        return surface.length() == norm.length() ? t.start(i) + Math.max(0, prefix - keep) : t.start(i);
    }

    /** Where the name stands after the head: what may come next depends on it (Arabic's construct state). */
    private enum State {
        /** After an indefinite head or a noun in a construct chain: a genitive, a name of its own, or another noun. */
        CONSTRUCT,
        /** After a definite head, a genitive, an adjective or a complement: adjectives, complements, coordinates. */
        NOUN
    }

    /**
     * The last token of the name after head {@code i}, or -1 when the words after it name nothing.
     * An indefinite head takes a genitive (حزب العدالة), perhaps through a chain of indefinite nouns
     * (هيئة تحرير الشام), or a name of its own (شركة سيمنز); a definite head takes only adjectives
     * (الجمعية الوطنية) and complements (المجلس الأعلى للتخطيط) — a definite noun after it is the
     * sentence's next part (استقبلت الجمعية الوطنية الوفد), not the name's.
     */
    private static int name(AnalyzedText t, int i, boolean definiteHead, LexiconMatcher.Match[] matchAt, boolean[] covered) {
        int n = t.size();
        int last = -1;
        int words = 0;
        boolean named = false;
        int nationalities = 0;
        State state = definiteHead ? State.NOUN : State.CONSTRUCT;
        int j = i + 1;
        while (j < n && words < MAX_WORDS && LexiconMatcher.joined(t, j - 1, j)) {
            String w = t.norm(j);
            LexiconMatcher.Match m = matchAt[j];
            if (m != null && !m.targets().isEmpty() && m.targets().get(0).entry().type() != EntityType.PERSON) {
                String aliasFirst = m.targets().get(0).alias().tokens().get(0);
                if (w.startsWith("ب") && !aliasFirst.startsWith("ب")) {
                    // بالسودان، بالمملكة: a place after بـ locates the body; it is not part of its name.
                    break;
                }
                if (w.startsWith("و") && !aliasFirst.startsWith("و") && m.targets().get(0).entry().type() != EntityType.COUNTRY) {
                    // المحكمة العليا ومجلس الدولة: a second body in a list, not part of the first's name.
                    break;
                }
                // A country, place or body inside the name (بعثة الأمم المتحدة، منتدى الشراكة بين روسيا وإفريقيا).
                // A nationality adjective (الصيني، فرنسية), not the country's name (حزب الصين names the body).
                boolean nationality = m.first() == m.last() && (w.endsWith("ي") || w.endsWith("يه"))
                        && m.targets().get(0).entry().type() == EntityType.COUNTRY;
                if (nationality && state == State.CONSTRUCT && last < 0) {
                    // شركة فرنسية: an indefinite head and its nationality describe a body.
                    break;
                }
                nationalities += nationality ? 1 : 0;
                named |= !nationality;
                last = m.last();
                words += m.last() - m.first() + 1;
                j = m.last() + 1;
                state = State.NOUN;
                continue;
            }
            Titles.Kind title = TITLES.kind(withoutConjunction(w));
            // A person's title after a body (المجلس الفريق ...) starts the person; a title's complement
            // (التخطيط in وزير التخطيط) is an ordinary word of names too.
            // (A plural title is a word of names: نقابة الصحفيين، جمعية سفراء الخير.)
            boolean personTitle = title == Titles.Kind.HONORIFIC || title == Titles.Kind.OFFICE;
            boolean generic = GENERIC.contains(w) || GENERIC.contains(withoutConjunction(w));
            // A descriptive word ends the name (المنظمة التابعة للأمم المتحدة: the body is described, not named).
            if (covered[j] || WORDS.verb(w) || personTitle || w.length() < 3 || generic || WORDS.stopWord(w)) {
                break;
            }
            if (w.equals("بين") && j + 1 < n && matchAt[j + 1] != null) {
                j++;
                words++;
                continue;
            }
            boolean afterBareDefiniteHead = definiteHead && last < 0;
            if (complement(w) && !afterBareDefiniteHead
                    || afterProclitic(w, "وال") != null && state == State.NOUN && last >= 0) {
                // للتخطيط; والتنمية after a genitive. A definite head takes an adjective before any
                // complement: الجمعية للجريدة is "the association, to the newspaper".
                state = State.NOUN;
            } else if (!afterBareDefiniteHead && afterProclitic(w, "ل") != null
                    && !WORDS.stopWord(w) && j + 1 < n && Clitics.startsWithArticle(t.norm(j + 1)) && !WORDS.verb(t.norm(j + 1))
                    && LexiconMatcher.joined(t, j, j + 1) && !covered[j + 1]) {
                // A complement of an indefinite noun and its genitive: لحقوق الإنسان، لمراقبة الانتخابات.
                j++;
                words++;
                state = State.NOUN;
            } else if (Clitics.startsWithArticle(w)) {
                if (state == State.NOUN && !adjective(w)) {
                    break;
                }
                state = State.NOUN;
            } else if (state == State.CONSTRUCT && last < 0 && j == i + 1 && WORDS.nameLike(w) && !WORDS.ordinary(t, j)
                    && !WORDS.stopWord(w) && !WORDS.givenName(w) && !w.endsWith("ه")) {
                // (not an indefinite adjective or participle agreeing with the head: شركة فرنسية، لجنة مصغرة)
                // A name of its own after an indefinite head: شركة زنغوفا.
                state = State.NOUN;
            } else if (state == State.CONSTRUCT && last < 0 && !WORDS.stopWord(w) && !WORDS.verb(w) && j + 1 < n
                    && w.charAt(0) != 'ل' && !(t.norm(i).endsWith("ه") && w.endsWith("ه"))
                    && LexiconMatcher.joined(t, j, j + 1) && (Clitics.startsWithArticle(t.norm(j + 1)) || j + 2 < n
                    && j + 2 - i <= 3 && !Clitics.startsWithArticle(t.norm(j + 1)) && Clitics.startsWithArticle(t.norm(j + 2))
                    && LexiconMatcher.joined(t, j + 1, j + 2))) {
                // An indefinite noun of a construct chain, its genitive next or after one more noun:
                // هيئة تحرير الشام، مجلس وزراء خارجية الدول. (After a feminine head a feminine word
                // agrees with it, an adjective: لجنة مصغرة; a word with ل is a complement.)
                j++;
                words++;
                continue;
            } else {
                break;
            }
            named = true;
            last = j;
            words++;
            j++;
        }
        if (!named || last < 0) {
            return -1;
        }
        last = balanced(t, i, last);
        if (last <= i) {
            return -1;
        }
        // A definite head and only a nationality after it describes a body (الوكالة الصينية), as does
        // a definite head and only its kind (المنظمة الحقوقية، الاتحاد الدولي) or a generic organ of
        // some body not named (المجلس التنفيذي، الجمعية العمومية).
        if (definiteHead && nationalities > 0 && last - i == nationalities) {
            return -1;
        }
        if (definiteHead && last == i + 1 && (KINDS.contains(t.norm(last)) || ORGANS.contains(t.norm(last)))) {
            return -1;
        }
        if (!definiteHead && last == i + 1 && ORGANS.contains(t.norm(last))) {
            // مجلس الإدارة: the board of a body not named.
            return -1;
        }
        return last;
    }

    /** Where the name ends: after its last token, and after the closing quotation mark of a quote it opens. */
    private static int end(AnalyzedText t, int first, int last) {
        int end = t.end(last);
        return unclosedQuote(t, t.start(first), end) >= 0 && closingQuoteAt(t, end) ? end + 1 : end;
    }

    /**
     * Where the last opening quotation mark of {@code text[from, to)} stands when some mark there is
     * left open, or -1 when every one is closed.
     */
    private static int unclosedQuote(AnalyzedText t, int from, int to) {
        String text = t.text();
        int open = -1;
        int depth = 0;
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '«' || ch == '“' || ch == '"' && depth == 0) {
                depth++;
                open = c;
            } else if (ch == '»' || ch == '”' || ch == '"') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth > 0 ? open : -1;
    }

    /** Whether a closing quotation mark stands at {@code offset}. */
    private static boolean closingQuoteAt(AnalyzedText t, int offset) {
        return offset < t.text().length() && "»”\"".indexOf(t.text().charAt(offset)) >= 0;
    }

    /**
     * {@code last}, or the last token before an opening quotation mark the name does not close: a
     * quoted name runs to its closing mark when that follows the last token (وكالة «يونهاب»), else
     * the name stops before the quote (مجموعة الرؤية الاستراتيجية "روسيا - العالم الإسلامي").
     */
    private static int balanced(AnalyzedText t, int first, int last) {
        int open = unclosedQuote(t, t.start(first), t.end(last));
        if (open < 0 || closingQuoteAt(t, t.end(last))) {
            return last;
        }
        int k = last;
        while (k > first && t.start(k) > open) {
            k--;
        }
        return k;
    }

    /**
     * A complement written with its preposition and article: للتعاون، للأنباء. Not بـ (بالعاصمة،
     * بالبرلمان: in news it places a body rather than names it), nor a time (للفترة، للعام).
     */
    private static boolean complement(String w) {
        String base = afterProclitic(w, "لل");
        return base != null && !TIMES.contains(base);
    }

    /** What is left of {@code w} after the proclitic stack {@code prefix}, by the one clitic splitter's rules, or null. */
    private static String afterProclitic(String w, String prefix) {
        if (!w.startsWith(prefix)) {
            return null;
        }
        for (Clitics.Split s : Clitics.DEFAULT.candidates(w, 0)) {
            if (s.prefix().equals(prefix)) {
                return s.base();
            }
        }
        return null;
    }

    private static final Set<String> TIMES = norms("فترة", "عام", "سنة", "مرة", "شهر", "يوم", "أسبوع", "وقت", "مرحلة",
            "دورة", "ولاية");

    /**
     * Whether a definite word reads as an adjective: a relative adjective (نسبة: الوطنية، الديمقراطي،
     * الشعبيين) or one of the few others names use (الأعلى، العليا، الموحد، المتحدة، المسلحة، الحر).
     */
    private static boolean adjective(String w) {
        return w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون") || ADJECTIVES.contains(w);
    }

    /** Adjectives of a body's kind: after a definite head alone they describe it. */
    private static final Set<String> KINDS = norms("الحقوقية", "الحقوقي", "الخيرية", "الخيري", "الإنسانية", "الإنساني",
            "التضامنية", "الدولية", "الدولي", "الأهلية", "الأهلي", "المدنية", "المدني", "الأممية", "الأممي", "الإقليمية",
            "الإقليمي", "العالمية", "العالمي", "الحكومية", "الحكومي", "الأمنية", "الأمني", "العسكرية", "العسكري",
            "الدبلوماسية", "السياسية", "السياسي", "الطلابية", "النقابية", "الإعلامية", "الثقافية", "الرياضية",
            "الاقتصادية", "الاقتصادي", "الصحية", "البرلمانية", "الحزبية", "الإسلامية", "الشبابية", "النسائية");
    /** A body's organs: with nothing after them, of some body not named. */
    private static final Set<String> ORGANS = norms("التنفيذي", "التنفيذية", "العمومية", "الإدارة", "الإدارية", "الإداري",
            "الاستشاري", "الاستشارية", "التأسيسية", "العليا", "الأعلى", "القيادية", "التحضيرية");
    private static final Set<String> ADJECTIVES = norms("العامة", "القابضة", "الأعلى", "العليا", "الموحد", "الموحدة", "المتحدة", "المتحد",
            "المسلحة", "الحر", "الحرة", "العظمى", "المستقل", "المستقلة", "الخضراء", "الأحمر", "الأخضر", "الأبيض");

    private static String withoutConjunction(String w) {
        String rest = Clitics.afterConjunction(w);
        return rest != null ? rest : w;
    }
}

package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newstables.text.AnalyzedText;

/**
 * Decides which entry each match of an article names. A full name names its entry. A partial name
 * (شي، رحمن، توكاييف، وانغ) names the person of that name who is named in full somewhere in the
 * same article (in a news article the headline often comes before the full name); failing that,
 * the one candidate whose country the article names (لافروف in an article that names Russia);
 * when no such person is named in full, or two are, it stays unresolved and is reported, never guessed. So
 * وانغ resolves to Wang Yi in an article that names وانغ يي, and to nobody in one that names both
 * Wang Yi and Wang Qishan. One more clue is taken: a partial name right after its country (in a
 * title such as الرئيس الصيني شي or رئيس كازاخستان توكاييف) names the one candidate from that
 * country, when there is exactly one.
 */
public final class Resolver {

    /**
     * A resolved mention: the entry, the match it comes from, and the title written before it.
     *
     * @param titleStart start offset of the title before the name (وزير الخارجية الروسي), or -1
     * @param titleEnd   end offset of that title, or -1
     */
    public record Resolved(Entry entry, LexiconMatcher.Match match, int titleStart, int titleEnd) {

        /** A mention with no title before it. */
        public Resolved(Entry entry, LexiconMatcher.Match match) {
            this(entry, match, -1, -1);
        }
    }

    /** An unresolved match, with the entries it could name. */
    public record Unresolved(List<Entry> candidates, LexiconMatcher.Match match, String why) {
    }

    /** The outcome for one article. */
    public record Result(List<Resolved> resolved, List<Unresolved> unresolved) {
    }

    private Resolver() {
    }

    /**
     * Resolves the lexicon matches of one article and adds the people {@code found} by their
     * titles ({@link DiscoveredPeople}), with the titles of the lexicon's people; mentions in text order.
     */
    public static Result resolve(AnalyzedText t, List<LexiconMatcher.Match> matches, PersonFinder.Result found) {
        if (found == null) {
            return resolve(matches);
        }
        List<LexiconMatcher.Match> kept = matches;
        if (!found.superseded().isEmpty()) {
            kept = new ArrayList<>();
            for (int m = 0; m < matches.size(); m++) {
                if (!found.superseded().contains(m)) {
                    kept.add(matches.get(m));
                }
            }
        }
        // The titles' matches by identity; most articles have none, and then no map is made.
        java.util.Map<LexiconMatcher.Match, PersonFinder.Title> titles = found.titles().isEmpty() ? java.util.Map.of()
                : new java.util.IdentityHashMap<>();
        for (PersonFinder.Title title : found.titles()) {
            titles.put(matches.get(title.match()), title);
        }
        Result lexicon = resolve(kept, titles.keySet());
        List<Resolved> resolved = new ArrayList<>(lexicon.resolved().size() + found.found().size() + 4);
        for (Resolved r : lexicon.resolved()) {
            PersonFinder.Title title = titles.isEmpty() ? null : titles.get(r.match());
            resolved.add(title == null ? r : new Resolved(r.entry(), r.match(),
                    DiscoveredPeople.titleStart(t, title.titleFirst()), t.end(title.titleLast())));
        }
        List<Unresolved> unresolved = new ArrayList<>(lexicon.unresolved());
        DiscoveredPeople.add(t, matches, found, resolved, unresolved);
        boolean[] covered = new boolean[t.size()];
        for (LexiconMatcher.Match m : matches) {
            java.util.Arrays.fill(covered, m.first(), m.last() + 1, true);
        }
        for (Resolved r : resolved) {
            java.util.Arrays.fill(covered, r.match().first(), r.match().last() + 1, true);
        }
        for (Unresolved u : unresolved) {
            java.util.Arrays.fill(covered, u.match().first(), u.match().last() + 1, true);
        }
        OrgFinder.add(t, matches, covered, found.romanizer(), resolved);
        resolved.sort(java.util.Comparator.comparingInt(r -> r.match().start()));
        unresolved.sort(java.util.Comparator.comparingInt(u -> u.match().start()));
        return new Result(resolved, unresolved);
    }

    /** Resolves the matches of one article. */
    public static Result resolve(List<LexiconMatcher.Match> matches) {
        return resolve(matches, Set.of());
    }

    /**
     * Resolves the matches of one article; a partial name in {@code titled} has a title before it
     * (المبعوث الأممي السيد باتيلي), so it names a person, and the one person of that name the
     * lexicon knows when it knows one.
     */
    private static Result resolve(List<LexiconMatcher.Match> matches, Set<LexiconMatcher.Match> titled) {
        // Entries are compared by identity: a lexicon holds each once, and hashing a record hashes all its aliases.
        Set<Entry> namedInFull = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // The countries the article names: a surname whose one candidate is of one of them is that person.
        Set<String> countries = new java.util.HashSet<>();
        for (LexiconMatcher.Match m : matches) {
            if (oneEntry(m)) {
                Entry e = m.targets().get(0).entry();
                if (!m.partial()) {
                    namedInFull.add(e);
                }
                if (e.type() == EntityType.COUNTRY) {
                    countries.add(e.key());
                }
            }
        }
        List<Resolved> resolved = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        LexiconMatcher.Match previous = null;
        for (LexiconMatcher.Match m : matches) {
            LexiconMatcher.Match before = previous;
            previous = m;
            if (!m.partial() && m.targets().size() == 1) {
                // The common case, a full name of one entry, without a list of candidates.
                resolved.add(new Resolved(m.targets().get(0).entry(), m));
                continue;
            }
            List<Entry> candidates = entries(m);
            if (!m.partial()) {
                // A name two entries share (حزب العدالة والتنمية) is the one whose country the article names.
                Entry byCountry = candidates.size() > 1 ? byArticleCountry(countries, candidates) : null;
                if (candidates.size() == 1) {
                    resolved.add(new Resolved(candidates.get(0), m));
                } else if (byCountry != null) {
                    resolved.add(new Resolved(byCountry, m));
                } else {
                    unresolved.add(new Unresolved(candidates, m, "the name fits " + candidates.size() + " entries"));
                }
                continue;
            }
            List<Entry> present = new ArrayList<>();
            for (Entry e : candidates) {
                if (namedInFull.contains(e)) {
                    present.add(e);
                }
            }
            Entry byCountry = present.isEmpty() ? byTitleCountry(before, m, candidates) : null;
            if (byCountry == null && present.isEmpty() && !m.fuzzy()) {
                byCountry = byArticleCountry(countries, candidates);
            }
            if (byCountry == null && present.isEmpty() && candidates.size() == 1 && titled.contains(m) && !m.fuzzy()) {
                byCountry = candidates.get(0);
            }
            if (present.size() == 1) {
                resolved.add(new Resolved(present.get(0), m));
            } else if (byCountry != null) {
                resolved.add(new Resolved(byCountry, m));
            } else if (present.isEmpty()) {
                // A variant spelling of a partial name with nobody to resolve it to is no evidence of anything.
                if (!m.fuzzy()) {
                    unresolved.add(new Unresolved(candidates, m, "a partial name, and nobody of that name is named"
                            + " in full in the article"));
                }
            } else {
                unresolved.add(new Unresolved(present, m, "a partial name that fits " + present.size()
                        + " people named in the article"));
            }
        }
        return new Result(resolved, unresolved);
    }

    /** The one candidate whose country the article names, if exactly one is. */
    private static Entry byArticleCountry(Set<String> countries, List<Entry> candidates) {
        Entry only = null;
        for (Entry e : candidates) {
            if (!e.link().isEmpty() && countries.contains(e.link())) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /** The one candidate linked to the country named just before the partial name, if any. */
    private static Entry byTitleCountry(LexiconMatcher.Match before, LexiconMatcher.Match m, List<Entry> candidates) {
        if (before == null || before.sentence() != m.sentence() || m.first() - before.last() > 2) {
            return null;
        }
        // One entry, a country (asked without making the list of entries: this runs for every partial name).
        Entry country = before.targets().get(0).entry();
        if (!oneEntry(before) || country.type() != EntityType.COUNTRY) {
            return null;
        }
        Entry only = null;
        for (Entry e : candidates) {
            if (e.link().equals(country.key())) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /** Whether {@code entries(m)} has one entry, without making the list. */
    private static boolean oneEntry(LexiconMatcher.Match m) {
        List<LexiconMatcher.Target> targets = m.targets();
        Entry first = targets.get(0).entry();
        for (int k = 1; k < targets.size(); k++) {
            if (targets.get(k).entry() != first) {
                return false;
            }
        }
        return true;
    }

    private static List<Entry> entries(LexiconMatcher.Match m) {
        if (m.targets().size() == 1) {
            return List.of(m.targets().get(0).entry());
        }
        List<Entry> out = new ArrayList<>(m.targets().size());
        for (LexiconMatcher.Target t : m.targets()) {
            boolean seen = false;
            for (Entry e : out) {
                seen |= e == t.entry();
            }
            if (!seen) {
                out.add(t.entry());
            }
        }
        return out;
    }
}

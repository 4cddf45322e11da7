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
        // The title of each match, by its index in matches; most articles have none, and then no array is made.
        PersonFinder.Title[] titles = null;
        if (!found.titles().isEmpty()) {
            titles = new PersonFinder.Title[matches.size()];
            for (PersonFinder.Title title : found.titles()) {
                titles[title.match()] = title;
            }
        }
        List<Resolved> resolved = new ArrayList<>(matches.size() + found.found().size() + 4);
        List<Unresolved> unresolved = new ArrayList<>();
        resolve(t, matches, found.superseded(), titles, resolved, unresolved);
        DiscoveredPeople.add(t, matches, found, resolved, unresolved);
        OrgFinder.add(t, found.orgHeads(), matches, resolved, unresolved, found.romanizer());
        // The lexicon's mentions come in text order; the people and organizations found are put in their places.
        sortByStart(resolved, r -> r.match().start());
        sortByStart(unresolved, u -> u.match().start());
        return new Result(resolved, unresolved);
    }

    /** Sorts {@code list} by the start of its mentions, stably; most lists are in order already, and are left as they are. */
    private static <T> void sortByStart(List<T> list, java.util.function.ToIntFunction<T> start) {
        for (int k = 1; k < list.size(); k++) {
            if (start.applyAsInt(list.get(k - 1)) > start.applyAsInt(list.get(k))) {
                list.sort(java.util.Comparator.comparingInt(start));
                return;
            }
        }
    }

    /** Resolves the matches of one article. */
    public static Result resolve(List<LexiconMatcher.Match> matches) {
        List<Resolved> resolved = new ArrayList<>(matches.size());
        List<Unresolved> unresolved = new ArrayList<>();
        resolve(null, matches, Set.of(), null, resolved, unresolved);
        return new Result(resolved, unresolved);
    }

    /**
     * Resolves the matches of one article but those {@code superseded} (indexes into matches) into
     * {@code resolved} and {@code unresolved}, in order. A match with a title ({@code titles}, by
     * index; null when there is none) is resolved with the title's offsets in {@code t}; a partial
     * name with a title before it (المبعوث الأممي السيد باتيلي) names a person, and the one person
     * of that name the lexicon knows when it knows one.
     */
    private static void resolve(AnalyzedText t, List<LexiconMatcher.Match> matches, Set<Integer> superseded,
            PersonFinder.Title[] titles, List<Resolved> resolved, List<Unresolved> unresolved) {
        boolean skip = !superseded.isEmpty();
        // Entries are compared by identity: a lexicon holds each once, and hashing a record hashes all its aliases.
        // Made only for an article with a partial or shared name, the one kind of match that needs them.
        Set<Entry> namedInFull = null;
        // The countries the article names: a surname whose one candidate is of one of them is that person.
        Set<String> countries = null;
        LexiconMatcher.Match previous = null;
        for (int k = 0; k < matches.size(); k++) {
            LexiconMatcher.Match m = matches.get(k);
            if (skip && superseded.contains(k)) {
                continue;
            }
            LexiconMatcher.Match before = previous;
            previous = m;
            PersonFinder.Title title = titles == null ? null : titles[k];
            if (!m.partial() && m.targets().size() == 1) {
                // The common case, a full name of one entry, without a list of candidates.
                resolved.add(resolved(t, m.targets().get(0).entry(), m, title));
                continue;
            }
            if (namedInFull == null) {
                namedInFull = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                countries = new java.util.HashSet<>();
                namedAndCountries(matches, superseded, namedInFull, countries);
            }
            resolveAmong(t, m, before, title, namedInFull, countries, resolved, unresolved);
        }
    }

    /**
     * Resolves match {@code m}, a partial name or a name several entries share, into
     * {@code resolved} or {@code unresolved}: apart from {@link #resolve}'s loop, which the common
     * case (a full name of one entry) keeps small.
     *
     * @param before      the match before it, or null
     * @param title       its title, or null
     * @param namedInFull the entries the article names in full
     * @param countries   the countries the article names
     */
    private static void resolveAmong(AnalyzedText t, LexiconMatcher.Match m, LexiconMatcher.Match before,
            PersonFinder.Title title, Set<Entry> namedInFull, Set<String> countries, List<Resolved> resolved,
            List<Unresolved> unresolved) {
        List<Entry> candidates = entries(m);
        if (!m.partial()) {
            // A name two entries share (حزب العدالة والتنمية) is the one whose country the article names.
            Entry byCountry = candidates.size() > 1 ? byArticleCountry(countries, m, candidates) : null;
            if (candidates.size() == 1) {
                resolved.add(resolved(t, candidates.get(0), m, title));
            } else if (byCountry != null) {
                resolved.add(resolved(t, byCountry, m, title));
            } else {
                unresolved.add(new Unresolved(candidates, m, "the name fits " + candidates.size() + " entries"));
            }
            return;
        }
        List<Entry> present = new ArrayList<>();
        for (Entry e : candidates) {
            if (namedInFull.contains(e)) {
                present.add(e);
            }
        }
        Entry byCountry = present.isEmpty() ? byTitleCountry(before, m, candidates) : null;
        if (byCountry == null && present.isEmpty() && !m.fuzzy()) {
            byCountry = byArticleCountry(countries, m, candidates);
        }
        if (byCountry == null && present.isEmpty() && candidates.size() == 1 && title != null && !m.fuzzy()) {
            byCountry = candidates.get(0);
        }
        if (present.size() == 1) {
            resolved.add(resolved(t, present.get(0), m, title));
        } else if (byCountry != null) {
            resolved.add(resolved(t, byCountry, m, title));
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

    /** A resolved mention, with the offsets of its title when it has one. */
    private static Resolved resolved(AnalyzedText t, Entry entry, LexiconMatcher.Match m, PersonFinder.Title title) {
        return title == null ? new Resolved(entry, m)
                : new Resolved(entry, m, DiscoveredPeople.titleStart(t, title.titleFirst()), t.end(title.titleLast()));
    }

    /**
     * Gathers the entries the matches but those {@code superseded} name in full ({@code namedInFull})
     * and the countries they name, each from a match of one entry.
     */
    private static void namedAndCountries(List<LexiconMatcher.Match> matches, Set<Integer> superseded,
            Set<Entry> namedInFull, Set<String> countries) {
        for (int k = 0; k < matches.size(); k++) {
            LexiconMatcher.Match m = matches.get(k);
            if (!superseded.isEmpty() && superseded.contains(k) || !oneEntry(m)) {
                continue;
            }
            Entry e = m.targets().get(0).entry();
            if (!m.partial()) {
                namedInFull.add(e);
            }
            if (e.type() == EntityType.COUNTRY) {
                countries.add(e.key());
            }
        }
    }

    /** The one candidate of match {@code m} whose country the article names, if exactly one is. */
    private static Entry byArticleCountry(Set<String> countries, LexiconMatcher.Match m, List<Entry> candidates) {
        Entry only = null;
        if (m.targets() instanceof LexiconMatcher.Targets targets && countries.size() < candidates.size()) {
            // A common name has many candidates, an article names a few countries: looked up by country.
            for (String country : countries) {
                List<Entry> linked = targets.linked().get(country);
                if (linked != null) {
                    if (only != null || linked.size() > 1) {
                        return null;
                    }
                    only = linked.get(0);
                }
            }
            return only;
        }
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

    /** Whether {@code entries(m)} has one entry. */
    private static boolean oneEntry(LexiconMatcher.Match m) {
        return entries(m).size() == 1;
    }

    /** The entries the match's targets name, each once: worked out once per list of targets of the matcher's. */
    private static List<Entry> entries(LexiconMatcher.Match m) {
        return m.targets() instanceof LexiconMatcher.Targets targets ? targets.entries()
                : LexiconMatcher.Targets.distinctEntries(m.targets());
    }
}

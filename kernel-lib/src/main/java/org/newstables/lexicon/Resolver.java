package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which entry each match of an article names. A full name names its entry. A partial name
 * (شي، رحمن، توكاييف، وانغ) names the person of that name who is named in full somewhere in the
 * same article (in a news article the headline often comes before the full name); when no such
 * person is named in full, or two are, it stays unresolved and is reported, never guessed. So
 * وانغ resolves to Wang Yi in an article that names وانغ يي, and to nobody in one that names both
 * Wang Yi and Wang Qishan. One more clue is taken: a partial name right after its country (in a
 * title such as الرئيس الصيني شي or رئيس كازاخستان توكاييف) names the one candidate from that
 * country, when there is exactly one.
 */
public final class Resolver {

    /** A resolved mention: the entry, and the match it comes from. */
    public record Resolved(Entry entry, LexiconMatcher.Match match) {
    }

    /** An unresolved match, with the entries it could name. */
    public record Unresolved(List<Entry> candidates, LexiconMatcher.Match match, String why) {
    }

    /** The outcome for one article. */
    public record Result(List<Resolved> resolved, List<Unresolved> unresolved) {
    }

    private Resolver() {
    }

    /** Resolves the matches of one article. */
    public static Result resolve(List<LexiconMatcher.Match> matches) {
        // Entries are compared by identity: a lexicon holds each once, and hashing a record hashes all its aliases.
        Set<Entry> namedInFull = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LexiconMatcher.Match m : matches) {
            if (!m.partial() && entries(m).size() == 1) {
                namedInFull.add(m.targets().get(0).entry());
            }
        }
        List<Resolved> resolved = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        LexiconMatcher.Match previous = null;
        for (LexiconMatcher.Match m : matches) {
            LexiconMatcher.Match before = previous;
            previous = m;
            List<Entry> candidates = entries(m);
            if (!m.partial()) {
                if (candidates.size() == 1) {
                    resolved.add(new Resolved(candidates.get(0), m));
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
            if (present.size() == 1) {
                resolved.add(new Resolved(present.get(0), m));
            } else if (byCountry != null) {
                resolved.add(new Resolved(byCountry, m));
            } else if (present.isEmpty()) {
                unresolved.add(new Unresolved(candidates, m, "a partial name, and nobody of that name is named"
                        + " in full in the article"));
            } else {
                unresolved.add(new Unresolved(present, m, "a partial name that fits " + present.size()
                        + " people named in the article"));
            }
        }
        return new Result(resolved, unresolved);
    }

    /** The one candidate linked to the country named just before the partial name, if any. */
    private static Entry byTitleCountry(LexiconMatcher.Match before, LexiconMatcher.Match m, List<Entry> candidates) {
        if (before == null || before.sentence() != m.sentence() || m.first() - before.last() > 2) {
            return null;
        }
        List<Entry> countries = entries(before);
        if (countries.size() != 1 || !countries.get(0).type().equals("COUNTRY")) {
            return null;
        }
        Entry only = null;
        for (Entry e : candidates) {
            if (e.link().equals(countries.get(0).key())) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only;
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

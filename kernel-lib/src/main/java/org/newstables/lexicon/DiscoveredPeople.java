package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Clitics;

/**
 * Turns the names {@link PersonFinder} found in one article into people and their mentions.
 * <ul>
 *   <li>A name that is part of a longer name found in the same article (هيثم after السلطان, in an
 *       article that names هيثم بن طارق) is that person; part of two longer names, it stays
 *       unresolved, with both as candidates.</li>
 *   <li>The person's entity key is the fullest name, normalized ({@link org.newstables.text.TextNormalizer}),
 *       so the same name spelt with or without hamzas is one entity across the corpus; its label
 *       is a Latin romanization ({@link Romanizer}), its Arabic label the fullest name as written,
 *       its country the one the title names, its role the title.</li>
 *   <li>Later mentions of the surname alone (عرقاب، لعرقاب، والمشيشي) resolve to the person; a
 *       surname two people of the article share stays unresolved.</li>
 * </ul>
 */
final class DiscoveredPeople {

    private static final NameWords WORDS = NameWords.builtIn();
    private static final Titles TITLES = Titles.builtIn();

    private DiscoveredPeople() {
    }

    /** One person of the article: the words of the fullest name and the names found for them. */
    private static final class Person {
        final List<String> tokens;
        final List<PersonFinder.Found> found = new ArrayList<>();
        Entry entry;

        Person(List<String> tokens) {
            this.tokens = tokens;
        }
    }

    /** Adds the mentions of the people found in {@code t} to {@code resolved} and {@code unresolved}. */
    static void add(AnalyzedText t, List<LexiconMatcher.Match> matches, PersonFinder.Result result,
            List<Resolver.Resolved> resolved, List<Resolver.Unresolved> unresolved) {
        if (result.found().isEmpty()) {
            return;
        }
        List<PersonFinder.Found> found = new ArrayList<>(result.found());
        Map<PersonFinder.Found, List<String>> words = new IdentityHashMap<>();
        for (PersonFinder.Found f : found) {
            words.put(f, tokens(t, f.first(), f.last()));
        }
        // Longest names first, so that a shorter name finds the person it is part of.
        List<PersonFinder.Found> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((PersonFinder.Found f) -> -words.get(f).size())
                .thenComparingInt(PersonFinder.Found::first));
        List<Person> people = new ArrayList<>();
        Map<PersonFinder.Found, List<Person>> shared = new IdentityHashMap<>();
        for (PersonFinder.Found f : byLength) {
            List<Person> holders = new ArrayList<>();
            for (Person p : people) {
                if (Collections.indexOfSubList(p.tokens, words.get(f)) >= 0) {
                    holders.add(p);
                }
            }
            if (holders.isEmpty()) {
                Person p = new Person(words.get(f));
                p.found.add(f);
                people.add(p);
            } else if (holders.size() == 1) {
                holders.get(0).found.add(f);
            } else {
                shared.put(f, holders);
            }
        }
        for (Person p : people) {
            p.found.sort(Comparator.comparingInt(PersonFinder.Found::first));
            p.entry = entry(t, p, result.romanizer());
            Alias alias = new Alias(p.entry.labelAr(), p.tokens, false, false, false, List.of());
            for (PersonFinder.Found f : p.found) {
                resolved.add(new Resolver.Resolved(p.entry, match(t, f.first(), f.last(), p.entry, alias),
                        f.titleFirst() < 0 ? -1 : titleStart(t, f.titleFirst()),
                        f.titleFirst() < 0 ? -1 : t.end(f.titleLast())));
            }
        }
        shared.forEach((f, holders) -> unresolved.add(new Resolver.Unresolved(holders.stream().map(p -> p.entry).toList(),
                match(t, f.first(), f.last(), holders.get(0).entry, partial(t, f.first(), f.last())),
                "a part of the names of " + holders.size() + " people named in the article")));
        surnames(t, matches, found, people, resolved, unresolved);
    }

    /** The later mentions of each person's surname alone, where no match or name covers the word. */
    private static void surnames(AnalyzedText t, List<LexiconMatcher.Match> matches, List<PersonFinder.Found> found,
            List<Person> people, List<Resolver.Resolved> resolved, List<Resolver.Unresolved> unresolved) {
        Map<String, List<Person>> bySurname = new HashMap<>();
        for (Person p : people) {
            String last = p.tokens.get(p.tokens.size() - 1);
            if (p.tokens.size() >= 2 && last.length() >= 3 && WORDS.nameLike(last) && !WORDS.givenName(last)
                    && TITLES.kind(last) == null) {
                List<Person> list = bySurname.computeIfAbsent(last, k -> new ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
        if (bySurname.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[t.size()];
        for (LexiconMatcher.Match m : matches) {
            java.util.Arrays.fill(covered, m.first(), m.last() + 1, true);
        }
        for (PersonFinder.Found f : found) {
            java.util.Arrays.fill(covered, f.first(), f.last() + 1, true);
        }
        // A word can read as a surname only if it ends with it (its article aside): a cheap test before the clitic readings.
        List<String> cores = new ArrayList<>();
        for (String surname : bySurname.keySet()) {
            cores.add(Clitics.withoutLeadingArticle(surname));
        }
        for (int i = 0; i < t.size(); i++) {
            if (covered[i] || !endsWithAny(t.norm(i), cores)) {
                continue;
            }
            List<Person> who = null;
            for (String form : readings(t, i)) {
                who = bySurname.get(form);
                if (who != null) {
                    break;
                }
            }
            if (who == null) {
                continue;
            }
            if (who.size() == 1) {
                Person p = who.get(0);
                int first = i;
                int at = p.tokens.size() - 1;
                // Given names written before the surname (محمد عرقاب) belong to the mention.
                while (first > 0 && at > 0 && !covered[first - 1] && LexiconMatcher.joined(t, first - 1, first)
                        && t.norm(first - 1).equals(p.tokens.get(at - 1))) {
                    first--;
                    at--;
                }
                resolved.add(new Resolver.Resolved(p.entry, match(t, first, i, p.entry, partial(t, first, i))));
            } else {
                unresolved.add(new Resolver.Unresolved(who.stream().map(p -> p.entry).toList(),
                        match(t, i, i, who.get(0).entry, partial(t, i, i)),
                        "a surname that " + who.size() + " people named in the article share"));
            }
        }
    }

    private static boolean endsWithAny(String norm, List<String> cores) {
        for (String c : cores) {
            if (norm.endsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /** The word as written and after its proclitics, with the article put back (والمشيشي → المشيشي). */
    private static List<String> readings(AnalyzedText t, int i) {
        String norm = t.norm(i);
        List<String> out = new ArrayList<>(3);
        out.add(norm);
        for (Clitics.Split s : Clitics.DEFAULT.candidates(norm, t.vocabulary().hamzas(t.word(i)))) {
            out.add(s.definite() ? "ال" + s.base() : s.base());
        }
        return out;
    }

    private static Entry entry(AnalyzedText t, Person p, Romanizer romanizer) {
        PersonFinder.Found fullest = p.found.stream().max(Comparator.comparingInt(f -> f.last() - f.first())).get();
        String labelAr = t.text().substring(nameStart(t, fullest.first()), t.end(fullest.last()));
        String country = "";
        String role = "";
        for (PersonFinder.Found f : p.found) {
            if (country.isEmpty()) {
                country = f.country();
            }
            if (role.isEmpty() && f.titleFirst() >= 0) {
                role = t.text().substring(titleStart(t, f.titleFirst()), t.end(f.titleLast())).strip();
            }
        }
        String key = String.join(" ", p.tokens);
        return new Entry(key, EntityType.PERSON, romanizer.label(p.tokens), labelAr, List.of(), country, role, Entry.Source.DISCOVERED);
    }

    private static LexiconMatcher.Match match(AnalyzedText t, int first, int last, Entry entry, Alias alias) {
        return new LexiconMatcher.Match(first, last, t.start(first), t.end(last), t.sentence(first),
                List.of(new LexiconMatcher.Target(entry, alias)), false);
    }

    /** The words of tokens first to last as a partial name. */
    private static Alias partial(AnalyzedText t, int first, int last) {
        return new Alias(t.text().substring(t.start(first), t.end(last)), tokens(t, first, last), true, false, false,
                List.of());
    }

    /** The normalized words of tokens first to last, without the و of a name in a list (وفؤاد → فؤاد). */
    private static List<String> tokens(AnalyzedText t, int first, int last) {
        List<String> out = new ArrayList<>(last - first + 1);
        for (int k = first; k <= last; k++) {
            out.add(t.norm(k));
        }
        String head = out.get(0);
        if (listConjunction(head)) {
            out.set(0, Clitics.afterConjunction(head));
        }
        return List.copyOf(out);
    }

    private static boolean listConjunction(String norm) {
        String rest = Clitics.afterConjunction(norm);
        return rest != null && !WORDS.givenName(norm) && WORDS.givenName(rest);
    }

    /** Where a name starts, after the و of a name in a list. */
    private static int nameStart(AnalyzedText t, int first) {
        return t.start(first) + (listConjunction(t.norm(first)) && t.surface(first).charAt(0) == 'و' ? 1 : 0);
    }

    /** Where a title starts, after a conjunction or preposition written on it (ووزير → وزير، بالرئيس → الرئيس). */
    static int titleStart(AnalyzedText t, int first) {
        String norm = t.norm(first);
        if (TITLES.kind(norm) != null) {
            return t.start(first);
        }
        for (int skip = 1; skip <= 2 && skip < norm.length() - 2; skip++) {
            if ("وفبك".indexOf(norm.charAt(skip - 1)) < 0) {
                break;
            }
            if (TITLES.kind(norm.substring(skip)) != null) {
                // Step over as many letters of the surface, and the marks written on them.
                String surface = t.surface(first);
                int c = 0;
                for (int letters = 0; c < surface.length() && letters < skip; c++) {
                    if (Character.isLetter(surface.charAt(c))) {
                        letters++;
                    }
                }
                while (c < surface.length() && !Character.isLetter(surface.charAt(c))) {
                    c++;
                }
                return t.start(first) + c;
            }
        }
        return t.start(first);
    }
}

package org.newstables;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.newstables.common.NewsTablesException;
import org.newstables.corpus.TextDecoder;
import org.newstables.lexicon.Alias;
import org.newstables.lexicon.EntityType;
import org.newstables.lexicon.Entry;
import org.newstables.lexicon.LexiconMatcher;
import org.newstables.lexicon.LexiconSupport;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A lexicon: entries (countries, people, organizations, initiatives, places, or themes), each
 * with the Arabic ways it is written. One matcher serves every lexicon, so clitics, spelling
 * variants, nisba adjectives and names of several words are handled the same way for all.
 * <pre>{@code
 * Lexicon.entities()                                   // the built-in entity lexicon
 * Lexicon.load(Path.of("my-lexicon.tsv"))             // your own, tab-separated
 * Lexicon.entities().plus(Lexicon.load(path))         // the built-ins and yours
 * Lexicon.builder().add("Gazprom", "ORG", "Gazprom", "غازبروم", "غازبروم", "جازبروم").build()
 * }</pre>
 * A lexicon file has a header row and one entry per line (see {@link #table()} for the columns:
 * key, type, label, label_ar, aliases, partial, link); aliases are separated by {@code |}.
 * Lexicons are immutable.
 */
public final class Lexicon {

    static {
        // The first use of the library in IJava registers its table and chart renderers.
        FirstUse.run();
    }

    private static final String RESOURCES = "/org/newstables/lexicon/";
    private static volatile Lexicon builtIn;

    private final String name;
    private final List<Entry> entries;
    private final Supplier<LexiconMatcher> matcher;
    private final Supplier<org.newstables.lexicon.PersonFinder> finder;

    private Lexicon(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.matcher = Suppliers.memoize(() -> new LexiconMatcher(this.entries));
        this.finder = Suppliers.memoize(() -> new org.newstables.lexicon.PersonFinder(this.entries));
    }

    /** The built-in entity lexicon: countries, people, organizations and initiatives, places. */
    public static Lexicon entities() {
        Lexicon l = builtIn;
        if (l == null) {
            l = resource("countries.tsv").plus(resource("people.tsv")).plus(resource("organizations.tsv"))
                    .plus(resource("places.tsv")).named("built-in entities");
            builtIn = l;
        }
        return l;
    }

    /**
     * The built-in theme lexicon: health, trade, investment, energy, connectivity, agriculture,
     * security, digital, bri, multilateral, people; each with Arabic keywords and phrases.
     */
    public static Lexicon themes() {
        return resource("themes.tsv");
    }

    /** Every country, by ISO 3166-1 alpha-2 code, with its names and nisba adjectives. */
    public static Lexicon countries() {
        return resource("countries.tsv");
    }

    /**
     * About 2,500 people: heads of state and of government and foreign ministers of every UN
     * member from 2010 on, heads of the main international organisations, well-known
     * spokespeople, each with the Arabic spellings news uses, country, role and a source note.
     */
    public static Lexicon people() {
        return resource("people.tsv");
    }

    /**
     * About 730 organizations and initiatives: intergovernmental organisations with their main
     * bodies and missions, negotiation formats, major parties and armed movements (SCO, UN, CICA, CPC, BRI, …).
     */
    public static Lexicon organizations() {
        return resource("organizations.tsv");
    }

    /** About 1,200 capitals, large cities and regions of the world. */
    public static Lexicon places() {
        return resource("places.tsv");
    }

    /**
     * Loads a lexicon file: tab-separated ({@code .tsv}, {@code .txt}) or comma-separated
     * ({@code .csv}), UTF-8. An error names the file and the line.
     */
    public static Lexicon load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new NewsTablesException(path + " is not a file. Give the path of a lexicon file"
                    + " (tab-separated, with the columns key, type, label, label_ar, aliases, partial, link).");
        }
        try {
            TextDecoder.Result r = TextDecoder.decode(Files.readAllBytes(path));
            if (!r.ok()) {
                throw new NewsTablesException(path + " cannot be read: " + r.why() + ". Save it as UTF-8 text.");
            }
            return parse(r.decoded().text(), path.getFileName().toString());
        } catch (IOException e) {
            throw new NewsTablesException(path + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    /** Parses lexicon text; {@code name} ends in .csv for comma-separated text. */
    public static Lexicon parse(String text, String name) {
        return new Lexicon(name, LexiconSupport.parse(text, name));
    }

    /** A builder for a lexicon written in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a lexicon in code, entry by entry. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an entry.
         *
         * @param key     its id
         * @param type    COUNTRY, PERSON, ORG, INITIATIVE, PLACE or THEME
         * @param label   the English label
         * @param labelAr the Arabic label
         * @param aliases its names, as in a lexicon file (constraints in braces allowed)
         */
        public Builder add(String key, String type, String label, String labelAr, String... aliases) {
            StringBuilder line = new StringBuilder(String.join("\t", "key", "type", "label", "label_ar", "aliases"));
            line.append('\n').append(String.join("\t", key, type, label, labelAr, String.join("|", aliases)));
            entries.addAll(LexiconSupport.parse(line.toString(), "entry '" + key + "'"));
            return this;
        }

        /** Adds a person with full names and partial names (surnames). */
        public Builder person(String key, String labelAr, List<String> fullNames, List<String> partialNames) {
            String text = String.join("\t", "key", "type", "label", "label_ar", "aliases", "partial") + "\n"
                    + String.join("\t", key, "PERSON", key, labelAr, String.join("|", fullNames),
                            String.join("|", partialNames));
            entries.addAll(LexiconSupport.parse(text, "entry '" + key + "'"));
            return this;
        }

        /** The lexicon. */
        public Lexicon build() {
            return new Lexicon("custom", LexiconSupport.checkKeys(entries, "custom lexicon"));
        }
    }

    /**
     * This lexicon and {@code other}; where both have an entry with the same key, {@code other}'s
     * replaces this one's.
     */
    public Lexicon plus(Lexicon other) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        other.entries.forEach(e -> byKey.put(e.key(), e));
        return new Lexicon(name + " + " + other.name, new ArrayList<>(byKey.values()));
    }

    /** This lexicon without the entries with these keys. */
    public Lexicon without(String... keys) {
        Set<String> drop = Set.of(keys);
        List<Entry> kept = new ArrayList<>();
        entries.forEach(e -> {
            if (!drop.contains(e.key())) {
                kept.add(e);
            }
        });
        return new Lexicon(name, kept);
    }

    /**
     * Only the entries of these types (COUNTRY, PERSON, ORG, INITIATIVE, PLACE, THEME, in any case).
     *
     * @throws NewsTablesException when a type is none of these
     */
    public Lexicon only(String... types) {
        List<EntityType> wanted = new ArrayList<>();
        for (String t : types) {
            EntityType type = EntityType.named(t);
            if (type == null) {
                throw new NewsTablesException("'" + t + "' is no entity type; the types are "
                        + Arrays.toString(EntityType.values()) + ".");
            }
            wanted.add(type);
        }
        List<Entry> kept = new ArrayList<>();
        entries.forEach(e -> {
            if (wanted.contains(e.type())) {
                kept.add(e);
            }
        });
        return new Lexicon(name, kept);
    }

    /** The entries, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry with {@code key}. */
    public Entry entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new NewsTablesException("The lexicon has no entry '" + key + "'."));
    }

    /** How many entries it has. */
    public int size() {
        return entries.size();
    }

    /** One row per entry: key, type, label, label_ar, aliases, partial, link, role, source (as in a lexicon file, and where it comes from). */
    public Table table() {
        StringColumn key = StringColumn.create("key");
        StringColumn type = StringColumn.create("type");
        StringColumn label = StringColumn.create("label");
        StringColumn labelAr = StringColumn.create("label_ar");
        StringColumn aliases = StringColumn.create("aliases");
        StringColumn partial = StringColumn.create("partial");
        StringColumn link = StringColumn.create("link");
        StringColumn role = StringColumn.create("role");
        StringColumn source = StringColumn.create("source");
        for (Entry e : entries) {
            key.append(e.key());
            type.append(e.type().name());
            label.append(e.label());
            labelAr.append(e.labelAr());
            List<String> full = new ArrayList<>();
            List<String> part = new ArrayList<>();
            for (Alias a : e.aliases()) {
                (a.partial() ? part : full).add(a.text());
            }
            aliases.append(String.join("|", full));
            partial.append(String.join("|", part));
            link.append(e.link());
            role.append(e.role());
            source.append(e.source().label());
        }
        return Table.create(name, key, type, label, labelAr, aliases, partial, link, role, source);
    }

    /** Writes the lexicon as a tab-separated file that {@link #load} reads back. */
    public void write(Path path) {
        try {
            Files.writeString(path, LexiconSupport.write(entries), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled matcher, built once. */
    public LexiconMatcher matcher() {
        return matcher.get();
    }

    /**
     * The finder of people introduced by a title (الرئيس، وزير الخارجية الروسي …), who knows the
     * given names of this lexicon's people; built once.
     */
    public org.newstables.lexicon.PersonFinder finder() {
        return finder.get();
    }

    /** A short description: name and size. */
    @Override
    public String toString() {
        return "Lexicon " + name + " (" + entries.size() + " entries)";
    }

    private Lexicon named(String newName) {
        return new Lexicon(newName, entries);
    }

    private static Lexicon resource(String file) {
        // Lexicons are immutable: each built-in file is parsed once per JVM (charts ask for the countries often).
        return RESOURCE_CACHE.computeIfAbsent(file, Lexicon::parseResource);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Lexicon> RESOURCE_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Lexicon parseResource(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new NewsTablesException("The built-in lexicon " + file + " is missing from the jar;"
                        + " rebuild it with 'mvn package'.");
            }
            List<Entry> entries = new ArrayList<>();
            for (Entry e : LexiconSupport.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file)) {
                entries.add(e.withSource(Entry.Source.BUILT_IN));
            }
            return new Lexicon(file, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

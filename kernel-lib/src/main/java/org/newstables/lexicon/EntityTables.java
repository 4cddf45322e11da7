package org.newstables.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstables.common.NumberColumns;
import org.newstables.common.ParallelColumns;
import org.newstables.common.StringColumns;
import org.newstables.corpus.Article;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import org.newstables.common.Internal;

/** The entity tables: mentions, entities, partners, ambiguous mentions. */
@Internal
public final class EntityTables {

    private EntityTables() {
    }

    /**
     * article, date, entity, label, label_ar, type, surface, start, end, sentence, title, role,
     * source: one row per mention, with {@code text.substring(start, end)} equal to {@code surface};
     * {@code title} is the title written right before the mention (وزير الخارجية الروسي, or ""),
     * {@code role} the entity's role (the lexicon's offices, or the title that introduced a person
     * found in the text), {@code source} built-in, user or discovered.
     */
    public static Table mentions(List<Article> articles, Mentions mentions, String name) {
        return rows(name, false, articles, mentions);
    }

    /**
     * article, date, theme, label, keyword, surface, start, end, sentence: one row per theme
     * keyword found, {@code keyword} being the lexicon's keyword that matched.
     */
    public static Table themeMentions(List<Article> articles, Mentions mentions) {
        return rows("theme mentions", true, articles, mentions);
    }

    /**
     * The rows [firstRow, endRow) of a chunk of articles, coded with the chunk's own dictionaries:
     * keywords for themes, titles for entities (each kind of table has only one of the two).
     */
    private record Chunk(int firstRow, int endRow, Codes<Entry> entries, Codes<Alias> keywords, Codes<String> surfaces,
            Codes<String> titles) {
    }

    /**
     * The mention rows of entities, or of themes (with the keyword instead of label_ar and type).
     * Built in columns of codes: one code per article, per entry and per keyword or title, so that
     * a table of millions of mentions hashes only its distinct surfaces.
     */
    private static Table rows(String name, boolean themes, List<Article> articles, Mentions mentions) {
        int n = articles.size();
        int[] offsets = new int[n + 1];
        for (int a = 0; a < n; a++) {
            offsets[a + 1] = offsets[a] + mentions.resolvedCount(a);
        }
        int rows = offsets[n];
        String[] ids = new String[n];
        int[] articleCode = new int[rows];
        // Dates as Tablesaw stores them (PackedLocalDate), packed once per article.
        int[] dates = new int[rows];
        int[] entryCode = new int[rows];
        // The keyword of a theme mention, the title of an entity mention.
        int[] textCode = new int[rows];
        int[] surfaceCode = new int[rows];
        int[] starts = new int[rows];
        int[] ends = new int[rows];
        int[] sentence = new int[rows];
        // In parallel over chunks of articles, each with its own dictionaries.
        List<Chunk> chunks = org.newstables.common.Chunks.map(n, (from, to) -> {
            Codes<Entry> entries = new Codes<>(new IdentityHashMap<>());
            Codes<Alias> keywords = new Codes<>(new IdentityHashMap<>());
            Codes<String> surfaces = new Codes<>(new HashMap<>());
            it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap surfaceOfWord = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
            surfaceOfWord.defaultReturnValue(-1);
            Codes<String> titles = new Codes<>(new HashMap<>());
            // The code of "", the title of most mentions, given when first met and then not looked up again.
            int noTitle = -1;
            for (int a = from; a < to; a++) {
                Article art = articles.get(a);
                ids[a] = art.id();
                int date = tech.tablesaw.columns.dates.PackedLocalDate.pack(art.date());
                for (int i = 0, r = offsets[a]; r < offsets[a + 1]; i++, r++) {
                    articleCode[r] = a;
                    dates[r] = date;
                    entryCode[r] = entries.code(mentions.entry(a, i));
                    // A one-token mention's surface is coded by its word id, the others by their text.
                    int word = mentions.word(a, i);
                    if (word >= 0) {
                        int code = surfaceOfWord.get(word);
                        if (code < 0) {
                            code = surfaces.code(mentions.surface(a, i));
                            surfaceOfWord.put(word, code);
                        }
                        surfaceCode[r] = code;
                    } else {
                        surfaceCode[r] = surfaces.code(mentions.surface(a, i));
                    }
                    starts[r] = mentions.start(a, i);
                    ends[r] = mentions.end(a, i);
                    sentence[r] = mentions.sentence(a, i);
                    if (themes) {
                        textCode[r] = keywords.code(mentions.alias(a, i));
                    } else if (mentions.titled(a, i)) {
                        textCode[r] = titles.code(mentions.title(a, i));
                    } else {
                        noTitle = noTitle < 0 ? titles.code("") : noTitle;
                        textCode[r] = noTitle;
                    }
                }
            }
            return new Chunk(offsets[from], offsets[to], entries, keywords, surfaces, titles);
        });
        // The chunks' dictionaries are put one after the other, not merged: a string column's dictionary
        // may repeat values (StringColumns.of), so a chunk's codes need only shifting by where its own
        // dictionary starts, in parallel, and the values keep their order of first appearance.
        List<Entry> entryList = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> surfaceList = new ArrayList<>();
        int[][] shifts = new int[chunks.size()][];
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            shifts[c] = new int[] {entryList.size(), texts.size(), surfaceList.size()};
            entryList.addAll(chunk.entries().values());
            if (themes) {
                chunk.keywords().values().forEach(k -> texts.add(k.text()));
            } else {
                texts.addAll(chunk.titles().values());
            }
            surfaceList.addAll(chunk.surfaces().values());
        }
        java.util.stream.IntStream.range(0, chunks.size()).parallel().forEach(c -> {
            int[] shift = shifts[c];
            for (int r = chunks.get(c).firstRow(); r < chunks.get(c).endRow(); r++) {
                entryCode[r] += shift[0];
                textCode[r] += shift[1];
                surfaceCode[r] += shift[2];
            }
        });
        String[] textList = texts.toArray(new String[0]);
        String[] surfaceArray = surfaceList.toArray(new String[0]);
        List<java.util.function.Supplier<? extends Column<?>>> makers = new ArrayList<>(List.of(
                () -> StringColumns.of("article", ids, articleCode),
                () -> DateColumn.createInternal("date", dates),
                () -> StringColumns.of(themes ? "theme" : "entity", entryStrings(entryList, Entry::key), entryCode),
                () -> StringColumns.of("label", entryStrings(entryList, Entry::label), entryCode)));
        if (themes) {
            makers.add(() -> StringColumns.of("keyword", textList, textCode));
        } else {
            makers.add(() -> StringColumns.of("label_ar", entryStrings(entryList, Entry::labelAr), entryCode));
            makers.add(() -> StringColumns.of("type", entryStrings(entryList, e -> e.type().name()), entryCode));
        }
        makers.add(() -> StringColumns.of("surface", surfaceArray, surfaceCode));
        // Over the arrays filled above, not copies of them (NumberColumns).
        makers.add(() -> NumberColumns.ints("start", starts));
        makers.add(() -> NumberColumns.ints("end", ends));
        makers.add(() -> NumberColumns.ints("sentence", sentence));
        if (!themes) {
            makers.add(() -> StringColumns.of("title", textList, textCode));
            makers.add(() -> StringColumns.of("role", entryStrings(entryList, Entry::role), entryCode));
            makers.add(() -> StringColumns.of("source", entryStrings(entryList, e -> e.source().label()), entryCode));
        }
        List<Column<?>> columns = ParallelColumns.of(makers);
        return Table.create(name, columns);
    }

    private static String[] entryStrings(List<Entry> entries, java.util.function.Function<Entry, String> field) {
        return entries.stream().map(field).toArray(String[]::new);
    }

    /**
     * entity, label, label_ar, type, mentions, articles, first_date, last_date, role, source: one row per
     * entity found, most mentioned first; {@code source} tells the lexicons' entities (built-in,
     * user) from the people found in the text (discovered).
     */
    public static Table entities(List<Article> articles, Mentions mentions) {
        // Counted per entry by identity (mentions, articles, last article seen) in parallel chunks of
        // articles, then the chunks added up in order, then gathered by key. An article lies in one
        // chunk, so the chunks' article counts add up. A serial loop over the 5 million mentions of
        // 100,000 generated articles took most of timeline()'s 0.4 s on two threads, the other idle.
        Map<Entry, int[]> perEntry = new IdentityHashMap<>();
        Map<Entry, LocalDate[]> perEntryRange = new IdentityHashMap<>();
        // First seen first: an identity map's order changes from run to run, the table's must not.
        List<Entry> seen = new ArrayList<>();
        for (EntryCounts chunk : org.newstables.common.Chunks.map(articles.size(), (from, to) -> {
            EntryCounts counts = new EntryCounts();
            for (int a = from; a < to; a++) {
                LocalDate d = articles.get(a).date();
                for (int i = 0, n = mentions.resolvedCount(a); i < n; i++) {
                    Entry entry = mentions.entry(a, i);
                    int[] c = counts.perEntry.get(entry);
                    if (c == null) {
                        c = new int[] {0, 0, -1};
                        counts.perEntry.put(entry, c);
                        counts.seen.add(entry);
                    }
                    c[0]++;
                    if (c[2] != a) {
                        c[2] = a;
                        c[1]++;
                        if (d != null) {
                            widen(counts.range.computeIfAbsent(entry, k -> new LocalDate[2]), d, d);
                        }
                    }
                }
            }
            return counts;
        })) {
            for (Entry entry : chunk.seen) {
                int[] c = chunk.perEntry.get(entry);
                int[] total = perEntry.get(entry);
                if (total == null) {
                    total = new int[2];
                    perEntry.put(entry, total);
                    seen.add(entry);
                }
                total[0] += c[0];
                total[1] += c[1];
                LocalDate[] rg = chunk.range.get(entry);
                if (rg != null) {
                    widen(perEntryRange.computeIfAbsent(entry, k -> new LocalDate[2]), rg[0], rg[1]);
                }
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, LocalDate[]> range = new HashMap<>();
        for (Entry entry : seen) {
            int[] c = perEntry.get(entry);
            Entry had = entries.putIfAbsent(entry.key(), entry);
            if (had != null && had.role().isEmpty() && !entry.role().isEmpty()) {
                // A person found in several articles: the role from the first article that gives one.
                entries.put(entry.key(), entry);
            }
            int[] total = counts.computeIfAbsent(entry.key(), k -> new int[2]);
            total[0] += c[0];
            total[1] += c[1];
            LocalDate[] rg = perEntryRange.get(entry);
            if (rg != null) {
                widen(range.computeIfAbsent(entry.key(), k -> new LocalDate[2]), rg[0], rg[1]);
            }
        }
        List<String> keys = Ranking.byFirstCount(counts);
        StringColumn entity = StringColumn.create("entity");
        StringColumn label = StringColumn.create("label");
        StringColumn labelAr = StringColumn.create("label_ar");
        StringColumn type = StringColumn.create("type");
        IntColumn mentionCount = IntColumn.create("mentions");
        IntColumn articleCount = IntColumn.create("articles");
        DateColumn first = DateColumn.create("first_date");
        DateColumn last = DateColumn.create("last_date");
        StringColumn role = StringColumn.create("role");
        StringColumn source = StringColumn.create("source");
        for (String k : keys) {
            Entry e = entries.get(k);
            entity.append(k);
            label.append(e.label());
            labelAr.append(e.labelAr());
            type.append(e.type().name());
            mentionCount.append(counts.get(k)[0]);
            articleCount.append(counts.get(k)[1]);
            LocalDate[] rg = range.get(k);
            first.append(rg == null ? null : rg[0]);
            last.append(rg == null ? null : rg[1]);
            role.append(e.role());
            source.append(e.source().label());
        }
        return Table.create("entities", entity, label, labelAr, type, mentionCount, articleCount, first, last, role, source);
    }

    /** One chunk's counts per entry for {@link #entities}: mentions, articles, the last article seen; dates; first seen first. */
    private static final class EntryCounts {
        final Map<Entry, int[]> perEntry = new IdentityHashMap<>();
        final Map<Entry, LocalDate[]> range = new IdentityHashMap<>();
        final List<Entry> seen = new ArrayList<>();
    }

    /**
     * entity, label, label_ar, articles, mentions, same_sentence: the countries mentioned in the
     * articles that mention {@code focal}, with how many of those articles name them, how often,
     * and in how many sentences together with the focal country. Most articles first.
     */
    public static Table partners(List<Article> articles, Mentions mentions, String focal) {
        // Counted in parallel chunks of articles (each article's counts are its own), then the chunks
        // added up in order, so that each partner keeps the entry it was first seen with.
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (PartnerCounts chunk : org.newstables.common.Chunks.map(articles.size(), (from, to) -> {
            PartnerCounts part = new PartnerCounts();
            for (int a = from; a < to; a++) {
                part.add(mentions.article(a).resolved(), focal);
            }
            return part;
        })) {
            chunk.entries.forEach(entries::putIfAbsent);
            Ranking.add(counts, chunk.counts);
        }
        List<String> keys = new ArrayList<>(entries.keySet());
        keys.sort(Comparator.comparingInt((String k) -> -counts.get(k)[0])
                .thenComparingInt(k -> -counts.get(k)[1]).thenComparing(k -> k));
        StringColumn partner = StringColumn.create(org.newstables.common.Columns.ENTITY);
        StringColumn label = StringColumn.create("label");
        StringColumn labelAr = StringColumn.create("label_ar");
        IntColumn articleCount = IntColumn.create("articles");
        IntColumn mentionCount = IntColumn.create("mentions");
        IntColumn same = IntColumn.create("same_sentence");
        for (String k : keys) {
            partner.append(k);
            label.append(entries.get(k).label());
            labelAr.append(entries.get(k).labelAr());
            articleCount.append(counts.get(k)[0]);
            mentionCount.append(counts.get(k)[1]);
            same.append(counts.get(k)[2]);
        }
        return Table.create("partners of " + focal, partner, label, labelAr, articleCount, mentionCount, same);
    }

    /**
     * The partner counts of some articles for {@link #partners}: per country, the articles naming it
     * beside the focal one, its mentions there, and the sentences it shares with the focal country.
     */
    private static final class PartnerCounts {
        final Map<String, Entry> entries = new LinkedHashMap<>();
        final Map<String, int[]> counts = new HashMap<>();

        /** Counts one article's resolved mentions, if it names {@code focal}. */
        void add(List<Resolver.Resolved> rs, String focal) {
            Set<Integer> focalSentences = new HashSet<>();
            for (Resolver.Resolved r : rs) {
                if (r.entry().key().equals(focal)) {
                    focalSentences.add(r.match().sentence());
                }
            }
            if (focalSentences.isEmpty()) {
                return;
            }
            Set<String> seen = new HashSet<>();
            Map<String, Set<Integer>> together = new HashMap<>();
            for (Resolver.Resolved r : rs) {
                Entry e = r.entry();
                if (e.type() != EntityType.COUNTRY || e.key().equals(focal)) {
                    continue;
                }
                entries.putIfAbsent(e.key(), e);
                int[] c = counts.computeIfAbsent(e.key(), k -> new int[3]);
                c[1]++;
                if (seen.add(e.key())) {
                    c[0]++;
                }
            }
            for (Resolver.Resolved r : rs) {
                Entry e = r.entry();
                int sentence = r.match().sentence();
                if (e.type() == EntityType.COUNTRY && !e.key().equals(focal) && focalSentences.contains(sentence)) {
                    together.computeIfAbsent(e.key(), k -> new HashSet<>()).add(sentence);
                }
            }
            together.forEach((k, s) -> counts.get(k)[2] += s.size());
        }
    }

    /** One count column per entry found (most mentioned first), one row per article, for the matrix. */
    public static Table counts(List<Article> articles, Mentions mentions) {
        Table entities = entities(articles, mentions);
        List<String> keys = entities.stringColumn("entity").asList();
        Map<String, Integer> index = new HashMap<>();
        int[][] counts = new int[keys.size()][articles.size()];
        for (int k = 0; k < keys.size(); k++) {
            index.put(keys.get(k), k);
        }
        for (int a = 0; a < articles.size(); a++) {
            for (Resolver.Resolved r : mentions.article(a).resolved()) {
                counts[index.get(r.entry().key())][a]++;
            }
        }
        Table t = Table.create("entity counts");
        for (int k = 0; k < keys.size(); k++) {
            t.addColumns(IntColumn.create(keys.get(k), counts[k]));
        }
        return t;
    }

    /** article, surface, candidates, why, start, end, sentence: partial or shared names left unresolved. */
    public static Table ambiguous(List<Article> articles, Mentions mentions) {
        StringColumn article = StringColumn.create("article");
        StringColumn surface = StringColumn.create("surface");
        StringColumn candidates = StringColumn.create("candidates");
        StringColumn why = StringColumn.create("why");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        IntColumn sentence = IntColumn.create("sentence");
        for (int a = 0; a < articles.size(); a++) {
            Article art = articles.get(a);
            for (Resolver.Unresolved u : mentions.article(a).unresolved()) {
                article.append(art.id());
                surface.append(art.text().substring(u.match().start(), u.match().end()));
                List<String> keys = new ArrayList<>();
                u.candidates().forEach(e -> keys.add(e.key()));
                candidates.append(String.join(" | ", keys));
                why.append(u.why());
                start.append(u.match().start());
                end.append(u.match().end());
                sentence.append(u.match().sentence());
            }
        }
        return Table.create("ambiguous", article, surface, candidates, why, start, end, sentence);
    }

    /** Widens the date range {@code range} (first, last; null when empty) to hold {@code from} to {@code to}. */
    private static void widen(LocalDate[] range, LocalDate from, LocalDate to) {
        range[0] = range[0] == null || from.isBefore(range[0]) ? from : range[0];
        range[1] = range[1] == null || to.isAfter(range[1]) ? to : range[1];
    }

    /**
     * The country of an {@link #entities} table with the most mentions, then the most articles,
     * then the first key; or null when it has none.
     */
    public static String mostMentionedCountry(Table entities) {
        String best = null;
        int bestMentions = -1;
        int bestArticles = -1;
        // entities() is by mentions, then key: a later row wins only with more articles on equal mentions.
        for (int i = 0; i < entities.rowCount(); i++) {
            if (entities.stringColumn("type").get(i).equals("COUNTRY")) {
                int m = entities.intColumn("mentions").get(i);
                int a = entities.intColumn("articles").get(i);
                if (m > bestMentions || m == bestMentions && a > bestArticles) {
                    best = entities.stringColumn("entity").get(i);
                    bestMentions = m;
                    bestArticles = a;
                }
            }
        }
        return best;
    }
}

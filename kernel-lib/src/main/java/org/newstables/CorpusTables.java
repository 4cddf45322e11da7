package org.newstables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newstables.common.Columns;
import org.newstables.common.NewsTablesException;
import org.newstables.lexicon.EntityTables;
import org.newstables.lexicon.Mentions;
import org.newstables.text.AnalyzedText;
import org.newstables.time.Timeline;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The corpus tables that combine several parts of the analysis: the document matrix (metadata,
 * entity and theme counts, term frequencies) and the timelines (mentions of entities and themes
 * counted per period). {@link Corpus} delegates to these.
 */
final class CorpusTables {

    private CorpusTables() {
    }

    /** See {@link Corpus#articles()}: the articles with their sentence and token counts. */
    static Table articles(Corpus c) {
        List<AnalyzedText> a = c.view.analyses();
        return org.newstables.corpus.ArticleTables.articles(c.articleList(),
                a.stream().mapToInt(x -> x.sentences().count()).toArray(), a.stream().mapToInt(AnalyzedText::size).toArray());
    }

    /** See {@link Corpus#matrix}. */
    static Table matrix(Corpus c, String... terms) {
        Table t = Table.create("matrix");
        Table a = c.articles();
        for (String column : a.columnNames()) {
            if (!List.of("published", "published_time", "date_source", "sentences", "text", "file",
                    "encoding", "removed_lines").contains(column)) {
                t.addColumns(a.column(column).copy());
            }
        }
        Table counts = EntityTables.counts(c.articleList(), c.view.mentions());
        for (String column : counts.columnNames()) {
            t.addColumns(counts.column(column).copy());
        }
        Table themeCounts = EntityTables.counts(c.articleList(), c.view.themeMentions());
        for (org.newstables.lexicon.Entry e : c.view.themeLexicon().entries()) {
            // Tablesaw column names ignore case: the theme bri would clash with the entity BRI.
            boolean taken = t.columnNames().stream().anyMatch(n -> n.equalsIgnoreCase(e.key()));
            String name = taken ? "theme_" + e.key() : e.key();
            t.addColumns(themeCounts.columnNames().contains(e.key())
                    ? themeCounts.intColumn(e.key()).copy().setName(name)
                    : IntColumn.create(name, new int[c.size()]));
        }
        List<AnalyzedText> texts = c.view.analyses();
        for (String term : terms) {
            org.newstables.text.Phrase phrase = org.newstables.text.Phrase.of(term, c.view.state.vocabulary);
            String name = t.columnNames().stream().anyMatch(n -> n.equalsIgnoreCase(term)) ? "tf_" + term : term;
            DoubleColumn tf = DoubleColumn.create(name);
            for (AnalyzedText x : texts) {
                tf.append(x.size() == 0 ? 0 : (double) phrase.count(x) / x.size());
            }
            t.addColumns(tf);
        }
        return t;
    }

    /** See {@link Corpus#focalCountry()}. */
    static String focalCountry(Corpus c) {
        String focal = EntityTables.mostMentionedCountry(c.entities());
        if (focal == null) {
            throw new NewsTablesException("The corpus mentions no country, so it has no focal country; name one:"
                    + " c.partners(\"EG\").");
        }
        return focal;
    }

    /** See {@link Corpus#partners(String)}; empty, and named so, when {@code focal} is null (no country named). */
    static Table partners(Corpus c, String focal) {
        if (focal == null) {
            return EntityTables.partners(List.of(), c.view.mentions(), "").setName("partners (the corpus names no country)");
        }
        Table t = EntityTables.partners(c.articleList(), c.view.mentions(), focal);
        return t.setName("partners of " + c.view.lexicon().entry(focal).label() + " (" + focal + ")");
    }

    /** See {@link Corpus#timeline(Per)}: every theme and the ten most mentioned entities. */
    static Table timeline(Corpus c, Per per) {
        LinkedHashMap<String, String[]> keys = new LinkedHashMap<>();
        keys.putAll(timelineKeys(c, Kind.THEME, Integer.MAX_VALUE));
        keys.putAll(timelineKeys(c, Kind.ENTITY, 10));
        return timeline(c, per, keys);
    }

    /** See {@link Corpus#timeline(Per, Kind, String...)}: no key means every key of the kind. */
    static Table timeline(Corpus c, Per per, Kind kind, String... keys) {
        return keys.length == 0 ? timeline(c, per, timelineKeys(c, kind, Integer.MAX_VALUE)) : chosen(c, per, kind, keys);
    }

    /** The timeline of {@code keys}, which may be none (an empty timeline). */
    private static Table chosen(Corpus c, Per per, Kind kind, String... keys) {
        Lexicon l = kindLexicon(c, kind);
        LinkedHashMap<String, String[]> chosen = new LinkedHashMap<>();
        Map<String, String[]> found = kind == Kind.ENTITY ? foundEntityLabels(c) : Map.of();
        for (String key : keys) {
            String[] labels = found.get(key);
            if (labels == null) {
                // Not mentioned: the lexicon knows it (it gets rows of zeros) or says it has no such entry.
                labels = new String[] {l.entry(key).label(), l.entry(key).labelAr()};
            }
            chosen.put(key, new String[] {kind.column(), labels[0], labels[1]});
        }
        return timeline(c, per, chosen);
    }

    /** See {@link Corpus#partnersTimeline}. */
    static Table partnersTimeline(Corpus c, Per per) {
        Table partners = c.partners();
        if (partners.rowCount() == 0) {
            return chosen(c, per, Kind.ENTITY).setName(partners.name() + " per " + per.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < Math.min(8, partners.rowCount()); i++) {
            keys.add(partners.stringColumn(Columns.ENTITY).get(i));
        }
        return chosen(c, per, Kind.ENTITY, keys.toArray(new String[0])).setName(partners.name() + " per " + per.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Label and Arabic label of every entity mentioned, people found in the text included. */
    private static Map<String, String[]> foundEntityLabels(Corpus c) {
        Table e = c.entities();
        Map<String, String[]> out = new java.util.HashMap<>();
        for (int i = 0; i < e.rowCount(); i++) {
            out.put(e.stringColumn("entity").get(i), new String[] {e.stringColumn("label").get(i),
                    e.stringColumn("label_ar").get(i)});
        }
        return out;
    }

    private static Lexicon kindLexicon(Corpus c, Kind kind) {
        return java.util.Objects.requireNonNull(kind, "kind") == Kind.ENTITY ? c.view.lexicon() : c.view.themeLexicon();
    }

    /** Every theme, or the {@code limit} most mentioned entities: key → kind, label, label_ar. */
    static LinkedHashMap<String, String[]> timelineKeys(Corpus c, Kind kind, int limit) {
        LinkedHashMap<String, String[]> keys = new LinkedHashMap<>();
        if (java.util.Objects.requireNonNull(kind, "kind") == Kind.THEME) {
            for (org.newstables.lexicon.Entry e : c.view.themeLexicon().entries()) {
                keys.put(e.key(), new String[] {"theme", e.label(), e.labelAr()});
            }
            return keys;
        }
        Table entities = c.entities();
        for (int i = 0; i < Math.min(limit, entities.rowCount()); i++) {
            String key = entities.stringColumn("entity").get(i);
            keys.put(key, new String[] {"entity", entities.stringColumn("label").get(i), entities.stringColumn("label_ar").get(i)});
        }
        return keys;
    }

    /** Counts the mentions of {@code keys} per period. */
    static Table timeline(Corpus c, Per per, LinkedHashMap<String, String[]> keys) {
        // Keep each key's own kind: an entity and a theme may share a key only if asked for by kind.
        Map<String, Integer> position = new java.util.HashMap<>();
        for (String key : keys.keySet()) {
            position.put(key, position.size());
        }
        List<Mentions> both = List.of(c.view.mentions(), c.view.themeMentions());
        List<String> kinds = List.of("entity", "theme");
        // Each chunk of articles lists its mentions of the keys (article, key position), in article
        // order; the chunks' lists are joined in order. Each chunk looks each entry's key up once.
        List<int[][]> parts = org.newstables.common.Chunks.map(c.size(), (from, to) -> {
            it.unimi.dsi.fastutil.ints.IntArrayList articles = new it.unimi.dsi.fastutil.ints.IntArrayList();
            it.unimi.dsi.fastutil.ints.IntArrayList positions = new it.unimi.dsi.fastutil.ints.IntArrayList();
            List<Map<org.newstables.lexicon.Entry, Integer>> keyOfEntry = List.of(new java.util.IdentityHashMap<>(),
                    new java.util.IdentityHashMap<>());
            for (int a = from; a < to; a++) {
                for (int m = 0; m < 2; m++) {
                    Mentions mentions = both.get(m);
                    String kind = kinds.get(m);
                    for (int i = 0, n = mentions.resolvedCount(a); i < n; i++) {
                        int k = keyOfEntry.get(m).computeIfAbsent(mentions.entry(a, i), e -> {
                            String[] wanted = keys.get(e.key());
                            return wanted != null && wanted[0].equals(kind) ? position.get(e.key()) : -1;
                        });
                        if (k >= 0) {
                            articles.add(a);
                            positions.add(k);
                        }
                    }
                }
            }
            return new int[][] {articles.toIntArray(), positions.toIntArray()};
        });
        int count = parts.stream().mapToInt(p -> p[0].length).sum();
        int[] mentionArticles = new int[count];
        int[] mentionKeys = new int[count];
        int at = 0;
        for (int[][] p : parts) {
            System.arraycopy(p[0], 0, mentionArticles, at, p[0].length);
            System.arraycopy(p[1], 0, mentionKeys, at, p[1].length);
            at += p[0].length;
        }
        List<LocalDate> dates = new ArrayList<>();
        c.articleList().forEach(x -> dates.add(x.date()));
        int[] tokens = c.view.analyses().stream().mapToInt(AnalyzedText::size).toArray();
        return Timeline.of(per, dates, tokens, mentionArticles, mentionKeys, count, keys);
    }
}

package org.newstables;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.newstables.corpus.Article;
import org.newstables.corpus.CorpusReader;
import org.newstables.corpus.Problem;
import org.newstables.duplicates.NearDuplicates;
import org.newstables.lexicon.Mentions;
import org.newstables.pipeline.ArticlePipeline;
import org.newstables.search.CorpusIndex;
import org.newstables.text.AnalyzedText;
import org.newstables.text.Vocabulary;

/**
 * What every view of one loaded corpus shares, each part cached by its real inputs: the articles
 * and problems; the analysis of each article (step 1 of {@link ArticlePipeline}), computed once, in
 * parallel, on first use; the mentions under each lexicon (step 2), computed once per lexicon for
 * every article, so that sub-corpora and other stop words reuse them; and one search index of all
 * the articles per place (memory or a folder), which sub-corpora search with a filter on their rows.
 * The indexes are closed, releasing their files, when no view of the corpus is reachable any more
 * (a {@link Cleaner}: a corpus has no close method for notebook users to forget).
 */
final class CorpusState {

    private static final Cleaner CLEANER = Cleaner.create();

    final List<Article> articles;
    final List<Problem> problems;
    final Vocabulary vocabulary = new Vocabulary();
    private final Supplier<List<AnalyzedText>> analyses;
    final NearDuplicates.Signatures signatures;
    private final Map<Lexicon, Supplier<Mentions>> entityMentions = new ConcurrentHashMap<>();
    private final Map<Lexicon, Supplier<Mentions>> themeMentions = new ConcurrentHashMap<>();
    // Keyed by folder; the in-memory index under the empty path.
    private final Map<Path, Supplier<CorpusIndex>> indexes = new ConcurrentHashMap<>();
    // The indexes built so far, apart from the suppliers above (which refer to this state, and would
    // keep it reachable from the cleaning action).
    private final List<CorpusIndex> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    CorpusState(CorpusReader.Loaded loaded) {
        this.articles = List.copyOf(loaded.articles());
        this.problems = List.copyOf(loaded.problems());
        this.analyses = Suppliers.memoize(() -> ArticlePipeline.texts(articles, vocabulary));
        this.signatures = new NearDuplicates.Signatures(new java.util.AbstractList<AnalyzedText>() {
            // The analyses, read only when the signatures are first made.
            @Override
            public AnalyzedText get(int i) {
                return analyses.get().get(i);
            }

            @Override
            public int size() {
                return articles.size();
            }
        });
        List<CorpusIndex> open = opened;
        CLEANER.register(this, () -> closeAll(open));
    }

    // Static, so that the cleaning action holds no reference to the state it cleans up after.
    private static void closeAll(List<CorpusIndex> indexes) {
        for (CorpusIndex index : indexes) {
            try {
                index.close();
            } catch (IOException | RuntimeException e) {
                // Nothing to report to: the corpus is gone. The files stay, as the user asked.
            }
        }
    }

    /** The articles of {@code rows} (all when null), in that order. */
    <T> List<T> select(List<T> all, int[] rows) {
        if (rows == null) {
            return all;
        }
        List<T> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(all.get(r));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The analyses of the articles of {@code rows} (all when null). */
    List<AnalyzedText> analyses(int[] rows) {
        return select(analyses.get(), rows);
    }

    /** The entity mentions of the articles of {@code rows} under {@code lexicon}. */
    Mentions entityMentions(Lexicon lexicon, ArticlePipeline pipeline, int[] rows) {
        Mentions all = entityMentions.computeIfAbsent(lexicon, l -> Suppliers.memoize(() -> pipeline.entityMentions(analyses.get())))
                .get();
        return rows == null ? all : all.select(rows);
    }

    /** The theme mentions of the articles of {@code rows} under {@code themes}. */
    Mentions themeMentions(Lexicon themes, ArticlePipeline pipeline, int[] rows) {
        Mentions all = themeMentions.computeIfAbsent(themes, l -> Suppliers.memoize(() -> pipeline.themeMentions(analyses.get())))
                .get();
        return rows == null ? all : all.select(rows);
    }

    /** The search index of every article, in memory (folder null) or at {@code folder}. */
    CorpusIndex index(Path folder) {
        Path key = folder == null ? Path.of("") : folder.toAbsolutePath().normalize();
        return indexes.computeIfAbsent(key, k -> Suppliers.memoize(() -> {
            CorpusIndex built = CorpusIndex.build(articles, analyses.get().stream().map(AnalyzedText::sentences).toList(),
                    folder, vocabulary);
            opened.add(built);
            return built;
        })).get();
    }
}

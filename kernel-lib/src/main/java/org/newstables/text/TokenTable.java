package org.newstables.text;

import java.util.List;
import org.newstables.common.Chunks;
import org.newstables.common.Internal;
import org.newstables.common.NumberColumns;
import org.newstables.common.StringColumns;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Table;

/** The tokens table: every token of every article, with its forms and offsets. */
@Internal
public final class TokenTable {

    private TokenTable() {
    }

    /**
     * One row per token of every article: article, sentence (1-based), position (1-based, within
     * the article), surface (as written), norm (normalized), stem, start, end (character offsets
     * into the article's text: {@code text.substring(start, end)} is the surface) and stop
     * (whether it is a stop word under {@code stopWords}).
     *
     * @throws IllegalArgumentException when the texts do not share one vocabulary (a corpus's do)
     */
    public static Table tokens(List<String> ids, List<AnalyzedText> texts, StopWords stopWords) {
        Vocabulary vocabulary = texts.isEmpty() ? new Vocabulary() : texts.get(0).vocabulary();
        int[] first = new int[texts.size() + 1];
        for (int a = 0; a < texts.size(); a++) {
            if (texts.get(a).vocabulary() != vocabulary) {
                throw new IllegalArgumentException("text " + a + " has a vocabulary of its own; the tokens table"
                        + " is made from the texts of one corpus, which share one");
            }
            first[a + 1] = first[a] + texts.get(a).size();
        }
        int total = first[texts.size()];
        // The string columns are made from word ids and the vocabulary's forms (StringColumns), and the
        // number columns over the arrays filled here (NumberColumns): appending row by row hashed every
        // cell of three string columns on one thread, 0.6-0.8 s for the 4.5 million tokens of 10,000
        // generated articles. The arrays are filled in parallel; Tablesaw's columns are made on this
        // thread only (see EntityTables).
        int[] article = new int[total];
        int[] word = new int[total];
        int[] sentence = new int[total];
        int[] position = new int[total];
        int[] start = new int[total];
        int[] end = new int[total];
        boolean[] stopWord = vocabulary.stopMask(stopWords);
        boolean[] stop = new boolean[total];
        Chunks.forEach(texts.size(), a -> {
            AnalyzedText t = texts.get(a);
            Sentences sentences = t.sentences();
            // The tokens come in text order: the sentence is found by a cursor, not a binary search per token.
            for (int i = 0, row = first[a], s = 1; i < t.size(); i++, row++) {
                int at = t.start(i);
                s = sentences.numberAt(at, s);
                article[row] = a;
                word[row] = t.word(i);
                sentence[row] = s;
                position[row] = i + 1;
                start[row] = at;
                end[row] = t.end(i);
                stop[row] = stopWord[word[row]];
            }
        });
        int words = stopWord.length;
        String[] surfaces = new String[words];
        String[] norms = new String[words];
        String[] stems = new String[words];
        for (int w = 0; w < words; w++) {
            surfaces[w] = vocabulary.surface(w);
            norms[w] = vocabulary.norm(w);
            stems[w] = vocabulary.stem(w);
        }
        return Table.create("tokens", StringColumns.of("article", ids.toArray(new String[0]), article),
                NumberColumns.ints("sentence", sentence), NumberColumns.ints("position", position),
                StringColumns.of("surface", surfaces, word), StringColumns.of("norm", norms, word),
                StringColumns.of("stem", stems, word), NumberColumns.ints("start", start),
                NumberColumns.ints("end", end), BooleanColumn.create("stop", stop));
    }
}

package org.newstables.text;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.newstables.common.Internal;

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
     */
    public static Table tokens(List<String> ids, List<AnalyzedText> texts, StopWords stopWords) {
        int total = texts.stream().mapToInt(AnalyzedText::size).sum();
        StringColumn article = StringColumn.create("article");
        IntColumn sentence = IntColumn.create("sentence", total);
        IntColumn position = IntColumn.create("position", total);
        StringColumn surface = StringColumn.create("surface");
        StringColumn norm = StringColumn.create("norm");
        StringColumn stem = StringColumn.create("stem");
        IntColumn start = IntColumn.create("start", total);
        IntColumn end = IntColumn.create("end", total);
        BooleanColumn stop = BooleanColumn.create("stop");
        int row = 0;
        for (int a = 0; a < texts.size(); a++) {
            AnalyzedText t = texts.get(a);
            String id = ids.get(a);
            for (int i = 0; i < t.size(); i++, row++) {
                article.append(id);
                sentence.set(row, t.sentence(i));
                position.set(row, i + 1);
                surface.append(t.surface(i));
                norm.append(t.norm(i));
                stem.append(t.stem(i));
                start.set(row, t.start(i));
                end.set(row, t.end(i));
                stop.append(stopWords.contains(t.norm(i)));
            }
        }
        return Table.create("tokens", article, sentence, position, surface, norm, stem, start, end, stop);
    }
}

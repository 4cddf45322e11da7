package org.newstables;

import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Corpora of sentences written for tests: one article per text, no metadata. */
public final class TextCorpora {

    private TextCorpora() {
    }

    /** A corpus with one article per text. */
    public static Corpus of(String... texts) {
        return of(List.of(texts));
    }

    /** A corpus with one article per text. */
    public static Corpus of(List<String> texts) {
        StringColumn text = StringColumn.create("text");
        texts.forEach(text::append);
        return Corpus.from(Table.create("t", text));
    }
}

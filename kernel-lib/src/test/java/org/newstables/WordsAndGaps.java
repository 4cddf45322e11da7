package org.newstables;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Texts for the property tests that hold a hand-written matcher or check to the expression it stands for. */
public final class WordsAndGaps {

    private WordsAndGaps() {
    }

    /** Up to {@code maxWords} of {@code word}, each followed by a {@code gap}, written one after another. */
    public static Arbitrary<String> texts(Arbitrary<String> word, Arbitrary<String> gap, int maxWords) {
        return Combinators.combine(word, gap).as((w, g) -> w + g).list().ofMaxSize(maxWords).map(parts -> String.join("", parts));
    }
}

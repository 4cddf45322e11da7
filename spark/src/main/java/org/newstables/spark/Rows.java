package org.newstables.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * One partition's rows of the long tables, and its {@link Part}, as the analysis of its articles
 * gives them. Never persisted: the rows of a million articles (26 KB each, Java-serialized, of
 * which 5 KB is the text) would not fit a machine's disk. A Dataset of them analyses the partition
 * again from its source when it is used ({@code .cache()} it to keep it), while the aggregates are
 * made from the kept {@link Part}s.
 */
final class Rows {

    /** The partition's place in input order. */
    final int index;
    /** What the corpus keeps of the partition. */
    final Part part;
    /** The articles table's fixed columns, then the extra metadata as a map, then file, encoding, removed_lines. */
    final List<Object[]> articles = new ArrayList<>();
    /** The rows of the core's mentions table, in article order. */
    final List<Object[]> mentions = new ArrayList<>();
    /** The rows of the core's theme mentions table, in article order. */
    final List<Object[]> themeMentions = new ArrayList<>();
    /** The rows of the core's dates table. */
    final List<Object[]> dates = new ArrayList<>();
    /** article, term, count, tokens (of the article): one row per term of an article, stop words left out. */
    final List<Object[]> terms = new ArrayList<>();

    Rows(int index) {
        this.index = index;
        this.part = new Part(index);
    }
}

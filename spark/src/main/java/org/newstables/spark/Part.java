package org.newstables.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one partition's articles give, worked out on its executor in one pass: the rows of the long
 * tables, and partial aggregates that add up across partitions (partitions hold consecutive
 * articles, in input order, so the first partition's first is the corpus's first).
 */
final class Part implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The partition's place in input order. */
    final int index;
    /** The articles table's fixed columns, then the extra metadata as a map, then file, encoding, removed_lines. */
    final List<Object[]> articles = new ArrayList<>();
    /** The rows of the core's mentions table, in article order. */
    final List<Object[]> mentions = new ArrayList<>();
    /** The rows of the core's theme mentions table, in article order. */
    final List<Object[]> themeMentions = new ArrayList<>();
    /** The rows of the core's dates table. */
    final List<Object[]> dates = new ArrayList<>();
    /** file, unit, number, kind, problem: what building the articles found wrong. */
    final List<Object[]> problems = new ArrayList<>();
    /** The core's entities table of this partition, then the partition's index. */
    final List<Object[]> entities = new ArrayList<>();
    /** The core's co-occurrence table of this partition, then the partition's index. */
    final List<Object[]> cooccurrence = new ArrayList<>();
    /** article, term, count, tokens (of the article): one row per term of an article, stop words left out. */
    final List<Object[]> terms = new ArrayList<>();
    /** term, surface, count: how often each written form of a term occurs in the partition. */
    final List<Object[]> surfaces = new ArrayList<>();
    /**
     * Per article, its runs of content words (no stop word, sentence end or anything but space
     * between them), each as written forms then normalized forms: what the n-grams are cut from.
     */
    final List<List<String[][]>> runs = new ArrayList<>();

    Part(int index) {
        this.index = index;
    }
}

package org.newstables.time;

import java.util.Arrays;

/**
 * Words in a trie of their characters, with a value (bits) where a word ends: looking a word up
 * in a line costs one step a character, with no substring made. Hand-written: the date scans look
 * up every word of a line, and a HashSet would cut each out first.
 */
final class WordTrie {

    private char[] keys = new char[0];
    private WordTrie[] children = new WordTrie[0];
    /** At the root, the children of the Arabic block's letters by index, so the first step is one lookup. */
    private WordTrie[] arabic;
    /** The value of the word that ends here; 0 where none does. */
    int value;

    /** The child for character {@code c}, or null. */
    WordTrie next(char c) {
        if (arabic != null && c >= '\u0600' && c <= '\u06FF') {
            return arabic[c - '\u0600'];
        }
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == c) {
                return children[k];
            }
        }
        return null;
    }

    /** Adds {@code word} with value bits {@code v}. */
    void put(String word, int v) {
        WordTrie node = this;
        for (int i = 0; i < word.length(); i++) {
            WordTrie child = node.next(word.charAt(i));
            if (child == null) {
                child = new WordTrie();
                node.keys = Arrays.copyOf(node.keys, node.keys.length + 1);
                node.children = Arrays.copyOf(node.children, node.children.length + 1);
                node.keys[node.keys.length - 1] = word.charAt(i);
                node.children[node.children.length - 1] = child;
            }
            node = child;
        }
        node.value |= v;
    }

    /** The value of the word that is exactly {@code s[from, to)}, or 0. */
    int word(String s, int from, int to) {
        WordTrie node = this;
        for (int i = from; i < to && node != null; i++) {
            node = node.next(s.charAt(i));
        }
        return node == null ? 0 : node.value;
    }

    /** The value of the word that is exactly {@code cs[from, to)}, or 0. */
    int word(char[] cs, int from, int to) {
        WordTrie node = this;
        for (int i = from; i < to && node != null; i++) {
            node = node.next(cs[i]);
        }
        return node == null ? 0 : node.value;
    }

    /** Makes the first step a table lookup for Arabic letters: called on a root once it is filled. */
    WordTrie indexed() {
        arabic = new WordTrie[0x100];
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] >= '\u0600' && keys[k] <= '\u06FF') {
                arabic[keys[k] - '\u0600'] = children[k];
            }
        }
        return this;
    }
}

package org.newstables.text;

/**
 * Words, as slices of a char array, to their int ids: the analysis looks up every token here.
 * Hand-written rather than Lucene's {@code CharArrayMap}, which boxes its values (a pointer to
 * follow per token) and hashes through a general routine: this lookup is the analysis's hottest
 * step. Open addressing with linear probing; one map is used by one thread.
 */
final class WordIdMap {

    private char[][] keys;
    private int[] hashes;
    private int[] ids;
    private int size;
    private int mask;

    /** An empty map sized for about {@code expected} words (it grows as needed). */
    WordIdMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new char[capacity][];
        hashes = new int[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
    }

    /** The id of the word {@code b[from, from + len)}, or -1. */
    int get(char[] b, int from, int len) {
        int h = hash(b, from, len);
        for (int slot = h & mask;; slot = (slot + 1) & mask) {
            char[] k = keys[slot];
            if (k == null) {
                return -1;
            }
            if (hashes[slot] == h && k.length == len && same(k, b, from)) {
                return ids[slot];
            }
        }
    }

    /** Whether {@code k} is {@code b[from, from + k.length)}: a plain loop, since words are short (Arrays.equals sets up for long ones). */
    private static boolean same(char[] k, char[] b, int from) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code word} with {@code id}; a word already in the map keeps its id. */
    void put(String word, int id) {
        char[] k = word.toCharArray();
        if (get(k, 0, k.length) >= 0) {
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(k, hash(k, 0, k.length), id);
        size++;
    }

    private void insert(char[] k, int h, int id) {
        int slot = h & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        hashes[slot] = h;
        ids[slot] = id;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldIds = ids;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[keys.length];
        ids = new int[keys.length];
        mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != null) {
                insert(oldKeys[s], oldHashes[s], oldIds[s]);
            }
        }
    }

    /** String's hash of the slice, its bits spread (Fibonacci hashing) so that the low bits pick the slot. */
    private static int hash(char[] b, int from, int len) {
        int h = 0;
        for (int i = from, end = from + len; i < end; i++) {
            h = 31 * h + b[i];
        }
        return h * 0x9E3779B9 ^ (h >>> 16);
    }
}

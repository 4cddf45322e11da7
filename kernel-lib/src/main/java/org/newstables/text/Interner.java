package org.newstables.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per distinct string, for the forms of a corpus's tokens: a corpus of a
 * hundred thousand articles has tens of millions of tokens but only some hundred thousand distinct
 * forms, so interning keeps memory proportional to the vocabulary and lets every later count
 * reuse each string's cached hash. One interner belongs to one corpus and goes with it.
 */
public final class Interner {

    private final ConcurrentHashMap<String, String> forms = new ConcurrentHashMap<>();
    /** Each distinct surface with its shared surface, normalized form and stem: analysed once per corpus. */
    private final ConcurrentHashMap<String, String[]> words = new ConcurrentHashMap<>();

    /** The shared instance equal to {@code s}. */
    public String intern(String s) {
        String existing = forms.putIfAbsent(s, s);
        return existing == null ? s : existing;
    }

    /** The shared surface, normalized form and stem of a word seen before, or null. */
    String[] forms(String surface) {
        return words.get(surface);
    }

    /** Remembers a word's forms, shared; returns the forms to use (another thread's, if it was first). */
    String[] remember(String surface, String norm, String stem) {
        String[] shared = {intern(surface), intern(norm), intern(stem)};
        String[] existing = words.putIfAbsent(shared[0], shared);
        return existing == null ? shared : existing;
    }

    /** How many distinct strings it holds. */
    public int size() {
        return forms.size();
    }
}

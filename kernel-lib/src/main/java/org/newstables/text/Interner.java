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

    /** The shared instance equal to {@code s}. */
    public String intern(String s) {
        String existing = forms.putIfAbsent(s, s);
        return existing == null ? s : existing;
    }

    /** The shared instance equal to {@code chars[0..len)}, made only when it is new. */
    String intern(char[] chars, int offset, int len) {
        return intern(new String(chars, offset, len));
    }

    /** How many distinct strings it holds. */
    public int size() {
        return forms.size();
    }
}

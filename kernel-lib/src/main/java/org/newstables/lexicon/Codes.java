package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Int codes for distinct values, in order of first appearance, so that tables of millions of rows
 * can be counted and built over ints. The map decides what "distinct" is: an identity map for
 * entries and aliases (a lexicon holds each once, and hashing a record hashes all its fields), a
 * hash map for strings.
 */
final class Codes<K> {

    private final Map<K, Integer> map;
    private final List<K> values = new ArrayList<>();

    Codes(Map<K, Integer> map) {
        this.map = map;
    }

    /** The code of {@code value}, given it now if it has none. */
    int code(K value) {
        Integer code = map.get(value);
        if (code == null) {
            code = values.size();
            values.add(value);
            map.put(value, code);
        }
        return code;
    }

    /** The values, by code. */
    List<K> values() {
        return values;
    }
}

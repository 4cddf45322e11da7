package org.newstables.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordIdMapTest {

    @Test
    void findsWordsBySliceAndKeepsTheirIdsAsItGrows() {
        WordIdMap map = new WordIdMap(4);
        // Far more words than its first size: the map grows several times.
        for (int i = 0; i < 5000; i++) {
            map.put("كلمة" + i, i);
        }
        for (int i = 0; i < 5000; i += 499) {
            char[] line = (" قال " + "كلمة" + i + " اليوم").toCharArray();
            int from = " قال ".length();
            assertEquals(i, map.get(line, from, ("كلمة" + i).length()), "word " + i);
        }
        // A prefix or an extension of a word is another word.
        char[] prefix = "كلمة1".toCharArray();
        assertEquals(1, map.get(prefix, 0, prefix.length));
        assertEquals(-1, map.get(prefix, 0, prefix.length - 1));
        char[] longer = "كلمة50000".toCharArray();
        assertEquals(-1, map.get(longer, 0, longer.length));
    }

    @Test
    void aWordAddedTwiceKeepsItsFirstId() {
        WordIdMap map = new WordIdMap(16);
        map.put("الصين", 7);
        map.put("الصين", 9);
        char[] w = "الصين".toCharArray();
        assertEquals(7, map.get(w, 0, w.length));
    }
}

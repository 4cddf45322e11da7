package org.newstables.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newstables.common.NewsTablesException;
import org.newstables.common.Internal;

/** The file format and checks behind {@code org.newstables.Lexicon}. */
@Internal
public final class LexiconSupport {

    private LexiconSupport() {
    }

    /** Parses lexicon text into entries; every error names the line. */
    public static List<Entry> parse(String text, String name) {
        return LexiconFile.parse(text, name);
    }

    /** The entries as tab-separated lexicon text. */
    public static String write(List<Entry> entries) {
        return LexiconFile.write(entries);
    }

    /** The entries, after checking that no key is used twice. */
    public static List<Entry> checkKeys(List<Entry> entries, String name) {
        Set<String> keys = new HashSet<>();
        for (Entry e : entries) {
            if (!keys.add(e.key())) {
                throw new NewsTablesException(name + ": the key '" + e.key() + "' is used twice;"
                        + " give each entry its own key.");
            }
        }
        return entries;
    }
}

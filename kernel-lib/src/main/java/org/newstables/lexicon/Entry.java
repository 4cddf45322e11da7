package org.newstables.lexicon;

import java.util.List;

/**
 * One lexicon entry: an entity or a theme, with the ways it is written.
 *
 * @param key      the id: ISO alpha-2 for countries ({@code CN}), the usual English name for
 *                 persons ({@code Xi Jinping}), the short English name for organizations
 *                 ({@code SCO}), the theme name for themes ({@code health})
 * @param type     COUNTRY, PERSON, ORG, INITIATIVE, PLACE or THEME
 * @param label    the English label
 * @param labelAr  the Arabic label
 * @param aliases  the full names and, for persons, the partial names
 * @param link     a related entry, such as the country of a place or a person; may be empty
 */
public record Entry(String key, String type, String label, String labelAr, List<Alias> aliases, String link) {

    /** The types an entry may have. */
    public static final List<String> TYPES = List.of("COUNTRY", "PERSON", "ORG", "INITIATIVE", "PLACE", "THEME");

    public Entry {
        aliases = List.copyOf(aliases);
    }
}

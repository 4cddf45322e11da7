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
 * @param role     for a person, the offices held ({@code President of Egypt 2014-}); for a person
 *                 found in the text, the title that introduced them; may be empty
 * @param source   where the entry comes from: a built-in lexicon, the user's, or the text
 */
public record Entry(String key, EntityType type, String label, String labelAr, List<Alias> aliases, String link,
        String role, Source source) {

    /** Where an entry comes from; {@link #label()} is the value of the tables' {@code source} column. */
    public enum Source {
        /** An entry of the built-in lexicons: {@code built-in}. */
        BUILT_IN("built-in"),
        /** An entry of a lexicon the user loaded or built: {@code user}. */
        USER("user"),
        /** A person or organization found in the text, whom no lexicon lists: {@code discovered}. */
        DISCOVERED("discovered");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** The value written in the tables' {@code source} column. */
        public String label() {
            return label;
        }
    }

    public Entry {
        aliases = List.copyOf(aliases);
        java.util.Objects.requireNonNull(source, "source");
    }

    /** The same entry from another source (a built-in file read as the built-ins). */
    public Entry withSource(Source newSource) {
        return new Entry(key, type, label, labelAr, aliases, link, role, newSource);
    }
}

package org.newstables.lexicon;

import java.util.Locale;

/** What an entity is: the {@code type} column of lexicon files and of the entity tables. */
public enum EntityType {
    /** A country, by its ISO 3166-1 alpha-2 code. */
    COUNTRY,
    /** A person. */
    PERSON,
    /** An organization: a body, a party, a company, a movement. */
    ORG,
    /** An initiative or agreement (the Belt and Road, a forum's format). */
    INITIATIVE,
    /** A place: a capital, a city, a region. */
    PLACE,
    /** A theme of the theme lexicon. */
    THEME;

    /** The type written {@code name} (any case), or null when there is none. */
    public static EntityType named(String name) {
        for (EntityType t : values()) {
            if (t.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }
}

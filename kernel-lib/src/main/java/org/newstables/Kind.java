package org.newstables;

import java.util.Locale;

/**
 * What a timeline counts: entities (countries, people, organizations, places) or themes. The
 * tables write it in their {@code kind} column as {@code entity} or {@code theme}
 * ({@link #column()}): {@code c.timeline(Per.YEAR, Kind.ENTITY, "TJ", "KZ")}.
 */
public enum Kind {
    /** Entities of the entity lexicon and people found in the text. */
    ENTITY,
    /** Themes of the theme lexicon. */
    THEME;

    /** The value of the {@code kind} column for this kind: {@code entity} or {@code theme}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}

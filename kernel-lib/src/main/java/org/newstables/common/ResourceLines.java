package org.newstables.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of a built-in word list or data file, without blank lines and {@code #} comments. */
@Internal
public final class ResourceLines {

    private ResourceLines() {
    }

    /**
     * The lines of resource {@code name} beside class {@code owner} (in its package), stripped.
     *
     * @throws IllegalStateException when the resource is missing from the jar (a broken build)
     */
    public static List<String> of(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in word list " + name + " is missing from the jar;"
                        + " rebuild NewsTables");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(String::strip)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

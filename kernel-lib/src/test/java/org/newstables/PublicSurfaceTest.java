package org.newstables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newstables.common.Internal;

/**
 * The public surface, as XChart keeps its API apart from its internals: every public type of the
 * library is either reached from the front door through public signatures (the API) or marked
 * {@link Internal}, and no API type is marked.
 */
class PublicSurfaceTest {

    /** Where a user starts: the front door, the report and benchmark commands, notebook display, the column names and the exception. */
    private static final List<Class<?>> FRONT_DOOR = List.of(Corpus.class, CorpusLoader.class, Lexicon.class, Charts.class,
            org.newstables.report.ReportWriter.class, org.newstables.report.Report.class, org.newstables.report.TableFile.class,
            org.newstables.bench.Benchmark.class, org.newstables.kernel.Display.class, DisplayHook.class,
            org.newstables.common.Columns.class, org.newstables.common.NewsTablesException.class, Internal.class);

    @Test
    void everyPublicTypeIsApiOrMarkedInternal() throws IOException, URISyntaxException {
        Set<String> api = new TreeSet<>();
        for (Class<?> c : reachable()) {
            api.add(c.getName());
        }
        Set<String> unmarked = new TreeSet<>();
        Set<String> markedApi = new TreeSet<>();
        int publicTypes = 0;
        for (Class<?> c : libraryTypes()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.getEnclosingClass() != null) {
                continue;
            }
            publicTypes++;
            boolean internal = c.isAnnotationPresent(Internal.class);
            if (api.contains(c.getName()) && internal) {
                markedApi.add(c.getName());
            } else if (!api.contains(c.getName()) && !internal) {
                unmarked.add(c.getName());
            }
        }
        assertEquals(Set.of(), unmarked, "public types no API signature reaches: make them package-private or mark them @Internal");
        assertEquals(Set.of(), markedApi, "types the API's signatures expose cannot be @Internal");
        assertTrue(publicTypes > 40, publicTypes + " public types found: the class folder was not read");
    }

    /** The top-level library types the front door's public signatures reach, transitively. */
    private static Set<Class<?>> reachable() {
        Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(FRONT_DOOR);
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            Class<?> top = c;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            if (!top.getName().startsWith("org.newstables.") || !seen.add(c)) {
                continue;
            }
            seen.add(top);
            Set<Class<?>> next = new java.util.LinkedHashSet<>();
            add(next, c.getGenericSuperclass());
            for (Type t : c.getGenericInterfaces()) {
                add(next, t);
            }
            for (Class<?> nested : c.getClasses()) {
                next.add(nested);
            }
            for (Field f : c.getFields()) {
                add(next, f.getGenericType());
            }
            for (Executable e : Stream.concat(Stream.of(c.getConstructors()), Stream.of(c.getMethods())).toList()) {
                if (e instanceof Method m) {
                    add(next, m.getGenericReturnType());
                }
                for (Type t : e.getGenericParameterTypes()) {
                    add(next, t);
                }
                for (Type t : e.getGenericExceptionTypes()) {
                    add(next, t);
                }
            }
            for (Class<?> n : next) {
                if (Modifier.isPublic(n.getModifiers())) {
                    todo.push(n);
                }
            }
        }
        return seen;
    }

    private static void add(Set<Class<?>> out, Type t) {
        add(out, t, new java.util.HashSet<>());
    }

    /** The classes {@code t} names; {@code variables} guards against bounds that name their variable (T extends Comparable<T>). */
    private static void add(Set<Class<?>> out, Type t, Set<TypeVariable<?>> variables) {
        if (t instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
        } else if (t instanceof ParameterizedType p) {
            add(out, p.getRawType(), variables);
            for (Type a : p.getActualTypeArguments()) {
                add(out, a, variables);
            }
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                add(out, b, variables);
            }
            for (Type b : w.getLowerBounds()) {
                add(out, b, variables);
            }
        } else if (t instanceof GenericArrayType g) {
            add(out, g.getGenericComponentType(), variables);
        } else if (t instanceof TypeVariable<?> v && variables.add(v)) {
            for (Type b : v.getBounds()) {
                add(out, b, variables);
            }
        }
    }

    /** Every class of the library's class folder (the main classes, not the tests'). */
    private static List<Class<?>> libraryTypes() throws IOException, URISyntaxException {
        Path root = Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replace(".class", ""))
                    .filter(n -> n.startsWith("org.newstables.") && !n.contains("$"))
                    .map(PublicSurfaceTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}

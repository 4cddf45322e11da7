package org.newstables.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newstables.corpus.Origin;
import org.newstables.corpus.Problem;
import org.newstables.corpus.SourceDocument;

/** A document as the core's readers read it, in a form Spark can ship to executors. */
final class Doc implements Serializable {

    private static final long serialVersionUID = 1L;

    final String id;
    final String file;
    final String unit;
    final int number;
    final String raw;
    final LinkedHashMap<String, String> fields;
    final String encoding;

    private Doc(SourceDocument d) {
        this.id = d.id();
        this.file = d.origin().file();
        this.unit = d.origin().unit();
        this.number = d.origin().number();
        this.raw = d.raw();
        this.fields = new LinkedHashMap<>(d.fields());
        this.encoding = d.encoding();
    }

    /** The same document with {@code fields} (a row of the folder's metadata.csv), or as it is when null. */
    Doc withFields(Map<String, String> fields) {
        return fields == null ? this : new Doc(new SourceDocument(id, new Origin(file, unit, number), raw, fields, encoding));
    }

    /** The same document without its text: a stand-in that is cheap to send to the driver. */
    Doc withoutText() {
        return new Doc(new SourceDocument(id, new Origin(file, unit, number), "", fields, encoding));
    }

    static Doc of(SourceDocument d) {
        return new Doc(d);
    }

    /** A problem as a row Spark can ship: file, unit, number, kind, problem. */
    static Object[] row(Problem p) {
        return new Object[] {p.origin().file(), p.origin().unit(), p.origin().number(), p.kind().name(), p.problem()};
    }

    /** The problem of a {@link #row}. */
    static Problem problem(Object[] p) {
        return new Problem(new Origin((String) p[0], (String) p[1], (Integer) p[2]), Problem.Kind.valueOf((String) p[3]),
                (String) p[4]);
    }

    SourceDocument source() {
        Map<String, String> f = java.util.Collections.unmodifiableMap(fields);
        return new SourceDocument(id, new Origin(file, unit, number), raw, f, encoding);
    }
}

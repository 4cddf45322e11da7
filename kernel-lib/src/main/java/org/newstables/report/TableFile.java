package org.newstables.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.newstables.common.NewsTablesException;
import tech.tablesaw.api.Table;

/**
 * A file format the report writes each table in besides CSV, found on the class path with
 * {@link ServiceLoader} (listed in {@code META-INF/services/org.newstables.report.TableFile}).
 * The optional {@code newstables-parquet} module provides Parquet, which pandas, R's arrow and
 * Spark read with the column types kept; the core jar provides none, so that it stays small.
 */
public interface TableFile {

    /** The format's name, as the report command takes it ({@code parquet} for {@code --parquet}). */
    String name();

    /** The file name extension, without its dot. */
    String extension();

    /**
     * Writes {@code table} to {@code file}, replacing it.
     *
     * @throws IOException when the file cannot be written
     * @throws NewsTablesException when a column has a type the format cannot hold
     */
    void write(Table table, Path file) throws IOException;

    /**
     * The format called {@code name} on the class path.
     *
     * @throws NewsTablesException when no jar on the class path provides it, saying which to add
     */
    static TableFile named(String name) {
        for (TableFile f : ServiceLoader.load(TableFile.class, TableFile.class.getClassLoader())) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        // The jars' names carry the version; run from the classes folder (tests) there is none to read.
        String version = TableFile.class.getPackage().getImplementationVersion();
        String v = version == null ? "<version>" : version;
        throw new NewsTablesException("No writer for " + name + " files is on the class path; it comes with the"
                + " optional newstables-" + name + " module. Build it (mvn package) and run the report with both jars"
                + " on the class path (java -jar ignores -cp), from the repository: java -cp kernel-lib/target/newstables-"
                + v + "-all.jar:" + name + "/target/newstables-" + name + "-" + v + "-all.jar org.newstables.report.Report"
                + " --" + name + ".");
    }
}

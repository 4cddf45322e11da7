package org.newstables.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstables.Corpus;
import org.newstables.report.ReportWriter;
import org.newstables.report.TableFile;
import tech.tablesaw.api.Table;

/**
 * The report's Parquet files read by another implementation than the one that wrote them: DuckDB's
 * C++ reader, as pandas or R would read them. Each holds exactly the rows of its CSV file.
 */
class DuckDbReadsTheReportTest {

    @Test
    void everyParquetFileHoldsTheRowsOfItsCsv(@TempDir Path dir) throws IOException, SQLException {
        Corpus seeds = Corpus.seeds();
        ReportWriter.write(seeds, dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                ReportWriter.Copies.KEEP, List.of(TableFile.named("parquet")));
        Map<String, Table> tables = ReportWriter.tables(seeds, seeds.duplicates());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (Map.Entry<String, Table> e : tables.entrySet()) {
                String parquet = "read_parquet('" + dir.resolve(e.getKey() + ".parquet") + "')";
                String csv = "read_csv('" + dir.resolve(e.getKey() + ".csv") + "', header = true, sample_size = -1)";
                assertEquals(e.getValue().rowCount(), count(st, "SELECT * FROM " + parquet), e.getKey());
                if (e.getValue().rowCount() == 0) {
                    continue;
                }
                // Both ways, duplicates counted: no row of one file is missing from the other.
                assertEquals(0, count(st, "SELECT * FROM " + parquet + " EXCEPT ALL SELECT * FROM " + csv), e.getKey());
                assertEquals(0, count(st, "SELECT * FROM " + csv + " EXCEPT ALL SELECT * FROM " + parquet), e.getKey());
            }
            try (ResultSet r = st.executeQuery("SELECT typeof(date), typeof(start), typeof(entity) FROM read_parquet('"
                    + dir.resolve("mentions.parquet") + "') LIMIT 1")) {
                r.next();
                assertEquals(List.of("DATE", "INTEGER", "VARCHAR"), List.of(r.getString(1), r.getString(2), r.getString(3)));
            }
        }
    }

    private static long count(Statement st, String query) throws SQLException {
        try (ResultSet r = st.executeQuery("SELECT count(*) FROM (" + query + ")")) {
            r.next();
            return r.getLong(1);
        }
    }
}

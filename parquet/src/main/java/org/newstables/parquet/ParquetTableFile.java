package org.newstables.parquet;

import java.io.IOException;
import java.nio.file.Path;
import org.newstables.common.Internal;
import org.newstables.report.TableFile;
import tech.tablesaw.api.Table;

/** The report's Parquet output ({@code report --parquet}): {@link ParquetTables#write}, found by {@link java.util.ServiceLoader}. */
@Internal
public final class ParquetTableFile implements TableFile {

    /** For {@link java.util.ServiceLoader}. */
    public ParquetTableFile() {
    }

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public String extension() {
        return "parquet";
    }

    @Override
    public void write(Table table, Path file) throws IOException {
        ParquetTables.write(table, file);
    }
}

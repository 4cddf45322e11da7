package org.newstables.report;

import java.io.StringWriter;
import org.jsoup.nodes.Element;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.html.HtmlWriteOptions;
import tech.tablesaw.io.html.HtmlWriter;

/**
 * A Tablesaw table as an HTML {@code <table>} through Tablesaw's own {@link HtmlWriter}: every
 * value escaped, every cell {@code dir="auto"} so that Arabic reads right to left beside
 * left-to-right numbers, and numeric columns right-aligned.
 */
public final class TableHtml {

    private TableHtml() {
    }

    /** The table as an HTML fragment. */
    public static String of(Table table) {
        StringWriter out = new StringWriter();
        HtmlWriteOptions options;
        try {
            options = HtmlWriteOptions.builder(out)
                    .escapeText(true)
                    .elementCreator(TableHtml::element)
                    .build();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        new HtmlWriter().write(table, options);
        return out.toString();
    }

    private static Element element(String tag, Column<?> column, Integer row) {
        Element e = new Element(tag);
        if (tag.equals("td") || tag.equals("th")) {
            e.attr("dir", "auto");
            if (column != null && column.type().getClass().getSimpleName().matches(
                    "(Int|Long|Short|Double|Float)ColumnType")) {
                e.attr("class", "num");
            }
        }
        return e;
    }
}

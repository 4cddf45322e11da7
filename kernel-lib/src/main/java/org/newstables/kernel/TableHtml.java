package org.newstables.kernel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jsoup.nodes.Element;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.io.html.HtmlWriteOptions;
import tech.tablesaw.io.html.HtmlWriter;

/**
 * A Tablesaw table as an HTML {@code <table>} through Tablesaw's own {@link HtmlWriter}: every
 * value escaped, every cell {@code dir="auto"} so that Arabic reads right to left beside
 * left-to-right numbers, and numeric columns right-aligned. {@link #preview} shows the first rows,
 * cuts long text and rounds decimals, with the table's full size below it, for notebooks.
 */
public final class TableHtml {

    private static final String STYLE = "<style>.newstables td.num,.newstables th.num{text-align:right}"
            + ".newstables td{vertical-align:top;max-width:40em}.newstables caption{caption-side:bottom;"
            + "text-align:left;color:#666;font-size:smaller}</style>";

    private TableHtml() {
    }

    /** The whole table as an HTML fragment, values as they are. */
    public static String of(Table table) {
        return write(table, null);
    }

    /**
     * The first {@code maxRows} rows, text cut at {@code maxChars} characters, decimals rounded,
     * and a caption with the table's name and size: what a notebook cell shows.
     */
    public static String preview(Table table, int maxRows, int maxChars) {
        Table shown = table.rowCount() > maxRows ? table.first(maxRows) : table.copy();
        if (isKwic(shown)) {
            return STYLE + kwic(table, shown, maxRows);
        }
        for (Column<?> c : shown.columns()) {
            if (c instanceof StringColumn) {
                StringColumn s = (StringColumn) c;
                for (int i = 0; i < s.size(); i++) {
                    String v = s.get(i);
                    if (v != null && v.length() > maxChars) {
                        s.set(i, v.substring(0, maxChars) + "…");
                    }
                }
            } else if (c instanceof DoubleColumn) {
                ((DoubleColumn) c).setPrintFormatter(new NumberColumnFormatter(decimals(), ""));
            } else if (c instanceof FloatColumn) {
                ((FloatColumn) c).setPrintFormatter(new NumberColumnFormatter(decimals(), ""));
            }
        }
        return STYLE + highlightHits(write(shown, caption(table, maxRows)));
    }

    private static String caption(Table table, int maxRows) {
        return escape(table.name() == null ? "" : table.name()) + " · "
                + String.format(Locale.ROOT, "%,d", table.rowCount()) + " rows × " + table.columnCount() + " columns"
                + (table.rowCount() > maxRows ? " · first " + maxRows + " shown" : "");
    }

    /** Search snippets mark their hits with ⟦ ⟧ (escaped text never holds tags): shown as highlighting. */
    private static String highlightHits(String html) {
        return html.replace("\u27E6", "<mark>").replace("\u27E7", "</mark>");
    }

    private static boolean isKwic(Table t) {
        return t.columnNames().containsAll(java.util.List.of("left", "match", "right"));
    }

    /**
     * A concordance: article and date, then one right-to-left line per hit with the match
     * highlighted between its contexts, then the offsets.
     */
    private static String kwic(Table full, Table t, int maxRows) {
        StringBuilder sb = new StringBuilder("<table class=\"newstables\"><caption>")
                .append(caption(full, maxRows)).append("</caption><thead><tr><th>article</th><th>date</th>"
                        + "<th>context</th><th class=\"num\">start</th><th class=\"num\">end</th></tr></thead><tbody>");
        for (int i = 0; i < t.rowCount(); i++) {
            sb.append("<tr><td dir=\"auto\">").append(escape(t.getString(i, "article"))).append("</td><td>")
                    .append(escape(t.getString(i, "date"))).append("</td><td dir=\"rtl\" style=\"text-align:right\">")
                    .append(escape(t.getString(i, "left"))).append(" <mark>").append(escape(t.getString(i, "match")))
                    .append("</mark> ").append(escape(t.getString(i, "right"))).append("</td><td class=\"num\">")
                    .append(t.getString(i, "start")).append("</td><td class=\"num\">").append(t.getString(i, "end"))
                    .append("</td></tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static DecimalFormat decimals() {
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f;
    }

    private static String write(Table table, String caption) {
        StringWriter out = new StringWriter();
        HtmlWriteOptions options;
        try {
            options = HtmlWriteOptions.builder(out).escapeText(true).elementCreator(TableHtml::element).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new HtmlWriter().write(table, options);
        String html = out.toString();
        if (caption != null) {
            html = html.replaceFirst("<table([^>]*)>", "<table$1 class=\"newstables\"><caption>" + caption + "</caption>");
        }
        return html;
    }

    private static Element element(String tag, Column<?> column, Integer row) {
        Element e = new Element(tag);
        if (tag.equals("td") || tag.equals("th")) {
            e.attr("dir", "auto");
            if (column != null && isNumeric(column.type())) {
                e.attr("class", "num");
            }
        }
        return e;
    }

    private static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT
                || type == ColumnType.DOUBLE || type == ColumnType.FLOAT;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

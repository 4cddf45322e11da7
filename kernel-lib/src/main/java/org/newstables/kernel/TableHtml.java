package org.newstables.kernel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jsoup.nodes.Entities;
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
 * left-to-right numbers, and numeric columns right-aligned.
 *
 * <p>{@link #preview} is what a notebook shows: the first rows, every cell on one line (ids,
 * dates, numbers and codes never wrap), text longer than a cell's width cut with "…" and the
 * whole value shown on hover, decimals rounded, and a caption with the table's name and full size.
 * The table itself keeps everything.
 */
public final class TableHtml {

    /** A longer hover text would make a notebook heavy: it is cut there, with "…". */
    static final int MAX_HOVER_CHARS = 10_000;

    private static final String STYLE = "<style>.newstables td,.newstables th{white-space:nowrap;vertical-align:top}"
            + ".newstables td.num,.newstables th.num{text-align:right}"
            + ".newstables td.cut{cursor:help}"
            + ".newstables caption{caption-side:bottom;text-align:left;color:#666;font-size:smaller}</style>";

    private TableHtml() {
    }

    /** The whole table as an HTML fragment, values as they are. */
    public static String of(Table table) {
        return write(table, null, null, Integer.MAX_VALUE);
    }

    /**
     * The first {@code maxRows} rows, each cell on one line with at most {@code maxChars}
     * characters (the whole value, up to 10,000 characters, in its {@code title}, shown on hover),
     * decimals rounded to four places, and a caption with the table's name and size: what a
     * notebook cell shows.
     */
    public static String preview(Table table, int maxRows, int maxChars) {
        Table shown = rounded(table.rowCount() > maxRows ? table.first(maxRows) : table);
        if (isKwic(shown)) {
            return STYLE + kwic(table, shown, maxRows);
        }
        return STYLE + highlightHits(write(shown, caption(table, maxRows), table, maxChars));
    }

    /**
     * The caption: the table's name, isolated with {@code <bdi>} so that an Arabic name does not
     * reorder the English words and numbers around it, then its full size.
     */
    static String caption(Table table, int maxRows) {
        String name = table.name() == null ? "" : table.name();
        return "<bdi>" + escape(name) + "</bdi> · "
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

    /**
     * A copy of {@code table} whose decimal columns print rounded to four places ({@code 17.2414}),
     * as notebooks show them; the values themselves are unchanged.
     */
    public static Table rounded(Table table) {
        Table t = table.copy();
        for (Column<?> c : t.columns()) {
            if (c instanceof DoubleColumn) {
                ((DoubleColumn) c).setPrintFormatter(new NumberColumnFormatter(decimals(), ""));
            } else if (c instanceof FloatColumn) {
                ((FloatColumn) c).setPrintFormatter(new NumberColumnFormatter(decimals(), ""));
            }
        }
        return t;
    }

    private static DecimalFormat decimals() {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /**
     * Writes {@code shown} with Tablesaw's writer. When {@code full} is given, text cells longer
     * than {@code maxChars} are cut, and their whole value (from {@code full}, the same rows) goes
     * into the cell's title.
     */
    private static String write(Table shown, String caption, Table full, int maxChars) {
        Table out = shown;
        if (full != null) {
            out = shown.copy();
            for (Column<?> c : out.columns()) {
                if (c instanceof StringColumn) {
                    StringColumn s = (StringColumn) c;
                    for (int i = 0; i < s.size(); i++) {
                        String v = s.get(i);
                        if (v != null && v.codePointCount(0, v.length()) > maxChars) {
                            s.set(i, cut(v, maxChars));
                        }
                    }
                }
            }
        }
        Table values = full;
        StringWriter writer = new StringWriter();
        HtmlWriteOptions options;
        try {
            options = HtmlWriteOptions.builder(writer).escapeText(true)
                    .elementCreator((tag, column, row) -> element(tag, column, row, values, maxChars)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new HtmlWriter().write(out, options);
        String html = escapeAngles(writer.toString());
        if (caption != null) {
            html = html.replaceFirst("<table([^>]*)>", "<table$1 class=\"newstables\"><caption>"
                    + java.util.regex.Matcher.quoteReplacement(caption) + "</caption>");
        }
        return html;
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(" title=\"([^\"]*)\"");

    /**
     * jsoup escapes only {@code &} and {@code "} in attribute values; a {@code <} inside a quoted
     * title is harmless, but escaping it too keeps the simple rule that no text of an article ever
     * appears as a tag, which the hostile-input tests check.
     */
    private static String escapeAngles(String html) {
        return TITLE.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                " title=\"" + m.group(1).replace("<", "&lt;").replace(">", "&gt;") + "\""));
    }

    /** {@code v} cut to {@code max} code points (never inside a surrogate pair), then "…", on one line. */
    static String cut(String v, int max) {
        int end = v.offsetByCodePoints(0, Math.min(max, v.codePointCount(0, v.length())));
        return v.substring(0, end).replace('\n', ' ').replace('\r', ' ').strip() + "…";
    }

    private static Element element(String tag, Column<?> column, Integer row, Table full, int maxChars) {
        Element e = new Element(tag);
        if (tag.equals("td") || tag.equals("th")) {
            e.attr("dir", "auto");
            if (column != null && isNumeric(column.type())) {
                e.attr("class", "num");
            }
            if (tag.equals("td") && full != null && row != null && column instanceof StringColumn) {
                String whole = full.stringColumn(column.name()).get(row);
                if (whole != null && whole.codePointCount(0, whole.length()) > maxChars) {
                    e.attr("class", "cut");
                    e.attr("title", whole.length() > MAX_HOVER_CHARS ? cut(whole, MAX_HOVER_CHARS) : whole);
                }
            }
        }
        return e;
    }

    private static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT
                || type == ColumnType.DOUBLE || type == ColumnType.FLOAT;
    }

    /** Text escaped for HTML element content and double-quoted attributes (jsoup's escaper). */
    public static String escape(String s) {
        return Entities.escape(s);
    }
}

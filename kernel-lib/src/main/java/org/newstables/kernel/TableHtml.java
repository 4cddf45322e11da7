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
import org.newstables.common.Internal;

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
@Internal
public final class TableHtml {

    /** A longer hover text would make a notebook heavy: it is cut there, with "…". */
    static final int MAX_HOVER_CHARS = 10_000;

    private static final String STYLE = "<style>.newstables td,.newstables th{white-space:nowrap;vertical-align:top}"
            + ".newstables td.num,.newstables th.num{text-align:right}"
            + ".newstables td.cut{cursor:help}"
            + ".newstables td.message{white-space:normal;min-width:24em;max-width:48em}"
            + ".newstables td.before{text-align:end}.newstables td.match{text-align:center;font-weight:bold}"
            + ".newstables td.after{text-align:start}"
            + ".newstables caption{caption-side:bottom;text-align:left;color:#666;font-size:smaller}</style>";

    /**
     * Columns whose text is a message to read whole (what went wrong and what to do), shown
     * wrapped rather than cut.
     */
    static final java.util.Set<String> MESSAGE_COLUMNS = java.util.Set.of("problem", "why");

    /** A table with more columns than this shows its long text cells at half the length, to fit a screen. */
    static final int WIDE_TABLE_COLUMNS = 10;

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
        int chars = table.columnCount() > WIDE_TABLE_COLUMNS ? Math.max(10, maxChars / 2) : maxChars;
        return STYLE + highlightHits(write(shown, caption(table, maxRows), table, chars));
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
     * A concordance as AntConc and Voyant show one: article and date, then the context before the
     * match, the match, and the context after it in three cells, so that the matches line up in
     * one column. The table runs left to right, so in a row whose match is Arabic the cells are laid
     * out after · match · before: read right to left, the row reads before, match, after, as the
     * text does. Both contexts are aligned towards the match. The columns are the table's
     * (article, date, left, match, right, start, end).
     */
    private static String kwic(Table full, Table t, int maxRows) {
        StringBuilder sb = new StringBuilder("<table class=\"newstables\"><caption>")
                .append(caption(full, maxRows)).append("</caption><thead><tr><th>article</th><th>date</th>"
                        + "<th colspan=\"3\">before · match · after</th><th class=\"num\">start</th>"
                        + "<th class=\"num\">end</th></tr></thead><tbody>");
        for (int i = 0; i < t.rowCount(); i++) {
            String match = t.getString(i, "match");
            String dir = new java.text.Bidi(match, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                    ? "ltr" : "rtl";
            String before = "<td dir=\"" + dir + "\" class=\"before\">" + escape(t.getString(i, "left")) + "</td>";
            String after = "<td dir=\"" + dir + "\" class=\"after\">" + escape(t.getString(i, "right")) + "</td>";
            sb.append("<tr><td dir=\"auto\">").append(escape(t.getString(i, "article"))).append("</td><td>")
                    .append(escape(t.getString(i, "date"))).append("</td>").append(dir.equals("rtl") ? after : before)
                    .append("<td dir=\"").append(dir).append("\" class=\"match\"><mark>").append(escape(match))
                    .append("</mark></td>").append(dir.equals("rtl") ? before : after).append("<td class=\"num\">")
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
                DoubleColumn d = (DoubleColumn) c;
                d.setPrintFormatter(new NumberColumnFormatter(new Decimals(places(d.asDoubleArray())), ""));
            } else if (c instanceof FloatColumn) {
                FloatColumn f = (FloatColumn) c;
                double[] values = new double[f.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = f.getDouble(i);
                }
                f.setPrintFormatter(new NumberColumnFormatter(new Decimals(places(values)), ""));
            }
        }
        return t;
    }

    /** The decimal places a column needs, at most four: the same for every cell, so that the points line up. */
    static int places(double[] values) {
        int places = 0;
        for (double v : values) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            for (int p = places; p < 4; p++) {
                double scaled = v * Math.pow(10, p);
                if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) {
                    break;
                }
                places = p + 1;
            }
        }
        return places;
    }

    /**
     * Decimals with a fixed number of places and thousands separators; a value that would round
     * to zero but is not (a p-value of 3e-12) in scientific notation instead, so it is not read as 0.
     */
    static final class Decimals extends java.text.NumberFormat {
        private final DecimalFormat fixed;
        private final DecimalFormat tiny = new DecimalFormat("0.0#E0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        private final double smallest;

        Decimals(int places) {
            fixed = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            smallest = places == 0 ? 0.5 : 0.5 * Math.pow(10, -places);
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, java.text.FieldPosition pos) {
            if (number != 0 && Math.abs(number) < smallest && !Double.isNaN(number)) {
                return tiny.format(number, out, pos);
            }
            return fixed.format(number, out, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, java.text.FieldPosition pos) {
            return fixed.format(number, out, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return fixed.parse(source, pos);
        }
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
                if (c instanceof StringColumn && !MESSAGE_COLUMNS.contains(c.name())) {
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

    /**
     * {@code v} cut to about {@code max} code points (never inside a surrogate pair), on one line,
     * with "…" where text was left out. A search snippet is cut around its first hit (marked ⟦ ⟧),
     * so that the hit stays in view.
     */
    static String cut(String v, int max) {
        int hit = v.indexOf('\u27E6');
        int from = 0;
        if (hit > 0 && v.codePointCount(0, hit) > max / 3) {
            from = v.offsetByCodePoints(hit, -Math.min(max / 3, v.codePointCount(0, hit)));
        }
        int end = v.offsetByCodePoints(from, Math.min(max, v.codePointCount(from, v.length())));
        int open = v.lastIndexOf('\u27E6', end - 1);
        if (open >= from) {
            // Never leave a hit open: end after its closing mark.
            int close = v.indexOf('\u27E7', open);
            if (close < 0 || close >= end) {
                end = close < 0 ? v.length() : close + 1;
            }
        }
        String body = v.substring(from, end).replace('\n', ' ').replace('\r', ' ').strip();
        return (from > 0 ? "…" : "") + body + (end < v.length() ? "…" : "");
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
                if (MESSAGE_COLUMNS.contains(column.name())) {
                    e.attr("class", "message");
                } else if (whole != null && whole.codePointCount(0, whole.length()) > maxChars) {
                    e.attr("class", "cut");
                    // The hover shows plain text: a snippet's hit marks are left out.
                    String plain = whole.replace("\u27E6", "").replace("\u27E7", "");
                    e.attr("title", plain.length() > MAX_HOVER_CHARS ? cut(plain, MAX_HOVER_CHARS) : plain);
                }
            }
        }
        return e;
    }

    private static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT
                || type == ColumnType.DOUBLE || type == ColumnType.FLOAT;
    }

    /**
     * Text escaped for HTML element content (jsoup's escaper: {@code &}, {@code <}, {@code >}). Not
     * for attribute values: jsoup 1.17 leaves {@code "} as it is here; set attributes on a jsoup
     * {@link Element}, which escapes them.
     */
    public static String escape(String s) {
        return Entities.escape(s);
    }
}

package org.newstables.kernel;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import org.newstables.Charts;
import org.newstables.Lexicon;
import tech.tablesaw.api.Table;

/**
 * How NewsTables values look in a notebook, independent of the kernel: a Tablesaw table as
 * text/html (a preview: the first rows, long text cut, decimals rounded, the full size in a
 * caption) and text/plain; an XChart chart as image/png at twice its size, for high-density
 * screens; a lexicon as the table of its entries. The IJava and JJava adapters hand these to the
 * kernel. Settings are global to the notebook:
 * <pre>{@code
 * org.newstables.kernel.Display.setMaxRows(50);
 * }</pre>
 */
public final class Display {

    /** text/html */
    public static final String HTML = "text/html";
    /** text/plain */
    public static final String PLAIN = "text/plain";
    /** image/png */
    public static final String PNG = "image/png";

    private static volatile int maxRows = 20;
    private static volatile int maxCellChars = 60;

    private Display() {
    }

    /** How many rows a table shows in a notebook (default 20). */
    public static void setMaxRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, not " + rows);
        }
        maxRows = rows;
    }

    /**
     * How many characters of a text cell a table shows on its one line (default 60); the whole
     * value shows on hover.
     */
    public static void setMaxCellChars(int chars) {
        if (chars < 10) {
            throw new IllegalArgumentException("maxCellChars must be at least 10, not " + chars);
        }
        maxCellChars = chars;
    }

    /** Whether NewsTables renders values of this class richly. */
    public static boolean handles(Object value) {
        return value instanceof Table || value instanceof Chart || value instanceof Lexicon;
    }

    /** The MIME bundle of {@code value}: MIME type to data (image data base64-encoded), in preference order. */
    public static Map<String, String> bundle(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Lexicon) {
            value = ((Lexicon) value).table();
        }
        if (value instanceof Table) {
            Table t = (Table) value;
            out.put(HTML, TableHtml.preview(t, maxRows, maxCellChars));
            out.put(PLAIN, t.print(maxRows));
        } else if (value instanceof Chart) {
            Chart<?, ?> c = (Chart<?, ?>) value;
            out.put(PNG, Base64.getEncoder().encodeToString(Charts.png(c)));
            out.put(PLAIN, c.getClass().getSimpleName() + ": " + c.getTitle());
        } else if (value != null) {
            out.put(PLAIN, value.toString());
        }
        return out;
    }

    /**
     * The display metadata of {@code value}, by MIME type: for a chart, the width and height at
     * which its 2× PNG is shown (its size in CSS pixels, half its pixel size), so that it is sharp
     * on high-density screens and the right size on others. Empty for other values.
     */
    public static Map<String, Map<String, Object>> metadata(Object value) {
        if (value instanceof Chart) {
            Chart<?, ?> c = (Chart<?, ?>) value;
            return Map.of(PNG, Map.of("width", c.getWidth(), "height", c.getHeight()));
        }
        return Map.of();
    }

    /** The MIME types of {@link #bundle}, space-separated: what the notebook runner checks. */
    public static String mimeTypes(Object value) {
        return String.join(" ", bundle(value).keySet());
    }
}

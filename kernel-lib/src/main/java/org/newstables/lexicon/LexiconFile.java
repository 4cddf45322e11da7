package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newstables.common.NewsTablesException;

/**
 * Reads and writes lexicon files: tab-separated (or comma-separated, for .csv) text with a header
 * row, one entry per line, and {@code #} comment lines.
 * <pre>
 * key	type	label	label_ar	aliases	partial	link
 * Xi Jinping	PERSON	Xi Jinping	شي جين بينغ	شي جين بينغ|شي جينبينغ	شي|شى	CN
 * </pre>
 * {@code aliases} and {@code partial} hold names separated by {@code |}; {@code partial},
 * {@code link} and {@code role} may be left out, and other columns (such as {@code note}, a source
 * note) are read past. Every error names its line.
 *
 * <p>Hand-written rather than read with Tablesaw's CSV reader (tab separator, {@code #} comment
 * prefix, every column a string), which was tried on Tablesaw 0.44 and changes what the format
 * means:
 * <ul>
 *   <li>a {@code "} opening a cell starts a quoted cell, so a spelling written with an unclosed
 *       quote swallows the lines after it into one cell: three entries silently become one;
 *       a cell written whole in quotes loses them. Here quotes, like «», are part of a name;</li>
 *   <li>the link {@code NA} (Namibia) is read as a missing value unless a dummy missing-value
 *       indicator is set (an empty list falls back to Tablesaw's NA, null, N/A, NaN);</li>
 *   <li>a row that leaves out the optional trailing columns, or a comment line that starts with
 *       spaces, throws an index-out-of-bounds exception instead of being read;</li>
 *   <li>its errors give a row number, not the file's line (comments and blank lines are not
 *       counted), and the table keeps no line numbers, which the messages here name (a duplicate
 *       key names both lines).</li>
 * </ul>
 */
final class LexiconFile {

    static final List<String> COLUMNS = List.of("key", "type", "label", "label_ar", "aliases", "partial", "link", "role");

    private LexiconFile() {
    }

    static List<Entry> parse(String text, String name) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> header = null;
        char sep = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t';
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\uFEFF", "");
            int number = i + 1;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            List<String> cells = split(line, sep);
            if (header == null) {
                header = new ArrayList<>();
                for (String c : cells) {
                    header.add(c.strip().toLowerCase(Locale.ROOT));
                }
                for (String required : List.of("key", "type", "aliases")) {
                    if (!header.contains(required)) {
                        throw new NewsTablesException(name + ", line " + number + ": the header has no column '"
                                + required + "'. The columns are: " + String.join(", ", COLUMNS)
                                + " (separated by " + (sep == '\t' ? "tabs" : "commas") + ").");
                    }
                }
                continue;
            }
            String where = name + ", line " + number + ": ";
            if (cells.size() > header.size()) {
                throw new NewsTablesException(where + "has " + cells.size() + " cells but the header has "
                        + header.size() + "; check for a stray " + (sep == '\t' ? "tab" : "comma") + ".");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            String key = row.get("key");
            if (key.isEmpty()) {
                throw new NewsTablesException(where + "the key is empty; give every entry an id such as CN or Xi Jinping.");
            }
            EntityType type = EntityType.named(row.get("type"));
            if (type == null) {
                throw new NewsTablesException(where + "the type '" + row.get("type") + "' is not one of "
                        + java.util.Arrays.toString(EntityType.values()).replaceAll("[\\[\\]]", "") + ".");
            }
            if (seen.containsKey(key)) {
                throw new NewsTablesException(where + "the key '" + key + "' was already used on line "
                        + seen.get(key) + "; merge the two lines, or give one another key.");
            }
            seen.put(key, number);
            List<Alias> aliases = new ArrayList<>();
            try {
                for (String a : splitNames(row.get("aliases"))) {
                    aliases.add(Alias.parse(a, false));
                }
                for (String a : splitNames(row.getOrDefault("partial", ""))) {
                    aliases.add(Alias.parse(a, true));
                }
            } catch (NewsTablesException e) {
                throw new NewsTablesException(where + e.getMessage(), e);
            }
            if (aliases.isEmpty()) {
                throw new NewsTablesException(where + "'" + key + "' has no aliases; list its Arabic names,"
                        + " separated by |.");
            }
            String label = row.getOrDefault("label", "");
            entries.add(new Entry(key, type, label.isEmpty() ? key : label, row.getOrDefault("label_ar", ""),
                    aliases, row.getOrDefault("link", ""), row.getOrDefault("role", ""), Entry.Source.USER));
        }
        if (header == null) {
            throw new NewsTablesException(name + " is empty: it needs a header row (" + String.join("\t", COLUMNS)
                    + ") and one line per entry.");
        }
        return entries;
    }

    private static List<String> splitNames(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : cell.split("\\|", -1)) {
            if (!part.isBlank()) {
                out.add(part);
            } else if (cell.contains("|") && !cell.isBlank()) {
                throw new NewsTablesException("an alias is empty (two | with nothing between them)");
            }
        }
        return out;
    }

    /** Splits one line; for CSV, double quotes may enclose a cell holding the separator. */
    private static List<String> split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (sep == ',' && c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == sep && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The entries as a lexicon file (tab-separated). */
    static String write(List<Entry> entries) {
        StringBuilder sb = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (Entry e : entries) {
            List<String> full = new ArrayList<>();
            List<String> partial = new ArrayList<>();
            for (Alias a : e.aliases()) {
                (a.partial() ? partial : full).add(a.text());
            }
            sb.append(String.join("\t", e.key(), e.type().name(), e.label(), e.labelAr(), String.join("|", full),
                    String.join("|", partial), e.link(), e.role())).append('\n');
        }
        return sb.toString();
    }
}

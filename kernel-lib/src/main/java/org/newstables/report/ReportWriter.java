package org.newstables.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.knowm.xchart.internal.chartpart.Chart;
import org.newstables.ChartText;
import org.newstables.Charts;
import org.newstables.Corpus;
import org.newstables.Kind;
import org.newstables.Measure;
import org.newstables.Per;
import org.newstables.common.NewsTablesException;
import org.newstables.kernel.TableHtml;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Writes a corpus's report: each table as CSV (UTF-8) and as an HTML page, and an index page
 * that links them, all in one folder.
 */
public final class ReportWriter {

    private static final int PRINTED_TITLE_CHARS = 48;
    /** The terminal gets the first articles; a corpus of 100,000 would scroll for minutes. */
    static final int PRINTED_ARTICLES = 50;
    /** An HTML page shows at most this many rows; the CSV beside it has them all. */
    static final int HTML_ROWS = 1_000;
    /** How many rows the report keeps of the ranked tables (terms, n-grams). */
    static final int TOP_ROWS = 100;

    private ReportWriter() {
    }

    /** What the report does with near-duplicate articles ({@link Corpus#duplicates()}). */
    public enum Copies {
        /** Every article counts; the report says how many are copies. */
        KEEP,
        /** The tables are made on {@link Corpus#dedup()}: a reprinted story counts once. */
        FOLD
    }

    /**
     * Writes the report for {@code corpus} into {@code dir}, every article counted, and prints the
     * articles table to {@code out}.
     *
     * @throws IOException when a file cannot be written
     * @throws NewsTablesException when {@code dir} is a file
     */
    public static void write(Corpus corpus, Path dir, PrintStream out) throws IOException {
        write(corpus, dir, out, Copies.KEEP);
    }

    /**
     * {@link #write(Corpus, Path, PrintStream)}, folding near-duplicate copies or not; the report
     * lists the copies (duplicates.csv) and says how many there are either way.
     *
     * @throws IOException when a file cannot be written
     * @throws NewsTablesException when {@code dir} is a file
     */
    public static void write(Corpus all, Path dir, PrintStream out, Copies copies) throws IOException {
        write(all, dir, out, copies, List.of());
    }

    /**
     * {@link #write(Corpus, Path, PrintStream, Copies)}, writing each table in the {@code formats}
     * given too ({@link TableFile#named TableFile.named("parquet")}), beside its CSV and linked from the index.
     *
     * @throws IOException when a file cannot be written
     * @throws NewsTablesException when {@code dir} is a file
     */
    public static void write(Corpus all, Path dir, PrintStream out, Copies copies, List<TableFile> formats)
            throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NewsTablesException(dir + " is a file, not a folder; choose another --out.");
        }
        Files.createDirectories(dir);
        Table duplicates = all.duplicates();
        int clusters = duplicates.rowCount() == 0 ? 0 : (int) duplicates.intColumn("cluster").max();
        int copyCount = duplicates.rowCount() - clusters;
        Corpus corpus = copies == Copies.FOLD ? all.dedup() : all;
        String copiesNote = copyCount == 0 ? "No article is a near-duplicate of another."
                : copies == Copies.FOLD
                ? copyCount + " near-duplicate copies (" + clusters + " stories) were folded: each table counts a"
                        + " reprinted story once (duplicates lists them)."
                : copyCount + " articles are near-duplicate copies of another (" + clusters + " stories, listed in"
                        + " duplicates); report --dedup counts each story once.";
        Map<String, Table> tables = tables(corpus, duplicates);
        Table themesByYear = tables.get("timeline_themes_year");
        Table partnersByYear = tables.get("timeline_partners_year");

        StringBuilder index = new StringBuilder();
        index.append("<h1>NewsTables report</h1>\n<p>").append(Entities.escape(corpus.toString()))
                .append("</p>\n<p>").append(Entities.escape(copiesNote)).append("</p>\n<ul>\n");
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        for (ChartText text : ChartText.values()) {
            String suffix = text == ChartText.ARABIC ? "-ar" : "";
            charts.put("themes-timeline" + suffix, Charts.timeline(themesByYear, text));
            charts.put("partners-timeline" + suffix, Charts.timeline(partnersByYear, text, Measure.COUNT));
            charts.put("partners-bars" + suffix, Charts.timelineBars(partnersByYear, text));
            charts.put("top-terms" + suffix, Charts.topTerms(tables.get("top_terms").first(20), text));
            charts.put("heatmap" + suffix, Charts.heatmap(tables.get("cooccurrence"), text));
        }
        // Each table's files and each chart's are written on their own, so that the large mention
        // tables and the charts' encoding share the cores.
        List<FileJob> jobs = new ArrayList<>();
        tables.forEach((name, table) -> jobs.add(() -> writeTable(dir, name, table)));
        for (TableFile format : formats) {
            tables.forEach((name, table) -> jobs.add(() -> format.write(table, dir.resolve(name + "." + format.extension()))));
        }
        charts.forEach((name, chart) -> jobs.add(() -> Charts.save(chart, dir.resolve(name))));
        try {
            jobs.parallelStream().forEach(job -> {
                try {
                    job.run();
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        } catch (java.io.UncheckedIOException x) {
            throw x.getCause();
        }
        for (Map.Entry<String, Table> e : tables.entrySet()) {
            String name = e.getKey();
            Table table = e.getValue();
            index.append("<li><a href=\"").append(name).append(".html\">").append(name).append("</a> (")
                    .append(table.rowCount()).append(" rows, <a href=\"").append(name).append(".csv\">CSV</a>");
            for (TableFile format : formats) {
                index.append(", <a href=\"").append(name).append('.').append(format.extension()).append("\">")
                        .append(format.name()).append("</a>");
            }
            index.append(")</li>\n");
        }
        index.append("</ul>\n<h2>Charts</h2>\n");
        for (Map.Entry<String, Chart<?, ?>> c : charts.entrySet()) {
            // jsoup writes the attributes, escaping the title as an attribute value needs.
            Element img = new Element("img").attr("src", c.getKey() + ".png")
                    .attr("width", String.valueOf(Charts.WIDTH)).attr("alt", c.getValue().getTitle());
            index.append("<figure>").append(img.outerHtml()).append("<figcaption>").append(c.getKey())
                    .append(" (<a href=\"").append(c.getKey()).append(".svg\">SVG</a>)</figcaption></figure>\n");
        }
        HtmlPage.write(dir.resolve("index.html"), "NewsTables report", index.toString());

        Table articles = tables.get("articles");
        out.println(printable(articles.first(PRINTED_ARTICLES)).printAll());
        if (articles.rowCount() > PRINTED_ARTICLES) {
            out.printf(java.util.Locale.ROOT, "… and %,d more articles: all of them are in articles.csv%n",
                    articles.rowCount() - PRINTED_ARTICLES);
        }
        out.println(TableHtml.rounded(tables.get("top_terms").first(20)).printAll());
        out.println(TableHtml.rounded(tables.get("bigrams").first(10)).printAll());
        out.println(TableHtml.rounded(tables.get("entities").first(20).selectColumns("entity", "label", "type", "mentions",
                "articles", "first_date", "last_date", "source")).setName("entities").printAll());
        out.println(TableHtml.rounded(tables.get("partners").first(10)).setName(tables.get("partners").name()).printAll());
        out.println(corpus);
        out.println(copiesNote);
        if (corpus.problemList().size() > 0) {
            out.println(corpus.problems().printAll());
        }
        out.println("Report written to " + dir.toAbsolutePath());
    }

    /** Writing one table's or one chart's files. */
    private interface FileJob {
        void run() throws IOException;
    }

    /** A table as CSV and as an HTML page of its first rows. */
    private static void writeTable(Path dir, String name, Table table) throws IOException {
        CsvOutput.write(table, dir.resolve(name + ".csv"));
        boolean cut = table.rowCount() > HTML_ROWS;
        HtmlPage.write(dir.resolve(name + ".html"), name,
                "<h1>" + name + "</h1>\n<p>" + table.rowCount() + " rows" + (cut ? ", the first " + HTML_ROWS
                        + " shown here; all of them are in the CSV" : "") + " · <a href=\"" + name
                        + ".csv\">CSV</a> · <a href=\"index.html\">index</a></p>\n"
                        + TableHtml.of(cut ? table.first(HTML_ROWS) : table));
    }

    /** The articles table without its text, titles cut, so that it fits a terminal. */
    private static Table printable(Table articles) {
        Table t = articles.copy();
        t.removeColumns("text");
        StringColumn title = t.stringColumn("title");
        for (int i = 0; i < title.size(); i++) {
            String s = title.get(i);
            if (s.length() > PRINTED_TITLE_CHARS) {
                title.set(i, s.substring(0, PRINTED_TITLE_CHARS - 1) + "…");
            }
        }
        return t;
    }

    /** A small, self-contained HTML page. */
    static final class HtmlPage {
        private HtmlPage() {
        }

        static void write(Path file, String title, String body) throws IOException {
            String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Entities.escape(title)
                    + "</title>\n<style>body{font-family:sans-serif;margin:2em}"
                    + "table{border-collapse:collapse;font-size:14px}"
                    + "th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;max-width:40em}"
                    + "th{background:#f3f3f3}td.num{text-align:right}td{white-space:pre-wrap}</style>"
                    + "</head>\n<body>\n" + body + "</body></html>\n";
            Files.writeString(file, page, StandardCharsets.UTF_8);
        }
    }

    /**
     * The tables the report writes, by file name (without {@code .csv}), in the report's order:
     * articles, problems, settings, removed, dates, top_terms, bigrams, trigrams, mentions,
     * entities, partners, ambiguous, candidates, theme_mentions, cooccurrence,
     * timeline_themes_year, timeline_partners_year, timeline_month and {@code duplicates} (given:
     * {@link Corpus#duplicates()} of the whole corpus, before any folding). The benchmark times
     * these against the report itself.
     */
    public static Map<String, Table> tables(Corpus corpus, Table duplicates) {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("articles", corpus.articles());
        tables.put("problems", corpus.problems());
        tables.put("settings", corpus.settings());
        tables.put("removed", corpus.removed());
        tables.put("dates", corpus.dates());
        tables.put("top_terms", corpus.topTerms(TOP_ROWS));
        tables.put("bigrams", corpus.ngrams(2).first(TOP_ROWS));
        tables.put("trigrams", corpus.ngrams(3).first(TOP_ROWS));
        tables.put("mentions", corpus.mentions());
        tables.put("entities", corpus.entities());
        tables.put("partners", corpus.partners());
        tables.put("ambiguous", corpus.ambiguous());
        tables.put("candidates", corpus.candidates());
        tables.put("theme_mentions", corpus.themeMentions());
        tables.put("cooccurrence", corpus.cooccurrence());
        tables.put("timeline_themes_year", corpus.timeline(Per.YEAR, Kind.THEME));
        tables.put("timeline_partners_year", corpus.partnersTimeline(Per.YEAR));
        tables.put("timeline_month", corpus.timeline(Per.MONTH));
        tables.put("duplicates", duplicates);
        return tables;
    }
}

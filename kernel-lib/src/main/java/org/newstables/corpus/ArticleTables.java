package org.newstables.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newstables.time.DateSource;
import org.newstables.time.DateTagger;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import org.newstables.common.Internal;

/** The tables of articles as read: the articles, their date expressions, the problems, the removed lines. */
@Internal
public final class ArticleTables {

    private ArticleTables() {
    }

    /**
     * One row per article: id, title, date (LocalDate, of the reported event), published,
     * published_time, date_source (metadata, mention, dateline, weekday, relative, stamp, published
     * or none — see {@link org.newstables.time.EventDate} for the rule), date_precision (day, month,
     * year), date_start and date_end (the character offsets in the text of the expression the date
     * came from; missing for metadata, a removed stamp line, or no date), dateline, source, language,
     * sentences, tokens, text, then any extra metadata columns, then file (where it was read from),
     * encoding and removed_lines (how many lines of web-page debris cleaning took out; see
     * {@link #removed}).
     */
    public static Table articles(List<Article> articles, int[] sentences, int[] tokens) {
        // The columns are kept at hand: Table.stringColumn(name) searches the columns by name, case
        // aside, and the fills below append some twenty values per article.
        StringColumn id = StringColumn.create("id");
        StringColumn title = StringColumn.create("title");
        DateColumn date = DateColumn.create("date");
        DateColumn published = DateColumn.create("published");
        TimeColumn publishedTime = TimeColumn.create("published_time");
        StringColumn dateSource = StringColumn.create("date_source");
        StringColumn datePrecision = StringColumn.create("date_precision");
        IntColumn dateStart = IntColumn.create("date_start");
        IntColumn dateEnd = IntColumn.create("date_end");
        StringColumn dateline = StringColumn.create("dateline");
        StringColumn source = StringColumn.create("source");
        StringColumn language = StringColumn.create("language");
        IntColumn sentenceCount = IntColumn.create("sentences");
        IntColumn tokenCount = IntColumn.create("tokens");
        StringColumn text = StringColumn.create("text");
        Table t = Table.create("articles", id, title, date, published, publishedTime, dateSource, datePrecision,
                dateStart, dateEnd, dateline, source, language, sentenceCount, tokenCount, text);
        Set<String> extras = new LinkedHashSet<>();
        articles.forEach(a -> extras.addAll(a.extra().keySet()));
        List<StringColumn> extraColumns = new ArrayList<>(extras.size());
        for (String extra : extras) {
            StringColumn c = StringColumn.create(extra);
            extraColumns.add(c);
            t.addColumns(c);
        }
        StringColumn file = StringColumn.create("file");
        StringColumn encoding = StringColumn.create("encoding");
        IntColumn removedLines = IntColumn.create("removed_lines");
        t.addColumns(file, encoding, removedLines);
        // Each column is filled by one task, the tasks in parallel on the caller's pool (ParallelColumns):
        // appending a value hashes it into its column's dictionary, and one thread appending some twenty
        // values per article left the other idle (the text column alone took 0.2 of 0.35 s for 100,000
        // generated articles). The columns were made above, on this thread, since Tablesaw's column
        // classes initialise one another; the dictionaries a column is promoted to have no static
        // initialisers. The text column comes first: it takes longest.
        List<Runnable> fills = new ArrayList<>(List.of(
                () -> articles.forEach(a -> text.append(a.text())),
                () -> articles.forEach(a -> id.append(a.id())),
                () -> articles.forEach(a -> title.append(a.title())),
                () -> articles.forEach(a -> date.append(a.date())),
                () -> articles.forEach(a -> published.append(a.published())),
                () -> articles.forEach(a -> publishedTime.append(a.publishedTime())),
                () -> articles.forEach(a -> dateSource.append(a.dateSource().label())),
                () -> articles.forEach(a -> datePrecision.append(a.datePrecision())),
                () -> articles.forEach(a -> {
                    if (a.dateStart() >= 0) {
                        dateStart.append(a.dateStart());
                        dateEnd.append(a.dateEnd());
                    } else {
                        dateStart.appendMissing();
                        dateEnd.appendMissing();
                    }
                }),
                () -> articles.forEach(a -> dateline.append(a.dateline())),
                () -> articles.forEach(a -> source.append(a.source())),
                () -> articles.forEach(a -> language.append(a.language())),
                () -> {
                    for (int i = 0; i < articles.size(); i++) {
                        sentenceCount.append(sentences[i]);
                        tokenCount.append(tokens[i]);
                    }
                },
                () -> articles.forEach(a -> file.append(a.origin())),
                () -> articles.forEach(a -> encoding.append(a.encoding())),
                () -> articles.forEach(a -> removedLines.append(a.removed().size()))));
        int k = 0;
        for (String extra : extras) {
            StringColumn column = extraColumns.get(k++);
            fills.add(() -> articles.forEach(a -> column.append(a.extra().getOrDefault(extra, ""))));
        }
        org.newstables.common.ParallelColumns.fill(fills);
        return t;
    }

    /**
     * Every date expression of every article, as the temporal tagger read the page: article, kind
     * (dateline, stamp, clock, weekday, relative, mention), surface, start, end (character offsets in
     * the article's text: {@code text.substring(start, end)} is the surface; missing for a stamp in a
     * line cleaning removed), line (the line's number in the file, as in {@link #removed}), value
     * (LocalDate: what it means; missing for a day and month without a year, or a weekday with
     * nothing to count from), precision (day, week, month, year), calendar (gregorian, hijri), and
     * event (whether the article's date came from it). See {@link DateTagger}.
     */
    public static Table dates(List<Article> articles) {
        StringColumn article = StringColumn.create("article");
        StringColumn kind = StringColumn.create("kind");
        StringColumn surface = StringColumn.create("surface");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        IntColumn line = IntColumn.create("line");
        DateColumn value = DateColumn.create("value");
        StringColumn precision = StringColumn.create("precision");
        StringColumn calendar = StringColumn.create("calendar");
        BooleanColumn event = BooleanColumn.create("event");
        // The pages are read in full in parallel, the date tagger over every line, which is most of
        // this table's time; the rows are then appended in article order.
        List<List<DateTagger.Expression>> expressions =
                org.newstables.common.Chunks.each(articles.size(), i -> articles.get(i).dates().expressions(articles.get(i)));
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            for (DateTagger.Expression e : expressions.get(i)) {
                article.append(a.id());
                kind.append(e.kind().toString());
                surface.append(e.surface());
                if (e.start() >= 0) {
                    start.append(e.start());
                    end.append(e.end());
                } else {
                    start.appendMissing();
                    end.appendMissing();
                }
                line.append(e.line());
                value.append(e.value());
                precision.append(e.precision().toString());
                calendar.append(e.calendar().toString());
                event.append(a.dateSource() != DateSource.METADATA && e.start() == a.dateStart() && e.start() >= 0
                        && e.end() == a.dateEnd());
            }
        }
        return Table.create("dates", article, kind, surface, start, end, line, value, precision, calendar, event);
    }

    /**
     * Everything that was skipped or looked wrong while loading: source (the file, and the row or
     * line), kind (not_read, empty, encoding, format, id, metadata, date: {@link Problem.Kind}), problem.
     */
    public static Table problems(List<Problem> problems) {
        StringColumn source = StringColumn.create("source");
        StringColumn kind = StringColumn.create("kind");
        StringColumn problem = StringColumn.create("problem");
        for (Problem p : problems) {
            source.append(p.source());
            kind.append(p.kind().label());
            problem.append(p.problem());
        }
        return Table.create("problems", source, kind, problem);
    }

    /**
     * The lines that cleaning removed from the articles (site banners, comment forms,
     * timestamps, counters): article, line (1-based, in the file as read), reason, text.
     */
    public static Table removed(List<Article> articles) {
        StringColumn article = StringColumn.create("article");
        IntColumn line = IntColumn.create("line");
        StringColumn reason = StringColumn.create("reason");
        StringColumn text = StringColumn.create("text");
        for (Article a : articles) {
            for (RemovedLine r : a.removed()) {
                article.append(a.id());
                line.append(r.line());
                reason.append(r.reason());
                text.append(r.text());
            }
        }
        return Table.create("removed", article, line, reason, text);
    }
}

package org.newstables.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.newstables.time.ArabicDates;
import org.newstables.time.DateTagger;
import org.newstables.time.Datelines;
import org.newstables.time.DateSource;
import org.newstables.time.EventDate;
import org.newstables.text.Scripts;

/**
 * Makes an {@link Article} of a {@link SourceDocument}: cleans the page, finds the title,
 * dateline, dates and source in the text, and lets metadata win where it says otherwise
 * (a disagreement becomes a problem row, so that the researcher can check which is right).
 */
final class ArticleFactory {

    /** Metadata columns with a meaning of their own; any other column becomes an extra one. */
    static final Set<String> KNOWN_FIELDS = Set.of("id", "title", "date", "published", "dateline",
            "source", "text", "body", "content", "file", "filename");

    /** One article's text may be up to 20 million characters (a 10 MB line fits); more is many articles. */
    static final int MAX_ARTICLE_CHARS = 20_000_000;

    private final LocalDate today;

    ArticleFactory(LocalDate today) {
        this.today = today;
    }

    /**
     * The article, or empty (with a problem added) when nothing of it is left to analyse.
     *
     * @param textField the name of the metadata field that held the text, left out of the extras
     */
    Optional<Article> build(SourceDocument doc, String textField, List<Problem> problems) {
        if (doc.raw().length() > MAX_ARTICLE_CHARS) {
            problems.add(new Problem(doc.origin(), Problem.Kind.NOT_READ, "not read: the article has " + doc.raw().length() / 1_000_000
                    + " million characters, more than the " + MAX_ARTICLE_CHARS / 1_000_000 + " million one article may have;"
                    + " it is probably many articles in one file: split it, one article per file or row."));
            return Optional.empty();
        }
        String raw = doc.raw();
        List<Line> lines = PageCleaner.lines(raw);
        // The lines count the pairs mis-decoded Arabic leaves as they are read: only a text with
        // some is looked at again.
        if (lines.stream().mapToInt(Line::mojibakePairs).sum() >= Mojibake.SUSPICIOUS_PAIRS) {
            Mojibake.Repair repair = Mojibake.repair(raw);
            if (repair.words() > 0) {
                raw = repair.text();
                lines = PageCleaner.lines(raw);
                // A byte the wrong decoder had already replaced with U+FFFD cannot come back: say so.
                long leftover = repair.text().chars().filter(ch -> ch == '\uFFFD').count();
                problems.add(new Problem(doc.origin(), Problem.Kind.ENCODING, "the text held Arabic mis-decoded (UTF-8 bytes read as "
                        + repair.codePage() + " and saved again); " + repair.words() + " words were repaired."
                        + (leftover == 0 ? "" : " " + leftover + " character" + (leftover == 1 ? "" : "s")
                                + " could not be recovered (U+FFFD: a byte was lost before the text reached us);"
                                + " the words holding them are left as they are.")
                        + " Check how the file was saved, and fix it at the source if you can."));
            } else if (repair.words() < 0) {
                problems.add(new Problem(doc.origin(), Problem.Kind.ENCODING, "the text looks like Arabic mis-decoded (UTF-8 bytes read as "
                        + repair.codePage() + " and saved again), and it could not be repaired safely: some bytes were"
                        + " lost. Get the file again in UTF-8."));
            }
        }
        PageCleaner.Result page = PageCleaner.clean(lines);
        // A clean file needs no second copy of its text: for a large corpus that is half the memory.
        String text = keepsAll(lines, page, raw) ? raw : join(page.kept());
        if (text.isBlank()) {
            String why = raw.isBlank()
                    ? "the text is empty"
                    : "nothing is left after removing web-page debris (" + page.removed().size() + " lines)";
            problems.add(new Problem(doc.origin(), Problem.Kind.EMPTY, why + "; the article was skipped. Check the file's content."));
            return Optional.empty();
        }

        Map<String, String> fields = doc.fields();
        Optional<ArabicDates.Found> metaDate = metadataDate(doc, "date", problems);
        Optional<ArabicDates.Found> metaPublished = metadataDate(doc, "published", problems);

        // Every date expression of the page, and the event date the text gives (metadata aside).
        List<DateTagger.PageLine> pageLines = pageLines(lines, page, text, raw);
        LocalDate metaPublishedDate = metaPublished.map(ArabicDates.Found::date).orElse(null);
        // The head of the page first; the whole page when the head does not settle the date, in one
        // reading, so that the head's lines are read once.
        DateTagger.Reading reading = new DateTagger.Reading(pageLines);
        DateTagger.Result dates = DateTagger.head(reading, text, metaPublishedDate, null, today);
        if (!dates.settledByHead(metaDate.isPresent())) {
            dates = DateTagger.tag(reading, text, metaPublishedDate, null, today);
        }
        PageDates pageDates = dates.complete() ? PageDates.of(dates.expressions())
                : PageDates.later(keptNumbers(pageLines), page.headline() == null ? -1 : page.headline().number(),
                        metaPublishedDate, today);
        dates.problems().forEach(p -> problems.add(new Problem(doc.origin(), Problem.Kind.DATE, p)));
        DateTagger.Expression textStamp = firstStamp(dates.expressions());

        // Publication: metadata wins; a text stamp on the same day adds its time of day.
        LocalDate published = null;
        LocalTime publishedTime = null;
        if (metaPublished.isPresent()) {
            published = metaPublished.get().date();
            publishedTime = metaPublished.get().time();
            if (textStamp != null) {
                LocalDate t = textStamp.value();
                if (t.equals(published)) {
                    if (publishedTime == null) {
                        publishedTime = textStamp.time();
                    }
                } else {
                    problems.add(new Problem(doc.origin(), Problem.Kind.DATE, "metadata says published " + published
                            + " but the page says " + t + "; the metadata date is used."));
                }
            }
        } else if (textStamp != null) {
            published = textStamp.value();
            publishedTime = textStamp.time();
        }

        EventDate event = dates.event();
        LocalDate date = event.date();
        DateSource dateSource = event.source();
        ArabicDates.Precision precision = event.precision();
        DateTagger.Expression from = event.expression();
        if (metaDate.isPresent()) {
            if (date != null && !date.equals(metaDate.get().date())) {
                problems.add(new Problem(doc.origin(), Problem.Kind.DATE, "metadata date " + metaDate.get().date() + " disagrees with "
                        + date + " read from the text (" + dateSource.label() + "); the metadata date is used."));
            }
            date = metaDate.get().date();
            dateSource = DateSource.METADATA;
            precision = ArabicDates.Precision.DAY;
            from = null;
            DateTagger.Expression weekday = EventDate.leadWeekday(dates.expressions());
            if (weekday != null && weekday.weekday() != date.getDayOfWeek()) {
                problems.add(new Problem(doc.origin(), Problem.Kind.DATE, "the lead names a " + english(weekday.weekday()) + " ('"
                        + weekday.surface().strip() + "') but the metadata date " + date + " is a "
                        + english(date.getDayOfWeek()) + "; check the date."));
            }
            if (today != null && date.isAfter(today)) {
                problems.add(new Problem(doc.origin(), Problem.Kind.DATE, "the date " + date + " is in the future; check it."));
            }
        }

        Optional<Datelines.Dateline> dateline = dates.dateline();
        String title = nonEmpty(fields.get("title"))
                .orElse(page.headline() == null ? "" : PageCleaner.title(page.headline()));
        String place = nonEmpty(fields.get("dateline"))
                .orElse(dateline.map(Datelines.Dateline::place).orElse(""));
        String source = nonEmpty(fields.get("source"))
                .or(() -> siteName(page.removed()))
                .orElse(dateline.flatMap(Datelines.Dateline::agency).orElse(""));

        Map<String, String> extra = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!KNOWN_FIELDS.contains(k) && !k.equals(textField)) {
                extra.put(k, v);
            }
        });
        return Optional.of(new Article(doc.id(), doc.origin().toString(), title, date, published, publishedTime,
                dateSource, precision == null ? "" : precision.toString(), from == null ? -1 : from.start(),
                from == null ? -1 : from.end(), place, source, language(page.kept()), text, page.removed(), extra,
                doc.encoding(), pageDates));
    }

    /** The kept lines joined with single line breaks, runs of blank lines folded to one. */
    /** Whether joining the kept lines gives the raw text back: every line kept, none blank, one line break between. */
    static boolean keepsAll(List<Line> lines, PageCleaner.Result page, String raw) {
        if (page.kept().size() != lines.size()) {
            return false;
        }
        int from = 0;
        for (Line line : lines) {
            if (line.blank() || !line.isRange(raw, from, line.end())) {
                return false;
            }
            from = line.end() + 1;
        }
        return from == raw.length() + 1 && (raw.isEmpty() || raw.charAt(raw.length() - 1) != '\n');
    }

    /** The language of the kept lines, from the letters each line counted when it was made. */
    private static String language(List<Line> kept) {
        long arabic = 0;
        long latin = 0;
        long other = 0;
        for (Line line : kept) {
            arabic += line.arabicLetters();
            latin += line.latinLetters();
            other += line.otherLetters();
        }
        return Scripts.language(arabic, latin, other);
    }

    static String join(List<Line> kept) {
        StringBuilder sb = new StringBuilder();
        boolean pendingBlank = false;
        for (Line line : kept) {
            if (line.blank()) {
                pendingBlank = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(pendingBlank ? "\n\n" : "\n");
            }
            line.appendTo(sb);
            pendingBlank = false;
        }
        return sb.toString();
    }

    /**
     * The page's lines in file order, kept and removed, each kept one with its offset in the
     * article's text: what the date tagger reads.
     */
    static List<DateTagger.PageLine> pageLines(List<Line> lines, PageCleaner.Result page, String text, String raw) {
        // Offsets of the kept lines in the text, found as join() lays them out (or in the raw text
        // itself), by the line's place in lines; arrays rather than maps of boxed numbers, for every page.
        int[] offsets = new int[lines.size()];
        java.util.Arrays.fill(offsets, -1);
        if (text == raw) {
            int from = 0;
            for (int i = 0; i < lines.size(); i++) {
                offsets[i] = from;
                from = lines.get(i).end() + 1;
            }
        } else {
            int at = 0;
            boolean pendingBlank = false;
            boolean any = false;
            // The kept lines are a part of the lines, in the same order.
            int i = 0;
            for (Line line : page.kept()) {
                while (lines.get(i) != line) {
                    i++;
                }
                if (line.blank()) {
                    pendingBlank = any;
                    continue;
                }
                if (any) {
                    at += pendingBlank ? 2 : 1;
                }
                offsets[i] = at;
                at += line.length();
                any = true;
                pendingBlank = false;
            }
        }
        // The removed lines come in line order, as the lines do.
        List<RemovedLine> removed = page.removed();
        int r = 0;
        List<DateTagger.PageLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            while (r < removed.size() && removed.get(r).line() < line.number()) {
                r++;
            }
            if (line.blank()) {
                continue;
            }
            boolean gone = r < removed.size() && removed.get(r).line() == line.number();
            out.add(line.pageLine(gone ? -1 : offsets[i], gone, line == page.headline(),
                    line.words() >= PageCleaner.PROSE_WORDS));
        }
        return out;
    }

    /** The line numbers of the kept lines, in order. */
    private static int[] keptNumbers(List<DateTagger.PageLine> pageLines) {
        return pageLines.stream().filter(l -> !l.removed()).mapToInt(DateTagger.PageLine::number).toArray();
    }

    /** The page's publication stamp, as the tagger read it: the first stamp above or in the story, else below it. */
    private static DateTagger.Expression firstStamp(List<DateTagger.Expression> all) {
        DateTagger.Expression below = null;
        for (DateTagger.Expression e : all) {
            if (e.kind() == DateTagger.Kind.STAMP && e.value() != null && e.precision() == ArabicDates.Precision.DAY) {
                if (!e.excluded()) {
                    return e;
                }
                below = below == null ? e : below;
            }
        }
        return below;
    }

    private static String english(java.time.DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    private static Optional<String> siteName(List<RemovedLine> removed) {
        for (RemovedLine line : removed) {
            if (line.rule() == RemovalRule.STAMP) {
                Matcher m = PageCleaner.DOMAIN.matcher(line.text());
                if (m.find()) {
                    return Optional.of(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ArabicDates.Found> metadataDate(SourceDocument doc, String field, List<Problem> problems) {
        String value = doc.fields().get(field);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<ArabicDates.Found> parsed = ArabicDates.parse(value);
        if (parsed.isEmpty()) {
            problems.add(new Problem(doc.origin(), Problem.Kind.METADATA, "the metadata " + field + " '" + value.strip()
                    + "' is not a date; write it as YYYY-MM-DD. The date is taken from the text instead."));
        }
        return parsed;
    }

    private static Optional<String> nonEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    static List<String> lowerCase(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(n == null ? "" : n.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}

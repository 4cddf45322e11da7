package org.newstables.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newstables.time.DateTagger;

/**
 * Every date expression of one article's page, read when first asked for. Loading reads only the
 * head of a page (headline, lead, stamps, datelines, removed lines) when that settles the
 * article's date ({@link DateTagger.Result#settledByHead}); the story's prose is read for
 * {@code c.dates()} on demand, from the article's own text and removed lines — what the page
 * looked like is kept as the numbers of the kept lines, four bytes a line.
 */
public final class PageDates {

    private volatile List<DateTagger.Expression> all;
    private final int[] keptNumbers;
    private final int headline;
    private final LocalDate published;
    private final LocalDate today;

    private PageDates(List<DateTagger.Expression> all, int[] keptNumbers, int headline, LocalDate published,
            LocalDate today) {
        this.all = all == null ? null : List.copyOf(all);
        this.keptNumbers = keptNumbers;
        this.headline = headline;
        this.published = published;
        this.today = today;
    }

    /** The expressions of a page read in full. */
    public static PageDates of(List<DateTagger.Expression> all) {
        return new PageDates(all, null, -1, null, null);
    }

    /** A page whose prose is read later: the line numbers of its kept lines, in order, and its headline's (or -1). */
    static PageDates later(int[] keptNumbers, int headline, LocalDate published, LocalDate today) {
        return new PageDates(null, keptNumbers, headline, published, today);
    }

    /** Every date expression of {@code article}'s page (which must be the article these dates belong to). */
    public List<DateTagger.Expression> expressions(Article article) {
        List<DateTagger.Expression> a = all;
        if (a == null) {
            a = List.copyOf(DateTagger.tag(pageLines(article), article.text(), published, null, today).expressions());
            all = a;
        }
        return a;
    }

    /** The page's lines as the loader had them: the kept ones from the text, the removed ones as removed. */
    private List<DateTagger.PageLine> pageLines(Article article) {
        String text = article.text();
        List<DateTagger.PageLine> out = new ArrayList<>();
        int k = 0;
        int from = 0;
        while (from <= text.length() && k < keptNumbers.length) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            int end = to;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > from && !text.substring(from, end).isBlank()) {
                Line line = new Line(keptNumbers[k], text, from, end);
                out.add(line.pageLine(from, false, keptNumbers[k] == headline, line.words() >= PageCleaner.PROSE_WORDS));
                k++;
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        for (RemovedLine r : article.removed()) {
            Line line = new Line(r.line(), r.text());
            if (!line.blank()) {
                out.add(new DateTagger.PageLine(r.line(), r.text(), -1, true, false,
                        line.words() >= PageCleaner.PROSE_WORDS));
            }
        }
        out.sort(Comparator.comparingInt(DateTagger.PageLine::number));
        return out;
    }
}

package org.newstables.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newstables.common.Patterns;
import org.newstables.common.WordListPattern;
import org.newstables.common.WordStartPattern;
import org.newstables.time.ArabicDates;
import org.newstables.time.DateTagger;
import org.newstables.time.Datelines;

/**
 * Removes the web-page debris that scraped news articles carry, line by line, by general rules
 * rather than by a list of known strings:
 * <ul>
 *   <li><b>no letters</b>: a line without a single letter, such as a comment counter
 *       ({@code 0}), a long id number or a separator;</li>
 *   <li><b>stamp</b>: a line made only of dates, times, web addresses, separators and
 *       labels such as نشر في (the publication time is read from it first);</li>
 *   <li><b>interface</b>: in an Arabic article, a short line with Latin letters only and no
 *       sentence punctuation, such as a video player's button labels;</li>
 *   <li><b>banner</b>: a short line above the headline, such as the site's name or slogan;</li>
 *   <li><b>site furniture</b>: a short line before or after the body of the article that
 *       speaks the language of the web page rather than of the news (comment forms, sharing
 *       buttons, copyright lines, "your e-mail address").</li>
 * </ul>
 * The body of an article is its span of prose lines (twelve words or more); the last two rules
 * look only outside it, so a short sentence in the middle of an article is never removed.
 * Every removed line is kept, with its number and the rule that removed it.
 */
final class PageCleaner {

    /** A line of this many words or more is prose: it marks the body of the article. */
    static final int PROSE_WORDS = 12;
    /** A headline has at most this many words. */
    static final int MAX_HEADLINE_WORDS = 20;

    private static final int MAX_BANNER_WORDS = 8;
    private static final int MAX_FURNITURE_WORDS = 10;
    private static final int MAX_INTERFACE_WORDS = 6;

    /**
     * Words of the web page rather than of the news: comment forms, sharing, subscriptions,
     * copyright, navigation. Normalized forms (see {@link ArabicDates#normalize}).
     */
    static final Set<String> WEB_WORDS = Set.of(
            "رد", "الرد", "ردا", "تعليق", "تعليقات", "التعليقات", "التعليق", "تعليقك", "بريدك", "البريد",
            "بريد", "اترك", "اضف", "شارك", "مشاركه", "المقال", "اشترك", "اشتراك", "تابعنا", "تابعونا",
            "حقوق", "محفوظه", "موقع", "الموقع", "موقعنا", "اعلان", "اعلانات", "الحقول", "الالزاميه",
            "مطلوبه", "ارسال", "تسجيل", "الدخول", "النشره", "البريديه", "طباعه", "الرابط", "اقرا",
            "ايضا", "المزيد", "اسمك", "الكوكيز",
            "reply", "comment", "comments", "email", "e-mail", "share", "subscribe", "follow",
            "rights", "reserved", "copyright", "advertisement", "related", "login", "print",
            "cookies", "privacy", "newsletter", "website");

    /** The separators of a headline's parts. */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\||::");
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    /** A web address without its scheme, such as arabic.news.cn (also used to name a page's site). */
    static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?![\\p{L}\\p{N}])");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
    /** The labels a stamp may hold beside its dates, times and addresses (Latin ones in any case). */
    static final WordListPattern STAMP_LABELS = WordListPattern.of(Stream.concat(Stream.of("تاريخ النشر", "نشر في",
            "نشر بتاريخ", "نشر", "اخر تحديث", "تحديث", "محدث", "حدث", "بتوقيت", "مكه المكرمه", "غرينتش", "جرينتش", "الساعه",
            "GMT", "UTC", "updated", "published", "ص", "م", "am", "pm"), ArabicDates.weekdayAlternatives().stream()).toList(), true);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|/\\\\\\-–—•·:,،()\\[\\]]");

    /** The outcome: kept and removed lines, and the line read as the headline, if any. */
    record Result(List<Line> kept, List<RemovedLine> removed, Line headline) {
    }

    private PageCleaner() {
    }

    static List<Line> lines(String raw) {
        List<Line> lines = new ArrayList<>();
        int number = 1;
        int from = 0;
        int n = raw.length();
        // Byte-order marks and NULs inside lines are rare: looked for once, with the JDK's vectorized indexOf.
        boolean artefacts = raw.indexOf('\uFEFF') >= 0 || raw.indexOf('\u0000') >= 0;
        if (raw.indexOf('\r') < 0) {
            // The usual case: line breaks are \n alone, found by the JDK's vectorized indexOf.
            for (int i; (i = raw.indexOf('\n', from)) >= 0; from = i + 1) {
                lines.add(line(number++, raw, from, i, artefacts));
            }
            lines.add(line(number, raw, from, n, artefacts));
            return lines;
        }
        for (int i = 0; i <= n; i++) {
            char c = i < n ? raw.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            lines.add(line(number++, raw, from, i, artefacts));
            if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                i++;
            }
            from = i + 1;
        }
        return lines;
    }

    private static Line line(int number, String raw, int from, int to, boolean artefacts) {
        while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
            to--;
        }
        for (int i = from; artefacts && i < to; i++) {
            char c = raw.charAt(i);
            if (c == '\uFEFF' || c == '\u0000') {
                // A byte-order mark or NUL inside a line is an artefact of concatenated files.
                return new Line(number, raw.substring(from, to).replace("\uFEFF", "").replace("\u0000", "").stripTrailing());
            }
        }
        return new Line(number, raw, from, to);
    }

    static Result clean(List<Line> lines) {
        boolean arabic = lines.stream().mapToInt(Line::arabicLetters).sum()
                > lines.stream().mapToInt(Line::latinLetters).sum();
        List<RemovedLine> removed = new ArrayList<>();
        List<Line> candidates = new ArrayList<>();
        for (Line line : lines) {
            RemovalRule reason = anywhereRule(line, arabic);
            if (reason != null) {
                removed.add(new RemovedLine(line.number(), reason, line.text()));
            } else {
                candidates.add(line);
            }
        }

        int firstBody = -1;
        int lastBody = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).words() >= PROSE_WORDS) {
                if (firstBody < 0) {
                    firstBody = i;
                }
                lastBody = i;
            }
        }
        Line headline = headline(candidates, firstBody);

        List<Line> kept = new ArrayList<>();
        boolean beforeHeadline = headline != null;
        for (int i = 0; i < candidates.size(); i++) {
            Line line = candidates.get(i);
            if (line == headline) {
                beforeHeadline = false;
            }
            RemovalRule reason = null;
            boolean outsideBody = firstBody >= 0 && (i < firstBody || i > lastBody);
            if (!line.blank() && line != headline && outsideBody) {
                if (beforeHeadline && line.words() <= MAX_BANNER_WORDS && !line.endsLikeSentence()) {
                    reason = RemovalRule.BANNER;
                } else if (line.words() <= MAX_FURNITURE_WORDS && speaksWeb(line)) {
                    reason = RemovalRule.SITE_FURNITURE;
                }
            }
            if (reason != null) {
                removed.add(new RemovedLine(line.number(), reason, line.text()));
            } else {
                kept.add(line);
            }
        }
        removed.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(kept, removed, headline);
    }

    /**
     * The headline: in the lines above the story's first paragraph, one that reads as a headline —
     * a line the page prints twice (a headline is often repeated above the story), else the
     * longest, but never a line that is another of them with words added (a headline glued to a
     * caption); when the body starts at the first line, that line if it reads as one and more text
     * follows.
     */
    private static Line headline(List<Line> candidates, int firstBody) {
        int end = firstBody < 0 ? candidates.size() : headEnd(candidates, firstBody);
        // Each line of the head normalized and reduced to its words once.
        String[] normalized = new String[end];
        String[] lineWords = new String[end];
        List<Line> readable = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            Line line = candidates.get(i);
            // Fewer words cannot be a headline nor print one again; many more are prose.
            if (line.blank() || line.words() < MIN_HEADLINE_WORDS || line.words() > 2 * MAX_HEADLINE_WORDS) {
                continue;
            }
            normalized[i] = line.normalized();
            lineWords[i] = letterWords(normalized[i]);
            if (readsAsHeadline(line, normalized[i], lineWords[i])) {
                readable.add(line);
                words.add(lineWords[i]);
            }
        }
        // How often the head prints each candidate's words.
        java.util.Map<String, Integer> printed = new java.util.HashMap<>();
        words.forEach(w -> printed.put(w, 0));
        for (int i = 0; i < end; i++) {
            if (lineWords[i] != null) {
                printed.computeIfPresent(lineWords[i], (w, n) -> n + 1);
            }
        }
        Line best = null;
        boolean bestRepeated = false;
        for (int k = 0; k < readable.size(); k++) {
            Line line = readable.get(k);
            if (addsToAnother(words.get(k), printed)) {
                continue;
            }
            boolean repeated = printed.get(words.get(k)) > 1;
            if (best == null || repeated && !bestRepeated || repeated == bestRepeated && line.words() >= best.words()) {
                best = line;
                bestRepeated = repeated;
            }
        }
        if (best != null && firstBody < 0) {
            // No prose at all: a lone short line is the text, not a headline over it.
            long others = candidates.stream().filter(l -> !l.blank()).count();
            return others > 1 ? best : null;
        }
        if (best == null && firstBody >= 0) {
            // A long headline counts as prose by its length: the first line that reads as a headline,
            // up to the first line of the body, when more text follows it.
            for (int i = 0; i <= firstBody; i++) {
                Line line = candidates.get(i);
                if (readsAsHeadline(line) && candidates.stream().filter(l -> !l.blank()).count() > 1) {
                    best = line;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Where the head of the page ends: at the story's first paragraph. The first line long enough
     * for prose is not always one: a long headline, a caption, a breadcrumb or an advert has
     * twelve words too, but no more than a headline's and no full stop. Then the head runs on to
     * the next prose line (no further: the story's paragraphs may lack full stops too).
     */
    private static int headEnd(List<Line> candidates, int firstBody) {
        if (paragraph(candidates.get(firstBody))) {
            return firstBody;
        }
        for (int i = firstBody + 1; i < candidates.size(); i++) {
            if (candidates.get(i).words() >= PROSE_WORDS) {
                return i;
            }
        }
        return candidates.size();
    }

    /** A line that can only be a paragraph of the story: longer than a headline, or ending with a full stop. */
    private static boolean paragraph(Line line) {
        return line.words() > MAX_HEADLINE_WORDS || line.endsWithFullStop() || startsWithDateline(line);
    }

    /**
     * Whether a headline candidate's words are another candidate's ({@code candidates}' keys) with
     * words added before or after them: that headline glued to a caption or a label.
     */
    private static boolean addsToAnother(String words, java.util.Map<String, Integer> candidates) {
        for (int at = words.indexOf(' '); at >= 0; at = words.indexOf(' ', at + 1)) {
            if (candidates.containsKey(words.substring(0, at)) || candidates.containsKey(words.substring(at + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A normalized line's words, each without the characters that are no letter or digit, single
     * spaced, words of neither left out: what a reader sees as its words.
     */
    private static String letterWords(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length());
        boolean wordOpen = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == ' ') {
                wordOpen = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!wordOpen && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                wordOpen = true;
            }
        }
        return out.toString();
    }

    private static Line firstNonBlank(List<Line> lines) {
        return lines.stream().filter(l -> !l.blank()).findFirst().orElse(null);
    }

    /** Whether a line reads as a headline. */
    static boolean readsAsHeadline(Line line) {
        // The line's own measures rule most lines out (prose is too long): no normalizing for them.
        if (!mayBeHeadline(line)) {
            return false;
        }
        String normalized = line.normalized();
        return readsAsHeadline(line, normalized, letterWords(normalized));
    }

    /**
     * Whether a line's measures allow a headline: letters, a headline's number of words, no more
     * than 200 characters, no full stop at the end.
     */
    private static boolean mayBeHeadline(Line line) {
        // A headline may ask or exclaim, or trail off (… ..?!), but a full stop ends a sentence of the story.
        return !line.blank() && line.hasLetters() && line.words() <= MAX_HEADLINE_WORDS && line.words() >= MIN_HEADLINE_WORDS
                && line.text().strip().length() <= 200 && !line.endsWithFullStop();
    }

    /** Whether a line opens with a dateline ({@link Datelines#startsWithDateline}), from its normalized text. */
    private static boolean startsWithDateline(Line line) {
        return Datelines.read(line.text(), line.normalized()).isPresent();
    }

    /**
     * Whether a line reads as a headline.
     *
     * @param normalized the line's text normalized ({@link ArabicDates#normalize})
     * @param words      its words ({@link #letterWords})
     */
    private static boolean readsAsHeadline(Line line, String normalized, String words) {
        if (!mayBeHeadline(line)) {
            return false;
        }
        // Words are counted without the separators between them (بديل ــ الرباط is a name and a city).
        if (words.split(" ").length < MIN_HEADLINE_WORDS) {
            return false;
        }
        String text = line.text();
        List<ArabicDates.Found> dates = ArabicDates.find(normalized);
        return !startsWithDateline(line) && !DateTagger.isStampLine(normalized, dates)
                && !opensWithStamp(normalized, dates) && !endsWithDate(normalized, dates) && !pictographs(text)
                && !byline(normalized)
                && !caption(normalized) && !menu(text) && !speaksWeb(line)
                && !labelsOnly(text);
    }

    /** Parts between | or :: with no part of four words or more: a site's name and a section, not a headline. */
    private static boolean labelsOnly(String text) {
        if (!text.contains("|") && !text.contains("::")) {
            return false;
        }
        for (String part : LABEL_SEPARATOR.split(text)) {
            if (Patterns.WHITE_SPACE.split(part.strip()).length >= 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * The title a headline line gives: without a label after a | (صور, فيديو, the site's name),
     * when the rest is the longer part.
     */
    static String title(Line headline) {
        String text = headline.text().strip();
        String[] parts = BAR.split(text);
        if (parts.length < 2) {
            return text;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (Patterns.WHITE_SPACE.split(p).length > Patterns.WHITE_SPACE.split(longest).length) {
                longest = p;
            }
        }
        return longest.strip();
    }

    /**
     * A line that opens with a publication stamp — a numeric date or a clock time, perhaps after a
     * label (date, نشر) — and goes on with a summary: a stamp glued to the lead, not a headline.
     */
    private static boolean opensWithStamp(String normalized, List<ArabicDates.Found> dates) {
        Matcher m = STAMP_OPENING.matcher(normalized);
        if (!m.lookingAt()) {
            return false;
        }
        if (TIME.matcher(normalized).region(m.end(), normalized.length()).lookingAt()) {
            return true;
        }
        return !dates.isEmpty() && dates.get(0).start() == m.end() && dates.get(0).complete()
                && dates.get(0).form() == ArabicDates.Form.NUMERIC;
    }

    /** A line that ends with a full date (… أمام الرئيس، 3 يوليو 2024): a photo's caption, not a headline. */
    private static boolean endsWithDate(String normalized, List<ArabicDates.Found> dates) {
        if (dates.isEmpty()) {
            return false;
        }
        ArabicDates.Found last = dates.get(dates.size() - 1);
        return last.complete() && last.precision() == ArabicDates.Precision.DAY
                && normalized.substring(last.end()).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Emoji and pictographs (👀 ☎ ✅): adverts and social posts carry them, news headlines do not. */
    private static boolean pictographs(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF);
    }

    /** What may come before a stamp that opens a line: white space, punctuation, one label word. */
    private static final Pattern STAMP_OPENING = Pattern.compile("[\\s\\p{P}]*(?:(?:date|تاريخ|بتاريخ|نشر|نشر في"
            + "|published|updated)\\s*[:：]?\\s*)?", Pattern.CASE_INSENSITIVE);

    /** A headline has at least this many words: fewer is a section label, a name or a site's name. */
    static final int MIN_HEADLINE_WORDS = 3;

    /**
     * A byline, a credit or a site's name rather than a headline: كتب، بقلم، متابعة، وكالات، رئيس
     * التحرير، حاوره, or a slogan about the site's visitors, as a word anywhere in the line ...
     */
    static final WordStartPattern BYLINE_WORDS = WordStartPattern.of(List.of("كتب", "كتبت", "بقلم", "متابعه", "متابعات",
            "وكالات", "رئيس التحرير", "مدير التحرير", "حاوره", "حاورته", "حاورها", "حاورتها", "زوار", "زوارنا", "لزوارنا",
            "اخر الاخبار", "احدث الاخبار", "اخبار عاجله", "موقع"), "(?:\\s|$|:)");
    /**
     * ... or, at the line's start (each alternative begins with ^, so it is tried there only), two
     * parts around a dash that sites put between their name and a section, a relative stamp, or a
     * credit label (الكاتبة:، إعداد:، المصدر:).
     */
    static final Pattern BYLINE_START = Pattern.compile("^\\S+\\s*[-–]\\s*\\S+$"
            // A relative stamp opens the line (منذ ساعة); inside a headline منذ is "since" (منذ عشر سنوات).
            + "|^\\s*(?:نشر\\s+)?منذ\\s"
            // A credit label: الكاتبة: …, إعداد: …
            + "|^\\s*(?:الكاتب|الكاتبه|اعداد|تحرير|تصوير|المحرر|المراسل|مراسل|المصدر)\\s*[:：]");

    /** A photo caption, by its label at the line's start (صورة) ... */
    static final Pattern CAPTION_START = Pattern.compile("^(?:صوره|الصوره|بالصور|لقطه)(?:\\s|:)");
    /** ... or by a position (يمين، يسار) or an agency credit in brackets. */
    static final Pattern CAPTION_CREDIT = Pattern.compile("\\((?:يمين|يسار|وسط|ارشيفيه"
            + "|ارشيف|رويترز|ا ف ب|الاناضول|سبوتنيك|واس|وام|كونا|قنا|شينخوا)\\)");

    /** A menu or a breadcrumb: items between » > / separators. */
    static final Pattern MENU = Pattern.compile("(?:>>|»|›|\\s/\\s).*(?:>>|»|›|\\s/\\s)|^\\s*(?:الرئيسيه|الرئيسية)\\s*(?:>|»|/)");

    /**
     * Whether a normalized line reads as a byline: {@code find()} of {@link #BYLINE_WORDS} and
     * {@link #BYLINE_START} as one expression, each part tried only where it can match (the regex
     * engine tries every alternative at every character of the line).
     */
    static boolean byline(String normalized) {
        return BYLINE_WORDS.find(normalized) || BYLINE_START.matcher(normalized).lookingAt();
    }

    /** Whether a normalized line reads as a photo caption: {@code find()} of the two caption patterns as one. */
    static boolean caption(String normalized) {
        return CAPTION_START.matcher(normalized).lookingAt()
                || normalized.indexOf('(') >= 0 && CAPTION_CREDIT.matcher(normalized).find();
    }

    /** Whether a line reads as a menu ({@link #MENU}); every way it can match holds one of > » › /. */
    static boolean menu(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>' || c == '»' || c == '›' || c == '/') {
                return MENU.matcher(text).find();
            }
        }
        return false;
    }

    private static RemovalRule anywhereRule(Line line, boolean arabicArticle) {
        if (line.blank()) {
            return null;
        }
        if (!line.hasLetters()) {
            return RemovalRule.NO_LETTERS;
        }
        if (isStamp(line)) {
            return RemovalRule.STAMP;
        }
        if (arabicArticle && line.arabicLetters() == 0 && line.words() <= MAX_INTERFACE_WORDS
                && !line.endsLikeSentence()) {
            return RemovalRule.INTERFACE;
        }
        return null;
    }

    /** A stamp has at most this many words (a date, a time, a label, an address). */
    private static final int MAX_STAMP_WORDS = 14;

    /** A line made only of dates, times, addresses, separators and publication labels. */
    static boolean isStamp(Line line) {
        // Cheap test first, from what the line measured: a stamp is short and holds a digit or a dot (of an address).
        if (!line.hasDigitOrDot() || line.words() > MAX_STAMP_WORDS) {
            return false;
        }
        String normalized = line.normalized();
        boolean hasStampPart = false;
        StringBuilder rest = new StringBuilder(normalized);
        for (ArabicDates.Found f : ArabicDates.findAll(normalized)) {
            for (int i = f.start(); i < f.end(); i++) {
                rest.setCharAt(i, ' ');
            }
            hasStampPart = true;
        }
        String r = rest.toString();
        // Most lines hold no address: the two patterns, tried at every character, are run only on those that may.
        String withoutAddresses = Patterns.mayHoldWebAddress(r) ? DOMAIN.matcher(URL.matcher(r).replaceAll(" ")).replaceAll(" ") : r;
        hasStampPart |= !withoutAddresses.equals(r);
        String withoutTimes = TIME.matcher(withoutAddresses).replaceAll(" ");
        hasStampPart |= !withoutTimes.equals(withoutAddresses);
        if (!hasStampPart) {
            return false;
        }
        String remainder = SEPARATORS.matcher(
                STAMP_LABELS.replaceAll(withoutTimes, " ")).replaceAll("");
        return remainder.isEmpty();
    }

    /** Whether a word of the line, without the punctuation around it and in small letters, is one of {@link #WEB_WORDS}. */
    static boolean speaksWeb(Line line) {
        for (String word : line.normalized().split(" ")) {
            if (WEB_WORDS.contains(withoutPunctuationAround(word).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} without the punctuation ({@code \p{P}}, by code point) at its start and its end.
     * By hand, not with {@code ^\p{P}+|\p{P}+$}: a matcher for each word of each line was a tenth of
     * the cleaner's time on real pages. (That pattern's {@code $} also matched before a final line
     * terminator, U+0085 in a word: such a word is not one of the web's words either way.)
     */
    static String withoutPunctuationAround(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && isPunctuation(word.codePointAt(from))) {
            from += Character.charCount(word.codePointAt(from));
        }
        while (to > from && isPunctuation(word.codePointBefore(to))) {
            to -= Character.charCount(word.codePointBefore(to));
        }
        return word.substring(from, to);
    }

    /** What {@code \p{P}} matches: a code point of one of the seven punctuation categories. */
    private static boolean isPunctuation(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}

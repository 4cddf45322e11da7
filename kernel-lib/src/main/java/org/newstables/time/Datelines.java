package org.newstables.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newstables.common.Internal;
import org.newstables.common.Patterns;
import org.newstables.text.TextNormalizer;

/**
 * Reads the dateline that opens a news lead: a place (and sometimes its country), usually a
 * date, and often the agency, before the first sentence.
 * <pre>
 * أستانا 9 يونيو 2017 / التقى الرئيس …
 * بكين 2 يونيو 2021 (شينخوا) قال الرئيس …
 * طشقند، أوزبكستان 3 مايو 2019 (شينخوا) …  (the country after the city)
 * الدوحة/المكتب الإعلامي/ 09 مايو 2016/ …   (an office between place and date)
 * قرطاج 10 سبتمبر 2015 وات …                (an agency without brackets)
 * بورتسودان 10-11-2023                     (numeric, on a line of its own)
 * عمان، 4 مايو (رويترز) - …                (no year: taken from the publication date)
 * عمان - 23 - 4 (كونا) -- …                 (day and month, no year)
 * القاهرة (أ ف ب) - …                       (no date: agency only)
 * </pre>
 * A place is one to three words of Arabic script at the start of the line; it must be followed
 * by a date, or by a known agency, so that an ordinary sentence is never read as a dateline.
 */
@Internal
public final class Datelines {

    /** Agencies whose credit marks a dateline (normalized forms). */
    private static final Set<String> AGENCIES = Set.of(
            "شينخوا", "واس", "وام", "كونا", "قنا", "بنا", "العمانيه", "سانا", "واج", "ومع", "بترا",
            "ا ش ا", "د ب ا", "ا ف ب", "رويترز", "الاناضول", "سبوتنيك", "يو بي اي", "معا", "وفا",
            "سبا", "الالمانيه", "اسوشيتد برس", "ايرنا", "تاس", "نوفوستي", "وات", "مهر", "ارنا", "فارس",
            "تسنيم", "سبوتنيك عربي", "العربيه نت", "رووداو", "ا ب", "بي بي سي");

    private static final String ARABIC_WORD = "[\\p{IsArabic}&&\\p{L}][\\p{IsArabic}&&\\p{L}\\-]*";
    private static final Pattern PLACE = Pattern.compile("^\\s*(?<place>" + ARABIC_WORD + "(?:\\s+" + ARABIC_WORD
            + "){0,2}?)(?:\\s*[,،]\\s*(?<country>" + ARABIC_WORD + "(?:\\s+" + ARABIC_WORD + ")?))?"
            + "\\s*[,،]?\\s*(?:[-–]\\s*)?(?:/\\s*(?<office>[^/\\d]{2,30}?)\\s*/\\s*)?"
            + "(?:" + ArabicDates.weekdayPattern() + "\\s*[,،]?\\s*)?(?=\\d|\\(|/|$)");
    private static final Pattern CREDIT = Pattern.compile(
            "^\\s*[-–]*\\s*(?:\\(\\s*(?<paren>[^()]{1,40}?)\\s*\\)|/\\s*(?<slash>[^/]{1,25}?)\\s*(?:/|$)|(?<bare>\\p{L}{2,12}"
                    + "(?:\\s\\p{L}{1,3}){0,2})(?=\\s|$))");
    /** Words that open stamps and credits, not datelines. */
    private static final Set<String> NOT_PLACES = Set.of("نشر", "منذ", "تاريخ", "الوقت", "اخر", "تحديث", "محدث", "بتاريخ",
            "يوم", "اليوم", "امس", "الساعه", "كتب", "بقلم", "المصدر", "التاريخ", "صوره");

    /** What follows a dateline's date: a bracket, a slash, a dash, a colon or a comma. */
    private static final Pattern SEPARATOR_AFTER = Pattern.compile("^\\s*[(/\\-–—:،,|]");

    /** A separator and what follows it, cut from a place. */
    private static final Pattern AFTER_SEPARATOR = Pattern.compile("[,،/]+.*$");
    /** Dashes ending a place. */
    private static final Pattern TRAILING_DASHES = Pattern.compile("[-–]+$");

    /** A day and month without a year, numeric: {@code 23 - 4}. */
    private static final Pattern DAY_MONTH = Pattern.compile("^(?<d>\\d{1,2})\\s*-\\s*(?<m>\\d{1,2})(?!\\s*[-/]\\s*\\d)");

    private Datelines() {
    }

    /**
     * A dateline read from the start of a line.
     *
     * @param place  the place as written (original spelling)
     * @param date   the date, if one was written
     * @param agency the agency credit (normalized form), if any
     * @param start  where the date starts in the normalized line, or -1
     * @param end    where the date ends in the normalized line, or -1
     */
    public record Dateline(String place, Optional<ArabicDates.Found> date, Optional<String> agency, int start, int end) {
    }

    /** Reads the dateline at the start of {@code line}, if it has one. */
    public static Optional<Dateline> read(String line) {
        return read(line, ArabicDates.normalize(line));
    }

    /** Characters a dateline's place, country, office and weekday take at most before its date or credit. */
    private static final int PLACE_REACH = 100;

    /**
     * Whether a line may open with a dateline: its place is followed, within {@value #PLACE_REACH}
     * characters, by a digit, a bracket or a slash — what {@link #PLACE} looks for after it — or
     * by a NEL, a line terminator its $ may stand before, let through as it always was. Most
     * lines of a story fail this at once. {@link #PLACE} may also end at the line's end, but a line
     * with no digit, bracket or slash gives no dateline even then: nothing follows the place to
     * hold a date or a credit, and an office needs its slashes ({@link #read}). Short headlines and
     * menu lines are such lines; on them, {@link #PLACE} backtracked through every way of cutting
     * their words before it matched.
     */
    private static boolean mayOpenWithDateline(String normalized) {
        int n = Math.min(normalized.length(), PLACE_REACH);
        if (normalized.length() > PLACE_REACH && !digitBracketOrSlash(normalized, n)) {
            return false;
        }
        // What PLACE reads before its look-ahead (place, country, separators, weekday) is letters, white
        // space and - – , ، only, in PLACE_WORDS runs at most; an office begins with a slash. So the
        // first other character must be the digit, bracket or slash the look-ahead wants, or a line
        // terminator its $ may stand before (NEL is no white space), and no more runs come before it;
        // a line with none gives no dateline (above). Tried at each way of cutting the words, PLACE
        // cost more than the rest of the dateline together on lines that have none.
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            int kind = c < PLACE_CHARS.length ? PLACE_CHARS[c] : placeChar(c);
            if (kind == OTHER) {
                return c >= '0' && c <= '9' || c == '(' || c == '/' || c == '\u0085';
            }
            boolean space = kind == SPACE;
            if (!space && !inRun && ++runs > PLACE_WORDS) {
                return false;
            }
            inRun = !space;
        }
        return false;
    }

    /**
     * The most runs of characters between white space that PLACE reads before its look-ahead: three
     * words of the place, a comma and two of the country, a comma, a dash, the weekday's words and a
     * comma after them.
     */
    private static final int PLACE_WORDS = 3 + 1 + 2 + 1 + 1
            + ArabicDates.weekdayWords().stream().mapToInt(w -> w.split(" ").length).max().orElse(1) + 1;

    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte WORD = 2;
    /** {@link #placeChar} of the characters up to the Arabic block's end, looked up. */
    private static final byte[] PLACE_CHARS = new byte[0x700];

    static {
        for (char c = 0; c < PLACE_CHARS.length; c++) {
            PLACE_CHARS[c] = placeChar(c);
        }
    }

    /**
     * White space, a letter or a separator PLACE reads before its look-ahead (a surrogate counts as
     * a letter, which it may be), or another character.
     */
    private static byte placeChar(char c) {
        if (Character.isWhitespace(c)) {
            return SPACE;
        }
        return Character.isLetter(c) || Character.isSurrogate(c) || "-–,،".indexOf(c) >= 0 ? WORD : OTHER;
    }

    /** Whether {@code s[0, n)} holds a digit, an opening bracket or a slash. */
    private static boolean digitBracketOrSlash(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '(' || c == '/') {
                return true;
            }
        }
        return false;
    }

    /** {@link #read} of a line whose {@link ArabicDates#normalize normalized} form is known. */
    public static Optional<Dateline> read(String line, String normalized) {
        return read(line, normalized, true);
    }

    /**
     * {@link #read(String, String)} without first checking that the line may open with a dateline
     * ({@link #mayOpenWithDateline}): the reference the tests hold that check to, since it may only
     * save readings that find none.
     */
    static Optional<Dateline> readWithoutCheck(String line, String normalized) {
        return read(line, normalized, false);
    }

    private static Optional<Dateline> read(String line, String normalized, boolean check) {
        if (check && !mayOpenWithDateline(normalized)) {
            return Optional.empty();
        }
        Matcher m = PLACE.matcher(normalized);
        // Anchored at the line's start: lookingAt tries that one place, where find would try every one.
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int placeWords = m.group("place").split(" ").length;
        for (String w : Patterns.WHITE_SPACE.split(m.group("place"))) {
            // A stamp's label, a relative time or an agency is no place: نشر، منذ، رويترز.
            if (NOT_PLACES.contains(w) || known(w)) {
                return Optional.empty();
            }
        }
        int at = m.end();
        Optional<ArabicDates.Found> date = Optional.empty();
        int start = -1;
        int end = -1;
        Optional<String> agency = Optional.empty();
        // An agency in brackets may come before the date: القاهرة (أ ف ب) 8 مارس …, عمان - (كونا)
        Matcher before = CREDIT.matcher(normalized.substring(at));
        if (before.lookingAt() && before.group("paren") != null) {
            String a = before.group("paren").strip();
            if (known(a)) {
                agency = Optional.of(a);
                at += before.end();
            }
        }
        String rest = normalized.substring(at).stripLeading();
        at = normalized.length() - rest.length();
        Optional<ArabicDates.Found> found = ArabicDates.at(rest, 0);
        if (found.isPresent()) {
            ArabicDates.Found f = found.get();
            date = Optional.of(new ArabicDates.Found(f.date(), f.time(), f.form(), f.start() + at, f.end() + at,
                    f.precision(), f.calendar(), f.weekday(), f.ambiguousOrder()));
            start = at + f.start();
            end = at + f.end();
            at = end;
        } else {
            Matcher dm = DAY_MONTH.matcher(rest);
            if (dm.find()) {
                try {
                    LocalDate d = LocalDate.of(2000, Integer.parseInt(dm.group("m")), Integer.parseInt(dm.group("d")));
                    date = Optional.of(new ArabicDates.Found(d, null, ArabicDates.Form.NAMED_NO_YEAR, at, at + dm.end(),
                            ArabicDates.Precision.DAY, ArabicDates.Calendar.GREGORIAN, null, false));
                    start = at;
                    end = at + dm.end();
                    at = end;
                } catch (java.time.DateTimeException e) {
                    // 31 - 2 is no date: no dateline date.
                }
            }
        }
        if (agency.isEmpty()) {
            Matcher credit = CREDIT.matcher(normalized.substring(at));
            if (credit.lookingAt()) {
                String a = credit.group("paren") != null ? credit.group("paren")
                        : credit.group("slash") != null ? credit.group("slash") : credit.group("bare");
                if (a != null && (credit.group("bare") == null || known(a.strip()))) {
                    agency = Optional.of(a.strip());
                }
            }
        }
        if (agency.isEmpty() && m.group("office") != null) {
            agency = Optional.of(m.group("office").strip());
        }
        boolean knownAgency = agency.map(Datelines::known).orElse(false);
        boolean alone = normalized.substring(at).strip().isEmpty();
        if (date.isPresent() && agency.isEmpty() && !alone && !SEPARATOR_AFTER.matcher(normalized.substring(at)).find()) {
            // "أعلنت الوزارة 21 مارس 2018 عن ...": a date in a sentence, not a dateline, which a
            // credit, a separator or the line's end always follows.
            return Optional.empty();
        }
        if (date.isEmpty() && !knownAgency) {
            return Optional.empty();
        }
        if (date.isPresent() && !date.get().complete() && !knownAgency && !alone) {
            // A day and month in running text (4 مايو ...) is a dateline only with an agency after it.
            if (date.get().form() != ArabicDates.Form.NAMED_NO_YEAR || agency.isEmpty()) {
                return Optional.empty();
            }
        }
        String[] words = Patterns.WHITE_SPACE.split(line.strip());
        StringBuilder place = new StringBuilder();
        for (int i = 0; i < placeWords && i < words.length; i++) {
            if (i > 0) {
                place.append(' ');
            }
            place.append(words[i]);
        }
        // Matched as a String, as every other text is: a second kind of CharSequence in the JIT's
        // profile of Matcher made it throw away and compile again the code that had inlined it.
        String p = TRAILING_DASHES.matcher(AFTER_SEPARATOR.matcher(place.toString()).replaceAll("")).replaceAll("").strip();
        return Optional.of(new Dateline(p, date, agency, start, end));
    }

    private static boolean known(String agency) {
        String a = Patterns.WHITE_SPACE.matcher(TextNormalizer.word(agency).replace(".", " ")).replaceAll(" ").strip();
        return AGENCIES.contains(a);
    }

    /** True when {@code line} opens with a dateline. */
    public static boolean startsWithDateline(String line) {
        return read(line).isPresent();
    }
}

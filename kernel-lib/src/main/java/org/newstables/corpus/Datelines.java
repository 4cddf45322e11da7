package org.newstables.corpus;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newstables.time.ArabicDates;

/**
 * Reads the dateline that opens a news lead: a place, usually a date, and often the agency,
 * before the first sentence.
 * <pre>
 * أستانا 9 يونيو 2017 / التقى الرئيس …
 * بكين 2 يونيو 2021 (شينخوا) قال الرئيس …
 * عمان، 4 مايو (رويترز) - …                (no year: taken from the publication date)
 * القاهرة (أ ف ب) - …                       (no date: agency only)
 * </pre>
 * A place is one to three words of Arabic script at the start of the line; it must be followed
 * by a date, or by a known agency in brackets, so that an ordinary sentence is never read as a
 * dateline.
 */
public final class Datelines {

    /** Agencies whose credit alone, without a date, marks a dateline (normalized forms). */
    private static final Set<String> AGENCIES = Set.of(
            "شينخوا", "واس", "وام", "كونا", "قنا", "بنا", "العمانيه", "سانا", "واج", "ومع", "بترا",
            "ا ش ا", "د ب ا", "ا ف ب", "رويترز", "الاناضول", "سبوتنيك", "يو بي اي", "معا", "وفا",
            "سبا", "الالمانيه", "اسوشيتد برس", "ايرنا", "تاس", "نوفوستي");

    private static final String ARABIC_WORD = "[\\p{IsArabic}&&\\p{L}][\\p{IsArabic}&&\\p{L}\\-]*";
    private static final Pattern PLACE = Pattern.compile("^(?<place>" + ARABIC_WORD + "(?:\\s+"
            + ARABIC_WORD + "){0,2}?)\\s*[,،]?\\s*(?:في\\s+)?(?:" + ArabicDates.weekdayPattern()
            + "\\s*[,،]?\\s*)?(?=\\d|\\(|/)");
    private static final Pattern CREDIT = Pattern.compile(
            "^\\s*(?:\\(\\s*(?<paren>[^()]{1,40}?)\\s*\\)|/\\s*(?<slash>[^/]{1,25}?)\\s*/)");

    private Datelines() {
    }

    /**
     * A dateline read from the start of a line.
     *
     * @param place  the place as written (original spelling)
     * @param date   the date, if one was written
     * @param agency the agency credit as written in brackets, if any (normalized form)
     */
    public record Dateline(String place, Optional<ArabicDates.Found> date, Optional<String> agency) {
    }

    /** Reads the dateline at the start of {@code line}, if it has one. */
    public static Optional<Dateline> read(String line) {
        return read(line, ArabicDates.normalize(line));
    }

    /** {@link #read} of a line whose {@link ArabicDates#normalize normalized} form is known. */
    static Optional<Dateline> read(String line, String normalized) {
        Matcher m = PLACE.matcher(normalized);
        if (!m.find()) {
            return Optional.empty();
        }
        int placeWords = m.group("place").split(" ").length;
        int at = m.end();
        Optional<ArabicDates.Found> date = ArabicDates.at(normalized, at);
        if (date.isPresent()) {
            at = date.get().end();
        }
        Optional<String> agency = Optional.empty();
        Matcher credit = CREDIT.matcher(normalized.substring(at));
        if (credit.find()) {
            String a = credit.group("paren") != null ? credit.group("paren") : credit.group("slash");
            agency = Optional.of(a.strip());
        }
        boolean knownAgency = agency.map(a -> AGENCIES.contains(a.replace(".", " ").replaceAll("\\s+", " ")))
                .orElse(false);
        if (date.isEmpty() && !knownAgency) {
            return Optional.empty();
        }
        String[] words = line.strip().split("\\s+");
        StringBuilder place = new StringBuilder();
        for (int i = 0; i < placeWords && i < words.length; i++) {
            if (i > 0) {
                place.append(' ');
            }
            place.append(words[i]);
        }
        String p = place.toString().replaceAll("[,،]$", "");
        return Optional.of(new Dateline(p, date, agency));
    }

    /** True when {@code line} opens with a dateline. */
    public static boolean startsWithDateline(String line) {
        return read(line).isPresent();
    }
}

package org.newstables.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newstables.text.Clitics;

/**
 * The ways one personal name is written in Arabic news, worked out from one spelling.
 * <ul>
 *   <li><b>Joints</b> ({@link #variants}): a compound written joined or spaced — عبدالله / عبد الله,
 *       نورالدين / نور الدين, أبوبكر / أبو بكر, قربانقولي / قربان قولي — and بن / ابن.</li>
 *   <li><b>Skeletons</b> ({@link #skeleton}): the key two transliterations of one foreign name share.
 *       Letters that transliterate one Latin sound are one class (ز ض ذ ظ; ج غ ك ق گ; ي ى ئ; و ؤ),
 *       long vowels inside the word are left out (زيلينسكي / زيلنسكي, توكاييف / توكايف), a doubled
 *       letter counts once, a leading article is left out (السيسي / سيسي). So أردوغان and أردوجان
 *       share {@code اردكن}.</li>
 * </ul>
 * A given name of Arabic origin is kept as written in its skeleton: Arabic names differ by exactly
 * the long vowels the skeleton leaves out (حسن / حسين، محمد / محمود، سعد / سعيد), and Arabic news
 * spells them one way.
 *
 * <p>Hand-written: neither ICU4J's transliterators nor Lucene's analysers fold the letters that
 * several transliteration habits give one foreign sound.
 */
final class NameForms {

    /** Heads of compound names, written joined or spaced with the next word. */
    private static final Set<String> COMPOUND_HEADS = Set.of("عبد", "ابو", "ابي", "ابا");
    /** Tails of compound names: نور الدين، عبد الله، عبد الرحمن. */
    private static final List<String> COMPOUND_TAILS = List.of("الدين", "الله", "الرحمن", "الاسلام");

    private NameForms() {
    }

    /** Whether the normalized word heads a compound name whose next word belongs to it (عبد، أبو). */
    public static boolean compoundHead(String norm) {
        return COMPOUND_HEADS.contains(norm);
    }

    /**
     * The other ways the normalized tokens of a personal name are written: each compound joined
     * and each joined compound spaced, and بن for ابن and back. The name itself is not in the list.
     */
    public static List<List<String>> variants(List<String> tokens) {
        Set<List<String>> out = new LinkedHashSet<>();
        // Compounds spaced (عبدالله → عبد الله) and joined (عبد الله → عبدالله), all of them at once.
        out.add(spaced(tokens));
        out.add(joinedCompounds(tokens));
        List<String> son = new ArrayList<>(tokens);
        for (int k = 1; k < son.size(); k++) {
            if (son.get(k).equals("بن")) {
                son.set(k, "ابن");
            } else if (son.get(k).equals("ابن")) {
                son.set(k, "بن");
            }
        }
        out.add(son);
        out.remove(tokens);
        return List.copyOf(out);
    }

    /**
     * The name with one pair of its words written as one (قربان قولي / قربانقولي), for each pair.
     * Only for exact matching: a joined form has no skeleton of its own, since the skeleton of a
     * long joined word meets ordinary words by chance (والأميرات / ويليام روتو).
     */
    public static List<List<String>> joins(List<String> tokens) {
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            List<String> joined = new ArrayList<>(tokens.subList(0, k));
            joined.add(tokens.get(k) + tokens.get(k + 1));
            joined.addAll(tokens.subList(k + 2, tokens.size()));
            out.add(joined);
        }
        return out;
    }

    private static List<String> spaced(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            // Loops, not streams: this runs for every alias of the lexicon while the matcher is made,
            // mostly before the JIT has compiled anything.
            String head = null;
            for (String h : COMPOUND_HEADS) {
                if (head == null && t.startsWith(h) && t.length() >= h.length() + 3) {
                    head = h;
                }
            }
            String tail = null;
            for (String x : COMPOUND_TAILS) {
                if (tail == null && t.endsWith(x) && t.length() >= x.length() + 2) {
                    tail = x;
                }
            }
            if (head != null && !t.equals(head)) {
                out.add(head);
                out.add(t.substring(head.length()));
            } else if (tail != null) {
                out.add(t.substring(0, t.length() - tail.length()));
                out.add(tail);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> joinedCompounds(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (k + 1 < tokens.size() && (COMPOUND_HEADS.contains(t) || COMPOUND_TAILS.contains(tokens.get(k + 1)))) {
                out.add(t + tokens.get(k + 1));
                k++;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The skeleton of one normalized name word (see the class comment); {@code arabicGivenName}
     * keeps the word as written, marked so that it meets only itself.
     */
    public static String skeleton(String norm, boolean arabicGivenName) {
        if (arabicGivenName) {
            // Its own key space: محمد never shares a skeleton with محمودي.
            return "#" + norm;
        }
        String s = Clitics.withoutLeadingArticle(norm);
        StringBuilder out = new StringBuilder(s.length());
        char last = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = letterClass(s.charAt(k));
            if (c == 0 || k > 0 && (c == 'ا' || c == 'و' || c == 'ي')) {
                continue;
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }

    /** The class of a letter: the letter that stands for all of its class; 0 for a letter left out (ء). */
    private static char letterClass(char c) {
        switch (c) {
            case 'ض': case 'ذ': case 'ظ':
                return 'ز';
            case 'ج': case 'غ': case 'ق': case 'گ':
                return 'ك';
            case 'ئ': case 'ى':
                return 'ي';
            case 'ؤ':
                return 'و';
            case 'ء': case '-': case '\'':
                return 0;
            default:
                return c;
        }
    }
}

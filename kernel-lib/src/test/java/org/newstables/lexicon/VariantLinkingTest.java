package org.newstables.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstables.Corpus;
import org.newstables.TextCorpora;
import org.newstables.Lexicon;
import tech.tablesaw.api.Row;

/**
 * Names written another way than the lexicon writes them: the spellings outlets use link to the
 * lexicon's entry, and names that only look alike (another given name, another person's surname)
 * do not. The sentences are written for these tests; the variants are generated from the built-in
 * lexicon by the rules transliterators follow, so that the rates below are measured on every
 * person the lexicon holds, not on a hand-picked few.
 */
class VariantLinkingTest {

    private static List<String> people(Corpus c) {
        List<String> out = new ArrayList<>();
        for (Row r : c.mentions()) {
            if (r.getString("type").equals("PERSON")) {
                out.add(r.getString("entity") + "=" + r.getString("surface"));
            }
        }
        return out;
    }

    @Test
    void theSpellingsOutletsUseLinkToTheEntry() {
        List<String> texts = List.of(
                "وقال الرئيس التركي أردوغان إن ... وأكد اردوغان أن ... ثم قال رجب طيب أردوجان إن ...",
                "وقال الرئيس الأوكراني فولوديمير زيلنسكي إن بلاده ... وأضاف زيلينسكي أن ...",
                "التقى الرئيس قاسم جومارت توكايف نظيره الصيني شي جين بينج.",
                "وصل الرئيس التركماني قربان قولي بيردي محمدوف، ثم قال قربانقولي بردي محمدوف إن ...",
                "استقبل العاهل الأردني الملك عبدالله الثاني الوفد، وقال الملك عبد الله الثاني إن ...");
        Corpus c = TextCorpora.of(texts);
        assertEquals(List.of("Recep Tayyip Erdogan=أردوغان", "Recep Tayyip Erdogan=اردوغان",
                "Recep Tayyip Erdogan=رجب طيب أردوجان",
                "Volodymyr Zelensky=فولوديمير زيلنسكي", "Volodymyr Zelensky=زيلينسكي",
                "Kassym-Jomart Tokayev=قاسم جومارت توكايف", "Xi Jinping=شي جين بينج",
                "Gurbanguly Berdimuhamedow=قربان قولي بيردي محمدوف", "Gurbanguly Berdimuhamedow=قربانقولي بردي محمدوف",
                "Abdullah II=عبدالله الثاني", "Abdullah II=عبد الله الثاني"), people(c));
    }

    /** The substitutions transliterators make, tried in turn: one letter for another of its class, a long vowel dropped or doubled. */
    private static final String[][] RULES = {{"غ", "ج"}, {"ج", "غ"}, {"ي", ""}, {"و", ""}, {"ز", "ذ"}, {"يي", "ي"}, {"ك", "ق"},
            {"ا", ""}};

    /** A variant of a name (normalized words): the first rule, from the {@code start}th on, that changes a non-Arabic name word inside. */
    private static String variant(List<String> tokens, NameWords words, int start) {
        for (int r = 0; r < RULES.length; r++) {
            String[] rule = RULES[(start + r) % RULES.length];
            for (int w = tokens.size() - 1; w >= 0; w--) {
                String word = tokens.get(w);
                if (word.length() < 4 || words.arabicGivenName(word) || word.startsWith("ال")) {
                    continue;
                }
                // Inside the word only: its first and last letters stay as they are.
                int at = word.indexOf(rule[0], 1);
                if (at > 0 && at + rule[0].length() < word.length()) {
                    List<String> out = new ArrayList<>(tokens);
                    out.set(w, word.substring(0, at) + rule[1] + word.substring(at + rule[0].length()));
                    return String.join(" ", out);
                }
            }
        }
        return null;
    }

    private static Map<String, Entry> fullNames(Lexicon people) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Entry e : people.entries()) {
            for (Alias a : e.aliases()) {
                if (!a.partial() && a.tokens().size() >= 2) {
                    out.putIfAbsent(String.join(" ", a.tokens()), e);
                }
            }
        }
        return out;
    }

    @Test
    void generatedVariantsOfEveryLexiconPersonLinkAndNothingElseDoes() {
        Lexicon people = Lexicon.people();
        NameWords words = NameWords.builtIn();
        Map<String, Entry> names = fullNames(people);
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int i = 0;
        for (Entry e : people.entries()) {
            Alias first = e.aliases().stream().filter(a -> !a.partial() && a.tokens().size() >= 2).findFirst().orElse(null);
            String v = first == null ? null : variant(first.tokens(), words, i++);
            if (v != null && !names.containsKey(v)) {
                texts.add("وقال " + v + " إن المحادثات مستمرة.");
                keys.add(e.key());
            }
        }
        Corpus c = TextCorpora.of(texts);
        java.util.Set<String> linked = new java.util.HashSet<>();
        List<String> wrongs = new ArrayList<>();
        List<String> ids = c.articles().stringColumn("id").asList();
        for (Row r : c.mentions()) {
            if (!r.getString("type").equals("PERSON") || !r.getString("source").equals("built-in")) {
                continue;
            }
            String want = keys.get(ids.indexOf(r.getString("article")));
            if (r.getString("entity").equals(want)) {
                linked.add(r.getString("article"));
            } else {
                wrongs.add(want + " → " + r.getString("entity") + " (" + r.getString("surface") + ")");
            }
        }
        int right = linked.size();
        int wrong = wrongs.size();
        System.out.printf("variants: %d generated, %d linked to their entry, %d mentions of another%n", texts.size(), right, wrong);
        // Measured when written: 1,995 variants, 1,712 (85.8%) linked to their entry, 1 to another
        // person (جورجيو, a joined variant of George Yeo's جورج يو, for Giorgio Napolitano). Most
        // misses are variants too short to tell apart (كايا كلاس) or parts shared by two people.
        assertTrue(right >= 0.8 * texts.size(), right + " of " + texts.size());
        assertTrue(wrong <= 0.005 * texts.size(), wrongs.toString());
    }

    /** Given names of the region, each tried in turn in place of a lexicon person's Arabic given name. */
    private static final List<String> OTHER_GIVEN = List.of("محمد", "خالد", "يوسف", "حسن", "سعيد", "كريم");

    @Test
    void anotherGivenNameWithAKnownSurnameIsAnotherPerson() {
        Lexicon people = Lexicon.people();
        NameWords words = NameWords.builtIn();
        Map<String, Entry> names = fullNames(people);
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Entry e : people.entries()) {
            Alias first = e.aliases().stream().filter(a -> !a.partial() && a.tokens().size() == 2).findFirst().orElse(null);
            if (first == null || !words.arabicGivenName(first.tokens().get(0))) {
                continue;
            }
            for (String given : OTHER_GIVEN) {
                String name = given + " " + first.tokens().get(1);
                if (!given.equals(first.tokens().get(0)) && !names.containsKey(name)) {
                    texts.add("وقال " + name + " إن المحادثات مستمرة.");
                    keys.add(e.key());
                    break;
                }
            }
        }
        Corpus c = TextCorpora.of(texts);
        List<String> ids = c.articles().stringColumn("id").asList();
        List<String> wrongs = new ArrayList<>();
        for (Row r : c.mentions()) {
            if (r.getString("type").equals("PERSON") && r.getString("entity").equals(keys.get(ids.indexOf(r.getString("article"))))) {
                wrongs.add(r.getString("surface") + " → " + r.getString("entity"));
            }
        }
        System.out.printf("near misses: %d written, %d linked to the lexicon person%n", texts.size(), wrongs.size());
        // Measured when written: 443 names (محمد عباس beside محمود عباس, …), none linked.
        assertTrue(texts.size() > 300, "names written: " + texts.size());
        assertEquals(List.of(), wrongs);
    }
}

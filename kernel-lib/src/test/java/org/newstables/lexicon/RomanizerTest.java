package org.newstables.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Latin labels for names no lexicon knows, made with ICU4J's Arabic-Latin transliterator. */
class RomanizerTest {

    private static final Romanizer NONE = new Romanizer(List.of());

    @Test
    void lettersWrittenAsTwoAreToldFromTwoLetters() {
        // ش ذ are sh dh; د+ح and ك+ح and س+ه are two consonants with a vowel between.
        assertEquals("Shahab", Romanizer.transliterate("شهاب"));
        assertEquals("Dhahbi", Romanizer.transliterate("ذهبي"));
        assertEquals("Dahman", Romanizer.transliterate("دحمان"));
        assertEquals("Kahlawi", Romanizer.transliterate("كحلاوي"));
    }

    @Test
    void theArticleAndNamesOfSeveralWords() {
        // The particles of names are written as news in English writes them.
        assertEquals("Kamal bin Dahman", NONE.label(List.of("كمال", "بن", "دحمان")));
        assertEquals("al-Amrani", Romanizer.transliterate("العمراني"));
    }

    @Test
    void aWordTheLexiconWritesBothWaysTakesItsSpelling() {
        Entry e = new Entry("Khalid Example", EntityType.PERSON, "Khaled Example", "خالد إكزامبل",
                List.of(Alias.parse("خالد إكزامبل", false)), "", "", Entry.Source.USER);
        assertEquals("Khaled Dahman", new Romanizer(List.of(e)).label(List.of("خالد", "دحمان")));
    }
}

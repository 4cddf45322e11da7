package org.newstables.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void placeDateAndSlash() {
        Datelines.Dateline d = Datelines.read("أستانا 9 يونيو 2017 / التقى الرئيس الصيني شي جين بينغ").orElseThrow();
        assertEquals("أستانا", d.place());
        assertEquals(LocalDate.of(2017, 6, 9), d.date().orElseThrow().date());
        assertTrue(d.agency().isEmpty());
    }

    @Test
    void placeDateAndAgency() {
        Datelines.Dateline d = Datelines.read("بكين 2 يونيو 2021 (شينخوا) قال الرئيس الصيني").orElseThrow();
        assertEquals("بكين", d.place());
        assertEquals(LocalDate.of(2021, 6, 2), d.date().orElseThrow().date());
        assertEquals("شينخوا", d.agency().orElseThrow());
    }

    @Test
    void multiWordPlaceWithCommaAndWeekday() {
        Datelines.Dateline d = Datelines.read("أبو ظبي، الأربعاء 2 حزيران/يونيو 2021 (وام) - أعلنت").orElseThrow();
        assertEquals("أبو ظبي", d.place());
        assertEquals(LocalDate.of(2021, 6, 2), d.date().orElseThrow().date());
        assertEquals("وام", d.agency().orElseThrow());
    }

    @Test
    void wireDatelineWithoutYearTakesTheYearBeforeTheReference() {
        Datelines.Dateline d = Datelines.read("عمان، 4 مايو (رويترز) - قال مسؤولون").orElseThrow();
        ArabicDates.Found f = d.date().orElseThrow();
        assertEquals(ArabicDates.Form.NAMED_NO_YEAR, f.form());
        assertEquals(LocalDate.of(2021, 5, 4), f.inYearBefore(LocalDate.of(2021, 5, 5)));
        assertEquals(LocalDate.of(2020, 5, 4), f.inYearBefore(LocalDate.of(2021, 1, 5)));
    }

    @Test
    void agencyOnly() {
        Datelines.Dateline d = Datelines.read("القاهرة (أ ف ب) - أعلنت الحكومة").orElseThrow();
        assertEquals("القاهرة", d.place());
        assertTrue(d.date().isEmpty());
    }

    @Test
    void aPlaceAsLongAsOneCanBeBeforeItsDate() {
        // Three words of place, two of country, commas, a dash and a weekday: as much as PLACE reads
        // before the date (Datelines looks no further for one).
        Datelines.Dateline d = Datelines.read("مدينة الكويت الجديدة ، دولة الكويت ، - الأربعاء ، 2 يونيو 2021 (كونا) - أعلنت")
                .orElseThrow();
        assertEquals("مدينة الكويت الجديدة", d.place());
        assertEquals(LocalDate.of(2021, 6, 2), d.date().orElseThrow().date());
        // One word more is no dateline.
        assertTrue(Datelines.read("مدينة الكويت الجديدة ، دولة الكويت ، - يوم الأربعاء ، 2 يونيو 2021 (كونا) - أعلنت").isEmpty());
    }

    @Test
    void ordinarySentencesAreNotDatelines() {
        assertTrue(Datelines.read("قال الرئيس الصيني شي جين بينغ إنه في المعركة ضد تفشي مرض (كوفيد-19)").isEmpty());
        assertTrue(Datelines.read("وقال شي (الرئيس) إن").isEmpty());
        assertTrue(Datelines.read("شي يدعو إلى بذل جهود مشتركة").isEmpty());
        assertTrue(Datelines.read("").isEmpty());
    }
}

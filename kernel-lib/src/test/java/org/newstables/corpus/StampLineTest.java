package org.newstables.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Stamp lines with web addresses: the cleaner tries its address patterns only on a line that may
 * hold one (:// or www., a dot before a Latin letter), so each form of address is checked here.
 */
class StampLineTest {

    private static boolean stamp(String line) {
        return PageCleaner.isStamp(new Line(1, line));
    }

    @Test
    void aDateWithTheSiteAddressIsAStampInEveryFormOfAddress() {
        assertTrue(stamp("2021-06-03 | example.com"));
        assertTrue(stamp("2021-06-03 | WWW.EXAMPLE.ORG"));
        assertTrue(stamp("2021-06-03 https://x"));
        // www. before Arabic letters is an address too (no Latin letter after its dot).
        assertTrue(stamp("03/06/2021 | www.مثال"));
        assertTrue(stamp("الساعة 10:30 بتوقيت مكة المكرمة"));
    }

    @Test
    void whatIsNoAddressLeavesTheLineText() {
        assertFalse(stamp("2021-06-03 نشر في موقع الخبر"));
        assertFalse(stamp("2021-06-03 | مثال.كوم"));
        assertFalse(stamp("2021-06-03 | a.b"));
        assertFalse(stamp("نشر في 2021-06-03 hxxp://x"));
    }
}

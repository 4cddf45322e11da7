package org.newstables.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The chart font: DejaVu Sans, which has Arabic glyphs, loaded from the class path (the
 * jasperreports-fonts jar on Maven Central) so that Arabic labels render on a machine with no
 * Arabic font installed. Java2D's text layout shapes the Arabic letters and lays the words out right
 * to left; the font only has to have the glyphs.
 */
final class ChartFonts {

    private static final String REGULAR = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final Font BASE = load(REGULAR);
    private static final Font BASE_BOLD = load(BOLD);

    private ChartFonts() {
    }

    /** The regular font at {@code size} points. */
    public static Font regular(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    /** The bold font at {@code size} points. */
    public static Font bold(float size) {
        return BASE_BOLD.deriveFont(Font.BOLD, size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}

package org.newstables.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.newstables.common.Internal;

/** Charts as files and bytes, through XChart's encoders: PNG at {@link ChartStyle#DPI} dpi and SVG. */
@Internal
public final class ChartFiles {

    private ChartFiles() {
    }

    /**
     * Writes {@code chart} as {@code base}.png (at {@link ChartStyle#DPI} dpi, so twice its pixel size) and
     * {@code base}.svg; {@code base} is a path without an extension.
     */
    public static void save(Chart<?, ?> chart, Path base) {
        try {
            Path dir = base.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            BitmapEncoder.saveBitmapWithDPI(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG, ChartStyle.DPI);
            VectorGraphicsEncoder.saveVectorGraphic(chart, base.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart as PNG bytes at {@link ChartStyle#DPI} dpi, for notebooks and web pages. */
    public static byte[] png(Chart<?, ?> chart) {
        double scale = ChartStyle.DPI / 72.0;
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(
                (int) (chart.getWidth() * scale), (int) (chart.getHeight() * scale),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.newstables.charts;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.newstables.common.Internal;

/**
 * Charts as files and bytes: PNG at {@link ChartStyle#DPI} dpi through the JDK's ImageIO PNG writer, SVG
 * through XChart's {@code VectorGraphicsEncoder}.
 */
@Internal
public final class ChartFiles {

    private ChartFiles() {
    }

    /**
     * Writes {@code chart} as {@code base}.png (at {@link ChartStyle#DPI} dpi, so twice its pixel size) and
     * {@code base}.svg; {@code base} is a path without an extension. The PNG file holds the same bytes as
     * XChart's {@code BitmapEncoder.saveBitmapWithDPI} writes (which leaves
     * the tail of an older, longer file of that name in place; this replaces the file).
     */
    public static void save(Chart<?, ?> chart, Path base) {
        try {
            Path dir = base.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path png = Path.of(base + ".png");
            // The stream writes over a file in place: an older, longer file would keep its tail.
            Files.deleteIfExists(png);
            try (ImageOutputStream out = new FileImageOutputStream(png.toFile())) {
                writePng(image(chart), ChartStyle.DPI, out);
            }
            VectorGraphicsEncoder.saveVectorGraphic(chart, base.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart as PNG bytes at {@link ChartStyle#DPI} dpi, for notebooks and web pages. */
    public static byte[] png(Chart<?, ?> chart) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writePng(image(chart), 0, out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The chart drawn at {@link ChartStyle#DPI} dpi, as XChart's {@code BitmapEncoder} draws it, in an
     * image whose rows are read in place. The PNG writer of JDK 17 asks the image for each row with
     * {@link BufferedImage#getData(Rectangle)}, which a {@code BufferedImage} answers with a copy in a new
     * raster: for a chart of 1,800 × 1,040 pixels, 1,040 rasters made and filled, a third of the writer's
     * time in a fresh JVM (async-profiler). Here each row is a child of the image's own raster, sharing its
     * pixels; the writer only reads them, so the file is the same ({@code ChartsTest} compares the bytes
     * with XChart's and ImageIO's). JDK 21's writer reads a {@code BufferedImage}'s raster directly.
     */
    private static BufferedImage image(Chart<?, ?> chart) {
        double scale = ChartStyle.DPI / 72.0;
        BufferedImage image = new BufferedImage((int) (chart.getWidth() * scale), (int) (chart.getHeight() * scale),
                BufferedImage.TYPE_INT_RGB) {
            @Override
            public Raster getData(Rectangle rect) {
                return getRaster().createChild(rect.x, rect.y, rect.width, rect.height, rect.x, rect.y, null);
            }
        };
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes {@code image} as PNG with the JDK's writer and its default settings; {@code dpi} above 0 is
     * recorded in the file (its pHYs chunk), as XChart's {@code BitmapEncoder.saveBitmapWithDPI} records it.
     */
    static void writePng(BufferedImage image, int dpi, ImageOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = null;
            if (dpi > 0) {
                metadata = writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromBufferedImageType(image.getType()), param);
                // The standard metadata format gives pixel sizes in millimetres.
                String millimetres = Double.toString(1.0 * dpi / 10 / 2.54);
                IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
                horizontal.setAttribute("value", millimetres);
                IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
                vertical.setAttribute("value", millimetres);
                IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
                dimension.appendChild(horizontal);
                dimension.appendChild(vertical);
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
                root.appendChild(dimension);
                metadata.mergeTree("javax_imageio_1.0", root);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }
}

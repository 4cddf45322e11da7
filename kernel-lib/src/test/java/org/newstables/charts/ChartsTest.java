package org.newstables.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.newstables.ChartText;
import org.newstables.Charts;
import org.newstables.Corpus;
import org.newstables.Kind;
import org.newstables.Lexicon;
import org.newstables.Measure;
import org.newstables.Per;
import org.newstables.common.NewsTablesException;

class ChartsTest {

    /**
     * Three dated articles written for these tests: 2017 (China and Tajikistan; energy, agriculture),
     * 2020 (China and Kazakhstan; trade, energy, agriculture, health), 2021 (China and sixteen Arab
     * countries, and وعمان, Oman or Amman, which is neither; trade). None in 2018 and 2019.
     */
    private static final String[] TEXTS = {
        "التقى الرئيس الصيني شي جين بينغ رئيس طاجيكستان في أستانا، وبحثا التعاون في مجال الطاقة والزراعة."
                + " وقال شي إن الصين وطاجيكستان شريكان.",
        "بحثت الصين وقازاقستان التجارة والطاقة والزراعة. وأكد الرئيس قاسم جومارت توكاييف أهمية الصحة.",
        "وقعت الصين ومصر والسعودية والإمارات والعراق والأردن وسوريا ولبنان والمغرب والجزائر وتونس وليبيا والسودان"
                + " وعمان وقطر والكويت والبحرين واليمن اتفاقا للتجارة."};

    private static Corpus corpus(String... dates) {
        return Corpus.from(tech.tablesaw.api.Table.create("charts",
                tech.tablesaw.api.StringColumn.create("id", "c1", "c2", "c3"),
                tech.tablesaw.api.StringColumn.create("date", dates),
                tech.tablesaw.api.StringColumn.create("text", TEXTS)));
    }

    private static final Corpus CHART = corpus("2017-06-09", "2020-03-24", "2021-06-02");
    /** The same articles, only the second dated. */
    private static final Corpus MOSTLY_UNDATED = corpus("", "2020-03-24", "");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void theChartFontHasArabicGlyphs() {
        assertEquals(-1, ChartFonts.regular(12).canDisplayUpTo("الصين وطاجيكستان والتعاون"));
        assertEquals("DejaVu Sans", ChartFonts.regular(12).getFamily());
    }

    @Test
    void timelineHasOneSeriesPerKeyWithEveryYear() {
        XYChart chart = Charts.timeline(CHART.timeline(Per.YEAR, Kind.THEME));
        assertEquals(11, chart.getSeriesMap().size());
        // 2017 to 2021.
        assertEquals(5, chart.getSeriesMap().get("Health").getXData().length);
        assertEquals("Themes over time (per 1,000 words)", chart.getTitle());
        XYChart arabic = Charts.timeline(CHART.timeline(Per.YEAR, Kind.THEME), ChartText.ARABIC);
        assertTrue(arabic.getSeriesMap().containsKey("الصحة"));
        assertTrue(arabic.getTitle().startsWith("الموضوعات"));
    }

    @Test
    void undatedMentionsAreNamedInTheTitleWhenItFits() {
        // Tajikistan: طاجيكستان twice in c1, undated here.
        XYChart chart = Charts.timeline(MOSTLY_UNDATED.timeline(Per.YEAR, Kind.ENTITY, "TJ"), ChartText.ENGLISH, Measure.COUNT);
        assertTrue(chart.getTitle().contains("2 mentions in undated articles not shown"), chart.getTitle());
    }

    @Test
    void barsHeatmapAndTopTerms() {
        CategoryChart bars = Charts.timelineBars(CHART.timeline(Per.YEAR, Kind.ENTITY, "TJ", "KZ"));
        assertEquals(List.of("Tajikistan", "Kazakhstan"), new ArrayList<>(bars.getSeriesMap().keySet()));
        // Tajikistan's mentions are all in the undated c1 here: no bar, and its legend entry says 0.
        CategoryChart undated = Charts.timelineBars(MOSTLY_UNDATED.timeline(Per.YEAR, Kind.ENTITY, "TJ", "KZ"));
        assertEquals(List.of("Tajikistan (0)", "Kazakhstan"), new ArrayList<>(undated.getSeriesMap().keySet()));
        // Two keys of one label are both drawn, the second named by its key as well.
        org.newstables.Lexicon same = org.newstables.Lexicon.builder().add("X1", "COUNTRY", "Same", "سواء", "طاجيكستان")
                .add("X2", "COUNTRY", "Same", "سواء", "قازاقستان").build();
        CategoryChart twins = Charts.timelineBars(CHART.withLexicon(same).timeline(Per.YEAR, Kind.ENTITY, "X1", "X2"));
        assertEquals(List.of("Same", "Same (X2)"), new ArrayList<>(twins.getSeriesMap().keySet()));
        // Past the series cap, keys without a dated mention rank by their undated ones: those the
        // undated article names are drawn (with 0), the rest are folded into "other" (which has no 0).
        Corpus folded = Corpus.from(tech.tablesaw.api.Table.create("folded",
                tech.tablesaw.api.StringColumn.create("id", "d1", "u1"),
                tech.tablesaw.api.StringColumn.create("date", "2020-01-05", ""),
                tech.tablesaw.api.StringColumn.create("text", "التقى مسؤولون من طاجيكستان في دوشنبه.",
                        "زار الوفد الإمارات و الأردن و مصر و السعودية و تركيا و الهند.")));
        CategoryChart many = Charts.timelineBars(folded.timeline(Per.YEAR, Kind.ENTITY,
                "TJ", "KZ", "UZ", "KG", "TM", "AF", "RU", "CN", "IR", "PK", "IN", "TR", "JO", "EG", "SA", "AE"));
        List<String> legend = new ArrayList<>(many.getSeriesMap().keySet());
        assertEquals("Tajikistan", legend.get(0));
        for (String named : List.of("India (0)", "Turkey (0)", "Jordan (0)", "Egypt (0)", "Saudi Arabia (0)", "United Arab Emirates (0)")) {
            assertTrue(legend.contains(named), named + " missing from " + legend);
        }
        assertEquals("other (5)", legend.get(legend.size() - 1));
        // The most frequent term is صين (الصيني, الصين twice more and once in each other article), shown as الصين.
        CategoryChart top = Charts.topTerms(CHART.topTerms(10), ChartText.ARABIC);
        assertEquals("الصين", top.getSeriesMap().values().iterator().next().getXData().iterator().next());
        HeatMapChart heat = Charts.heatmap(CHART.cooccurrence());
        assertEquals(1, heat.getSeriesMap().size());
    }

    @Test
    void dispersionHasOneSeriesPerTermAndOneRowPerArticle() {
        XYChart chart = Charts.dispersion(CHART.dispersion("الصين", "التجارة"));
        assertEquals(List.of("الصين", "التجارة"), new ArrayList<>(chart.getSeriesMap().keySet()));
        // Every token with the stem صين: الصيني and الصين in c1, الصين in c2 and c3.
        assertEquals(4, chart.getSeriesMap().get("الصين").getXData().length);
        assertTrue(Charts.png(chart).length > 10_000);
    }

    @Test
    void blankTickLabelsStayShorterThanTheRealOnes() {
        // XChart sizes the tick-label band by the longest label (in chars): blanks that grew longer
        // than "2013" left thirteen rotated year labels cut to "2C" on a yearly timeline.
        java.util.function.Function<Double, String> labels = ChartStyle.uniqueTicks(
                x -> Math.abs(x - Math.round(x)) < 1e-6 ? String.valueOf(2013 + Math.round(x)) : " ");
        java.util.Set<String> blanks = new java.util.HashSet<>();
        for (int i = 0; i <= 12 * 8; i++) {
            String l = labels.apply(i / 8.0);
            if (i % 8 == 0) {
                assertEquals(String.valueOf(2013 + i / 8), l);
            } else {
                assertTrue(ChartStyle.drawsNothing(l), l);
                assertTrue(l.length() < 4, "a blank of " + l.length() + " chars");
                assertTrue(blanks.add(l), "blanks differ");
            }
        }
    }

    @Test
    void theDispersionChartLabelsEveryArticleRow() throws IOException {
        for (ChartText text : ChartText.values()) {
            tech.tablesaw.api.Table d = CHART.dispersion("شي", "التجارة", "توكاييف");
            XYChart chart = Charts.dispersion(d, text);
            // Record what XChart asks the axis for while it draws: one label per article row.
            java.util.function.Function<Double, String> labels = chart.getStyler().getyAxisTickLabelsFormattingFunction();
            java.util.Set<String> drawn = new java.util.TreeSet<>();
            chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> {
                String l = labels.apply(y);
                if (!ChartStyle.drawsNothing(l)) {
                    drawn.add(l);
                }
                return l;
            });
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> Charts.png(chart));
            assertEquals(new java.util.TreeSet<>(d.stringColumn("article").unique().asList()), drawn, text.name());
        }
    }

    @Test
    void dispersionRowsWhoseLabelsCollideStillDrawEveryRow() {
        // Ids that agree in their first 24 characters are cut to one label; XChart 3.8.8 would then
        // look for distinct tick labels for ever. Each is drawn, in a few seconds at the most.
        tech.tablesaw.api.StringColumn article = tech.tablesaw.api.StringColumn.create("article");
        tech.tablesaw.api.StringColumn term = tech.tablesaw.api.StringColumn.create("term");
        tech.tablesaw.api.DoubleColumn relative = tech.tablesaw.api.DoubleColumn.create("relative");
        for (int i = 7; i >= 0; i--) {
            for (String t : List.of("شي", "رحمن")) {
                article.append("2021/june/a-very-long-name-" + i);
                term.append(t);
                relative.append(0.5);
            }
        }
        tech.tablesaw.api.Table d = tech.tablesaw.api.Table.create("d", article, term, relative);
        byte[] png = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> Charts.png(Charts.dispersion(d)));
        assertTrue(png.length > 5_000);
    }

    @Test
    void titlesFitTheChartAndAnUndatedNoteMovesUnderThePlotWhenTheyWouldNot() {
        Corpus undated = MOSTLY_UNDATED;
        // Long legend labels leave the title little room: the note goes to the axis title.
        Lexicon long_ = Lexicon.builder().add("TJ", "COUNTRY", "The Republic of Tajikistan in Central Asia, a long name",
                "طاجيكستان", "طاجيكستان").build();
        XYChart chart = Charts.timeline(undated.withLexicon(long_).timeline(Per.YEAR, Kind.ENTITY, "TJ"), ChartText.ENGLISH, Measure.COUNT);
        double legend = org.newstables.charts.ChartStyle.legendWidth(chart.getSeriesMap().keySet(), chart.getStyler().getLegendFont());
        assertTrue(org.newstables.charts.ChartStyle.width(chart.getTitle(), chart.getStyler().getChartTitleFont())
                <= Charts.WIDTH - legend - 20, chart.getTitle());
        assertTrue(chart.getXAxisTitle().contains("mentions in undated articles not shown"), chart.getXAxisTitle());
        for (ChartText text : ChartText.values()) {
            for (org.knowm.xchart.internal.chartpart.Chart<?, ?> c : List.of(Charts.timeline(CHART.timeline(Per.MONTH), text),
                    Charts.timelineBars(CHART.timeline(Per.YEAR, Kind.THEME), text), Charts.heatmap(CHART.cooccurrence(), text),
                    Charts.topTerms(CHART.topTerms(20), text), Charts.dispersion(CHART.dispersion("شي"), text))) {
                double l = c.getStyler().isLegendVisible()
                        ? org.newstables.charts.ChartStyle.legendWidth(c.getSeriesMap().keySet(), c.getStyler().getLegendFont()) : 0;
                assertTrue(org.newstables.charts.ChartStyle.width(c.getTitle(), c.getStyler().getChartTitleFont())
                        <= c.getWidth() - l - 20, text + ": " + c.getTitle());
            }
        }
    }

    @Test
    void ratesHaveGapsWherePeriodsHaveNoArticlesAndEqualSeriesDoNotHideEachOther() {
        // No article in 2018 and 2019: their rates are 0/0, drawn as gaps.
        XYChart themes = Charts.timeline(CHART.timeline(Per.YEAR, Kind.THEME));
        double[] health = themes.getSeriesMap().get("Health").getYData();
        assertTrue(Double.isNaN(health[1]) && Double.isNaN(health[2]) && !Double.isNaN(health[0]), java.util.Arrays.toString(health));
        // Energy and Agriculture have the same counts every year (once in 2017 and 2020): drawn side by
        // side, not on top.
        double[] energy = themes.getSeriesMap().get("Energy").getXData();
        double[] agriculture = themes.getSeriesMap().get("Agriculture").getXData();
        assertTrue(energy[0] != agriculture[0] && Math.abs(energy[0] - agriculture[0]) < 0.2);
    }

    @Test
    void manySeriesGetOpaqueDistinctColoursAndTheSmallestAreFoldedIntoOther() {
        XYChart themes = Charts.timeline(CHART.timeline(Per.YEAR, Kind.THEME));
        for (java.awt.Color c : themes.getStyler().getSeriesColors()) {
            assertEquals(255, c.getAlpha(), "a translucent colour mixes where lines cross");
        }
        assertEquals(12, new java.util.HashSet<>(List.of(themes.getStyler().getSeriesColors())).size());
        // 22 entities (China, Xi, Tajikistan, Astana, Kazakhstan, Tokayev and sixteen Arab countries; وعمان
        // is Oman or Amman, and neither): the eleven most mentioned, then "other (11)" with the rest summed.
        tech.tablesaw.api.Table t = CHART.timeline(Per.YEAR, Kind.ENTITY);
        List<String> keys = t.stringColumn("key").unique().asList();
        assertEquals(22, keys.size(), keys.toString());
        XYChart many = Charts.timeline(t, ChartText.ENGLISH, Measure.COUNT);
        assertEquals(12, many.getSeriesMap().size());
        String other = "other (" + (keys.size() - 11) + ")";
        assertTrue(many.getSeriesMap().containsKey(other), many.getSeriesMap().keySet().toString());
        double shown = 0;
        for (org.knowm.xchart.XYSeries s : many.getSeriesMap().values()) {
            for (double y : s.getYData()) {
                shown += y;
            }
        }
        double dated = t.where(t.stringColumn("period").isNotEqualTo("undated")).intColumn("mentions").sum();
        assertEquals(dated, shown, 1e-9, "folding must not lose mentions");
    }

    @Test
    void pngIsTwiceTheChartSizeAndSaveWritesPngAndSvg(@TempDir Path dir) throws IOException {
        XYChart chart = Charts.timeline(CHART.timeline(Per.YEAR, Kind.THEME), ChartText.ARABIC);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Charts.png(chart)));
        assertEquals(2 * Charts.WIDTH, image.getWidth());
        assertEquals(2 * Charts.HEIGHT, image.getHeight());
        Charts.save(chart, dir.resolve("themes"));
        assertTrue(Files.size(dir.resolve("themes.png")) > 20_000);
        assertTrue(Files.readString(dir.resolve("themes.svg")).contains("<svg"));
        assertEquals(2 * Charts.WIDTH, ImageIO.read(dir.resolve("themes.png").toFile()).getWidth());
    }

    @Test
    void pngFilesHoldTheBytesXChartsEncoderWritesAndReplaceAnOlderFile(@TempDir Path dir) throws IOException {
        List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts = List.of(
                Charts.timeline(CHART.timeline(Per.YEAR, Kind.THEME), ChartText.ARABIC),
                Charts.timelineBars(CHART.timeline(Per.YEAR, Kind.ENTITY)),
                Charts.heatmap(CHART.cooccurrence(), ChartText.ARABIC));
        for (int i = 0; i < charts.size(); i++) {
            org.knowm.xchart.internal.chartpart.Chart<?, ?> chart = charts.get(i);
            // XChart's stacked bars differ in a few thousand edge pixels between a chart's first drawing and
            // the next, and between a drawing that follows an SVG one and the next (its own encoders write
            // the same): each comparison here is of two drawings in a row that follow a PNG one.
            Charts.png(chart);

            // Without the dpi: what ImageIO.write makes of the same drawing.
            BufferedImage image = new BufferedImage(2 * chart.getWidth(), 2 * chart.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.scale(2, 2);
            chart.paint(g, chart.getWidth(), chart.getHeight());
            g.dispose();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            org.junit.jupiter.api.Assertions.assertArrayEquals(bytes.toByteArray(), Charts.png(chart), "chart " + i);

            Path xchart = dir.resolve("xchart" + i);
            org.knowm.xchart.BitmapEncoder.saveBitmapWithDPI(chart, xchart.toString(),
                    org.knowm.xchart.BitmapEncoder.BitmapFormat.PNG, Charts.DPI);
            Path ours = dir.resolve("ours" + i);
            // An older, longer file of the same name is replaced, not written over in place.
            Files.write(Path.of(ours + ".png"), new byte[3_000_000]);
            Charts.save(chart, ours);
            byte[] expected = Files.readAllBytes(Path.of(xchart + ".png"));
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, Files.readAllBytes(Path.of(ours + ".png")),
                    "chart " + i);
        }
    }

    @Test
    void chartsOfACorpusWithNothingToShowStillRender() {
        Corpus empty = Corpus.from(tech.tablesaw.api.Table.create("t",
                tech.tablesaw.api.StringColumn.create("text", "نص قصير بلا تاريخ ولا أسماء")));
        XYChart line = Charts.timeline(empty.timeline(Per.YEAR, Kind.THEME));
        assertTrue(line.getTitle().endsWith("no data"), line.getTitle());
        assertTrue(Charts.png(line).length > 1000);
        assertTrue(Charts.png(Charts.timelineBars(empty.timeline(Per.YEAR, Kind.THEME))).length > 1000);
        assertTrue(Charts.png(Charts.heatmap(empty.cooccurrence())).length > 1000);
        assertTrue(Charts.png(Charts.topTerms(empty.topTerms(0))).length > 1000);
    }

    @Test
    void aWrongTableSaysWhichTableTheChartNeeds() {
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Charts.timeline(CHART.articles()));
        assertTrue(e.getMessage().contains("Corpus.timeline(...)"), e.getMessage());
    }
}

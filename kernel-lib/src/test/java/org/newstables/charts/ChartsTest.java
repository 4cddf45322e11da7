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
import org.newstables.Kind;
import org.newstables.ChartText;
import org.newstables.Lexicon;
import org.newstables.Charts;
import org.newstables.Measure;
import org.newstables.Corpus;
import org.newstables.NewsTablesException;
import org.newstables.Per;

class ChartsTest {

    private static final Corpus SEEDS = Corpus.seeds();

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
        XYChart chart = Charts.timeline(SEEDS.timeline(Per.YEAR, Kind.THEME));
        assertEquals(11, chart.getSeriesMap().size());
        assertEquals(6, chart.getSeriesMap().get("Health").getXData().length);
        assertEquals("Themes over time (per 1,000 words)", chart.getTitle());
        XYChart arabic = Charts.timeline(SEEDS.timeline(Per.YEAR, Kind.THEME), ChartText.ARABIC);
        assertTrue(arabic.getSeriesMap().containsKey("الصحة"));
        assertTrue(arabic.getTitle().startsWith("الموضوعات"));
    }

    @Test
    void undatedMentionsAreNamedInTheTitleWhenItFits(@TempDir Path dir) {
        org.newstables.corpus.CorpusFiles.copySeedTexts(dir);
        XYChart chart = Charts.timeline(Corpus.load(dir).timeline(Per.YEAR, Kind.ENTITY, "TJ"), ChartText.ENGLISH, Measure.COUNT);
        assertTrue(chart.getTitle().contains("41 mentions in undated articles not shown"), chart.getTitle());
    }

    @Test
    void barsHeatmapAndTopTerms() {
        CategoryChart bars = Charts.timelineBars(SEEDS.timeline(Per.YEAR, Kind.ENTITY, "TJ", "KZ"));
        assertEquals(List.of("Tajikistan", "Kazakhstan"), new ArrayList<>(bars.getSeriesMap().keySet()));
        CategoryChart top = Charts.topTerms(SEEDS.topTerms(10), ChartText.ARABIC);
        assertEquals("الصين", top.getSeriesMap().values().iterator().next().getXData().iterator().next());
        HeatMapChart heat = Charts.heatmap(SEEDS.cooccurrence());
        assertEquals(1, heat.getSeriesMap().size());
    }

    @Test
    void dispersionHasOneSeriesPerTermAndOneRowPerArticle() {
        XYChart chart = Charts.dispersion(SEEDS.dispersion("شي", "رحمن"));
        assertEquals(List.of("شي", "رحمن"), new ArrayList<>(chart.getSeriesMap().keySet()));
        // Every شي token of the seeds, with the two لشي whose ل the pattern strips: the 36 Xi mentions.
        assertEquals(36, chart.getSeriesMap().get("شي").getXData().length);
        assertTrue(Charts.png(chart).length > 10_000);
    }

    @Test
    void theDispersionChartLabelsEveryArticleRow() throws IOException {
        for (ChartText text : ChartText.values()) {
            tech.tablesaw.api.Table d = SEEDS.dispersion("شي", "رحمن", "توكاييف");
            XYChart chart = Charts.dispersion(d, text);
            // Record what XChart asks the axis for while it draws: one label per article row.
            java.util.function.Function<Double, String> labels = chart.getStyler().getyAxisTickLabelsFormattingFunction();
            java.util.Set<String> drawn = new java.util.TreeSet<>();
            chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> {
                String l = labels.apply(y);
                if (!l.replace("\u200B", "").isBlank()) {
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
    void titlesFitTheChartAndAnUndatedNoteMovesUnderThePlotWhenTheyWouldNot(@TempDir Path dir) {
        org.newstables.corpus.CorpusFiles.copySeedTexts(dir);
        Corpus undated = Corpus.load(dir);
        // Long legend labels leave the title little room: the note goes to the axis title.
        Lexicon long_ = Lexicon.builder().add("TJ", "COUNTRY", "The Republic of Tajikistan in Central Asia, a long name",
                "طاجيكستان", "طاجيكستان").build();
        XYChart chart = Charts.timeline(undated.withLexicon(long_).timeline(Per.YEAR, Kind.ENTITY, "TJ"), ChartText.ENGLISH, Measure.COUNT);
        double legend = org.newstables.charts.ChartStyle.legendWidth(chart.getSeriesMap().keySet(), chart.getStyler().getLegendFont());
        assertTrue(org.newstables.charts.ChartStyle.width(chart.getTitle(), chart.getStyler().getChartTitleFont())
                <= Charts.WIDTH - legend - 20, chart.getTitle());
        assertTrue(chart.getXAxisTitle().contains("mentions in undated articles not shown"), chart.getXAxisTitle());
        for (ChartText text : ChartText.values()) {
            for (org.knowm.xchart.internal.chartpart.Chart<?, ?> c : List.of(Charts.timeline(SEEDS.timeline(Per.MONTH), text),
                    Charts.timelineBars(SEEDS.timeline(Per.YEAR, Kind.THEME), text), Charts.heatmap(SEEDS.cooccurrence(), text),
                    Charts.topTerms(SEEDS.topTerms(20), text), Charts.dispersion(SEEDS.dispersion("شي"), text))) {
                double l = c.getStyler().isLegendVisible()
                        ? org.newstables.charts.ChartStyle.legendWidth(c.getSeriesMap().keySet(), c.getStyler().getLegendFont()) : 0;
                assertTrue(org.newstables.charts.ChartStyle.width(c.getTitle(), c.getStyler().getChartTitleFont())
                        <= c.getWidth() - l - 20, text + ": " + c.getTitle());
            }
        }
    }

    @Test
    void ratesHaveGapsWherePeriodsHaveNoArticlesAndEqualSeriesDoNotHideEachOther() {
        // The seeds have no article in 2018 and 2019: their rates are 0/0, drawn as gaps.
        XYChart themes = Charts.timeline(SEEDS.timeline(Per.YEAR, Kind.THEME));
        double[] health = themes.getSeriesMap().get("Health").getYData();
        assertTrue(Double.isNaN(health[1]) && Double.isNaN(health[2]) && !Double.isNaN(health[0]), java.util.Arrays.toString(health));
        // Energy and Agriculture have the same counts every year: drawn side by side, not on top.
        double[] energy = themes.getSeriesMap().get("Energy").getXData();
        double[] agriculture = themes.getSeriesMap().get("Agriculture").getXData();
        assertTrue(energy[0] != agriculture[0] && Math.abs(energy[0] - agriculture[0]) < 0.2);
    }

    @Test
    void manySeriesGetOpaqueDistinctColoursAndTheSmallestAreFoldedIntoOther() {
        XYChart themes = Charts.timeline(SEEDS.timeline(Per.YEAR, Kind.THEME));
        for (java.awt.Color c : themes.getStyler().getSeriesColors()) {
            assertEquals(255, c.getAlpha(), "a translucent colour mixes where lines cross");
        }
        assertEquals(12, new java.util.HashSet<>(List.of(themes.getStyler().getSeriesColors())).size());
        // Fourteen keys: the eleven most mentioned, then "other (3)" with the rest summed.
        tech.tablesaw.api.Table t = SEEDS.timeline(Per.YEAR, Kind.ENTITY);
        List<String> keys = t.stringColumn("key").unique().asList();
        assertTrue(keys.size() > 14, "entities on the seeds: " + keys.size());
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
        XYChart chart = Charts.timeline(SEEDS.timeline(Per.YEAR, Kind.THEME), ChartText.ARABIC);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Charts.png(chart)));
        assertEquals(2 * Charts.WIDTH, image.getWidth());
        assertEquals(2 * Charts.HEIGHT, image.getHeight());
        Charts.save(chart, dir.resolve("themes"));
        assertTrue(Files.size(dir.resolve("themes.png")) > 20_000);
        assertTrue(Files.readString(dir.resolve("themes.svg")).contains("<svg"));
        assertEquals(2 * Charts.WIDTH, ImageIO.read(dir.resolve("themes.png").toFile()).getWidth());
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
        NewsTablesException e = assertThrows(NewsTablesException.class, () -> Charts.timeline(SEEDS.articles()));
        assertTrue(e.getMessage().contains("Corpus.timeline(...)"), e.getMessage());
    }
}

package org.newstables.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar on its own, in a fresh JVM with nothing else on the class path: the jar leaves
 * out classes it does not reach and most of ICU4J's locale data (see the shade plugin's filters),
 * so this runs the report command on articles written to need what was kept — Persian keyboard
 * letters and presentation forms (ICU4J normalization), a person no lexicon knows (ICU4J
 * transliteration), dates, charts with Arabic text (the DejaVu font) — and checks the outputs.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of(System.getProperty("newstables.jar", "target/newstables-all.jar"));

    @Test
    void theReportRunsFromTheShadedJarAlone(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(in.resolve("a.txt"), "بكين 5 مارس 2022 (شينخوا) - قال الرئيس الصینی شی جین بینغ إن الصین تدعم التعاون مع مصر.\n"
                + "وقال وزير الخارجية المصري هشام عبد الفتاح الزيني إن المحادثات مثمرة. وأضاف الزيني أن مصر ترحب.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "القاهرة 7 أبريل 2023 - ﺃﻛﺪ الرئيس المصري أن مصر والصين شريكان.\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("report");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toAbsolutePath().toString(), "report", in.toString(), "--out", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        String entities = Files.readString(out.resolve("entities.csv"));
        assertTrue(entities.contains("Xi Jinping"), entities);
        // A discovered person, with a Latin label made by ICU4J (or the lexicon's spelling of a known word).
        assertTrue(entities.lines().anyMatch(l -> l.matches("هشام عبد الفتاح الزيني,[A-Z][A-Za-z -]+,.*,discovered")), entities);
        List<String> articles = Files.readAllLines(out.resolve("articles.csv"));
        assertTrue(articles.stream().anyMatch(l -> l.contains("2022-03-05")), String.join("\n", articles));
        assertTrue(articles.stream().anyMatch(l -> l.contains("2023-04-07")), String.join("\n", articles));
        assertTrue(Files.size(out.resolve("partners-timeline-ar.png")) > 10_000);
        assertTrue(Files.readString(out.resolve("partners-timeline-ar.svg")).contains("<svg"));
    }
}

package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.licenselens.analysis.FileResult;
import org.licenselens.match.Detection;
import org.licenselens.testing.TestCorpus;

class TextReportTest {
    private final ReportContext context = new ReportContext(TestCorpus.lens().licenses(), false);

    private String render(FileResult... results) throws IOException {
        StringWriter out = new StringWriter();
        TextReport.write(out, context, List.of(results));
        return out.toString();
    }

    private static FileResult detected(String path, String text) {
        return new FileResult(path, "text", "text/plain", null, TestCorpus.lens().detect(text));
    }

    @Test
    void errorsEmptyFilesAndMatchesEachGetARow() throws IOException {
        String out = render(new FileResult("gone.txt", null, null, "no such file", null),
                detected("EMPTY", ""),
                detected("LICENSE", TestCorpus.licenseText("mit")));
        List<String> lines = out.lines().toList();
        assertEquals(4, lines.size(), out);
        assertTrue(lines.get(0).startsWith("FILE "), out);
        assertTrue(lines.get(1).startsWith("gone.txt ") && lines.get(1).endsWith("ERROR: no such file"), out);
        assertTrue(lines.get(2).startsWith("EMPTY ") && lines.get(2).endsWith("(no license found)"), out);
        int lineCount = TestCorpus.licenseText("mit").strip().split("\n").length;
        assertTrue(lines.get(3).matches("LICENSE +MIT +full +1\\.000 +1\\.000 +1-" + lineCount), lines.get(3));
        assertTrue(out.lines().noneMatch(l -> l.endsWith(" ")), "no trailing blanks");
    }

    @Test
    void unknownRegionGetsAnUnknownRowWithItsClosestLicenses() throws IOException {
        Detection unknown = new Detection(List.of(), "", List.of(new Detection.UnknownRegion(3, 9, 40,
                List.of("license", "warranty", "liability", "redistribute"))),
                List.of(new Detection.Closest("mit", 0.61), new Detection.Closest("bsd-new", 0.42)), 60, false);
        String out = render(new FileResult("WIDGET", "text", "text/plain", null, unknown));
        List<String> lines = out.lines().toList();
        assertEquals(5, lines.size(), out);
        assertTrue(lines.get(1).matches("WIDGET +UNKNOWN +unknown +3-9"), lines.get(1));
        assertEquals("  WIDGET: closest licenses: MIT 0.610, BSD-3-Clause 0.420", lines.get(4), "once, not per region");
    }

    /** A hostile tree's 10,000-deep chain gives a path of thousands of characters: elided to two lines in its column. */
    @Test
    void aVeryLongPathIsElidedInItsColumn() throws IOException {
        String deep = "deep/" + "d/".repeat(2000) + "d";
        String out = render(detected("LICENSE", TestCorpus.licenseText("mit")),
                new FileResult(deep, null, null, "path too long", null));
        List<String> lines = out.lines().toList();
        assertEquals(4, lines.size(), out.substring(0, 300));
        assertTrue(lines.get(1).matches("LICENSE +MIT +full .*") && lines.get(1).length() <= 100,
                lines.get(1).substring(0, Math.min(200, lines.get(1).length())));
        assertTrue(lines.get(2).startsWith("deep/d/d/") && lines.get(2).endsWith("ERROR: path too long"), lines.get(2));
        assertTrue(lines.get(3).startsWith("\u2026d/d") && lines.get(3).endsWith("/d"), "elided, its end kept: " + lines.get(3));
        assertTrue(lines.stream().allMatch(l -> l.length() <= 100), out);
    }
}

package org.licenselens.match;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.licenselens.text.LineMap;
import org.licenselens.testing.TestCorpus;

/**
 * Fuzzes the whole matcher cascade against the real index: any text gives a detection whose matches lie inside
 * the text, in order, and whose expression is the AND of the match expressions.
 */
@Tag("slow") // attaches the Jazzer agent
class LicenseDetectorFuzzTest {
    private static final LicenseDetector DETECTOR = TestCorpus.analysis().detector();

    @FuzzTest(maxDuration = "10m")
    void detect(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Detection d = DETECTOR.detect(text);
        int lines = LineMap.of(text).lineCount();
        int previousStart = -1;
        for (LicenseMatch m : d.matches()) {
            assertTrue(0 <= m.queryStart() && m.queryEnd() <= d.queryLength(), "terms outside the query: " + m);
            assertTrue(1 <= m.startLine() && m.startLine() <= m.endLine() && m.endLine() <= lines,
                    "lines " + m.startLine() + ".." + m.endLine() + " outside 1.." + lines);
            assertTrue(m.queryStart() >= previousStart, "matches out of order");
            assertTrue(!m.expression().isBlank(), "blank expression");
            for (Block b : m.blocks()) {
                assertTrue(b.toString() != null);
            }
            previousStart = m.queryStart();
        }
        for (Detection.UnknownRegion r : d.unknownRegions()) {
            assertTrue(1 <= r.startLine() && r.startLine() <= r.endLine() && r.endLine() <= lines, r.toString());
        }
        for (Detection.Closest c : d.closest()) {
            assertTrue(c.similarity() >= 0 && c.similarity() <= 1, c.toString());
        }
        assertTrue(d.closest().size() <= 3, "more than three closest licenses");
        List<String> expressions = d.matches().stream().map(LicenseMatch::expression).toList();
        assertEquals(LicenseExpressions.and(expressions), d.expression());
        if (d.licenseList()) {
            assertTrue(d.matches().isEmpty(), "a license list keeps no matches");
        }
    }
}

package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.licenselens.testing.TestCorpus;

class MatchMergerTest {
    private final LicenseDetector detector = TestCorpus.analysis().detector();

    @Test
    void aHundredThousandIdenticalIdentifierLinesAreOneEntryWithTheirCount() {
        String text = "// SPDX-License-Identifier: MIT OR Apache-2.0 OR GPL-2.0-only\n".repeat(100_000);
        long start = System.nanoTime();
        Detection d = detector.detect(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, d.matches().size(), d.matches().size() + " entries");
        LicenseMatch m = d.matches().getFirst();
        assertEquals(100_000, m.count());
        assertEquals(List.of(new LineRange(1, 100_000)), m.lineRanges());
        assertEquals(List.of("mit", "apache-2.0", "gpl-2.0"), m.keys());
        assertEquals("mit OR apache-2.0 OR gpl-2.0", d.expression());
        assertTrue(d.discarded().size() < 100, "drops are merged too: " + d.discarded().size());
        assertTrue(millis < 30_000, "took " + millis + " ms");
    }

    @Test
    void repeatedNoticesKeepEveryLineRange() {
        String notice = TestCorpus.ruleText("apache-2.0_7");
        String text = notice + "\nint a;\n\n" + notice + "\nint b;\n";
        Detection d = detector.detect(text);
        LicenseMatch m = d.matches().getFirst();
        assertEquals(2, m.count(), d.matches().toString());
        assertEquals(2, m.lineRanges().size());
        assertTrue(m.lineRanges().get(1).startLine() > m.lineRanges().get(0).endLine());
    }
}

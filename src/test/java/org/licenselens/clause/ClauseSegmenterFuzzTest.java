package org.licenselens.clause;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.licenselens.text.LineMap;

/**
 * Fuzzes clause segmentation: clauses are trimmed, non-empty slices of the text, in order without overlap,
 * with line numbers that agree with the text; starting later never yields a clause before the start.
 */
@Tag("slow") // attaches the Jazzer agent
class ClauseSegmenterFuzzTest {
    private static final ClauseSegmenter SEGMENTER = new ClauseSegmenter();

    @FuzzTest(maxDuration = "10m")
    void segment(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        LineMap lines = LineMap.of(text);
        int body = ClauseSegmenter.bodyStart(text);
        assertTrue(0 <= body && body <= text.length(), "body start " + body);
        check(text, lines, SEGMENTER.segment(text), body);
        int from = input.length == 0 ? 0 : (input[0] & 0xff) % (text.length() + 1);
        check(text, lines, SEGMENTER.segment(text, from), from);
    }

    private static void check(String text, LineMap lines, List<Clause> clauses, int from) {
        int previousEnd = from;
        for (Clause c : clauses) {
            assertTrue(c.start() >= previousEnd, "clause before the start or overlapping: " + c);
            assertTrue(c.end() <= text.length() && c.end() > c.start(), "clause outside the text: " + c);
            assertEquals(text.substring(c.start(), c.end()), c.text());
            assertEquals(c.text().strip(), c.text(), "clause not trimmed");
            assertTrue(c.text().chars().anyMatch(Character::isLetter), "clause without a letter");
            assertEquals(lines.lineOf(c.start()), c.startLine());
            assertEquals(lines.lineOf(c.end() - 1), c.endLine());
            previousEnd = c.end();
        }
    }
}

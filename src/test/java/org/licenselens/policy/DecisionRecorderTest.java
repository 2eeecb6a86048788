package org.licenselens.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRecorderTest {
    private static final Decision DECISION = new Decision("mismatch-0123abcd", "mismatch:README.md",
            "the card is wrong \"upstream\"", "Jane <j@example.com>", Instant.parse("2026-12-01T20:00:00Z"),
            Map.of("README.md", "a".repeat(64)), 0);
    private static final String BLOCK = """
              - id: mismatch-0123abcd
                item: "mismatch:README.md"
                reason: "the card is wrong \\"upstream\\""
                by: "Jane <j@example.com>"
                at: "2026-12-01T20:00:00Z"
                sha256:
                  "README.md": %s
            """.formatted("a".repeat(64));

    @Test
    void appendsAtTheEndOfTheDecisionsListKeepingCommentsAndWhatFollows() {
        String before = """
                # our policy
                fail-on: [mismatch]   # keep this comment
                decisions:
                  # accepted by legal
                  - id: flags-00000000
                    item: "flags:LICENSE"
                    reason: ok
                    by: me
                    at: "2026-01-01T00:00:00Z"

                # ignore vendored data
                ignore: [vendor/]
                """;
        String after = DecisionRecorder.withDecision(before, DECISION);
        String expected = before.replace("    at: \"2026-01-01T00:00:00Z\"\n",
                "    at: \"2026-01-01T00:00:00Z\"\n" + BLOCK);
        assertEquals(expected, after);
        Policy policy = PolicyFiles.parse(Path.of("licenselens.yml"), after);
        assertEquals(2, policy.decisions().size());
        assertEquals("the card is wrong \"upstream\"", policy.decisions().get(1).reason());
    }

    @Test
    void startsTheListWhereThereIsNoneOrAnEmptyOne() {
        assertEquals("ignore: []\ndecisions:\n" + BLOCK, DecisionRecorder.withDecision("ignore: []", DECISION));
        assertEquals("decisions:  # ours\n" + BLOCK + "ignore: []\n",
                DecisionRecorder.withDecision("decisions: []  # ours\nignore: []\n", DECISION));
        String fresh = DecisionRecorder.withDecision(null, DECISION);
        assertEquals(1, PolicyFiles.parse(Path.of("licenselens.yml"), fresh).decisions().size());
    }
}

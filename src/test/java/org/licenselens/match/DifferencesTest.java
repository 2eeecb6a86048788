package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.licenselens.testing.TestCorpus;
import org.licenselens.text.LineMap;

/** Near-match diffs are against the LicenseDB text a reviewer knows, as it is written. */
class DifferencesTest {
    private final LicenseDetector detector = TestCorpus.analysis().detector();

    private static int line(String text, String phrase) {
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, phrase);
        return LineMap.of(text).lineOf(at);
    }

    private static LicenseMatch near(Detection d) {
        List<LicenseMatch> near = d.matches().stream().filter(m -> m.kind() == MatchKind.NEAR).toList();
        assertEquals(1, near.size(), d.matches().toString());
        return near.getFirst();
    }

    @Test
    void aModifiedMitGivesExactlyItsChangesAgainstTheMitText() {
        String mit = TestCorpus.licenseText("mit");
        String input = "Copyright (c) 2024 Example Corp.\n\n" + mit.replace("free of charge", "for a small fee")
                .replace("The above copyright notice", "The above copyright notice, including a funny joke,");
        LicenseMatch m = near(detector.detect(input));
        assertEquals(List.of(
                new Difference(line(input, "for a small fee"), line(input, "for a small fee"), "free of charge",
                        "for a small fee", line(mit, "free of charge"), line(mit, "free of charge")),
                new Difference(line(input, "funny joke"), line(input, "funny joke"), "", "including a funny joke",
                        line(mit, "The above copyright"), line(mit, "The above copyright"))),
                m.differences());
    }

    /**
     * A copy of the X11 wording of MIT (a ScanCode rule of the key mit): the diff is against the MIT text itself,
     * so what the rule has and the input lacks is not shown as removed, and the removed words keep the license's
     * case and punctuation.
     */
    @Test
    void aRuleVariantIsDiffedAgainstTheLicenseTextInItsOwnCase() {
        String mit = TestCorpus.licenseText("mit");
        String variant = TestCorpus.ruleText("mit_x11-r75_1");
        String input = variant.replace(" (including the next\nparagraph)", "").replace("free of charge",
                "for a small fee");
        LicenseMatch m = near(detector.detect(input));
        assertEquals(List.of("mit"), m.keys());
        String flatMit = mit.replaceAll("\\s+", " ");
        String flatInput = input.replaceAll("\\s+", " ");
        for (Difference d : m.differences()) {
            String removed = d.removed().replaceAll("\\s+", " ");
            assertTrue(removed.isEmpty() || flatMit.contains(removed), "removed text is MIT's as written: " + d);
            assertFalse(removed.length() > 0 && flatInput.contains(removed) && removed.contains(" "),
                    "shown as removed though the input holds it: " + d);
            assertFalse(d.removed().contains("next paragraph"), "a phantom removal from the rule: " + d);
            assertTrue(d.referenceStartLine() >= 1, "the MIT line is given: " + d);
        }
        assertTrue(m.differences().stream().anyMatch(d -> d.removed().equals("free of charge")
                && d.added().equals("for a small fee")), m.differences().toString());
        assertTrue(m.differences().stream().anyMatch(d -> d.removed().equals("NONINFRINGEMENT")
                && d.added().equals("NON-INFRINGEMENT")), m.differences().toString());
    }

    /** A paragraph moved to the end is added where it now is; it is not also shown as removed where it was. */
    @Test
    void textMovedElsewhereIsNotShownAsRemoved() {
        String mit = TestCorpus.licenseText("mit");
        String notice = "The above copyright notice and this permission notice shall be\n"
                + "included in all copies or substantial portions of the Software.\n";
        assertTrue(mit.contains(notice));
        String input = mit.replace(notice, "").replace("free of charge", "for a small fee").strip() + "\n\n"
                + notice;
        LicenseMatch m = near(detector.detect(input));
        assertTrue(m.differences().stream().noneMatch(d -> d.removed().contains("permission notice")),
                m.differences().toString());
    }
}

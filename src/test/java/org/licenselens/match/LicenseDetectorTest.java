package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.licenselens.testing.TestCorpus;

class LicenseDetectorTest {
    private final LicenseDetector detector = TestCorpus.analysis().detector();

    private static List<String> keys(Detection d) {
        return LicenseExpressions.keys(d.expression());
    }

    @Test
    void aTextPastItsMatchingBudgetIsRefusedWholeNotCut() {
        // Modified, so that the verbatim matcher leaves it to the aligner, where the budget is checked.
        String modified = TestCorpus.licenseText("gpl-3.0").replace("Everyone is permitted", "Anyone is permitted")
                + "\n\n" + TestCorpus.licenseText("apache-2.0").replace("Grant of Patent License", "Grant of Patent Licence");
        MatchBudgetExceeded e = org.junit.jupiter.api.Assertions.assertThrows(MatchBudgetExceeded.class,
                () -> detector.detect(modified, java.time.Duration.ofNanos(1)));
        assertTrue(e.getMessage().contains("budget"), e.getMessage());
        // The budget is the thread's for one text only: the next text on this thread matches as always.
        assertEquals(detector.detect(modified).expression(),
                detector.detect(modified, java.time.Duration.ofMinutes(10)).expression());
        assertEquals("mit", detector.detect(TestCorpus.licenseText("mit")).expression());
    }

    @Test
    void everyCopyOfAnEditedLicenseInABigFileIsMatchedAsTheOneCopyIs() {
        // Twelve edited GPL-2.0 copies are past the size the aligner reads in one region, so the copies are found
        // chunk by chunk; each must come out as the single copy does, none cut at a chunk's edge.
        String edited = TestCorpus.licenseText("gpl-2.0").replace("Everyone is permitted", "Anyone is permitted")
                .replace("free software", "open software");
        LicenseMatch one = detector.detect(edited).matches().getFirst();
        assertEquals(MatchKind.NEAR, one.kind());
        int copies = 12;
        Detection d = detector.detect((edited + "\n\n").repeat(copies));
        assertEquals("gpl-2.0", d.expression());
        assertEquals(copies, d.matches().stream().mapToInt(LicenseMatch::count).sum(), d.matches().toString());
        for (LicenseMatch m : d.matches()) {
            assertEquals(one.coverage(), m.coverage(), 1e-9, "each copy as covered as the single one");
            assertEquals(one.matchedLength(), m.matchedLength());
        }
    }

    @Test
    void anUnknownLicenseAtTheTopOfASourceFileIsAnUnknownRegionWithoutTheCodeBelowIt() {
        // Our own words, no corpus text: a short custom license, then 600 lines of code in which a legal word
        // ("rights", "distribution", "terms", "license") turns up once every hundred lines or so.
        String header = """
                Widget Terms of Use. The licensor grants you the rights to copy and run this widget for any lawful
                purpose, provided that these terms and the warranty disclaimer stay with every copy. No licensee may
                sell the widget or offer it as a hosted service. Redistribution in modified form requires permission.
                THE WIDGET COMES WITHOUT WARRANTY, AND THE LICENSOR HAS NO LIABILITY FOR ANY DAMAGES.
                """;
        StringBuilder code = new StringBuilder();
        String[] rare = {"rights", "distribution", "terms", "license", "copyright", "agreement"};
        for (int line = 0; line < 600; line++) {
            code.append(line % 100 == 50 ? "    // keep the " + rare[line / 100] + " table sorted\n"
                    : "    total += weight[" + line + "] * value(" + line + ");\n");
        }
        String text = header + "\n" + code;
        Detection d = detector.detect(text);
        assertEquals(1, d.unknownRegions().size(), () -> "one unknown region: " + d.unknownRegions());
        Detection.UnknownRegion region = d.unknownRegions().getFirst();
        assertTrue(region.startLine() <= 2 && region.endLine() < 20,
                () -> "the region holds the header, not the code: lines " + region.startLine() + "-" + region.endLine());
    }

    @Test
    void wholeLicenseTextIsAFullMatch() {
        Detection d = detector.detect(TestCorpus.licenseText("apache-2.0"));
        assertEquals("apache-2.0", d.expression());
        LicenseMatch m = d.matches().getFirst();
        assertEquals(MatchKind.FULL, m.kind());
        assertEquals(1.0, m.coverage());
        assertEquals(1, m.startLine());
        assertFalse(d.unknown());
    }

    @Test
    void missingTitleAndAddedCopyrightStillMatchFully() {
        String mit = TestCorpus.licenseText("mit");
        String body = mit.substring(mit.indexOf("Permission is hereby granted"));
        Detection d = detector.detect("Copyright (c) 2024 Example Corp.\n\n" + body);
        assertEquals("mit", d.expression());
        assertEquals(MatchKind.FULL, d.matches().getFirst().kind());
        assertEquals(3, d.matches().getFirst().startLine());
    }

    @Test
    void modifiedMitIsNearWithItsDifferences() {
        String mit = TestCorpus.licenseText("mit");
        String modified = mit.replace("free of charge", "for a small fee")
                .replace("The above copyright notice", "The above copyright notice, including a funny joke,");
        Detection d = detector.detect(modified);
        assertEquals(List.of("mit"), keys(d));
        LicenseMatch m = d.matches().getFirst();
        assertEquals(MatchKind.NEAR, m.kind());
        assertTrue(m.coverage() >= LicenseDetector.NEAR_THRESHOLD && m.coverage() < 1.0, "coverage " + m.coverage());
        assertTrue(m.differences().stream().anyMatch(x -> x.added().contains("small fee") && x.removed().contains("free")),
                m.differences().toString());
        assertTrue(m.differences().stream().anyMatch(x -> x.added().contains("funny joke") && x.removed().isEmpty()),
                m.differences().toString());
    }

    @Test
    void findsEveryLicenseOfACombinedFile() {
        String combined = TestCorpus.licenseText("mit") + "\n\n----\n\n" + TestCorpus.licenseText("bsd-new")
                + "\n\n" + TestCorpus.licenseText("gpl-2.0");
        Detection d = detector.detect(combined);
        assertEquals(List.of("mit", "bsd-new", "gpl-2.0"), keys(d));
        assertEquals("mit AND bsd-new AND gpl-2.0", d.expression());
        int mitLines = combined.substring(0, combined.indexOf("----")).split("\n", -1).length;
        assertTrue(d.matches().get(1).startLine() > mitLines, "BSD starts after MIT");
    }

    @Test
    void noticeRuleIsReportedAsNotice() {
        String notice = "/*\n * " + TestCorpus.ruleText("apache-2.0_7").strip().replace("\n", "\n * ") + "\n */\npackage x;\n";
        Detection d = detector.detect(notice);
        assertEquals(List.of("apache-2.0"), keys(d));
        assertTrue(d.matches().stream().allMatch(m -> m.kind() == MatchKind.NOTICE || m.kind() == MatchKind.REFERENCE),
                d.matches().toString());
    }

    @Test
    void spdxIdentifierLineIsAnIdentifierMatch() {
        Detection d = detector.detect("// SPDX-License-Identifier: GPL-2.0-only OR MIT\nint main() { return 0; }\n");
        assertEquals("gpl-2.0 OR mit", d.expression());
        assertEquals(MatchKind.IDENTIFIER, d.matches().getFirst().kind());
        assertEquals(1, d.matches().getFirst().startLine());
    }

    @Test
    void unknownLicenseTermsAreNotReportedAsTheirClosestMatch() {
        // A license-like text assembled from scattered sentences of two licenses plus new terms matches none.
        String apache = TestCorpus.licenseText("apache-2.0");
        String gpl = TestCorpus.licenseText("gpl-3.0");
        String text = "The Licensor grants you a revocable license to use this model for research only.\n"
                + apache.substring(apache.indexOf("\"Legal Entity\""), apache.indexOf("\"You\"")) + "\n"
                + "You may not redistribute the weights. Commercial use requires a separate agreement with the "
                + "Licensor and payment of royalty. No warranty. The Licensor disclaims all liability for damages.\n"
                + gpl.substring(gpl.indexOf("To \"propagate\""), gpl.indexOf("To \"convey\"")) + "\n";
        Detection d = detector.detect(text);
        assertTrue(d.unknown(), "unknown expected, got " + d.expression());
        assertFalse(d.closest().isEmpty());
        assertTrue(d.closest().size() <= 3);
        for (Detection.Closest c : d.closest()) {
            assertFalse(d.matches().stream().anyMatch(m -> m.expression().equals(c.key()) && m.kind() == MatchKind.FULL));
        }
    }

    @Test
    void plainProseFindsNothing() {
        Detection d = detector.detect("This program prints the numbers from one to ten.\nIt has no other features.\n");
        assertTrue(d.matches().isEmpty(), d.matches().toString());
        assertFalse(d.unknown());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 12, 60})
    void anSpdxExpressionIsReportedHoweverManyIdsItNames(int count) {
        List<CorpusIds.Named> licenses = CorpusIds.sample(count);
        java.util.Set<String> expected = new java.util.LinkedHashSet<>();
        for (CorpusIds.Named l : licenses) {
            expected.addAll(keys(detector.detect("SPDX-License-Identifier: " + l.spdx() + "\n")));
        }
        String expression = licenses.stream().map(CorpusIds.Named::spdx)
                .collect(java.util.stream.Collectors.joining(count == 12 ? " OR " : " AND "));
        Detection d = detector.detect("/*\n * SPDX-License-Identifier: " + expression + "\n */\nint x;\n");
        assertFalse(d.licenseList());
        assertEquals(List.copyOf(expected), keys(d));
        assertFalse(keys(d).contains(SpdxIdentifierMatcher.UNKNOWN_SPDX), d.expression());
        assertEquals(null, d.matches().getFirst().problem());
    }

    @Test
    void manyIdentifierLinesAreReportedNotTakenForACatalogue() {
        StringBuilder lines = new StringBuilder();
        CorpusIds.sample(12).forEach(l -> lines.append("SPDX-License-Identifier: ").append(l.spdx()).append('\n'));
        Detection d = detector.detect(lines.toString());
        assertFalse(d.licenseList());
        assertEquals(12, d.matches().size());
    }

    @Test
    void anInvalidExpressionIsReportedWithItsReason() {
        LicenseMatch unclosed = detector.detect("// SPDX-License-Identifier: (MIT OR Apache-2.0\n").matches().getFirst();
        assertEquals("mit AND apache-2.0", unclosed.expression());
        assertTrue(unclosed.problem().contains("'(' is never closed"), unclosed.problem());

        LicenseMatch dangling = detector.detect("// SPDX-License-Identifier: MIT OR\n").matches().getFirst();
        assertEquals("mit", dangling.expression());
        assertTrue(dangling.problem().contains("ends where a license id should be"), dangling.problem());

        LicenseMatch noOperator = detector.detect("SPDX-License-Identifier: GPL 2.0+ BSD-3-Clause\n").matches().getFirst();
        assertEquals("gpl-2.0-plus AND bsd-new", noOperator.expression());
        assertTrue(noOperator.problem().contains("no AND, OR or WITH"), noOperator.problem());

        LicenseMatch trailing = detector.detect("SPDX-License-Identifier: MIT see the LICENSE file\n").matches().getFirst();
        assertEquals("mit AND unknown-spdx", trailing.expression());
        assertTrue(trailing.problem().contains("text after it"), trailing.problem());
    }

    @Test
    void aDeprecatedSpdxIdStandsForWhatReplacedIt() {
        assertEquals("gpl-2.0-plus WITH ecos-exception-2.0",
                detector.detect("SPDX-License-Identifier: eCos-2.0\n").expression());
    }

    @Test
    void everyDroppedCandidateCarriesItsReason() {
        String notice = TestCorpus.ruleText("apache-2.0_7");
        Detection d = detector.detect(notice);
        assertFalse(d.discarded().isEmpty());
        for (Discarded x : d.discarded()) {
            assertTrue(x.count() >= 1);
            assertFalse(x.reason().jsonName().isBlank());
        }
        assertTrue(d.discarded().stream().anyMatch(x -> x.reason() == DiscardReason.OVERLAPS_BETTER_MATCH),
                d.discarded().toString());
    }
}

package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.licenselens.testing.TestCorpus;

/** A license that cites another is one license. */
class ContainmentTest {
    private final LicenseDetector detector = TestCorpus.analysis().detector();

    @ParameterizedTest
    @ValueSource(strings = {"lgpl-3.0", "ms-lpl"})
    void aLicenseThatCitesAnotherIsOneLicense(String key) {
        String text = TestCorpus.licenseText(key);
        String[] variants = {
            text,
            text.replace("https://fsf.org/", "http://fsf.org/"),       // the copy choosealicense.com serves
            text.substring(text.indexOf('\n', text.indexOf('\n') + 1)), // its title left out
            "Copyright (c) 2024 Example Corp.\n\n" + text,
        };
        for (String variant : variants) {
            assertEquals(List.of(key), LicenseExpressions.keys(detector.detect(variant).expression()));
        }
    }

    @Test
    void theUnversionedParagraphsOfAVersionedGplNoticeAreItsOwn() {
        // A versioned "is free software" paragraph, then the unversioned warranty and copy paragraphs, each matched
        // verbatim by a rule of its own: together they are the GPL-2.0-or-later notice.
        String notice = "# This file is part of Example.\n#\n# Example is free software; " + lines("gpl-2.0-plus_11")
                + "\nExample " + lines("gpl-1.0-plus_421") + "\n" + lines("gpl-1.0-plus_35");
        Detection d = detector.detect(notice);
        assertEquals("gpl-2.0-plus", d.expression());
        assertTrue(d.discarded().stream().anyMatch(x -> x.expression().equals("gpl-1.0-plus")
                && (x.reason() == DiscardReason.CONTAINED_IN_LICENSE_TEXT
                        || x.reason() == DiscardReason.OVERLAPS_BETTER_MATCH)), d.discarded().toString());
    }

    private static String lines(String rule) {
        return TestCorpus.ruleText(rule).replaceAll("(?m)^\\s*\n", "");
    }

    @Test
    void aLicenseTextNamingTwoLicensesBeatsTheRuleThatNamesThem() {
        String lzma = TestCorpus.licenseText("lzma-sdk-2006").replace("4.40", "4.16").replace("1999-2006", "1999-2005")
                .replace("(2006-05-01)", "(2005-03-18)");
        Detection d = detector.detect(lzma);
        assertEquals("lzma-sdk-2006", d.expression());
        assertTrue(d.discarded().stream().anyMatch(x -> x.reason() == DiscardReason.CONTAINED_IN_LICENSE_TEXT),
                d.discarded().toString());
    }
}

package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.licenselens.testing.TestCorpus;

/** An exception beside the notice of the license it modifies is joined to it with WITH. */
class ExceptionJoinerTest {
    private final LicenseDetector detector = TestCorpus.analysis().detector();

    @Test
    void aGplOrLaterNoticeFollowedByTheClasspathExceptionIsOneWithExpression() {
        String text = TestCorpus.ruleText("gpl-2.0-plus_11") + "\n" + TestCorpus.ruleText("gpl-1.0-plus_421") + "\n"
                + TestCorpus.ruleText("gpl-1.0-plus_33") + "\n" + TestCorpus.licenseText("classpath-exception-2.0");
        Detection d = detector.detect(text);
        assertEquals("gpl-2.0-plus WITH classpath-exception-2.0", d.expression());
        assertEquals("GPL-2.0-or-later WITH Classpath-exception-2.0",
                LicenseExpressions.spdxExpression(d.expression(), TestCorpus.analysis().index()));
    }

    @Test
    void aGplOnlyNoticeKeepsOnly() {
        String text = TestCorpus.ruleText("gpl-2.0_1075") + "\n" + TestCorpus.licenseText("classpath-exception-2.0");
        Detection d = detector.detect(text);
        assertEquals("gpl-2.0 WITH classpath-exception-2.0", d.expression());
        assertEquals("GPL-2.0-only WITH Classpath-exception-2.0",
                LicenseExpressions.spdxExpression(d.expression(), TestCorpus.analysis().index()));
    }

    @Test
    void anExceptionFarFromAnyNoticeStaysApart() {
        String text = TestCorpus.licenseText("mit") + "\n" + "Some unrelated words here. ".repeat(20) + "\n"
                + TestCorpus.licenseText("classpath-exception-2.0");
        Detection d = detector.detect(text);
        assertEquals("mit AND classpath-exception-2.0", d.expression());
    }
}

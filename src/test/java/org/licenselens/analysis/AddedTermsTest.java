package org.licenselens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.match.Detection;
import org.licenselens.match.MatchKind;
import org.licenselens.testing.TestCorpus;

/** A near match is judged on the words it adds, not on its license's approval. */
class AddedTermsTest {
    private final FileAnalysis analysis = TestCorpus.analysis();

    private ClauseAnalysis clausesOf(String text) {
        Detection d = analysis.detect(text);
        assertEquals(MatchKind.NEAR, d.matches().getFirst().kind(), d.matches().toString());
        return analysis.clauses(text, d);
    }

    @Test
    void mitWithSomeRestrictionsIsNotReportedAsOpenSource() {
        String text = TestCorpus.licenseText("mit").replace("Permission is hereby granted, free of charge,",
                "Permission is hereby granted, free of charge and with some restrictions,");
        ClauseAnalysis c = clausesOf(text);
        assertFalse(c.openness().osdCompatible(), c.toString());
        ClauseFlag flag = c.flags().stream().filter(f -> f.values().containsKey(AddedTerms.ADDED_TO)).findFirst()
                .orElseThrow(() -> new AssertionError(c.flags().toString()));
        assertEquals(FlagType.USE_RESTRICTION, flag.type());
        assertEquals("MIT", flag.values().get(AddedTerms.ADDED_TO));
        assertTrue(flag.text().contains("with some restrictions"), flag.text());
        assertEquals(6, c.openness().violations().getFirst().criterion());
    }

    @Test
    void mitWithAHarmlessChangeStaysOpenSource() {
        String text = TestCorpus.licenseText("mit").replace("free of charge", "for a small fee");
        ClauseAnalysis c = clausesOf(text);
        assertTrue(c.openness().osdCompatible(), c.toString());
        assertTrue(c.flags().stream().noneMatch(f -> f.values().containsKey(AddedTerms.ADDED_TO)), c.toString());
    }
}

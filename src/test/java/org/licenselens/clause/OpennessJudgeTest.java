package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpennessJudgeTest {

    private static ClauseFlag flag(FlagType type) {
        return new ClauseFlag(type, "some clause", 3, 4, 0.9, Map.of());
    }

    @Test
    void userThresholdsAndTerritoriesBreakOsdFive() {
        Openness o = OpennessJudge.judge(List.of(flag(FlagType.MAU_THRESHOLD), flag(FlagType.GEOGRAPHIC_EXCLUSION)),
                null, false);
        assertFalse(o.osdCompatible());
        assertEquals(List.of(5, 5), o.violations().stream().map(OsdViolation::criterion).toList());
    }

    @Test
    void fieldOfUseLimitsBreakOsdSix() {
        for (FlagType t : List.of(FlagType.USE_RESTRICTION, FlagType.NON_COMMERCIAL, FlagType.TRAINING_BAN)) {
            assertEquals(6, OpennessJudge.judge(List.of(flag(t)), null, true).violations().get(0).criterion());
        }
    }

    @Test
    void passThroughBreaksOsdSevenOnlyWithSomethingToPass() {
        assertTrue(OpennessJudge.judge(List.of(flag(FlagType.PASS_THROUGH)), "Copyleft", true).osdCompatible());
        Openness o = OpennessJudge.judge(List.of(flag(FlagType.USE_RESTRICTION), flag(FlagType.PASS_THROUGH)),
                null, false);
        assertTrue(o.violations().stream().anyMatch(v -> v.criterion() == 7));
    }

    @Test
    void namingAndRevocabilityAloneKeepAnOsiLicenseOpen() {
        assertTrue(OpennessJudge.judge(List.of(flag(FlagType.ATTRIBUTION_NAMING), flag(FlagType.REVOCABLE)),
                "Permissive", true).osdCompatible());
    }

    @Test
    void closedCategoriesInformOnlyWithoutOsiApproval() {
        assertFalse(OpennessJudge.judge(List.of(), "Proprietary Free", false).osdCompatible());
        assertTrue(OpennessJudge.judge(List.of(), "Proprietary Free", true).osdCompatible());
        assertTrue(OpennessJudge.judge(List.of(), "Permissive", false).osdCompatible());
    }

    @Test
    void recordsValidateTheirInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new OsdViolation(11, FlagType.REVOCABLE, 1, 1, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ClauseFlag(FlagType.REVOCABLE, "x", 2, 1, 0.5, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ClauseFlag(FlagType.REVOCABLE, "x", 1, 1, 1.5, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Openness(true, List.of(new OsdViolation(5, FlagType.MAU_THRESHOLD, 1, 1, "x"))));
        assertEquals(FlagType.MAU_THRESHOLD, FlagType.fromJsonName("mau-threshold"));
        assertThrows(IllegalArgumentException.class, () -> FlagType.fromJsonName("nope"));
    }
}

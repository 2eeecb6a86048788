package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The nuances of the flag definitions, pinned on the real corpus texts. */
class ClauseAnalyzerCorpusTest {

    private static final ClauseAnalyzer ANALYZER = ClauseAnalyzer.shared();

    @Test
    void theMostCommonOpenLicensesOwnTextsRaiseNoNamingDutyNorPassThrough() {
        // GPL-3.0 7(b) permits terms "requiring preservation of ... author attributions", AGPL's appendix says an
        // interface "could display" a link, GPL-3.0 11 conditions a patent license on recipients: notice
        // retention, an example and a patent term, no naming duty and no pass-through of use restrictions (the
        // retrained models once read them so). Read as a user's scan reads them, verbatim and OSI-approved, they
        // raise nothing at all.
        for (String key : java.util.List.of("gpl-3.0", "agpl-3.0", "lgpl-2.1", "gpl-2.0", "apache-2.0", "mit",
                "bsd-new", "mpl-2.0")) {
            String text = Corpus.license(key);
            ClauseAnalysis raw = ANALYZER.analyze(text, null, false);
            assertEquals(java.util.List.of(), raw.flags().stream()
                    .filter(f -> f.type() == FlagType.ATTRIBUTION_NAMING || f.type() == FlagType.PASS_THROUGH)
                    .map(f -> f.type() + ": " + f.text()).toList(), key);
            ClauseAnalysis approved = ANALYZER.analyze(text, null, true,
                    java.util.List.of(new ClauseAnalyzer.LineRange(1, (int) text.lines().count() + 1)));
            assertEquals(java.util.List.of(), approved.flags().stream().map(f -> f.type() + ": " + f.text()).toList(),
                    key);
        }
    }

    @Test
    void llama2BansTrainingOtherModelsOnItsOutputs() {
        ClauseAnalysis a = ANALYZER.analyze(Corpus.license("llama-2-license-2023"), "Proprietary Free", false);
        ClauseFlag ban = only(a, FlagType.TRAINING_BAN);
        assertTrue(ban.text().contains("improve any other large language model"), ban.text());
        assertEquals(Map.of("users", 700_000_000L), only(a, FlagType.MAU_THRESHOLD).values());
    }

    @Test
    void llama31OnlyAsksToNameModelsTrainedOnItsOutputs() {
        ClauseAnalysis a = ANALYZER.analyze(Corpus.license("llama-3.1-license-2024"), "Proprietary Free", false);
        assertFalse(a.has(FlagType.TRAINING_BAN), "from Llama 3.1 on, training on outputs is allowed");
        assertTrue(a.flags().stream().anyMatch(f -> f.type() == FlagType.ATTRIBUTION_NAMING
                && f.text().contains("at the beginning of any such AI model name")));
        assertEquals(Map.of("users", 700_000_000L), only(a, FlagType.MAU_THRESHOLD).values());
    }

    @Test
    void territoryDefinitionExcludesEuUkAndKorea() {
        ClauseAnalysis a = ANALYZER.analyze(Corpus.license("tencent-hunyuan-3d-2.0-cla"), null, false);
        List<ClauseFlag> geo = a.flags().stream().filter(f -> f.type() == FlagType.GEOGRAPHIC_EXCLUSION).toList();
        assertFalse(geo.isEmpty());
        geo.forEach(f -> assertEquals(List.of("EU", "GB", "KR"), f.values().get("regions"), f.text()));
        assertTrue(a.openness().violations().stream().anyMatch(v -> v.criterion() == 5
                && v.flagType() == FlagType.GEOGRAPHIC_EXCLUSION));
    }

    @Test
    void governingLawAndExportControlAreNotGeographicExclusions() {
        for (String key : List.of("llama-2-license-2023", "llama-license-2023", "tencent-hunyuan-3d-2.0-cla",
                "tongyi-qianwen-2023")) {
            String text = Corpus.license(key);
            assertTrue(text.contains("laws of") || text.contains("courts of"), key + " has a governing-law clause");
            ClauseAnalysis a = ANALYZER.analyze(text, null, false);
            a.flags().stream().filter(f -> f.type() == FlagType.GEOGRAPHIC_EXCLUSION).forEach(f -> {
                assertFalse(f.text().contains("laws of") || f.text().contains("courts"), key + ": " + f.text());
                assertFalse(f.text().toLowerCase().contains("export"), key + ": " + f.text());
            });
        }
        assertFalse(ANALYZER.analyze(Corpus.license("llama-2-license-2023"), null, false)
                .has(FlagType.GEOGRAPHIC_EXCLUSION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mit", "apache-2.0", "bsd-new", "bsd-simplified", "isc", "gpl-3.0"})
    void openLicensesHaveNoCoreFlagsAndAreOsdCompatible(String key) {
        ClauseAnalysis a = ANALYZER.analyze(Corpus.license(key), "Permissive", true);
        assertTrue(a.flags().stream().noneMatch(f -> f.type().isCore()), key + ": " + a.flags());
        assertTrue(a.openness().osdCompatible(), key + ": " + a.openness());
    }

    @Test
    void openAiStyleLicensesBreakOsdFiveAndSix() {
        Openness o = ANALYZER.analyze(Corpus.license("llama-2-license-2023"), "Proprietary Free", false).openness();
        assertFalse(o.osdCompatible());
        assertTrue(o.violations().stream().anyMatch(v -> v.criterion() == 5));
        assertTrue(o.violations().stream().anyMatch(v -> v.criterion() == 6));
    }

    @Test
    void outputsNotDeemedDerivativesIsNoBan() {
        assertFalse(ANALYZER.analyze("Outputs are not deemed Model Derivatives.", null, false)
                .has(FlagType.TRAINING_BAN));
    }

    @Test
    void anyPurposeIsNoRestriction() {
        assertFalse(ANALYZER.analyze("You may use the Software for any purpose.", null, false)
                .has(FlagType.USE_RESTRICTION));
    }

    @Test
    void flagsPointAtTheirLines() {
        String text = Corpus.license("llama-2-license-2023");
        ClauseFlag ban = only(ANALYZER.analyze(text, null, false), FlagType.TRAINING_BAN);
        String[] lines = text.split("\\R", -1);
        assertTrue(lines[ban.startLine() - 1].contains("You will not use the Llama Materials"));
    }

    private static ClauseFlag only(ClauseAnalysis a, FlagType type) {
        List<ClauseFlag> flags = a.flags().stream().filter(f -> f.type() == type).toList();
        assertEquals(1, flags.size(), type + " flags: " + flags);
        return flags.get(0);
    }
}

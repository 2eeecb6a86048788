package org.licenselens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.extract.ExtractedText;
import org.licenselens.match.Detection;
import org.licenselens.match.MatchKind;
import org.licenselens.testing.TestCorpus;

/**
 * A verbatim corpus license's cached flags must be exactly what fresh analysis finds, lines and all; anything not
 * verbatim must go to fresh analysis.
 */
class ReferenceClausesTest {
    private static final Path BENCH = Path.of("../shared/bench/scancode-datadriven");

    @Test
    void aVerbatimLicenseWithTitleAndCopyrightTakesTheCachedFlagsAndTheyEqualFreshOnes() {
        FileAnalysis analysis = TestCorpus.analysis();
        // Llama 2's text carries flags (a user threshold, a training ban), so the shift of lines is tested too.
        String text = "Llama 2 Community License Agreement 2023\n\nCopyright (c) 2023 Example Corp.\n\n\n"
                + TestCorpus.licenseText("llama-2-license-2023").strip() + "\n\n";
        Detection detection = analysis.detect(text);
        assertTrue(analysis.fromReference(text, detection), () -> "verbatim text with a copyright line is served from cache: "
                + detection.matches().stream().map(m -> m.kind() + " " + m.expression() + " " + m.startLine() + "-"
                + m.endLine()).toList());
        ClauseAnalysis cached = analysis.clauses(text, detection);
        assertFalse(cached.flags().isEmpty(), "the Llama 2 text has flags to compare");
        assertEquals(analysis.freshClauses(text, detection), cached);
    }

    @Test
    void anEditedLineOrALineJoinedToTheTextGoesToFreshAnalysis() {
        FileAnalysis analysis = TestCorpus.analysis();
        String mit = TestCorpus.licenseText("mit").strip();
        String edited = mit.replaceFirst("free of charge", "free  of charge");
        String joined = "Copyright (c) 2024 Example Corp.\n" + mit;
        for (String text : List.of(edited, joined)) {
            Detection detection = analysis.detect(text);
            assertFalse(analysis.fromReference(text, detection), text.lines().findFirst().orElseThrow());
            assertEquals(analysis.freshClauses(text, detection), analysis.clauses(text, detection));
        }
    }

    @Test
    void aModifiedCopyScoredWithItsLicensesStoredScoresGetsTheFlagsOfAnAnalysisWithoutThem() {
        FileAnalysis analysis = TestCorpus.analysis();
        // Llama 2 rewrapped and edited: a near match, so fresh analysis, primed with Llama 2's own clause scores.
        String llama = TestCorpus.licenseText("llama-2-license-2023").strip();
        String text = llama.replace("700 million", "seven hundred million").replaceAll("(?m)^(.{20,}?) ", "$1\n  ");
        Detection detection = analysis.detect(text);
        assertTrue(detection.matches().stream().anyMatch(m -> m.kind() == MatchKind.NEAR),
                () -> "a near match: " + detection.matches().stream().map(m -> m.kind() + " " + m.expression()).toList());
        ClauseAnalysis primed = analysis.clauses(text, detection);
        var main = analysis.mainLicense(detection).orElseThrow();
        ClauseAnalysis unprimed = org.licenselens.clause.ClauseAnalyzer.loadDefault().analyze(text, main.category(),
                main.osiApproved(), List.of());
        assertFalse(unprimed.flags().isEmpty(), "the edited Llama 2 text has flags to compare");
        assertEquals(unprimed.flags(), primed.flags());
    }

    @Test
    void theStoredFormKeepsEveryKindOfValueBitForBit() throws IOException {
        var flags = List.of(
                new ClauseFlag(FlagType.MAU_THRESHOLD, "over 700 million\nusers", 3, 4, 0.1 + 0.2, Map.of("users", 700_000_000L)),
                new ClauseFlag(FlagType.GEOGRAPHIC_EXCLUSION, "not in X", 9, 9, 0.9, Map.of("regions", List.of("EU", "CN"))),
                new ClauseFlag(FlagType.REVENUE_THRESHOLD, "€ 1", 10, 11, 1.0, Map.of("amount", 1L, "currency", "EUR")));
        var known = new ReferenceClauses.Known("abc", 12, Set.of("mit license", "mit"), flags, new byte[] {1, 2, 3});
        assertEquals(known, ReferenceClauses.read(ReferenceClauses.write(known)));
    }

    /**
     * Every bench file with a full match gets the same flags from the cache as from fresh analysis: a sample of one
     * file in five here, all of them with {@code -Dlicenselens.allBenchFiles=true} (the one-off check).
     */
    @Test
    @Tag("slow") // fresh OpenNLP analysis of a hundred bench files: minutes, most of the quick run's time
    void benchFilesWithAFullMatchGetTheSameFlagsFromTheCacheAsFresh() throws IOException {
        FileAnalysis analysis = TestCorpus.analysis();
        boolean all = Boolean.getBoolean("licenselens.allBenchFiles");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BENCH)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".yml")).sorted().toList();
        }
        int full = 0;
        int cached = 0;
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < files.size(); i += all ? 1 : 5) {
            if (!(analysis.read(files.get(i)) instanceof ExtractedText read)) {
                continue;
            }
            Detection detection = analysis.detect(read.text());
            if (detection.matches().stream().noneMatch(m -> m.kind() == MatchKind.FULL)) {
                continue;
            }
            full++;
            if (analysis.fromReference(read.text(), detection)) {
                cached++;
            }
            if (!analysis.clauses(read.text(), detection).equals(analysis.freshClauses(read.text(), detection))) {
                differing.add(files.get(i).toString());
            }
        }
        System.out.printf("bench files with a full match: %d, served from the cache: %d, differing: %s%n", full,
                cached, differing);
        assertEquals(List.of(), differing);
        // Only 6 of the 537 bench files with a full match hold their license verbatim (the one-off check over all
        // files); the sample may hold none of them, and the verbatim path is tested on its own above.
        assertTrue(!all || cached > 0, "some bench files are verbatim licenses: " + full + " full matches, none cached");
    }
}

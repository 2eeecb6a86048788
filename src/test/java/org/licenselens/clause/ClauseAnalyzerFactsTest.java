package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the analyzer on every license of {@code corpus/ai-licenses.json} and compares its flags and values with the
 * curated facts: exactly for the core flags, in aggregate for the extended ones.
 */
class ClauseAnalyzerFactsTest {

    private static final ClauseAnalyzer ANALYZER = ClauseAnalyzer.shared();

    /** The project's facts file first; until the branches merge, the facts author's worktree beside this one. */
    static Path factsFile() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("licenselens.aiFacts");
        if (property != null) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("corpus/ai-licenses.json"));
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new AssertionError("no ai-licenses.json in " + candidates));
    }

    @Test
    void analyzerAgreesWithTheFacts() throws IOException {
        JsonNode licenses = new ObjectMapper().readTree(factsFile().toFile()).path("licenses");
        assertTrue(licenses.size() >= 40, "facts for " + licenses.size() + " licenses");
        List<String> coreMismatches = new ArrayList<>();
        int extendedPairs = 0;
        int extendedAgreements = 0;
        for (JsonNode license : licenses) {
            String key = license.path("key").asText();
            ClauseAnalysis a = ANALYZER.analyze(Corpus.text(license.path("file").asText()), null, false);
            for (FlagType type : FlagType.values()) {
                JsonNode fact = license.path("flags").path(type.jsonName());
                boolean expected = !fact.isMissingNode() && !fact.isNull();
                if (type.isCore() || type == FlagType.REVENUE_THRESHOLD) {
                    String problem = compare(type, fact, expected, a);
                    if (problem != null) {
                        coreMismatches.add(key + " " + type.jsonName() + ": " + problem);
                    }
                } else {
                    extendedPairs++;
                    extendedAgreements += expected == a.has(type) ? 1 : 0;
                }
            }
        }
        assertTrue(coreMismatches.isEmpty(), "core flags disagree with the facts:\n" + String.join("\n", coreMismatches));
        double agreement = extendedAgreements / (double) extendedPairs;
        assertTrue(agreement >= 0.85, "extended flags agree on " + agreement + " of license/flag pairs");
    }

    private static String compare(FlagType type, JsonNode fact, boolean expected, ClauseAnalysis a) {
        List<ClauseFlag> flags = a.flags().stream().filter(f -> f.type() == type).toList();
        if (expected != !flags.isEmpty()) {
            return expected ? "missed" : "spurious on: " + flags.get(0).text();
        }
        if (!expected) {
            return null;
        }
        return switch (type) {
            case MAU_THRESHOLD -> same(Set.of(fact.path("users").asLong()),
                    flags.stream().map(f -> f.values().get("users")).collect(Collectors.toSet()));
            case GEOGRAPHIC_EXCLUSION -> {
                Set<String> found = new TreeSet<>();
                flags.forEach(f -> ((List<?>) f.values().get("regions")).forEach(r -> found.add(r.toString())));
                yield same(regions(fact), found);
            }
            case REVENUE_THRESHOLD -> same(Set.of(fact.path("amount").asLong() + " " + fact.path("currency").asText()),
                    flags.stream().map(f -> f.values().get("amount") + " " + f.values().get("currency"))
                            .collect(Collectors.toSet()));
            default -> null;
        };
    }

    private static Set<String> regions(JsonNode fact) {
        Set<String> r = new TreeSet<>();
        fact.path("regions").forEach(x -> r.add(x.asText()));
        return r;
    }

    private static String same(Set<?> expected, Set<?> actual) {
        return expected.equals(actual) ? null : "expected " + expected + ", found " + actual;
    }
}

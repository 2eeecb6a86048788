package org.licenselens.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.clause.FlagType;
import org.licenselens.testing.Documents;
import org.licenselens.testing.TestCorpus;

class ModelDirectoryScanTest {
    @TempDir
    Path dir;

    /** A Llama 3.1 model repository whose card claims Apache-2.0, with a vendored GPL-2.0 dependency. */
    static Path modelDirectory(Path root) {
        String llama = TestCorpus.licenseText("llama-3.1-license-2024");
        ScanTrees.write(root, "LICENSE", llama);
        ScanTrees.write(root, "LICENSE.pdf", Documents.pdf(ScanTrees.wrap(llama, 100)));
        ScanTrees.write(root, "README.md", "---\nlicense: apache-2.0\nlibrary_name: transformers\n---\n\n# A model\n\nWeights.\n");
        ScanTrees.write(root, "USE_POLICY.md", ScanTrees.corpusFile("model-repos/llama3_1-acceptable-use-policy.md"));
        ScanTrees.write(root, "third_party/x/COPYING", TestCorpus.licenseText("gpl-2.0"));
        ScanTrees.write(root, "config.json", "{\"model_type\": \"llama\"}\n");
        ScanTrees.write(root, ".git/HEAD", "ref: refs/heads/main\n");
        return root;
    }

    @Test
    void reportsFilesKeysExpressionMismatchAndFlags() {
        ScanResult result = ScanTrees.scan(modelDirectory(dir));
        assertEquals(List.of(
                "LICENSE license llama-3.1-license-2024",
                "LICENSE.pdf license llama-3.1-license-2024",
                "README.md readme",
                "USE_POLICY.md policy",
                "third_party/x/COPYING license gpl-2.0"), ScanTrees.files(result));
        assertEquals("pdf", result.files().get(1).result().kind());
        assertEquals(List.of(".git/ vcs"), ScanTrees.skipped(result));
        assertEquals(1, result.summary().skipped().get(SkipReason.NOT_LICENSE_FILE), "config.json");
        assertEquals("llama-3.1-license-2024 AND gpl-2.0", result.expression());
        assertEquals("apache-2.0", result.declaredExpression());

        assertEquals(1, result.declared().size());
        Declaration card = result.declared().getFirst();
        assertEquals(List.of("README.md", "2", "model-card", "license", "apache-2.0", "apache-2.0"),
                List.of(card.path(), String.valueOf(card.line()), card.source(), card.field(), card.value(), card.expression()));

        assertEquals(1, result.mismatches().size());
        Mismatch m = result.mismatches().getFirst();
        assertEquals(card, m.declared());
        assertEquals(List.of("apache-2.0"), m.missing());
        assertEquals(List.of(
                new DetectedLicense("LICENSE", "llama-3.1-license-2024", List.of("llama-3.1-license-2024")),
                new DetectedLicense("LICENSE.pdf", "llama-3.1-license-2024", List.of("llama-3.1-license-2024"))),
                m.detected());

        assertEquals(List.of("use-restriction=[LICENSE, LICENSE.pdf, USE_POLICY.md]", "mau-threshold=[LICENSE, LICENSE.pdf]",
                "attribution-naming=[LICENSE, LICENSE.pdf]"),
                result.flags().stream().map(f -> f.type().jsonName() + "=" + f.files()).toList());
        FlagSite mau = result.flags().get(1).sites().getFirst();
        assertEquals(FlagType.MAU_THRESHOLD, mau.flag().type());
        assertEquals(700_000_000L, ((Number) mau.flag().values().get("users")).longValue());
        assertEquals(31, mau.flag().startLine());

        // The verbatim GPL-2.0 carries no flag: OSI approval vouches for that text (see OsiApprovedClausesTest).
        assertEquals(List.of("1 mismatch README.md", "2 flags LICENSE", "3 flags LICENSE.pdf", "4 flags USE_POLICY.md"),
                result.review().stream().map(r -> r.rank() + " " + r.kind().jsonName() + " " + r.path()).toList());
        assertEquals(new ScanSummary(5, 0, 0, java.util.Map.of(SkipReason.NOT_LICENSE_FILE, 1, SkipReason.VCS, 1), 1, 1, 4),
                result.summary());
        assertFalse(result.partial());
    }
}

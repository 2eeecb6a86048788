package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.scan.ScanListener;
import org.licenselens.scan.ScanOptions;
import org.licenselens.scan.ScanResult;
import org.licenselens.testing.ModelDirectory;
import org.licenselens.testing.TestCorpus;

/** The model directory's acceptable-use policy is one finding with its item count, in text, JSON and SARIF. */
class PolicyFindingTest {
    private static ScanResult result;
    private static ReportContext context;

    @BeforeAll
    static void scan(@TempDir Path dir) {
        result = TestCorpus.lens().scan(ScanOptions.of(ModelDirectory.write(dir)), ScanListener.NONE);
        context = new ReportContext(TestCorpus.lens().licenses(), false);
    }

    @Test
    void textHasOnePolicyFinding() throws IOException {
        StringWriter out = new StringWriter();
        ScanTextReport.write(out, context, result, true);
        String finding = "acceptable-use policy: " + policyItems() + " items";
        List<String> policy = out.toString().lines().filter(l -> l.contains(finding)).toList();
        // The per-file notes, the repository's flag list and the review queue each say it once.
        assertEquals(3, policy.size(), out.toString());
        assertTrue(out.toString().lines().noneMatch(l -> l.contains("USE_POLICY.md:11")), out.toString());
    }

    /** How many items the classifier found in the policy: every report must give that one count. */
    private static int policyItems() throws IOException {
        return policyFinding().get("count").asInt();
    }

    private static JsonNode policyFinding() throws IOException {
        StringWriter out = new StringWriter();
        ScanJsonReport.write(out, context, result);
        for (JsonNode f : new ObjectMapper().readTree(out.toString()).get("flags")) {
            if (f.get("type").asText().equals("use-restriction")) {
                for (JsonNode finding : f.get("findings")) {
                    if (finding.get("kind").asText().equals("policy")) {
                        return finding;
                    }
                }
            }
        }
        throw new AssertionError("no policy finding in " + out);
    }

    @Test
    void jsonKeepsTheItemsUnderTheFinding() throws IOException {
        StringWriter out = new StringWriter();
        ScanJsonReport.write(out, context, result);
        JsonNode use = null;
        for (JsonNode f : new ObjectMapper().readTree(out.toString()).get("flags")) {
            use = f.get("type").asText().equals("use-restriction") ? f : use;
        }
        List<JsonNode> policies = new ArrayList<>();
        use.get("findings").forEach(f -> {
            if (f.get("kind").asText().equals("policy")) {
                policies.add(f);
            }
        });
        assertEquals(1, policies.size(), use.toString());
        JsonNode policy = policies.getFirst();
        assertEquals("USE_POLICY.md", policy.get("path").asText());
        // The Llama 3.1 policy lists about thirty prohibited uses; the items are the finding's count.
        assertTrue(policy.get("count").asInt() >= 25, policy.toString());
        assertEquals(policy.get("count").asInt(), policy.get("items").size());
        assertTrue(policy.get("categories").size() >= 3, policy.get("categories").toString());
    }

    @Test
    void sarifHasOneResultForThePolicy() throws IOException {
        StringWriter out = new StringWriter();
        SarifReport.write(out, context, result);
        List<JsonNode> policy = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(out.toString()).at("/runs/0/results")) {
            if (r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().equals("USE_POLICY.md")) {
                policy.add(r);
            }
        }
        assertEquals(1, policy.size(), policy.toString());
        assertTrue(policy.getFirst().at("/message/text").asText().contains("acceptable-use policy: " + policyItems() + " items"),
                policy.toString());
    }
}

package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.TestCorpus;

/** The decision workflow end to end: accept an item, see the gate pass, change a file, see it return. */
class ReviewDecisionsTest {
    private static final String REASON = "Meta's Llama 3.1 license governs; the card's apache-2.0 is wrong upstream";

    @TempDir
    Path dir;

    private Path modelDirectory() throws IOException {
        Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("llama-3.1-license-2024"));
        Files.writeString(dir.resolve("README.md"), "---\nlicense: apache-2.0\n---\n# model\n");
        Files.writeString(dir.resolve("USE_POLICY.md"),
                Files.readString(TestCorpus.root().resolve("model-repos/llama3_1-acceptable-use-policy.md")));
        return dir;
    }

    private static JsonNode mismatchItem(JsonNode report) {
        for (JsonNode item : report.get("review")) {
            if (item.get("kind").asText().equals("mismatch")) {
                return item;
            }
        }
        throw new AssertionError("no mismatch item: " + report.get("review"));
    }

    @Test
    void anAcceptedMismatchPassesTheGateUntilTheLicenseChanges() throws IOException {
        Path root = modelDirectory();
        Cli.Result before = Cli.command("scan", "--format", "json", "--fail-on", "mismatch", root.toString());
        assertEquals(3, before.exitCode(), before.err());
        JsonNode item = mismatchItem(before.json());
        assertEquals("open", item.get("status").asText());
        String id = item.get("id").asText();
        assertTrue(id.matches("mismatch-[0-9a-f]{8}"), id);

        Cli.Result accept = Cli.command("review", "--accept", "mismatch:README.md", "--reason", REASON,
                "--by", "Jane Doe <jane@example.com>", root.toString());
        assertEquals(0, accept.exitCode(), accept.err());
        assertEquals("accepted " + id + " (mismatch:README.md) by Jane Doe <jane@example.com>: recorded in "
                + root.resolve("licenselens.yml") + "\n", accept.out());
        String policy = Files.readString(root.resolve("licenselens.yml"));
        assertTrue(policy.contains("    reason: \"" + REASON.replace("\"", "\\\"") + "\"\n"), policy);

        Cli.Result after = Cli.command("scan", "--format", "json", "--fail-on", "mismatch", root.toString());
        assertEquals(0, after.exitCode(), after.err());
        JsonNode resolved = mismatchItem(after.json());
        assertEquals(id, resolved.get("id").asText());
        assertEquals("resolved", resolved.get("status").asText());
        assertEquals(REASON, resolved.at("/decision/reason").asText());
        assertEquals("Jane Doe <jane@example.com>", resolved.at("/decision/by").asText());
        Cli.Result text = Cli.command("review", root.toString());
        // The status has a line of its own below the id, wrapped within 100 columns like every text line.
        String unwrapped = text.out().replaceAll("\n {7}(?! )", " ");
        assertTrue(unwrapped.contains("id: " + id + "\n     resolved: " + REASON + " (by Jane Doe"), text.out());

        Files.writeString(root.resolve("LICENSE"), Files.readString(root.resolve("LICENSE")) + "\nAmended.\n");
        Cli.Result changed = Cli.command("scan", "--format", "json", "--fail-on", "mismatch", root.toString());
        assertEquals(3, changed.exitCode(), changed.err());
        JsonNode back = mismatchItem(changed.json());
        assertEquals("changed", back.get("status").asText());
        assertEquals("[\"LICENSE\"]", back.get("changedSinceAccepted").toString());
        Cli.Result listed = Cli.command("review", "--decisions", root.toString());
        assertTrue(listed.out().contains(id + "  mismatch:README.md  changed since it was accepted (LICENSE)"),
                listed.out());
    }

    @Test
    void aMalformedPolicyFileIsAUsageErrorNamingFileAndLine() throws IOException {
        Path root = modelDirectory();
        Files.writeString(root.resolve("licenselens.yml"), "# ours\nfail-on: [mismatch]\nlicenses:\n  alowed: {}\n");
        Cli.Result r = Cli.command("scan", root.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("licenselens: " + root.resolve("licenselens.yml") + ":4: unknown key 'alowed' under 'licenses'; "
                + "expected one of: allowed, denied, flagged\n", r.err());
        Files.writeString(root.resolve("licenselens.yml"), "licenses:\n  denied:\n    categories: [Copyleftt]\n");
        Cli.Result category = Cli.command("scan", root.toString());
        assertEquals(2, category.exitCode(), category.err());
        assertTrue(category.err().startsWith("licenselens: " + root.resolve("licenselens.yml")
                + ":3: unknown license category 'Copyleftt'; LicenseDB categories are: "), category.err());
    }

    @Test
    void anAcceptedLineageConflictPassesTheGateUntilTheCardChanges() throws IOException {
        Path root = modelDirectory();
        Files.writeString(root.resolve("README.md"), "---\nlicense: apache-2.0\nbase_model: "
                + "meta-llama/Llama-3.1-8B-Instruct\nbase_model_relation: finetune\n---\n# model\n");
        Cli.Result before = Cli.command("scan", "--format", "json", "--fail-on", "lineage-conflict", root.toString());
        assertEquals(3, before.exitCode(), before.err());
        String id = null;
        for (JsonNode item : before.json().get("review")) {
            if (item.get("kind").asText().equals("lineage-conflict")) {
                id = item.get("id").asText();
            }
        }
        assertTrue(id != null && id.matches("lineage-conflict-[0-9a-f]{8}"), before.json().get("review").toString());

        Cli.Result accept = Cli.command("review", "--accept", id, "--reason", "relicensed by agreement", "--by", "QA",
                root.toString());
        assertEquals(0, accept.exitCode(), accept.err());
        Cli.Result after = Cli.command("scan", "--format", "json", "--fail-on", "lineage-conflict", root.toString());
        assertEquals(0, after.exitCode(), after.err());

        Files.writeString(root.resolve("README.md"), Files.readString(root.resolve("README.md")) + "More.\n");
        Cli.Result changed = Cli.command("scan", "--format", "json", "--fail-on", "lineage-conflict", root.toString());
        assertEquals(3, changed.exitCode(), changed.err());
        JsonNode back = null;
        for (JsonNode item : changed.json().get("review")) {
            if (item.get("id").asText().equals(id)) {
                back = item;
            }
        }
        assertTrue(back != null, changed.json().get("review").toString());
        assertEquals("changed", back.get("status").asText());
        assertEquals("[\"README.md\"]", back.get("changedSinceAccepted").toString());
    }

    @Test
    void aDeniedLicenseTripsTheGateAndIgnoredPathsAreNotRead() throws IOException {
        Path root = modelDirectory();
        Files.createDirectories(root.resolve("vendor"));
        Files.writeString(root.resolve("vendor/COPYING"), TestCorpus.licenseText("gpl-2.0"));
        Files.writeString(root.resolve("policy.yml"), "licenses:\n  denied:\n    keys: [llama-3.1-license-2024]\n"
                + "ignore: [vendor/]\n");
        Cli.Result r = Cli.command("scan", "--format", "json", "--policy", root.resolve("policy.yml").toString(),
                root.toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("denied: LICENSE:1: llama-3.1-license-2024 is denied by "), r.err());
        JsonNode json = r.json();
        assertEquals(1, json.at("/summary/skipped/ignored").asInt(), json.get("summary").toString());
        assertEquals("denied", json.at("/policy/licenses/0/verdict").asText(), json.get("policy").toString());
    }
}

package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.openness.Releases;

/** {@code scan --openness} in every format, and {@code compare} of model folders. */
class OpennessCommandTest {
    @TempDir
    static Path work;

    private static Path llama;
    private static Path tooling;

    @BeforeAll
    static void releases() throws Exception {
        llama = Releases.weightsOnlyLlama(Files.createDirectories(work.resolve("llama")));
        tooling = Releases.tooling(Files.createDirectories(work.resolve("tooling")));
    }

    private static void fitsTheWidth(String out) {
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 100, "over 100 columns: " + line);
        }
    }

    @Test
    void textNamesTheVerdictAndTheClausesWithinOneHundredColumns() {
        Cli.Result r = Cli.command("scan", "--openness", llama.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("release openness"), r.out());
        assertTrue(r.out().contains("  MOF: no MOF class"), r.out());
        assertTrue(r.out().contains("mau-threshold LICENSE:"), r.out());
        fitsTheWidth(r.out());
        assertEquals(1, r.out().split("model parameters \\(final\\) needs", -1).length - 1,
                "each license gap is shown once, at the lowest class it blocks");
    }

    @Test
    void jsonSarifAndHtmlCarryTheSameVerdict() {
        JsonNode json = Cli.command("scan", "--openness", "--format", "json", tooling.toString()).json();
        JsonNode openness = json.get("openness");
        assertEquals("II", openness.get("mofClass").asText());
        JsonNode weights = null;
        for (JsonNode c : openness.get("components")) {
            weights = c.get("component").asText().equals("final-parameters") ? c : weights;
        }
        assertEquals(3, weights.get("evidence").size(), "two shards and their index");
        assertEquals("model-card", weights.get("licenses").get(0).get("source").asText());
        assertEquals("Apache-2.0", weights.get("licenses").get(0).get("expression").asText());

        JsonNode sarif = Cli.command("scan", "--openness", "--format", "sarif", llama.toString()).json();
        JsonNode run = sarif.get("runs").get(0);
        boolean found = false;
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals("openness/mof-class")) {
                found |= result.get("message").get("text").asText().contains("MAU cap");
                assertEquals("openness/mof-class",
                        run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText());
            }
        }
        assertTrue(found, run.get("results").toString());

        String html = Cli.command("scan", "--openness", "--format", "html", llama.toString()).out();
        assertTrue(html.contains("id=\"openness\"") && html.contains("no MOF class"), html);
    }

    @Test
    void compareOfFoldersSetsTheReleasesSideBySide() {
        Cli.Result text = Cli.command("compare", llama.toString(), tooling.toString());
        assertEquals(0, text.exitCode(), text.err());
        fitsTheWidth(text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.matches("MOF class\\s+none\\s+II")), text.out());
        JsonNode json = Cli.command("compare", "--format", "json", llama.toString(), tooling.toString()).json();
        assertEquals("none", json.at("/releases/0/openness/mofClass").asText());
        assertEquals("II", json.at("/releases/1/openness/mofClass").asText());
    }

    @Test
    void opennessOfASingleFileIsBadUsageBeforeAnyScan() {
        Cli.Result r = Cli.command("scan", "--openness", llama.resolve("README.md").toString());
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().contains("--openness judges a model folder, not a file"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aFolderAndALicenseCannotBeCompared() {
        Cli.Result r = Cli.command("compare", llama.toString(), "apache-2.0");
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().contains("either licenses or model folders"), r.err());
    }
}

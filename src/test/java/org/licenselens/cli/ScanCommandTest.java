package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.Documents;
import org.licenselens.testing.TestCorpus;

@Tag("slow") // starts child JVMs
class ScanCommandTest {
    private static final Set<String> TOP_FIELDS = Set.of("schema", "tool", "corpus", "root", "allFiles", "files",
            "skipped", "declared", "mismatches", "lineage", "expression", "scancodeExpression", "declaredExpression",
            "scancodeDeclaredExpression", "flags", "review", "policy", "summary");
    private static final Set<String> FILE_FIELDS = Set.of("path", "kind", "mediaType", "error", "licenses",
            "expression", "scancodeExpression", "unknown", "closest", "unknownRegions", "flags", "licenseList",
            "openness", "role");

    @TempDir
    Path dir;

    private Path modelDirectory() throws IOException {
        String llama = TestCorpus.licenseText("llama-3.1-license-2024");
        Files.writeString(dir.resolve("LICENSE"), llama);
        Files.write(dir.resolve("LICENSE.pdf"), Documents.pdf(llama.lines().toList().stream()
                .flatMap(l -> wrap(l).stream()).toList()));
        Files.writeString(dir.resolve("README.md"), "---\nlicense: apache-2.0\n---\n# model\n");
        Files.writeString(dir.resolve("USE_POLICY.md"),
                Files.readString(TestCorpus.root().resolve("model-repos/llama3_1-acceptable-use-policy.md")));
        Files.createDirectories(dir.resolve("third_party/x"));
        Files.writeString(dir.resolve("third_party/x/COPYING"), TestCorpus.licenseText("gpl-2.0"));
        return dir;
    }

    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String word : line.split(" ")) {
            if (b.length() + word.length() > 100) {
                out.add(b.toString());
                b.setLength(0);
            }
            b.append(b.isEmpty() ? "" : " ").append(word);
        }
        out.add(b.toString());
        return out;
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonReportOfTheModelDirectory() throws IOException {
        Cli.Result r = Cli.command("scan", "--format", "json", modelDirectory().toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = r.json();
        assertEquals(new TreeSet<>(TOP_FIELDS), fields(json));
        assertEquals("licenselens/1", json.get("schema").asText());
        for (JsonNode file : json.get("files")) {
            assertEquals(new TreeSet<>(FILE_FIELDS), fields(file), file.get("path").asText());
        }
        List<String> files = new ArrayList<>();
        json.get("files").forEach(f -> files.add(f.get("path").asText() + " " + f.get("role").asText() + " "
                + f.get("expression").asText()));
        assertEquals(List.of("LICENSE license LicenseRef-scancode-llama-3.1-license-2024",
                "LICENSE.pdf license LicenseRef-scancode-llama-3.1-license-2024", "README.md readme ",
                "USE_POLICY.md policy ", "third_party/x/COPYING license GPL-2.0-only"), files);
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024 AND GPL-2.0-only", json.get("expression").asText());
        assertEquals("llama-3.1-license-2024 AND gpl-2.0", json.get("scancodeExpression").asText());
        assertEquals("Apache-2.0", json.get("declaredExpression").asText());
        JsonNode mismatch = json.at("/mismatches/0");
        assertEquals("README.md", mismatch.at("/declared/path").asText());
        assertEquals(2, mismatch.at("/declared/line").asInt());
        assertEquals("Apache-2.0", mismatch.at("/declared/expression").asText());
        assertEquals("[\"Apache-2.0\"]", mismatch.get("missing").toString());
        assertEquals("LICENSE", mismatch.at("/detected/0/path").asText());
        assertEquals("LICENSE.pdf", mismatch.at("/detected/1/path").asText());
        List<String> flags = new ArrayList<>();
        json.get("flags").forEach(f -> flags.add(f.get("type").asText() + "=" + f.get("files")));
        assertEquals(List.of("use-restriction=[\"LICENSE\",\"LICENSE.pdf\",\"USE_POLICY.md\"]",
                "mau-threshold=[\"LICENSE\",\"LICENSE.pdf\"]", "attribution-naming=[\"LICENSE\",\"LICENSE.pdf\"]"),
                flags);
        assertEquals(700000000L, json.at("/flags/1/sites/0/values/users").asLong());
        assertEquals("mismatch", json.at("/review/0/kind").asText());
        assertEquals(5, json.at("/summary/files").asInt());
        assertEquals(0, json.at("/summary/errors").asInt());
        assertEquals(1, json.at("/summary/mismatches").asInt());
        assertEquals(0, json.at("/summary/skipped/vcs").asInt());
        assertEquals(5, json.at("/summary/visited").asInt());
    }

    @Test
    void reportWrittenInsideTheScannedTreeIsLeftOutOfTheScan() throws IOException {
        modelDirectory();
        Path html = dir.resolve("licenselens.html");
        Cli.Result page = Cli.command("scan", "--format", "html", "--output", html.toString(), dir.toString());
        assertEquals(0, page.exitCode(), page.err());
        assertEquals("", page.out(), "the report went to the file, not stdout");
        String written = Files.readString(html);
        assertTrue(written.startsWith("<!DOCTYPE html>") && written.contains("Content-Security-Policy"), written);

        // With --all-files every text file is read: the earlier report is, the one being written is not.
        Path json = dir.resolve("report.json");
        Files.writeString(json, "{}");
        Cli.Result r = Cli.command("scan", "--all-files", "--format", "json", "-o", json.toString(), dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> paths = new ArrayList<>();
        new ObjectMapper().readTree(Files.readString(json)).path("files").forEach(f -> paths.add(f.path("path").asText()));
        assertTrue(paths.contains("licenselens.html"), paths.toString());
        assertTrue(paths.stream().noneMatch(p -> p.startsWith("report.json") || p.startsWith(".report.json")), paths.toString());
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void gateTripsWithExitThreeAndNamesTheItems() throws IOException {
        modelDirectory();
        Cli.Result mismatch = Cli.command("scan", "--fail-on", "mismatch,training-ban", dir.toString());
        assertEquals(3, mismatch.exitCode(), mismatch.err());
        assertTrue(mismatch.err().contains("mismatch: README.md:2: declares Apache-2.0"), mismatch.err());
        assertFalse(mismatch.err().contains("training-ban:"), mismatch.err());

        Cli.Result several = Cli.command("scan", "--format", "json", "--fail-on", "geographic-exclusion",
                "--fail-on", "mau-threshold,category:Copyleft", dir.toString());
        assertEquals(3, several.exitCode());
        assertTrue(several.err().contains("mau-threshold: LICENSE:31:"), several.err());
        assertTrue(several.err().contains("category:Copyleft: third_party/x/COPYING:1: GPL-2.0-only is Copyleft"), several.err());
        assertTrue(several.json().has("files"), "the report is still written");

        Cli.Result passes = Cli.command("scan", "--fail-on", "unknown,training-ban,geographic-exclusion", dir.toString());
        assertEquals(0, passes.exitCode(), passes.err());
    }

    @Test
    void badGateValuesAreUsageErrors() throws IOException {
        Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Cli.Result typo = Cli.command("scan", "--fail-on", "unknwon", dir.toString());
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("unknown condition 'unknwon'"), typo.err());
        assertEquals("", typo.out());
        Cli.Result category = Cli.command("scan", "--fail-on", "category:Nope", dir.toString());
        assertEquals(2, category.exitCode());
        assertTrue(category.err().contains("unknown license category 'Nope'"), category.err());
        Cli.Result missing = Cli.command("scan", dir.resolve("missing").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        assertEquals(2, Cli.command("scan", "--threads", "0", dir.toString()).exitCode());
        assertEquals(2, Cli.command("scan", "--format", "pdf", dir.toString()).exitCode());
    }

    /** SARIF lists results, not files: there a file that could not be read is a tool notification, never silent. */
    @Test
    void unreadableFileMakesTheRunPartial() throws IOException {
        Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Files.write(dir.resolve("COPYING bin"), new byte[] {0, 1, 2, 0, 0, 3, 4, 0});
        Cli.Result r = Cli.command("scan", "--format", "json", dir.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(1, r.json().at("/summary/errors").asInt());
        assertTrue(r.json().at("/files/0/error").asText().startsWith("binary file"));
        assertEquals("unreadable", r.json().at("/review/0/kind").asText());

        Cli.Result sarif = Cli.command("scan", "--format", "sarif", dir.toString());
        assertEquals(1, sarif.exitCode(), sarif.err());
        JsonNode invocation = new ObjectMapper().readTree(sarif.out()).at("/runs/0/invocations/0");
        assertTrue(invocation.at("/executionSuccessful").asBoolean(), "the run completed; exit 1 says it is partial");
        JsonNode notifications = invocation.at("/toolExecutionNotifications");
        assertEquals(1, notifications.size(), notifications.toString());
        assertEquals("error", notifications.at("/0/level").asText());
        assertEquals("COPYING bin: binary file (application/octet-stream)", notifications.at("/0/message/text").asText());
        assertEquals("COPYING%20bin", notifications.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    /** --all-files in an ordinary repository: its archives and binaries are skipped with a reason, not errors. */
    @Test
    void allFilesSkipsArchivesAndBinariesWithAReason() throws IOException {
        Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        for (String name : List.of("lib.jar", "data.zip")) {
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
                zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.write(dir.resolve("model.safetensors"), new byte[] {8, 0, 0, 0, 0, 0, 0, 0, '{', '}', 0, 1, 2, 3});
        Cli.Result r = Cli.command("scan", "--all-files", "--format", "json", dir.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertEquals(0, r.json().at("/summary/errors").asInt(), r.out());
        java.util.Map<String, String> skipped = new java.util.TreeMap<>();
        r.json().get("skipped").forEach(s -> skipped.put(s.get("path").asText(), s.get("reason").asText()));
        assertEquals(java.util.Map.of("data.zip", "archive", "lib.jar", "archive", "model.safetensors", "binary"),
                skipped);
        Cli.Result text = Cli.command("scan", "--all-files", dir.toString());
        assertFalse(text.out().contains("ERROR"), text.out());
        assertTrue(text.out().contains("2 archive"), text.out());
    }

    /** SARIF 2.1.0: the properties GitHub code scanning requires, one result per flag, unknown text and mismatch. */
    @Test
    void sarifHasTheRequiredStructure() throws IOException {
        modelDirectory();
        Files.createDirectories(dir.resolve("odd dir"));
        Files.writeString(dir.resolve("odd dir/LICENSE"), TestCorpus.scrambled(TestCorpus.licenseText("bsd-new")));
        Cli.Result r = Cli.command("scan", "--format", "sarif", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(sarif.get("$schema").asText().contains("sarif-2.1.0"));
        JsonNode run = sarif.at("/runs/0");
        assertEquals("licenselens", run.at("/tool/driver/name").asText());
        Set<String> ruleIds = new TreeSet<>();
        run.at("/tool/driver/rules").forEach(rule -> {
            assertFalse(rule.get("id").asText().isEmpty());
            assertTrue(Set.of("error", "warning", "note").contains(rule.at("/defaultConfiguration/level").asText()));
            ruleIds.add(rule.get("id").asText());
        });
        JsonNode results = run.get("results");
        int flags = 0;
        int unknown = 0;
        int mismatches = 0;
        for (JsonNode result : results) {
            String ruleId = result.get("ruleId").asText();
            assertTrue(ruleIds.contains(ruleId), ruleId);
            assertEquals(ruleId, run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText());
            assertFalse(result.at("/message/text").asText().isBlank());
            JsonNode location = result.at("/locations/0/physicalLocation");
            String uri = location.at("/artifactLocation/uri").asText();
            assertFalse(uri.isEmpty() || uri.startsWith("/") || uri.contains(" ") || uri.contains(dir.toString()), uri);
            assertTrue(location.at("/region/startLine").asInt() >= 1);
            assertTrue(location.at("/region/endLine").asInt() >= location.at("/region/startLine").asInt());
            flags += ruleId.startsWith("flag/") ? 1 : 0;
            unknown += ruleId.equals("license/unknown") ? 1 : 0;
            mismatches += ruleId.equals("license/mismatch") ? 1 : 0;
            if (ruleId.equals("license/mismatch")) {
                // The license file is pointed to where its license is, not at its first line.
                for (JsonNode related : result.get("relatedLocations")) {
                    JsonNode region = related.at("/physicalLocation/region");
                    assertTrue(region.at("/endLine").asInt() > region.at("/startLine").asInt(), related.toString());
                }
            }
        }
        JsonNode json = Cli.command("scan", "--format", "json", dir.toString()).json();
        int findings = 0;
        for (JsonNode f : json.get("flags")) {
            findings += f.get("findings").size();
        }
        assertEquals(findings, flags, "one SARIF result per finding (a policy is one), as JSON's findings");
        assertEquals(1, unknown);
        assertEquals(1, mismatches);
        assertTrue(r.out().contains("\"uri\" : \"odd%20dir/LICENSE\""), "relative, percent-encoded URI");
    }

    @Test
    void reviewCommandListsTheQueue() throws IOException {
        modelDirectory();
        Cli.Result r = Cli.command("review", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("review queue (4 items, most pressing first)"), r.out());
        assertTrue(r.out().contains("  1. [mismatch] README.md:2-2"), r.out());
        assertTrue(r.out().contains("flag mau-threshold {users=700000000} (lines 31-31)"), r.out());
        assertFalse(r.out().contains("FILE "), "the review command prints the queue only");
        Cli.Result scan = Cli.command("scan", "--review", dir.toString());
        assertTrue(scan.out().contains("repository license: LicenseRef-scancode-llama-3.1-license-2024 AND GPL-2.0-only"));
        assertTrue(scan.out().contains("review queue (4 items"));
        assertTrue(Cli.command("scan", dir.toString()).out().lines().noneMatch(l -> l.contains("review queue")));
    }

    /**
     * Unreadable files and folders, seen by a process that cannot override permissions: a user namespace where
     * the files' owner is unmapped (the tests may run as root, which reads everything).
     */
    @Test
    void unreadableFilesAndFoldersSayPermissionDenied() throws Exception {
        Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Files.writeString(dir.resolve("COPYING"), TestCorpus.licenseText("mit"));
        Files.createDirectories(dir.resolve("private"));
        Files.writeString(dir.resolve("private/NOTICE"), "Copyright 2020 X");
        run("chown", "12345:12345", dir.resolve("COPYING").toString(), dir.resolve("private").toString());
        run("chmod", "000", dir.resolve("COPYING").toString(), dir.resolve("private").toString());
        run("chmod", "755", dir.toString());
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder("unshare", "--map-root-user", java.toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "scan", "--format", "json",
                    "--index", Cli.indexRoot().toString(), "--corpus", TestCorpus.root().toString(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, p.waitFor(), out);
            JsonNode json = new ObjectMapper().readTree(out);
            List<String> files = new ArrayList<>();
            json.get("files").forEach(f -> files.add(f.get("path").asText() + " " + f.get("role").asText() + " "
                    + (f.get("error").isNull() ? f.get("expression").asText() : "!" + f.get("error").asText())));
            assertEquals(List.of("COPYING license !permission denied", "LICENSE license MIT",
                    "private/ directory !permission denied"), files);
            assertEquals(2, json.at("/summary/errors").asInt());
        } finally {
            run("chmod", "-R", "u+rwx", dir.toString());
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
    }
}

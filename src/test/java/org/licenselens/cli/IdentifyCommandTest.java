package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.report.JsonReport;
import org.licenselens.report.ReportContext;
import org.licenselens.testing.TestCorpus;

class IdentifyCommandTest {
    private static final Set<String> TOP_FIELDS = Set.of("schema", "tool", "corpus", "files", "summary");
    private static final Set<String> FILE_FIELDS = Set.of("path", "kind", "mediaType", "error", "licenses",
            "expression", "scancodeExpression", "unknown", "closest", "unknownRegions", "flags", "licenseList", "openness");
    private static final Set<String> LICENSE_FIELDS = Set.of("key", "spdx", "name", "category", "match", "score",
            "coverage", "startLine", "endLine", "expression", "matcher", "rule");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonReportHasExactlyTheDocumentedFieldsAndNothingElseOnStdout() throws IOException {
        Path mit = write("LICENSE", TestCorpus.licenseText("mit"));
        Cli.Result r = Cli.identify("--format", "json", mit.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("{") && r.out().endsWith("}\n"), "stdout holds only the report: " + r.out());
        JsonNode json = r.json();
        assertEquals(new TreeSet<>(TOP_FIELDS), fields(json));
        assertEquals(JsonReport.SCHEMA, json.get("schema").asText());
        assertEquals("licenselens", json.at("/tool/name").asText());
        assertEquals(ReportContext.version(), json.at("/tool/version").asText());
        assertEquals(2618, json.at("/corpus/licenses").asInt());
        assertTrue(json.at("/corpus/rules").asInt() > 30_000, json.get("corpus").toString());

        JsonNode file = json.at("/files/0");
        assertEquals(1, json.get("files").size());
        assertEquals(new TreeSet<>(FILE_FIELDS), fields(file));
        assertEquals(mit.toString(), file.get("path").asText());
        assertEquals("text", file.get("kind").asText());
        assertTrue(file.get("mediaType").asText().startsWith("text/plain"), file.get("mediaType").asText());
        assertTrue(file.get("error").isNull());
        assertEquals("MIT", file.get("expression").asText());
        assertEquals("mit", file.get("scancodeExpression").asText());
        assertFalse(file.get("unknown").asBoolean());
        assertTrue(file.get("closest").isArray() && file.get("flags").isArray());

        JsonNode license = file.at("/licenses/0");
        assertEquals(1, file.get("licenses").size());
        assertEquals(new TreeSet<>(LICENSE_FIELDS), fields(license));
        assertEquals("mit", license.get("key").asText());
        assertEquals("MIT", license.get("spdx").asText());
        assertEquals("MIT License", license.get("name").asText());
        assertEquals("Permissive", license.get("category").asText());
        assertEquals("full", license.get("match").asText());
        assertEquals(1.0, license.get("score").asDouble());
        assertEquals(1.0, license.get("coverage").asDouble());
        assertEquals(1, license.get("startLine").asInt());
        assertEquals(TestCorpus.licenseText("mit").strip().split("\n").length, license.get("endLine").asInt());

        assertEquals(Set.of("files", "errors", "unknown"), fields(json.get("summary")));
        assertEquals(List.of(1, 0, 0), List.of(json.at("/summary/files").asInt(), json.at("/summary/errors").asInt(),
                json.at("/summary/unknown").asInt()));
    }

    @Test
    void unreadableFilesAmongSeveralAreAllListedAndAMissingOneExitsTwo() throws IOException {
        Path good = write("LICENSE", TestCorpus.licenseText("apache-2.0"));
        Path missing = dir.resolve("missing.txt");
        Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 9});
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Cli.Result r = Cli.identify("--format", "json", good.toString(), missing.toString(), binary.toString(),
                folder.toString());
        assertEquals(2, r.exitCode(), "a missing path is a usage error, as in scan: " + r.err());
        JsonNode files = r.json().get("files");
        assertEquals(List.of(good.toString(), missing.toString(), binary.toString(), folder.toString()),
                paths(files));
        assertTrue(files.get(0).get("error").isNull());
        assertEquals("apache-2.0", files.get(0).get("scancodeExpression").asText());
        assertEquals("no such file", files.get(1).get("error").asText());
        assertEquals("binary file (application/octet-stream)", files.get(2).get("error").asText());
        assertEquals("is a directory", files.get(3).get("error").asText());
        for (int i = 1; i < 4; i++) {
            assertTrue(files.get(i).get("kind").isNull());
            assertEquals(0, files.get(i).get("licenses").size());
            assertEquals("", files.get(i).get("expression").asText());
        }
        assertEquals(3, r.json().at("/summary/errors").asInt());
        assertEquals(4, r.json().at("/summary/files").asInt());
    }

    @Test
    void unknownOptionIsUsageError() throws IOException {
        Path mit = write("LICENSE", TestCorpus.licenseText("mit"));
        Cli.Result r = Cli.identify("--no-such-option", mit.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--no-such-option"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void noFileIsUsageError() {
        Cli.Result r = Cli.identify();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("FILE"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingCorpusIsUsageErrorNamingThePath() throws IOException {
        Path mit = write("LICENSE", TestCorpus.licenseText("mit"));
        Cli.Result r = Cli.run("identify", "--index", Cli.indexRoot().toString(), "--corpus", "/nonexistent",
                mit.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("/nonexistent") && r.err().contains("does not exist"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void argFileAddsItsPathsInOrder() throws IOException {
        Path mit = write("LICENSE-MIT", TestCorpus.licenseText("mit"));
        Path bsd = write("LICENSE-BSD", TestCorpus.licenseText("bsd-new"));
        Path args = write("files.txt", bsd + "\n" + mit + "\n");
        Cli.Result r = Cli.identify("--format", "json", "@" + args);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode files = r.json().get("files");
        assertEquals(List.of(bsd.toString(), mit.toString()), paths(files));
        assertEquals("bsd-new", files.get(0).get("scancodeExpression").asText());
        assertEquals("mit", files.get(1).get("scancodeExpression").asText());
    }

    @Test
    void textFormatIsATableWithOneRowPerMatch() throws IOException {
        Path combined = write("COPYING", TestCorpus.licenseText("mit") + "\n\n----\n\n"
                + TestCorpus.licenseText("bsd-new"));
        Cli.Result r = Cli.identify("--format", "text", combined.toString());
        assertEquals(0, r.exitCode(), r.err());
        // The table ends at the first blank line; flagged clauses and the OSD verdict follow it.
        List<String> lines = r.out().lines().takeWhile(line -> !line.isBlank()).toList();
        assertTrue(r.out().contains(combined + ": can be Open Source (OSD)"), r.out());
        assertEquals(List.of("FILE", "LICENSE", "MATCH", "SCORE", "COVER", "LINES"),
                List.of(lines.getFirst().split("\\s+")));
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith(combined + " ") && lines.get(1).contains(" MIT ")
                && lines.get(1).contains(" full "), lines.get(1));
        assertTrue(lines.get(2).contains(" BSD-3-Clause ") && lines.get(2).contains(" full "), lines.get(2));
        // Columns line up: every row's MATCH column starts where the header's does.
        int matchColumn = lines.getFirst().indexOf("MATCH");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.indexOf("full") == matchColumn), r.out());
    }

    @Test
    void diffShowsTheChangedWordsInTextAndJson() throws IOException {
        String mit = TestCorpus.licenseText("mit");
        String modified = mit.replace("free of charge", "for a small fee")
                .replace("without restriction", "with some restrictions");
        assertFalse(modified.equals(mit));
        Path file = write("LICENSE", modified);

        Cli.Result text = Cli.identify("--format", "text", "--diff", file.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains(" near "), text.out());
        assertTrue(text.out().contains("differences and flagged clauses:"), text.out());
        assertTrue(text.out().contains("small fee") && text.out().contains("free"), text.out());

        Cli.Result json = Cli.identify("--format", "json", "--diff", file.toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode license = json.json().at("/files/0/licenses/0");
        assertEquals("mit", license.get("key").asText());
        assertEquals("near", license.get("match").asText());
        JsonNode differences = license.get("differences");
        assertTrue(differences != null && differences.isArray() && differences.size() >= 2, license.toString());
        List<String> added = new ArrayList<>();
        for (JsonNode d : differences) {
            assertEquals(Set.of("startLine", "endLine", "removed", "added", "referenceStartLine", "referenceEndLine"),
                    fields(d));
            assertTrue(d.get("startLine").asInt() >= 1 && d.get("endLine").asInt() >= d.get("startLine").asInt());
            added.add(d.get("added").asText());
        }
        assertTrue(added.stream().anyMatch(a -> a.contains("small fee")), added.toString());
        assertTrue(added.stream().anyMatch(a -> a.contains("some restrictions")), added.toString());

        Cli.Result plain = Cli.identify("--format", "json", file.toString());
        assertFalse(plain.json().at("/files/0/licenses/0").has("differences"), "differences only with --diff");
        assertFalse(plain.json().at("/files/0/openness/osdCompatible").asBoolean(true),
                "'with some restrictions' added to MIT is judged on those words: " + plain.out());
        Cli.Result brief = Cli.identify("--format", "text", file.toString());
        assertTrue(brief.out().contains(differences.size() + " differences from MIT (use --diff)"), brief.out());
    }

    private static List<String> paths(JsonNode files) {
        List<String> paths = new ArrayList<>();
        files.forEach(f -> paths.add(f.get("path").asText()));
        return paths;
    }
}

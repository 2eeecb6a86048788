package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.Documents;
import org.licenselens.testing.InputFingerprint;
import org.licenselens.testing.TestCorpus;

/** {@code --output FILE}: the report goes to the file, not stdout, and no input is ever touched. */
class OutputOptionTest {
    private static final List<String> MIT = TestCorpus.licenseText("mit").lines().filter(l -> !l.isBlank()).toList();

    @TempDir
    Path dir;

    @Test
    void identifyWritesTheReportToTheFileAndNothingToStdout() throws IOException {
        Path license = Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Path report = dir.resolve("report.json");
        Cli.Result r = Cli.identify("--format", "json", "--output", report.toString(), license.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals("MIT", json.at("/files/0/expression").asText());
        assertEquals(List.of("LICENSE", "report.json"), names(dir));
    }

    @Test
    void clausesTakesTheSameOption() throws IOException {
        Path license = Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Path report = dir.resolve("clauses.txt");
        Cli.Result r = Cli.run("clauses", "--index", Cli.indexRoot().toString(), "--corpus",
                TestCorpus.root().toString(), "-o", report.toString(), license.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(report).contains("LICENSE"), Files.readString(report));
    }

    @Test
    void anOutputThatIsAnInputIsRefused() throws IOException {
        Path license = Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        byte[] before = Files.readAllBytes(license);
        Cli.Result r = Cli.identify("--output", dir.resolve(".").resolve("LICENSE").toString(), license.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("licenselens: --output " + dir.resolve(".").resolve("LICENSE")
                + " is one of the input files; inputs are never modified\n", r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(license)));
    }

    @Test
    void anOutputInAMissingFolderFailsBeforeAnyWork() {
        Path report = dir.resolve("missing").resolve("r.json");
        Cli.Result r = Cli.identify("--output", report.toString(), dir.resolve("nothing-to-read").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("licenselens: cannot write the report to " + report + ": folder " + report.getParent()
                + " does not exist\n", r.err());
    }

    @Test
    void inputsAreNeverModified() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("repo").resolve("docs"));
        Files.writeString(tree.resolveSibling("LICENSE"), TestCorpus.licenseText("apache-2.0"));
        Files.write(tree.resolve("LICENSE.pdf"), Documents.pdf(MIT));
        Files.write(tree.resolve("LICENSE.docx"), Documents.docx(MIT));
        Files.write(tree.resolve("LICENSE.odt"), Documents.odt(MIT));
        Files.writeString(tree.resolve("license.html"), Documents.htmlPage(MIT));
        Files.writeString(tree.resolve("notes.rtf"), Documents.rtf(MIT));
        Files.write(tree.resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
        try (Stream<Path> files = Files.walk(dir.resolve("repo"))) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L)); // mtime changes would show
            }
        }
        Map<String, String> before = InputFingerprint.of(dir.resolve("repo"));
        assertTrue(before.size() >= 9, before.toString());
        List<String> inputs;
        try (Stream<Path> files = Files.walk(dir.resolve("repo"))) {
            inputs = files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
        Cli.Result identify = Cli.identify(Stream.concat(Stream.of("--format", "json", "--output",
                dir.resolve("report.json").toString()), inputs.stream()).toArray(String[]::new));
        assertEquals(ExitCodes.PARTIAL, identify.exitCode(), "blob.bin is binary: " + identify.err());
        Cli.Result clauses = Cli.run(Stream.concat(Stream.of("clauses", "--index", Cli.indexRoot().toString(),
                "--corpus", TestCorpus.root().toString()), inputs.stream()).toArray(String[]::new));
        assertTrue(clauses.exitCode() <= ExitCodes.PARTIAL, clauses.err());
        assertEquals(before, InputFingerprint.of(dir.resolve("repo")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

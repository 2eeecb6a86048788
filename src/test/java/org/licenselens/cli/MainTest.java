package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.report.ReportContext;
import org.licenselens.testing.TestCorpus;

class MainTest {
    @Test
    void versionGoesToStdout() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("licenselens " + ReportContext.version() + "\n", r.out());
    }

    @Test
    void helpListsTheSubcommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("identify") && r.out().contains("bench") && r.out().contains("selfcheck"), r.out());
    }

    @Test
    void identifyHelpDocumentsTheExitCodes() {
        Cli.Result r = Cli.run("identify", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Exit codes: 0 all files analysed, 1 some files could not be read," + System.lineSeparator()
                + "2 bad usage (a path that does not exist or is a folder among them)," + System.lineSeparator()
                + "130 interrupted (SIGINT), 143 terminated (SIGTERM)."), r.out());
    }

    @Test
    void aToolNamedFirstIsTheOneBuiltAndRuns() {
        // Only the named subcommand is added to picocli; a tool found through the service loader must still run.
        Cli.Result r = Cli.run("selfcheck", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("selfcheck"), r.out());
    }

    @Test
    void unknownSubcommandIsUsageError() {
        Cli.Result r = Cli.run("identfy", "LICENSE");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("identfy"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownFormatIsUsageErrorNamingTheChoices(@TempDir Path dir) throws IOException {
        Path mit = Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Cli.Result r = Cli.identify("--format", "yaml", mit.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("yaml") && r.err().contains("json"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void formatIsCaseInsensitive(@TempDir Path dir) throws IOException {
        Path mit = Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Cli.Result r = Cli.identify("--format", "JSON", mit.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("MIT", r.json().at("/files/0/expression").asText());
    }
}

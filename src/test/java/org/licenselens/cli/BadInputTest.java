package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.clause.FlagType;

/** Each bad input of issue 12 gets a message that says what to do, and the documented exit code. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void identifyOfAFolderPointsToScan() {
        Cli.Result r = Cli.identify(dir.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertEquals(List.of("licenselens: " + dir + ": is a directory: use `licenselens scan " + dir + "`"),
                r.err().lines().toList());
    }

    @Test
    void aMissingPathIsTheSameCodeInIdentifyScanAndCompare() {
        String missing = dir.resolve("nope").toString();
        Cli.Result identify = Cli.identify(missing);
        assertEquals(List.of("licenselens: " + missing + ": no such file"), identify.err().lines().toList());
        assertEquals(ExitCodes.USAGE, identify.exitCode());
        assertEquals(ExitCodes.USAGE, Cli.command("scan", missing).exitCode());
        assertEquals(ExitCodes.USAGE, Cli.command("compare", missing, "mit").exitCode());
    }

    @Test
    void compareWithOneLicenseSaysSoInWords() {
        Cli.Result r = Cli.command("compare", "llama2");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(List.of("licenselens compare: needs at least 2 LICENSE arguments",
                "see `licenselens compare --help`"), r.err().lines().toList());
    }

    @Test
    void anUnknownOptionGivesTheErrorAndAPointerNotTheHelp() {
        Cli.Result r = Cli.command("scan", "--bogus", dir.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        List<String> err = r.err().lines().toList();
        assertEquals(2, err.size(), r.err());
        assertTrue(err.getFirst().startsWith("licenselens scan: Unknown option: '--bogus'"), r.err());
        assertEquals("see `licenselens scan --help`", err.get(1));
        assertFalse(r.err().contains("Usage:"), r.err());
    }

    @Test
    void failOnHelpListsEveryFlagType() {
        String help = Cli.run("scan", "--help").out().replaceAll("\\s+", " ");
        for (FlagType type : FlagType.values()) {
            assertTrue(help.contains(type.jsonName()), type.jsonName() + " missing from: " + help);
        }
        assertFalse(help.contains("use-restriction, ..."), "no elided list: " + help);
    }
}

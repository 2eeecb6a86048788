package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.Jvm;
import org.licenselens.testing.ModelDirectory;
import org.licenselens.testing.TestCorpus;

/**
 * {@code scan … > file} under a pseudo-terminal ({@code script}): stdout is a file, stderr the terminal, and the
 * progress bar must show there while the report stays clean.
 */
@Tag("slow") // starts a child JVM under script(1)
class ProgressOnTerminalTest {
    @TempDir
    Path dir;

    @Test
    void theBarGoesToAStderrTerminalWhenStdoutIsAFile() throws Exception {
        TestCorpus.lens(); // the shared index exists before the child opens it
        Path model = ModelDirectory.write(dir.resolve("model"));
        Path report = dir.resolve("report.json");
        List<String> java = Jvm.command("512m", List.of(), Main.class.getName(), "scan", "--format", "json",
                "--index", Cli.indexRoot().toString(), "--corpus", TestCorpus.root().toString(), model.toString());
        List<String> quoted = new ArrayList<>();
        for (String part : java) {
            quoted.add("'" + part.replace("'", "'\\''") + "'");
        }
        Path typescript = dir.resolve("typescript");
        Process p = new ProcessBuilder("script", "-qec", String.join(" ", quoted) + " > '" + report + "'",
                typescript.toString()).redirectOutput(dir.resolve("script.out").toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "scan under script finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("script.out")));
        String terminal = Files.readString(typescript).replace('\r', '\n');
        assertTrue(terminal.lines().anyMatch(l -> l.matches("\\[#+ *\\] \\d+/\\d+ .*ETA \\d+:\\d\\d")), terminal);
        assertTrue(Files.readString(report).startsWith("{") && !Files.readString(report).contains("ETA"),
                "the report holds no bar");
    }
}

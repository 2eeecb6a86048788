package org.licenselens.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchMainTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    private Path syntheticBench() throws IOException {
        Path bench = Files.createDirectories(root.resolve("bench/lic1"));
        Files.writeString(bench.resolve("a.txt"), "Licensed under the FooBar terms");
        Files.writeString(bench.resolve("a.txt.yml"), "license_expressions:\n  - foobar\n");
        Files.writeString(bench.resolve("b.txt"), "nothing here");
        Files.writeString(bench.resolve("b.txt.yml"), "notes: nothing should be detected\n");
        Path db = Files.createDirectories(root.resolve("corpus/scancode-licensedb"));
        Files.writeString(db.resolve("foobar.LICENSE"), "---\nkey: foobar\nspdx_license_key: FooBar-1.0\n---\n\nx\n");
        return root.resolve("bench");
    }

    @Test
    void registeredToolIsRunAndReported() throws IOException {
        Path bench = syntheticBench();
        Path out = root.resolve("out");
        BenchMain main = new BenchMain(log).register("fake",
                keys -> file -> file.getFileName().toString().equals("a.txt") ? Set.of("foobar") : Set.of());

        int code = main.run(new String[] {"--bench", bench.toString(), "--corpus", root.resolve("corpus").toString(),
                "--tools", "fake", "--out", out.toString()});

        assertEquals(0, code);
        String md = Files.readString(out.resolve(BenchReport.MARKDOWN));
        assertTrue(md.contains("| fake | 2 | 2 | 100.0% | 100.0% | 100.0% | 100.0% (1/1) |"), md);
        assertTrue(Files.isRegularFile(out.resolve(BenchReport.JSON_FILE)));
        assertEquals(1, Files.readAllLines(out.resolve(BenchReport.DISAGREEMENTS)).size(), "header only");
    }

    @Test
    void unavailableToolIsSkippedWithAWarning() throws IOException {
        Path bench = syntheticBench();
        BenchMain main = new BenchMain(log).register(new BenchMain.Tool("absent", () -> false,
                keys -> file -> Set.of(), 0, () -> "never runs"));

        BenchReport report = main.run(BenchMain.Options.parse(new String[] {"--bench", bench.toString(),
                "--corpus", root.resolve("corpus").toString(), "--tools", "absent"}, main.toolNames()));

        assertTrue(report.runs().isEmpty());
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("warning: absent is not installed"));
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("absent")));
    }

    @Test
    void slowPerFileToolFallsBackToASampleOverBudget() throws IOException {
        Path bench = Files.createDirectories(root.resolve("big"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(bench.resolve("f" + i), "x");
            Files.writeString(bench.resolve("f" + i + ".yml"), "license_expressions:\n  - foobar\n");
        }
        syntheticBench();
        BenchMain main = new BenchMain(log).register("slow", keys -> file -> {
            Thread.sleep(30);
            return Set.of("foobar");
        });

        // 40 files x 30 ms exceeds a 1 s budget, so the tool is scored on a sample; 40 < CLI_SAMPLE keeps all.
        BenchReport report = main.run(BenchMain.Options.parse(new String[] {"--bench", bench.toString(),
                "--corpus", root.resolve("corpus").toString(), "--tools", "slow", "--budget", "1"},
                main.toolNames()));

        assertTrue(report.runs().getFirst().note().contains("exceeds the 1 s budget"), report.runs().getFirst().note());
    }

    @Test
    void optionsDefaultToAllToolsAndRejectUnknownOnes() {
        List<String> known = new BenchMain(log).toolNames();
        assertEquals(List.of("licensecheck", "licensee", "licensee-cli"), known);

        BenchMain.Options options = BenchMain.Options.parse(new String[] {"--sample", "5"}, known);
        assertEquals(known, options.tools());
        assertEquals(5, options.sample());

        assertThrows(IllegalArgumentException.class, () -> BenchMain.Options.parse(new String[] {"--tools", "nope"}, known));
        assertThrows(IllegalArgumentException.class, () -> BenchMain.Options.parse(new String[] {"--out"}, known));
        assertThrows(IllegalArgumentException.class, () -> BenchMain.Options.parse(new String[] {"--sample", "x"}, known));
        assertEquals(2, new BenchMain(log).run(new String[] {"--bogus"}));
    }
}

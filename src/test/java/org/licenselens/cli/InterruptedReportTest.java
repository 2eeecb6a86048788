package org.licenselens.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.licenselens.testing.Jvm;
import org.licenselens.testing.TestCorpus;

/**
 * Interrupts a real {@code identify --output} or {@code scan --output} process mid-run and checks that the previous
 * report survives, byte for byte, that no temp file is left behind and that the exit code names the signal.
 */
@Tag("slow") // starts child JVMs and kills them
class InterruptedReportTest {
    /** The ScanCode data-driven test files: thousands of files, so a run lasts long enough to be interrupted. */
    private static final Path BENCH = TestCorpus.root().resolveSibling("bench").resolve("scancode-datadriven");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} stopped by SIG{1} exits {2}")
    @CsvSource({"identify, TERM, 143", "identify, INT, 130", "scan, TERM, 143", "scan, INT, 130"})
    void anInterruptedRunKeepsThePreviousReport(String command, String signal, int exitCode) throws Exception {
        Process p = startAndWaitForTempFile(command);
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        assertInterrupted(p, exitCode);
    }

    private static final byte[] OLD = "{ \"previous\" : \"report\" }\n".getBytes(StandardCharsets.UTF_8);

    /** Starts {@code identify} on every bench file, or {@code scan --all-files} of their folder, into out/. */
    private Process startAndWaitForTempFile(String command) throws Exception {
        TestCorpus.lens(); // the index exists, so the child spends its time reading, not building
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.write(out.resolve("report.json"), OLD);
        List<String> inputs;
        try (Stream<Path> files = Files.walk(BENCH)) {
            inputs = files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
        assertTrue(inputs.size() > 1000, "bench files: " + inputs.size());
        List<String> what = command.equals("scan") ? List.of("--all-files", BENCH.toString())
                : List.of("@" + Files.write(dir.resolve("args.txt"), inputs));
        List<String> args = new ArrayList<>(List.of(command, "--index", Cli.indexRoot().toString(), "--format", "json",
                "--output", out.resolve("report.json").toString()));
        args.addAll(what);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Process p = Jvm.start(Jvm.command("512m", List.of("-Djava.io.tmpdir=" + tmp), Main.class.getName(),
                args.toArray(String[]::new)), dir.resolve("stdout"), dir.resolve("stderr"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (outFiles().size() < 2) {
            assertTrue(p.isAlive(), command + " ended before it could be interrupted: " + stderr());
            assertTrue(System.nanoTime() < deadline, "no temp report appeared: " + outFiles());
            Thread.sleep(20);
        }
        Thread.sleep(1500); // well into the reading: the report is only written at the end
        assertTrue(p.isAlive(), command + " ended before it could be interrupted: " + stderr());
        return p;
    }

    private void assertInterrupted(Process p, int exitCode) throws Exception {
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "process did not stop");
        assertEquals(exitCode, p.exitValue(), stderr());
        assertArrayEquals(OLD, Files.readAllBytes(dir.resolve("out").resolve("report.json")), "old report changed");
        assertEquals(List.of("report.json"), outFiles(), "temp files left behind");
        assertEquals("", Files.readString(dir.resolve("stdout")), "nothing goes to stdout with --output");
        try (Stream<Path> left = Files.list(dir.resolve("tmp"))) {
            assertEquals(List.of(), left.toList(), "temporary copies of documents left behind");
        }
    }

    private List<String> outFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr"));
    }
}

package org.licenselens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.licenselens.testing.TestCorpus;

/**
 * Runs the command line in-process with stdout and stderr captured, against the shared test index.
 *
 * <p>Swaps {@link System#out} and {@link System#err}, so callers must not run in parallel (surefire runs
 * test classes one after another here).
 */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {}

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }
    }

    /** Runs {@code licenselens identify} with the test corpus and index, then {@code args}. */
    static Result identify(String... args) {
        TestCorpus.lens(); // builds the shared index once, so the CLI only ever opens it
        List<String> all = new ArrayList<>(List.of("identify", "--index", indexRoot().toString(),
                "--corpus", TestCorpus.root().toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** Runs {@code licenselens <command>} with the test corpus and index, then {@code args}. */
    static Result command(String command, String... args) {
        TestCorpus.lens();
        List<String> all = new ArrayList<>(List.of(command, "--index", indexRoot().toString(),
                "--corpus", TestCorpus.root().toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** Runs {@code licenselens args} exactly as given. */
    static Result run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            code = Main.run(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path indexRoot() {
        return Path.of("target", "test-index").toAbsolutePath();
    }
}

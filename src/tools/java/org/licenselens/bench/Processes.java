package org.licenselens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs external tools for the baselines. */
final class Processes {
    private Processes() {
    }

    /**
     * Runs {@code command} and returns its standard output. Standard error goes to a temporary file (so a chatty
     * tool cannot block on a full pipe) and is quoted in the exception when the exit code is not 0.
     */
    static String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        return run(command, timeoutSeconds, null);
    }

    /** Like {@link #run(List, long)}, feeding {@code stdin} to the process when not null. */
    static String run(List<String> command, long timeoutSeconds, String stdin) throws IOException, InterruptedException {
        Path err = Files.createTempFile("licenselens-bench", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            Thread feeder = feed(process, stdin);
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " timed out after " + timeoutSeconds + " s");
            }
            feeder.join();
            if (process.exitValue() != 0) {
                String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
                throw new IOException(command.getFirst() + " exited with " + process.exitValue() + ": "
                        + stderr.substring(0, Math.min(500, stderr.length())));
            }
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static Thread feed(Process process, String stdin) {
        return Thread.ofVirtual().start(() -> {
            try (var out = process.getOutputStream()) {
                if (stdin != null) {
                    out.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // The process ended early; its exit code tells the story.
            }
        });
    }

    /** Returns true if {@code command} can be started and exits with 0. */
    static boolean answers(List<String> command) {
        try {
            run(command, 60);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Returns the first output line of {@code command} that contains {@code marker}, stripped. */
    static Optional<String> firstLineMatching(List<String> command, String marker) {
        try {
            return run(command, 60).lines().filter(l -> l.contains(marker)).map(String::strip).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

package org.licenselens.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a separate JVM on the test classpath, for what only a real process shows: signals, file locks. */
public final class Jvm {
    private Jvm() {}

    /**
     * Starts {@code mainClass} with {@code args} in a new JVM, stdout and stderr to the given files.
     *
     * <p>Launched through {@code env --default-signal=INT} because a JVM keeps SIGINT ignored when its parent
     * ignored it (as a shell does for background jobs), and some tests send SIGINT on purpose.
     */
    public static Process start(Path stdout, Path stderr, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dlicenselens.corpus=" + TestCorpus.root(), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
    }
}

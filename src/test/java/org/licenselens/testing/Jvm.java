package org.licenselens.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a separate JVM on the test classpath, for what only a real process shows: signals, locks, heap. */
public final class Jvm {
    private Jvm() {}

    /**
     * Returns the command that runs {@code mainClass} with {@code args} in a new JVM with heap {@code maxHeap}.
     *
     * <p>Launched through {@code env --default-signal=INT} because a JVM keeps SIGINT ignored when its parent
     * ignored it (as a shell does for background jobs), and some tests send SIGINT on purpose.
     */
    public static List<String> command(String maxHeap, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
                "-Dlicenselens.corpus=" + TestCorpus.root()));
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Starts {@code mainClass} in a new 512 MiB JVM, stdout and stderr to the given files. */
    public static Process start(Path stdout, Path stderr, String mainClass, String... args) throws IOException {
        return start(command("512m", List.of(), mainClass, args), stdout, stderr);
    }

    /** Starts {@code command}, stdout and stderr to the given files. */
    public static Process start(List<String> command, Path stdout, Path stderr) throws IOException {
        return new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }
}

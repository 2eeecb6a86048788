package org.licenselens.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Waits up to {@code timeoutSeconds} for {@code p} to end, sampling its resident set's high-water mark
     * ({@code VmHWM}) every 50 ms.
     *
     * @return the largest high-water mark seen, in KiB (the last sample is taken at most 50 ms before the end)
     * @throws IllegalStateException if the process is still running after the timeout
     */
    public static long waitForPeakRssKiB(Process p, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long peak = 0;
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("process did not finish in " + timeoutSeconds + " s");
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException e) {
                // ended between waitFor and the read
            }
        }
        return peak;
    }

    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    /** The JVM option that logs every collection to {@code file}, for {@link #peakHeapMiB}. */
    public static String gcLog(Path file) {
        return "-Xlog:gc:file=" + file;
    }

    /** The largest heap in use before any collection logged in {@code gcLog}, in MiB: the run's peak heap. */
    public static long peakHeapMiB(Path gcLog) throws IOException {
        long peak = 0;
        Matcher m = GC_HEAP.matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }
}

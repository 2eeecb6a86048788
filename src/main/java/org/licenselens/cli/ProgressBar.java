package org.licenselens.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.licenselens.scan.ScanListener;

/**
 * A one-line progress bar on stderr: files done/total, rate and time left. Drawn only when stderr is a
 * terminal, and at most ten times a second, so it never slows a scan or litters a CI log.
 */
final class ProgressBar implements ScanListener {
    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintStream err;
    private volatile int total;
    private volatile long startNanos;
    private long lastDraw;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    /** A progress bar when stderr is a terminal, else a listener that prints nothing. */
    static ScanListener forStderr() {
        return stderrIsTerminal() ? new ProgressBar(System.err) : ScanListener.NONE;
    }

    /**
     * Whether stderr is a terminal, whatever stdout is: {@code scan --format json . > report.json} wants the bar.
     * Java only says whether stdin and stdout are ({@link System#console()}), so on Linux the link of file
     * descriptor 2 is read; elsewhere the console decides.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return isTerminal();
        }
    }

    /** Whether stdout/stderr are a terminal: {@code System.console()} and, on Java 22+, {@code Console.isTerminal()}. */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 returns a console even when redirected; isTerminal() tells the truth (absent on 21, where
            // a non-null console already means a terminal).
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void started(int count) {
        total = count;
        startNanos = System.nanoTime();
    }

    @Override
    public synchronized void fileDone(int done) {
        long now = System.nanoTime();
        if (now - lastDraw < INTERVAL_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(done, total, (now - startNanos) / 1e9));
        err.flush();
    }

    @Override
    public synchronized void finished() {
        err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        err.flush();
    }

    /** The bar for {@code done} of {@code total} after {@code seconds}. */
    static String line(int done, int total, double seconds) {
        double share = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(share * WIDTH);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? clock((total - done) / rate) : "--:--";
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + "  "
                + String.format(Locale.ROOT, "%.0f files/s", rate) + "  ETA " + eta;
    }

    /** {@code m:ss} under an hour, else {@code h:mm:ss}. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s < 3600 ? String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}

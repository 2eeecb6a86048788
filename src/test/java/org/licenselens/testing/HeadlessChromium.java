package org.licenselens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Renders an HTML file in headless Chromium (Debian's {@code chromium}) and returns the DOM as the browser built
 * it, after its scripts (if any were allowed to run) have run.
 *
 * <p>Every run gets a fresh profile in a new temporary folder, deleted afterwards, with networking, sync,
 * component updates and first-run tasks off, so runs are independent and never reach the network. A missing
 * browser, a non-zero exit or a run longer than the timeout fails with a message that says so: tests that use
 * this harness never skip. {@code .ci/run} installs {@code chromium} on a fresh machine.
 *
 * <pre>{@code
 * Document dom = HeadlessChromium.render(page);               // jsoup Document of the rendered DOM
 * String html = HeadlessChromium.dumpDom(page, Duration.ofSeconds(30));
 * }</pre>
 *
 * <p>Thread-safe: each call starts its own browser.
 */
public final class HeadlessChromium {
    /** The browser, unless the system property {@code licenselens.chromium} names another. */
    public static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");
    /** Long enough for a cold start on a loaded 2-core machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

    private HeadlessChromium() {
    }

    /** Returns the browser binary this harness runs. */
    public static Path binary() {
        String property = System.getProperty("licenselens.chromium");
        return property == null || property.isBlank() ? DEFAULT_BINARY : Path.of(property);
    }

    /** Renders {@code htmlFile} within {@link #DEFAULT_TIMEOUT} and parses the rendered DOM with jsoup. */
    public static Document render(Path htmlFile) {
        return Jsoup.parse(dumpDom(htmlFile, DEFAULT_TIMEOUT));
    }

    /**
     * Renders {@code htmlFile} and returns the serialized DOM Chromium printed ({@code --dump-dom}).
     *
     * @throws IllegalStateException if the browser is missing, fails, or does not finish within {@code timeout}
     */
    public static String dumpDom(Path htmlFile, Duration timeout) {
        return run(htmlFile, timeout, List.of("--dump-dom"), (work, stdout) -> {
            String dom = Files.readString(stdout, StandardCharsets.UTF_8);
            if (dom.isBlank()) {
                throw new IllegalStateException("headless Chromium printed no DOM for " + htmlFile);
            }
            return dom;
        });
    }

    /**
     * Renders {@code htmlFile} in a window {@code width} pixels wide and returns the height of its content: the
     * last screenshot row that differs from the page's background below it.
     */
    public static int contentHeight(Path htmlFile, int width) {
        int tallest = 16_000;
        return run(htmlFile, DEFAULT_TIMEOUT, List.of("--hide-scrollbars", "--window-size=" + width + "," + tallest,
                "--screenshot=SHOT"), (work, stdout) -> {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(work.resolve("shot.png").toFile());
            int background = image.getRGB(0, image.getHeight() - 1);
            for (int y = image.getHeight() - 1; y >= 0; y--) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (image.getRGB(x, y) != background) {
                        return y + 1;
                    }
                }
            }
            return 0;
        });
    }

    private interface Output<T> {
        T read(Path work, Path stdout) throws IOException;
    }

    private static <T> T run(Path htmlFile, Duration timeout, List<String> mode, Output<T> output) {
        Path browser = binary();
        if (!Files.isExecutable(browser)) {
            throw new IllegalStateException("headless Chromium is required for the HTML report tests but " + browser
                    + " is missing or not executable: install it with 'apt-get install -y chromium' (.ci/run does"
                    + " this) or point the system property licenselens.chromium at a Chromium binary");
        }
        if (!Files.isRegularFile(htmlFile)) {
            throw new IllegalArgumentException("not a file: " + htmlFile);
        }
        Path work = null;
        Process process = null;
        try {
            work = Files.createTempDirectory("licenselens-chromium-");
            Path profile = Files.createDirectory(work.resolve("profile"));
            Path stdout = work.resolve("dom.html");
            Path stderr = work.resolve("stderr.txt");
            List<String> command = new java.util.ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                    "--user-data-dir=" + profile));
            for (String m : mode) {
                command.add(m.replace("SHOT", work.resolve("shot.png").toString()));
            }
            command.add(htmlFile.toAbsolutePath().toUri().toString());
            process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("headless Chromium did not render " + htmlFile + " within "
                        + timeout.toSeconds() + " s" + tail(stderr));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("headless Chromium exited with " + process.exitValue()
                        + " rendering " + htmlFile + tail(stderr));
            }
            return output.read(work, stdout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run headless Chromium " + browser, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Chromium rendered " + htmlFile, e);
        } finally {
            if (process != null) {
                // The wrapper script's browser and its helper processes are ours: none may outlive the call.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            deleteTree(work);
        }
    }

    private static String tail(Path stderr) {
        try {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.contains("dbus")).toList();
            return lines.isEmpty() ? "" : "; stderr ends with:\n" + String.join("\n",
                    lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary profile costs disk space only; the render result stands.
        }
    }
}

package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.TestCorpus;

/** Every way identify can fail on a file: the file is reported with its error, the run exits 1. */
class FileErrorsTest {
    @TempDir
    Path dir;

    private static JsonNode onlyFile(Cli.Result r) {
        JsonNode files = r.json().get("files");
        assertEquals(1, files.size(), r.out());
        return files.get(0);
    }

    private static void assertError(Path file, String error, String... options) {
        assertError(1, file, error, options);
    }

    private static void assertError(int code, Path file, String error, String... options) {
        String[] args = new String[options.length + 3];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "--format";
        args[options.length + 1] = "json";
        args[options.length + 2] = file.toString();
        Cli.Result r = Cli.identify(args);
        assertEquals(code, r.exitCode(), r.err());
        assertEquals("licenselens: " + file + ": " + error, r.err().lines().filter(l -> l.contains(file.toString()))
                .findFirst().orElse("").replaceAll(": use `.*`$", ""), "one line on stderr: " + r.err());
        JsonNode f = onlyFile(r);
        assertEquals(file.toString(), f.get("path").asText());
        assertEquals(error, f.get("error").asText(), f.toString());
        assertEquals(0, f.get("licenses").size());
        assertEquals(1, r.json().at("/summary/errors").asInt());
    }

    @Test
    void missingFile() {
        assertError(2, dir.resolve("nope.txt"), "no such file");
    }

    @Test
    void directory() {
        assertError(2, dir, "is a directory");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 7 == 0 ? 0 : i);
        }
        assertError(Files.write(dir.resolve("a.out"), bytes), "binary file (application/octet-stream)");
    }

    @Test
    void emptyFileIsNoErrorAndNoLicense() throws IOException {
        Path empty = Files.createFile(dir.resolve("EMPTY"));
        Cli.Result r = Cli.identify("--format", "json", empty.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode f = onlyFile(r);
        assertTrue(f.get("error").isNull(), f.toString());
        assertEquals(0, f.get("licenses").size());
        assertEquals("", f.get("expression").asText());
        assertTrue(!f.get("unknown").asBoolean());

        Cli.Result text = Cli.identify(empty.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("(no license found)"), text.out());
    }

    /** The limit is in MiB, so a file just over one MiB is refused with {@code --max-file-size 1}. */
    @Test
    void fileOverTheSizeLimit() throws IOException {
        String mit = TestCorpus.licenseText("mit");
        Path big = Files.writeString(dir.resolve("BIG"), mit.repeat(1024 * 1024 / mit.length() + 2));
        assertTrue(Files.size(big) > 1024 * 1024);
        assertError(big, "exceeds 1 MiB limit", "--max-file-size", "1");
    }

    @Test
    void zeroSizeLimitIsAUsageError() throws IOException {
        Path mit = Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Cli.Result r = Cli.identify("--max-file-size", "0", mit.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("maxBytes"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void fifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        // Only a guard against hanging forever: opening a FIFO for reading blocks until a writer appears.
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertError(fifo, "not a regular file (fifo/socket/device)"));
    }

    @Test
    void goodFileBesideAFifoIsStillIdentified() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor(), "mkfifo");
        Path mit = Files.writeString(dir.resolve("LICENSE"), TestCorpus.licenseText("mit"));
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.identify("--format", "json", fifo.toString(), mit.toString()));
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("mit", r.json().at("/files/1/scancodeExpression").asText());
        assertEquals("not a regular file (fifo/socket/device)", r.json().at("/files/0/error").asText());
    }
}

package org.licenselens.extract;

import org.licenselens.text.LineMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Test program run in its own small-heap JVM: extracts each argument with the default limits and prints one
 * tab-separated line per file: name, outcome, and how many bytes the process read while extracting it.
 */
public final class ExtractFiles {
    private ExtractFiles() {}

    public static void main(String[] args) throws Exception {
        TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());
        // Load the plain-text path's classes first, so a file's read count is the file, not class loading.
        extractor.extract("warm-up.txt", "warm up".getBytes(StandardCharsets.UTF_8));
        for (String arg : args) {
            Path file = Path.of(arg);
            long before = bytesRead();
            Extraction result = extractor.extract(file);
            long read = bytesRead() - before;
            String outcome = switch (result) {
                case ExtractionFailure f -> "error: " + f.message();
                case ExtractedText t -> "text: " + t.kind() + " " + t.text().length() + " chars " + LineMap.of(t.text()).lineCount()
                        + " lines " + sha256(t.text());
            };
            System.out.println(file.getFileName() + "\t" + outcome + "\t" + read);
        }
        System.out.println("abandoned\t" + TikaBackend.abandoned());
    }

    /** Bytes this process has read through read() calls so far (Linux {@code /proc/self/io}, rchar). */
    private static long bytesRead() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
            if (line.startsWith("rchar:")) {
                return Long.parseLong(line.substring(6).strip());
            }
        }
        throw new IOException("no rchar in /proc/self/io");
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

package org.licenselens.corpus;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the parsing of one corpus file (front-matter split, YAML, field validation) through the loader's own
 * per-file entry points: a file is either a valid license or rule, or a {@link CorpusFormatException} with a
 * message. Anything else would abort the whole corpus load instead of reporting one bad file.
 */
@Tag("slow") // attaches the Jazzer agent
class FrontMatterFuzzTest {
    private static final Path DIR = tempDir();
    private static final Path LICENSE = DIR.resolve("fuzz.LICENSE");
    private static final Path RULE = DIR.resolve("fuzz_1.RULE");

    @FuzzTest(maxDuration = "10m")
    void corpusFile(byte[] input) throws IOException {
        Files.write(LICENSE, input);
        Files.write(RULE, input);
        try {
            LicenseEntry license = CorpusLoader.license(LICENSE);
            assertEquals("fuzz", license.key());
            assertNotNull(license.text());
        } catch (CorpusFormatException e) {
            assertMessage(e);
        }
        try {
            Rule rule = CorpusLoader.rule(RULE);
            assertFalse(rule.text().isBlank(), "a loaded rule has text");
            for (Span s : rule.requiredPhrases()) {
                assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= rule.text().length(), s.toString());
            }
        } catch (CorpusFormatException e) {
            assertMessage(e);
        }
    }

    private static void assertMessage(CorpusFormatException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "problem without a message");
        assertFalse(e.getMessage().contains("\n"), "multi-line problem: " + e.getMessage());
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("licenselens-fuzz-corpus");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

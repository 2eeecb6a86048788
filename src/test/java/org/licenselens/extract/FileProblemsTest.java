package org.licenselens.extract;

import org.licenselens.testing.Documents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.licenselens.extract.Corpus.assertFailure;
import static org.licenselens.extract.Corpus.assertText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemsTest {
    private static final String MIT = Corpus.licenseBody("mit");
    private final TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void readsARegularFile() throws IOException {
        Path file = Files.writeString(dir.resolve("LICENSE"), MIT);
        ExtractedText t = assertText(extractor.extract(file));
        assertEquals(MIT, t.text());
        ExtractedText inMemory = assertText(extractor.extract("LICENSE", MIT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(t.text(), t.mediaType(), t.kind()),
                List.of(inMemory.text(), inMemory.mediaType(), inMemory.kind()));
    }

    @Test
    void readsADocumentFile() throws IOException {
        Path file = Files.write(dir.resolve("LICENSE.pdf"), Documents.pdf(Corpus.nonBlankLines(MIT)));
        assertEquals("pdf", assertText(extractor.extract(file)).kind());
    }

    @Test
    void missingFile() {
        ExtractionFailure f = assertFailure(extractor.extract(dir.resolve("nope.txt")));
        assertEquals("no such file", f.message());
        assertNull(f.mediaType());
    }

    @Test
    void directory() {
        assertEquals("is a directory", assertFailure(extractor.extract(dir)).message());
    }

    @Test
    void emptyFileIsEmptyText() throws IOException {
        Path file = Files.createFile(dir.resolve("empty"));
        assertEquals("", assertText(extractor.extract(file)).text());
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() throws IOException {
        Path file = Files.writeString(dir.resolve("LICENSE"), MIT);
        TextExtractor small = new TextExtractor(new ExtractionLimits(512, 1000, Duration.ofSeconds(10)));
        assertEquals("exceeds 512 bytes limit", assertFailure(small.extract(file)).message());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (!canOpen(file)) {
            // Refused on size alone, so an unreadable oversized file never gets as far as opening.
            assertEquals("exceeds 512 bytes limit", assertFailure(small.extract(file)).message());
        }
    }

    /** Opening a FIFO for reading blocks until a writer appears; the extractor must refuse it without opening. */
    @Test
    void fifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        // A generous guard only: if the extractor opened the FIFO this would hang forever instead of failing.
        Extraction result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(fifo));
        assertEquals("not a regular file (fifo/socket/device)", assertFailure(result).message());
    }

    @Test
    void deviceIsRefused() {
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) {
            assertEquals("not a regular file (fifo/socket/device)",
                    assertFailure(extractor.extract(devNull)).message());
        }
    }

    /** Root reads files whatever their mode, so there the file must simply be read. */
    @Test
    void unreadableFileIsPermissionDeniedUnlessWeAreRoot() throws IOException {
        Path file = Files.writeString(dir.resolve("LICENSE"), MIT);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Extraction result = extractor.extract(file);
        if (canOpen(file)) {
            assertEquals(MIT, assertText(result).text());
        } else {
            assertEquals("permission denied", assertFailure(result).message());
        }
    }

    private static boolean canOpen(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}

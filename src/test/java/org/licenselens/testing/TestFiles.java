package org.licenselens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of fixture trees at test time, creating their folders; the tests' one writer. */
public final class TestFiles {
    private TestFiles() {}

    /** Writes {@code text} as UTF-8 to {@code relative} under {@code root} and returns the file. */
    public static Path write(Path root, String relative, String text) {
        return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code relative} under {@code root} and returns the file. */
    public static Path write(Path root, String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.licenselens.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads license texts from the ScanCode LicenseDB corpus at test time; no corpus text lives in the repo. */
final class CorpusTexts {
    private CorpusTexts() {}

    /** Returns the directory holding the {@code *.LICENSE} files. */
    static Path licenseDir() {
        Path root = Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
        Path dir = root.resolve("scancode-licensedb");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("corpus not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    /** Returns all license files, sorted by name. */
    static List<Path> licenseFiles() {
        try (Stream<Path> files = Files.list(licenseDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".LICENSE")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the body of the license with {@code key}, after its YAML front matter. */
    static String body(String key) {
        return body(licenseDir().resolve(key + ".LICENSE"));
    }

    /** Returns the body of a license file, after its YAML front matter, with {@code \n} line ends. */
    static String body(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 3);
                if (end >= 0) {
                    text = text.substring(end + 5);
                }
            }
            return text.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

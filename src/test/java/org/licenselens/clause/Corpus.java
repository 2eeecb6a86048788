package org.licenselens.clause;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads license texts from the shared corpus at test time; nothing of the corpus is kept in the repository. */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
    }

    static String text(String relative) {
        try {
            return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("corpus text missing: " + relative, e);
        }
    }

    static String license(String key) {
        return text("scancode-licensedb/" + key + ".LICENSE");
    }
}

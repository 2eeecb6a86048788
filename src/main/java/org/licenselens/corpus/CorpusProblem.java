package org.licenselens.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A corpus file that could not be loaded, and why. The file is left out of the {@link Corpus}; the rest loads.
 *
 * @param path    the offending file
 * @param message what is wrong with it, specific enough to fix it
 */
public record CorpusProblem(Path path, String message) {
    public CorpusProblem {
        Objects.requireNonNull(path, "path");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a corpus problem needs a message");
        }
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

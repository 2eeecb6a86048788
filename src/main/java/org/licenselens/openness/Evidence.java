package org.licenselens.openness;

import java.util.Objects;

/**
 * One piece of evidence: a file of the release, a line when one line says it, and what it shows.
 *
 * @param path display path relative to the release root
 * @param line 1-based line, or 0 for the whole file
 * @param note what the file or line shows, e.g. "defines class LlamaModel(PreTrainedModel)"
 */
public record Evidence(String path, int line, String note) {
    public Evidence {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(note, "note");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** Returns {@code path:line}, or the path for a whole file. */
    public String location() {
        return line == 0 ? path : path + ":" + line;
    }
}

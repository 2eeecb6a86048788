package org.licenselens.analysis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to analyse, carried once through the pipeline: where it is and how reports name it.
 *
 * @param file    the file to read
 * @param display how reports name it: the path as given on the command line, or relative to a scan's root
 */
public record FilePath(Path file, String display) {
    public FilePath {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(display, "display");
    }

    /** The file named by the path as given. */
    public static FilePath asGiven(Path file) {
        return new FilePath(file, file.toString());
    }
}

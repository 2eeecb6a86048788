package org.licenselens.scan;

import java.util.Objects;
import org.licenselens.analysis.FileResult;

/**
 * One analysed path of a scan: its role and what the facade found in it (or its error).
 *
 * @param role   why it was analysed
 * @param result the identification; {@code result.path()} is the display path relative to the root
 */
public record ScannedFile(FileRole role, FileResult result) {
    public ScannedFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(result, "result");
    }

    public String path() {
        return result.path();
    }

    public boolean failed() {
        return result.failed();
    }

    /** Whether the file holds license-like text that no known license explains. */
    public boolean unknown() {
        return !result.failed() && result.detection().unknown();
    }
}

package org.licenselens.scan;

import java.util.Objects;

/**
 * A visited path that was not analysed.
 *
 * @param path   display path relative to the root (see {@link DisplayPaths})
 * @param reason why it was skipped
 * @param detail more about it (the link target, {@code fifo}), or {@code null}
 */
public record Skipped(String path, SkipReason reason, String detail) {
    public Skipped {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}

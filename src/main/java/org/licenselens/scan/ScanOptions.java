package org.licenselens.scan;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to scan and how.
 *
 * @param root     a folder (repository, model directory) or a single file
 * @param allFiles read every text file for notices and SPDX lines, not only license-bearing ones
 * @param threads  worker threads, at least 1
 */
public record ScanOptions(Path root, boolean allFiles, int threads) {
    public ScanOptions {
        Objects.requireNonNull(root, "root");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Scans {@code root}, license-bearing files only, on every core. */
    public static ScanOptions of(Path root) {
        return new ScanOptions(root, false, Runtime.getRuntime().availableProcessors());
    }

    public ScanOptions withAllFiles(boolean all) {
        return new ScanOptions(root, all, threads);
    }

    public ScanOptions withThreads(int count) {
        return new ScanOptions(root, allFiles, count);
    }
}

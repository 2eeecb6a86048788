package org.licenselens.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to scan and how.
 *
 * @param root     a folder (repository, model directory) or a single file
 * @param allFiles read every text file for notices and SPDX lines, not only license-bearing ones
 * @param threads  worker threads, at least 1
 * @param excluded files the walk leaves out as if they were not there (absolute, normalized): the scan's own
 *                 report and its temporary copy, when written inside the scanned tree
 * @param ignore   glob patterns of root-relative display paths that are counted as {@link SkipReason#IGNORED},
 *                 not read (a policy file's {@code ignore:}); a pattern ending in {@code /} covers the folder's
 *                 whole subtree
 * @param baseModels the user's base model mapping file ({@code --base-models}), tried after the tree and the
 *                   shipped registry; {@code null} for none
 */
public record ScanOptions(Path root, boolean allFiles, int threads, Set<Path> excluded, List<String> ignore,
        Path baseModels) {
    public ScanOptions {
        Objects.requireNonNull(root, "root");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
        ignore = List.copyOf(ignore);
    }

    /** Scans without ignore patterns or a base model mapping file. */
    public ScanOptions(Path root, boolean allFiles, int threads, Set<Path> excluded) {
        this(root, allFiles, threads, excluded, List.of(), null);
    }

    /** Scans {@code root} as given, leaving nothing out. */
    public ScanOptions(Path root, boolean allFiles, int threads) {
        this(root, allFiles, threads, Set.of());
    }

    /** Scans {@code root}, license-bearing files only, on every core. */
    public static ScanOptions of(Path root) {
        return new ScanOptions(root, false, Runtime.getRuntime().availableProcessors());
    }

    public ScanOptions withAllFiles(boolean all) {
        return new ScanOptions(root, all, threads, excluded, ignore, baseModels);
    }

    public ScanOptions withThreads(int count) {
        return new ScanOptions(root, allFiles, count, excluded, ignore, baseModels);
    }

    public ScanOptions withExcluded(Set<Path> files) {
        return new ScanOptions(root, allFiles, threads, files, ignore, baseModels);
    }

    public ScanOptions withIgnored(List<String> patterns) {
        return new ScanOptions(root, allFiles, threads, excluded, patterns, baseModels);
    }

    public ScanOptions withBaseModels(Path file) {
        return new ScanOptions(root, allFiles, threads, excluded, ignore, file);
    }
}

package org.licenselens.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A cheap identity of a corpus' files, to tell whether an index built from it is stale.
 *
 * <p>The fingerprint is a SHA-256 over the sorted (relative path, size, last-modified time in nanoseconds)
 * of every {@code .LICENSE} and {@code .RULE} file of the location, extra license directories included. No
 * file content is read, so it runs on every start. It changes when a file is added, removed, renamed, resized
 * or touched. Trade-off: an edit that keeps the size and the modification time (a tool that restores
 * timestamps, or two writes within the file system's time granularity) goes unnoticed; moving the whole
 * corpus root does not change it, since paths are relative to the root (extra directories are identified by
 * their absolute path and position, because their order decides overrides).
 *
 * <p>The directory listing is sequential (one {@code readdir} pass); the per-file {@code stat} calls, which
 * dominate the cost, run in parallel.
 */
public final class CorpusFingerprint {
    /** Bumped when the fingerprinted facts change, so old fingerprints never match new ones. */
    private static final String FORMAT = "licenselens-corpus-fingerprint-1";

    private CorpusFingerprint() {
    }

    /**
     * Returns the fingerprint of {@code location} as 64 lowercase hex digits.
     *
     * @throws UncheckedIOException if a directory cannot be listed or a listed file cannot be read
     */
    public static String of(CorpusLocation location) {
        List<Entry> entries = new ArrayList<>(40_000);
        entries.addAll(entries(location.licenseDir(), CorpusLocation.LICENSE_DIR + "/", ".LICENSE"));
        if (Files.isDirectory(location.rulesDir())) {
            entries.addAll(entries(location.rulesDir(), CorpusLocation.RULES_DIR + "/", ".RULE"));
        }
        List<Path> extras = location.extraLicenseDirs();
        for (int i = 0; i < extras.size(); i++) {
            entries.addAll(entries(extras.get(i), "extra[" + i + "]=" + extras.get(i) + "/", ".LICENSE"));
        }
        entries.sort(Comparator.comparing(Entry::name));
        return digest(entries);
    }

    /**
     * Returns a stamp of the corpus folders themselves: their paths and modification times.
     *
     * <p>Three {@code stat} calls instead of 38,000, so it can run on every start of the command line. Adding,
     * removing or renaming a file changes its folder's modification time, and so do {@code git checkout} and
     * {@code git pull}, which replace files rather than rewrite them. An in-place edit that leaves the folder
     * alone does not; {@link #of} sees it, and callers fall back to {@link #of} whenever the stamp differs.
     */
    public static String stamp(CorpusLocation location) {
        List<Entry> entries = new ArrayList<>();
        List<Path> dirs = new ArrayList<>(List.of(location.licenseDir(), location.rulesDir()));
        dirs.addAll(location.extraLicenseDirs());
        for (Path dir : dirs) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
                entries.add(new Entry(dir.toAbsolutePath().toString(), attributes.size(),
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            } catch (IOException e) {
                entries.add(new Entry(dir.toAbsolutePath() + " (missing)", -1, -1));
            }
        }
        return digest(entries);
    }

    private record Entry(String name, long size, long modifiedNanos) {
    }

    private static List<Entry> entries(Path dir, String prefix, String suffix) {
        List<Path> files = new ArrayList<>();
        // No glob filter and no isRegularFile here: both cost per file; the stat below tells regular files.
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path file : stream) {
                if (file.getFileName().toString().endsWith(suffix)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return files.parallelStream().map(file -> entry(file, prefix)).filter(Objects::nonNull).toList();
    }

    /** Returns the entry of a regular file, or {@code null} for anything else. */
    private static Entry entry(Path file, String prefix) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            return new Entry(prefix + file.getFileName(), attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (NoSuchFileException e) {
            // Deleted between listing and stat: fingerprint it as gone, the next run sees a settled state.
            return new Entry(prefix + file.getFileName(), -1, -1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat " + file, e);
        }
    }

    private static String digest(List<Entry> entries) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        StringBuilder line = new StringBuilder(128);
        sha.update((FORMAT + '\n').getBytes(StandardCharsets.UTF_8));
        for (Entry entry : entries) {
            line.setLength(0);
            line.append(entry.name).append('\0').append(entry.size).append('\0').append(entry.modifiedNanos)
                    .append('\n');
            sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}

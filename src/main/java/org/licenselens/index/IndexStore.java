package org.licenselens.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.licenselens.internal.FileTrees;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.licenselens.corpus.Corpus;
import org.licenselens.corpus.CorpusFingerprint;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.corpus.CorpusLocation;

/**
 * Keeps built indexes on disk, one folder per corpus fingerprint, and opens or (re)builds them.
 *
 * <p>A build happens under a file lock into a temporary folder that is renamed into place, so concurrent runs
 * build once and never read a half-built index. A damaged index is detected by its checksums and rebuilt.
 */
public final class IndexStore {
    /** Bumped whenever tokenization or the file layout changes, so old indexes are not reused. */
    static final String ENGINE_VERSION = "4";
    /** How many built indexes are kept, most recently used first (see {@link #keepRecent}). */
    static final int KEPT = 4;

    /** Prefix of the folder a build writes into before it is renamed into place. */
    static final String BUILDING = ".building-";
    private static final java.util.concurrent.ConcurrentMap<Path, Object> BUILD_MONITORS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private IndexStore() {}

    /** Returns the default index root: {@code $LICENSELENS_INDEX}, else {@code $XDG_CACHE_HOME/licenselens}. */
    public static Path defaultRoot() {
        String env = System.getenv("LICENSELENS_INDEX");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("licenselens").toAbsolutePath().normalize();
    }

    /**
     * Opens the index of the corpus at {@code location}, building it first when it is missing, stale or damaged.
     *
     * @param location  the corpus
     * @param indexRoot folder holding indexes
     * @param log       receives one-line progress messages meant for stderr
     */
    public static LicenseIndex open(CorpusLocation location, Path indexRoot, Consumer<String> log) {
        // The cheap folder stamp names the index last used for this corpus; only when it differs is the full,
        // per-file fingerprint computed (38,000 stats cost about a second in a cold JVM).
        Path pointer = indexRoot.resolve("current-" + CorpusFingerprint.stamp(location).substring(0, 24));
        try {
            Path remembered = readPointer(pointer, indexRoot);
            Path reported = null;
            if (remembered != null) {
                try {
                    return load(remembered, null);
                } catch (IOException | RuntimeException e) {
                    log.accept("index at " + remembered + " is unusable (" + e.getMessage() + "); rebuilding it");
                    reported = remembered;
                }
            }
            String fingerprint = ENGINE_VERSION + "-" + CorpusFingerprint.of(location);
            Path dir = indexRoot.resolve("index-" + fingerprint.substring(0, Math.min(fingerprint.length(), 26)));
            Files.createDirectories(indexRoot);
            // A file lock excludes other processes only; threads of this one queue on the monitor first.
            synchronized (BUILD_MONITORS.computeIfAbsent(indexRoot.toAbsolutePath().normalize(), k -> new Object())) {
                Path seen = reported;
                return loadOrBuildLocked(location, fingerprint, indexRoot, dir, pointer,
                        dir.equals(seen) ? message -> { } : log, log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open or build the license index in " + indexRoot, e);
        }
    }

    /** {@code damageLog} gets the "unusable" message, muted when the caller already reported that same index. */
    private static LicenseIndex loadOrBuildLocked(CorpusLocation location, String fingerprint, Path indexRoot,
                                                  Path dir, Path pointer, Consumer<String> damageLog,
                                                  Consumer<String> log) throws IOException {
        try (FileChannel lockFile = FileChannel.open(indexRoot.resolve("build.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
            removeInterruptedBuilds(indexRoot, log);
            LicenseIndex index = null;
            if (Files.isDirectory(dir)) {
                try {
                    index = load(dir, fingerprint);
                } catch (IOException | RuntimeException e) {
                    damageLog.accept("index at " + dir + " is unusable (" + e.getMessage() + "); rebuilding it");
                    deleteTree(dir);
                }
            }
            if (index == null) {
                build(location, fingerprint, indexRoot, dir, log);
                index = load(dir, fingerprint);
            }
            writePointer(pointer, dir);
            return index;
        }
    }

    private static Path readPointer(Path pointer, Path indexRoot) {
        try {
            String name = Files.readString(pointer).strip();
            Path dir = indexRoot.resolve(name);
            return name.startsWith("index-") && Files.isDirectory(dir) ? dir : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void writePointer(Path pointer, Path dir) throws IOException {
        Path tmp = Files.createTempFile(pointer.getParent(), ".current-", ".tmp");
        Files.writeString(tmp, dir.getFileName().toString() + "\n");
        Files.move(tmp, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void build(CorpusLocation location, String fingerprint, Path indexRoot, Path dir,
                              Consumer<String> log) throws IOException {
        long started = System.nanoTime();
        List<String> older = indexes(indexRoot, dir);
        log.accept("building license index for corpus " + location.root() + (older.isEmpty() ? " (once per corpus)…"
                : " (a new corpus or engine version; " + older.size() + " other index" + (older.size() == 1 ? "" : "es")
                + " kept, up to " + KEPT + " in all)…"));
        Corpus corpus = CorpusLoader.load(location);
        corpus.problems().forEach(p -> log.accept("corpus: skipped " + p.path() + ": " + p.message()));
        Path tmp = Files.createTempDirectory(indexRoot, BUILDING);
        try {
            ReferenceFile.Contents contents = IndexBuilder.build(corpus, fingerprint, tmp);
            ReferenceFile.write(tmp.resolve(ReferenceFile.NAME), contents);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
        keepRecent(indexRoot, dir);
        // The same rule count as every report's (the index leaves deprecated rules out), with the rest named.
        long deprecated = corpus.rules().stream().filter(r -> r.deprecated()).count();
        log.accept(String.format("license index built in %.1f s: %d licenses, %d rules (%d deprecated left out) → %s",
                (System.nanoTime() - started) / 1e9, corpus.licenses().size(), corpus.rules().size() - deprecated,
                deprecated, dir));
    }

    /** Loads the index in {@code dir}, checking it was built for {@code fingerprint} unless that is null. */
    private static LicenseIndex load(Path dir, String fingerprint) throws IOException {
        touch(dir);
        ReferenceFile.Contents contents = ReferenceFile.read(dir.resolve(ReferenceFile.NAME));
        if (fingerprint != null && !contents.fingerprint().equals(fingerprint)) {
            throw new IOException("index was built for another corpus");
        }
        verifyLucene(dir.resolve(IndexBuilder.LUCENE_DIR));
        return new LicenseIndex(contents.fingerprint(), contents.corpusSource(), new TermDictionary(contents.terms()),
                contents.references(), contents.licenses(), dir.resolve(IndexBuilder.LUCENE_DIR));
    }

    /**
     * Checks every Lucene file against the CRC32 in its footer. Lucene opens its index lazily and reads most files
     * only when a query touches them, so damage would otherwise surface mid-run, in the middle of a scan. Lucene
     * reads the expected value from the footer; the CRC32 of the rest is computed here over the mapped file
     * (the JDK's intrinsic), which in a cold JVM costs far less than Lucene's own checksumming input.
     */
    private static void verifyLucene(Path luceneDir) throws IOException {
        try (Directory directory = new NIOFSDirectory(luceneDir)) {
            String[] files = directory.listAll();
            if (Arrays.stream(files).noneMatch(name -> name.startsWith(IndexFileNames.SEGMENTS))) {
                throw new IOException("the Lucene index in " + luceneDir + " has no segments: half-written");
            }
            for (String name : files) {
                if (name.equals("write.lock")) {
                    continue;
                }
                long expected;
                try (IndexInput in = directory.openInput(name, IOContext.DEFAULT)) {
                    expected = CodecUtil.retrieveChecksum(in);
                }
                CRC32 crc = new CRC32();
                try (FileChannel file = FileChannel.open(luceneDir.resolve(name), StandardOpenOption.READ)) {
                    crc.update(file.map(FileChannel.MapMode.READ_ONLY, 0, file.size() - Long.BYTES));
                }
                if (crc.getValue() != expected) {
                    throw new IOException("Lucene file " + name + " fails its checksum: damaged");
                }
            }
        } catch (CorruptIndexException e) {
            throw new IOException("Lucene file is damaged: " + e.getMessage(), e);
        }
    }

    /** Names of the indexes in {@code indexRoot} other than {@code current}. */
    private static List<String> indexes(Path indexRoot, Path current) {
        try (Stream<Path> children = Files.list(indexRoot)) {
            return children.filter(p -> !p.equals(current) && p.getFileName().toString().startsWith("index-"))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Deletes the temporary folders of builds that never finished (the process was killed). Called under the
     * build lock, so no live build can own one; they are never read as an index either way.
     */
    private static void removeInterruptedBuilds(Path indexRoot, Consumer<String> log) {
        try (Stream<Path> children = Files.list(indexRoot)) {
            for (Path stale : children.filter(p -> p.getFileName().toString().startsWith(BUILDING)).toList()) {
                log.accept("removing " + stale + ", left by an interrupted index build");
                deleteTree(stale);
            }
        } catch (IOException ignored) {
            // leftovers only cost disk space
        }
    }

    /**
     * Keeps the {@link #KEPT} most recently used indexes, {@code keep} among them, and deletes the others with the
     * pointers that name them: a user who switches between two corpora (the shared one and a checkout of their own
     * licenses) builds each index once, while the disk holds at most a few (each ~30 MB).
     */
    private static void keepRecent(Path indexRoot, Path keep) {
        try (Stream<Path> children = Files.list(indexRoot)) {
            List<Path> all = children.filter(p -> p.getFileName().toString().startsWith("index-")
                    && !p.equals(keep)).sorted(java.util.Comparator.comparing(IndexStore::lastUsed).reversed()).toList();
            List<Path> dropped = all.subList(Math.min(all.size(), KEPT - 1), all.size());
            dropped.forEach(IndexStore::deleteTree);
            try (Stream<Path> pointers = Files.list(indexRoot)) {
                for (Path pointer : pointers.filter(p -> p.getFileName().toString().startsWith("current-")).toList()) {
                    Path named = readPointer(pointer, indexRoot);
                    if (named == null || dropped.contains(named)) {
                        Files.deleteIfExists(pointer);
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Old indexes only cost disk space; failing to remove them must not fail the run.
        }
    }

    private static java.nio.file.attribute.FileTime lastUsed(Path index) {
        try {
            return Files.getLastModifiedTime(index);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** Marks {@code dir} as just used, for {@link #keepRecent}: one {@code utimes}, skipped where it cannot be. */
    private static void touch(Path dir) {
        try {
            Files.setLastModifiedTime(dir, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException ignored) {
            // a read-only cache: the index works, it only cannot say it was used
        }
    }

    static void deleteTree(Path root) {
        FileTrees.deleteQuietly(root);
    }
}

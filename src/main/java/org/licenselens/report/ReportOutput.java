package org.licenselens.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a report goes: standard output, or a file that is replaced atomically.
 *
 * <p>A file report is written to a temporary file in the same folder, forced to disk and renamed over the target
 * in one atomic step, so a reader (or a crash, or Ctrl-C) sees the old report or the new one, never half of one.
 * The temporary file is created by {@link #open} before any work starts, which also checks early that the
 * report can be written at all. A shutdown hook deletes temporary files of reports not yet committed, so an
 * interrupted run (SIGINT, SIGTERM) leaves no debris; the JVM then exits with 128 + the signal (130, 143).
 *
 * <p>Use: {@code try (ReportOutput out = ReportOutput.open(file)) { write(out.writer()); out.commit(); }}.
 * Closing without committing discards the new report. Not thread-safe: one writer per report.
 */
public final class ReportOutput implements Closeable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ReportOutput::deletePending, "licenselens-report-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final Writer writer;
    private boolean committed;

    private ReportOutput(Path target, Path temp, FileChannel channel, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.writer = writer;
    }

    /** Returns an output to {@code stdout}; committing flushes it and closing leaves it open. */
    public static ReportOutput stdout(PrintStream stdout) {
        OutputStream unclosable = new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new ReportOutput(null, null, null,
                new BufferedWriter(new OutputStreamWriter(unclosable, StandardCharsets.UTF_8), 1 << 16));
    }

    /**
     * Opens a report to {@code target}, or to {@code System.out} when {@code target} is null.
     *
     * @throws IOException if {@code target} is a folder, its folder does not exist or is not writable
     */
    public static ReportOutput open(Path target) throws IOException {
        if (target == null) {
            return stdout(System.out);
        }
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write the report to " + target + ": it is a folder");
        }
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write the report to " + target + ": folder " + dir + " does not exist");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        } catch (FileSystemException e) {
            throw new IOException("cannot write the report to " + target + ": " + reason(e), e);
        }
        PENDING.add(temp);
        try {
            keepPermissions(file, temp);
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
            return new ReportOutput(file, temp, channel, writer);
        } catch (IOException | RuntimeException e) {
            discard(temp);
            throw e;
        }
    }

    /** Returns the writer the report is written to. */
    public Writer writer() {
        return writer;
    }


    /**
     * Returns the files this output writes (the report and its temporary copy), absolute; empty for standard
     * output. A scan of a tree that holds them leaves them out, so the report never describes itself.
     */
    public Set<Path> files() {
        return target == null ? Set.of() : Set.of(target, temp.toAbsolutePath().normalize());
    }

    /** Finishes the report: flushes it, and for a file forces it to disk and renames it over the target. */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("report already committed");
        }
        writer.flush();
        if (target != null) {
            channel.force(true);
            channel.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            PENDING.remove(temp);
            syncFolder(target.getParent());
        }
        committed = true;
    }

    /** Discards an uncommitted file report, leaving any previous report as it was. */
    @Override
    public void close() throws IOException {
        if (target == null) {
            writer.flush();
            return;
        }
        if (!committed) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the report is being discarded; a failed flush changes nothing
            } finally {
                discard(temp);
            }
        }
    }

    private static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary report " + temp, e);
        } finally {
            PENDING.remove(temp);
        }
    }

    private static void deletePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the JVM is exiting; nothing better can be done than trying the next one
            }
        }
    }

    // A temp file is created owner-only; the report should keep the mode of the file it replaces.
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> mode = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target) : DEFAULT_PERMISSIONS;
        view.setPermissions(mode);
    }

    // The rename is durable only once the folder entry is on disk too.
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException ignored) {
            // some file systems cannot open or sync a folder; the rename itself has already happened
        }
    }

    private static String reason(FileSystemException e) {
        String reason = e.getReason();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : reason != null ? reason.toLowerCase(java.util.Locale.ROOT) : e.toString();
    }
}

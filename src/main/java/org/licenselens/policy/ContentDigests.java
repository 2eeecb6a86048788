package org.licenselens.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 and SHA-1 of scanned files, named by their display paths relative to the scanned root. A file is read
 * read-only, only if it is a regular file inside the root (links are not followed), and each once.
 * Thread-safe.
 */
public final class ContentDigests {
    private final Path root;
    private final boolean rootIsFile;
    private final Map<String, Optional<Digest>> cache = new ConcurrentHashMap<>();

    /** The two digests of one file's bytes, hex. */
    public record Digest(String sha256, String sha1) {}

    private ContentDigests(Path root) {
        this.root = root;
        this.rootIsFile = Files.isRegularFile(root);
    }

    /** Digests of the files under {@code root}, the path that was scanned (a folder or a single file). */
    public static ContentDigests under(Path root) {
        return new ContentDigests(root);
    }

    /**
     * Returns the digests of the file at {@code display}, or empty when it is no readable regular file inside
     * the root: a folder, a link, an unreadable file, or a display path that escapes bytes that are not UTF-8
     * ({@code \xNN}), which names no file directly.
     */
    public Optional<Digest> of(String display) {
        return cache.computeIfAbsent(display, this::read);
    }

    /** The SHA-256 of the file at {@code display}, or {@code null} when it cannot be read (see {@link #of}). */
    public String sha256(String display) {
        return of(display).map(Digest::sha256).orElse(null);
    }

    /** The text of the file at {@code display} as UTF-8 (at most 1 MiB), or empty as for {@link #of}. */
    public Optional<String> text(String display) {
        Path file = resolve(display);
        try {
            if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 1 << 20) {
                return Optional.empty();
            }
            return Optional.of(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Digest> read(String display) {
        Path file = resolve(display);
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                sha1.update(buffer, 0, n);
            }
            return Optional.of(new Digest(HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(sha1.digest())));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256 and SHA-1", e);
        }
    }

    private Path resolve(String display) {
        if (rootIsFile) {
            Path name = root.getFileName();
            return name != null && name.toString().equals(display) ? root : null;
        }
        if (display.isEmpty() || display.endsWith("/") || display.contains("\\") || display.startsWith("/")) {
            return null;
        }
        Path file = root.resolve(display).normalize();
        return file.startsWith(root.normalize()) ? file : null;
    }
}

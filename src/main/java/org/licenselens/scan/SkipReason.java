package org.licenselens.scan;

/** Why a visited path was not analysed, as JSON names it. */
public enum SkipReason {
    /** Not a license-bearing file and the scan was not {@code --all-files}; only counted, never listed. */
    NOT_LICENSE_FILE("not-license-file"),
    /** Content is binary (checked by content, with {@code --all-files}). */
    BINARY("binary"),
    /**
     * An archive or a packaged binary ({@code .jar}, {@code .zip}, {@code .tar.gz}...) with {@code --all-files}:
     * licenselens reads text and documents, not the files inside an archive, so this is no error.
     */
    ARCHIVE("archive"),
    /** A version-control folder ({@code .git}, {@code .hg}, ...), not descended. */
    VCS("vcs"),
    /** A symbolic link to a file or folder inside the root: the target is read where it lives, not twice. */
    SYMLINK("symlink"),
    /** A symbolic link whose target lies outside the scanned root: never followed. */
    SYMLINK_OUT_OF_ROOT("symlink-out-of-root"),
    /** A symbolic link that loops (to itself, to a chain that loops, or to a folder above it). */
    SYMLINK_LOOP("symlink-loop"),
    /** A symbolic link to nothing. */
    BROKEN_SYMLINK("broken-symlink"),
    /** A FIFO, socket or device: never opened, because opening a FIFO blocks. */
    SPECIAL_FILE("special-file"),
    /** A folder already visited under another name (a bind mount or hard-linked folder). */
    DIRECTORY_LOOP("directory-loop"),
    /** Matches an {@code ignore} pattern of the policy file (vendored test data); only counted, never listed. */
    IGNORED("ignored");

    private final String jsonName;

    SkipReason(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Whether skipped paths of this reason are listed one by one; the others are only counted. */
    public boolean listed() {
        return this != NOT_LICENSE_FILE && this != IGNORED;
    }
}

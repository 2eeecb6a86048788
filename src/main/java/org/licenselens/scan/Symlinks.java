package org.licenselens.scan;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says what a symbolic link is, without ever following it for reading. */
final class Symlinks {
    private Symlinks() {}

    static Skipped classify(Path link, String display, Path realRoot) {
        String written = written(link);
        Path real;
        try {
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            return new Skipped(display, SkipReason.BROKEN_SYMLINK, "-> " + written);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.contains("Too many levels of symbolic links")) {
                return new Skipped(display, SkipReason.SYMLINK_LOOP, "-> " + written);
            }
            return new Skipped(display, SkipReason.BROKEN_SYMLINK, "-> " + written + " (" + reason + ")");
        } catch (IOException e) {
            return new Skipped(display, SkipReason.BROKEN_SYMLINK, "-> " + written);
        }
        if (!real.startsWith(realRoot)) {
            return new Skipped(display, SkipReason.SYMLINK_OUT_OF_ROOT, "-> " + written);
        }
        if (Files.isDirectory(real)) {
            try {
                Path here = link.toAbsolutePath().getParent().toRealPath();
                if (here.startsWith(real)) {
                    return new Skipped(display, SkipReason.SYMLINK_LOOP, "-> " + written + " (a folder above it)");
                }
            } catch (IOException e) {
                // the folder holding the link vanished: still a link into the root, so not followed
            }
        }
        String inside = realRoot.relativize(real).toString();
        return new Skipped(display, SkipReason.SYMLINK, "-> " + (inside.isEmpty() ? "." : inside));
    }

    private static String written(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}

package org.licenselens.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-tree chores shared by packages that otherwise know nothing of each other. Not public API. */
public final class FileTrees {
    private FileTrees() {}

    /**
     * Deletes {@code root} and everything below it, as far as it can: what cannot be listed or deleted stays.
     * For temporary and stale folders, whose leftovers only cost disk space; {@code null} is ignored.
     */
    public static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a folder that cannot be listed cannot be cleaned either
        }
    }
}

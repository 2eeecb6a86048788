package org.licenselens.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Names the kind of a file that is neither regular, folder nor link, from its mode bits, without opening it. */
final class Specials {
    private static final int TYPE_MASK = 0170000;

    private Specials() {}

    static String kind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & TYPE_MASK) {
                case 0010000 -> "fifo";
                case 0140000 -> "socket";
                case 0020000 -> "character device";
                case 0060000 -> "block device";
                default -> "special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "special file";
        }
    }
}

package org.licenselens.hub;

import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code licenselens hub} reads. */
enum HubInput {
    /** A tree of {@code org/name/} model folders with their README.md, LICENSE* and policy files. */
    MIRROR,
    /** JSON Lines of Hub API records: {@code id}, {@code license}, {@code tags}, {@code card_data}. Metadata only. */
    JSONL;

    /** A folder is a mirror, a file is JSON Lines. */
    static HubInput of(Path input) {
        if (Files.isDirectory(input)) {
            return MIRROR;
        }
        if (Files.isRegularFile(input)) {
            return JSONL;
        }
        throw new IllegalArgumentException("no such hub mirror or JSON Lines file: " + input);
    }
}

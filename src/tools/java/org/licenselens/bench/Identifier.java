package org.licenselens.bench;

import java.nio.file.Path;
import java.util.Set;

/** A license identifier under test: given a file, the ScanCode license keys it finds there. */
@FunctionalInterface
public interface Identifier {
    /** Returns the ScanCode keys found in {@code file}; empty when none. */
    Set<String> identify(Path file) throws Exception;
}

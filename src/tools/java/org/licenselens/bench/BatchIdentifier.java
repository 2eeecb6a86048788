package org.licenselens.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An identifier that handles many files per call, for tools whose start-up cost would dominate a per-file
 * measurement (an external process, a Ruby interpreter).
 */
public interface BatchIdentifier extends Identifier {
    /**
     * Returns the keys found in each of {@code files}. A file missing from the result counts as an error for that
     * file only.
     */
    Map<Path, Set<String>> identifyAll(List<Path> files) throws Exception;

    @Override
    default Set<String> identify(Path file) throws Exception {
        return identifyAll(List.of(file)).getOrDefault(file, Set.of());
    }
}

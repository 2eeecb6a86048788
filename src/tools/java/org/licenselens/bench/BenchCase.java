package org.licenselens.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One benchmark file and the ScanCode license keys it is expected to contain.
 *
 * @param file                the file to identify
 * @param relativePath        path below the benchmark root, with {@code /} separators (stable across machines)
 * @param expectedExpressions the ScanCode license expressions listed in the file's {@code .yml}, in order;
 *                            empty when nothing should be detected
 * @param expectedKeys        every license key of every expression (WITH exceptions included), operators dropped
 */
public record BenchCase(Path file, String relativePath, List<String> expectedExpressions, Set<String> expectedKeys) {
    public BenchCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(relativePath, "relativePath");
        expectedExpressions = List.copyOf(expectedExpressions);
        expectedKeys = Set.copyOf(expectedKeys);
        if (relativePath.isBlank()) {
            throw new IllegalArgumentException("relativePath is blank for " + file);
        }
    }

    /** Builds a case whose expected keys are derived from {@code expressions}. */
    public static BenchCase of(Path file, String relativePath, List<String> expressions) {
        return new BenchCase(file, relativePath, expressions, ExpectedKeys.keysOf(expressions));
    }
}

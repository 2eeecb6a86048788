package org.licenselens.scan;

import java.util.List;
import java.util.Objects;

/**
 * What one license file holds, as the detected side of a {@link Mismatch}.
 *
 * @param path       display path of the license file
 * @param expression its ScanCode expression (empty when it holds no known license)
 * @param keys       the license keys of the expression, plus {@code unknown-license-reference} for unknown text
 */
public record DetectedLicense(String path, String expression, List<String> keys) {
    public DetectedLicense {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expression, "expression");
        keys = List.copyOf(keys);
    }
}

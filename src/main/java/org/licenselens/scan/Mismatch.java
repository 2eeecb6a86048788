package org.licenselens.scan;

import java.util.List;
import java.util.Objects;

/**
 * A declared license that the license files of its folder do not hold: the model card says {@code apache-2.0}
 * but LICENSE is the Llama 3.1 license.
 *
 * @param declared     the declaration
 * @param declaredKeys license keys of the declaration
 * @param detected     the license files that govern the declaring file's folder (the nearest folder, going up
 *                     to the root, that has any), with what each holds
 * @param missing      declared keys none of those files holds
 */
public record Mismatch(Declaration declared, List<String> declaredKeys, List<DetectedLicense> detected,
                       List<String> missing) {
    public Mismatch {
        Objects.requireNonNull(declared, "declared");
        declaredKeys = List.copyOf(declaredKeys);
        detected = List.copyOf(detected);
        missing = List.copyOf(missing);
        if (missing.isEmpty() || detected.isEmpty()) {
            throw new IllegalArgumentException("a mismatch has missing keys and license files: " + declared.path());
        }
    }
}

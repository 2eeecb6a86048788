package org.licenselens.scan;

import java.util.List;
import java.util.Objects;

/**
 * What one model card says it derives from, and what that binds it to.
 *
 * @param path      display path of the model card
 * @param line      1-based line of its {@code base_model}
 * @param model     the model's folder, root-relative ({@code org/name}; empty for the root)
 * @param relation  {@code base_model_relation}
 * @param declared  the ScanCode expression the card (and its README's license section) declares; empty if none
 * @param bases     each base, in card order
 * @param conflicts the declared license's conflicts with the bases, in base order
 * @param problem   what could not be read ({@code base_model_relation: 'x' is not a known relation}), or {@code null}
 */
public record ModelLineage(String path, int line, String model, BaseModelRelation relation, String declared,
                           List<BaseModel> bases, List<LineageConflict> conflicts, String problem) {
    public ModelLineage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(declared, "declared");
        bases = List.copyOf(bases);
        conflicts = List.copyOf(conflicts);
        if (line < 1 || bases.isEmpty()) {
            throw new IllegalArgumentException("a lineage has a line and at least one base: " + path);
        }
    }

    /** The verdict, most pressing first: a conflict, an unknown base, no declaration, else consistent. */
    public LineageStatus status() {
        if (!conflicts.isEmpty()) {
            return LineageStatus.CONFLICT;
        }
        if (bases.stream().anyMatch(BaseModel::unknown)) {
            return LineageStatus.UNKNOWN_BASE;
        }
        return declared.isEmpty() ? LineageStatus.UNDECLARED : LineageStatus.CONSISTENT;
    }
}

package org.licenselens.scan;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.licenselens.clause.FlagType;

/**
 * A declared license that drops what a base binds its derivatives to.
 *
 * @param path         display path of the model card
 * @param line         1-based line of its {@code base_model}
 * @param relation     how the model derives from the base
 * @param base         the base's model id
 * @param baseLicense  the licenses binding the base (ScanCode expression)
 * @param declared     what the card declares (ScanCode expression)
 * @param missing      the base's licenses the declaration does not carry on: each must pass through to the
 *                     derivative (with the use policies it incorporates)
 * @param dropped      the base's terms that no declared license keeps, in flag-type order
 */
public record LineageConflict(String path, int line, BaseModelRelation relation, String base, String baseLicense,
                              String declared, List<String> missing, List<FlagType> dropped) {
    public LineageConflict {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(baseLicense, "baseLicense");
        Objects.requireNonNull(declared, "declared");
        missing = List.copyOf(missing);
        dropped = List.copyOf(dropped);
        if (line < 1 || missing.isEmpty()) {
            throw new IllegalArgumentException("a conflict has a line and a missing license: " + base);
        }
    }

    /**
     * One sentence for reports and the gate: {@code finetune of meta-llama/Llama-3.1-8B (llama-3.1-license-2024)
     * declared apache-2.0 drops: ...}.
     */
    public String reason() {
        String terms = dropped.stream().map(t -> t.jsonName() + " (" + duty(t) + ")").collect(Collectors.joining(", "));
        return relation.jsonName() + " of " + base + " (" + baseLicense + ") declared " + declared
                + " drops: the pass-through of " + String.join(" and ", missing)
                + " (a derivative is distributed under it, with the use policy it incorporates)"
                + (terms.isEmpty() ? "" : ", " + terms);
    }

    /** What a flag binds a derivative to, in a few words. */
    static String duty(FlagType type) {
        return switch (type) {
            case USE_RESTRICTION -> "its use restrictions and acceptable-use policy";
            case MAU_THRESHOLD -> "the monthly-active-user cap";
            case GEOGRAPHIC_EXCLUSION -> "the excluded territories";
            case TRAINING_BAN -> "the ban on training other models";
            case ATTRIBUTION_NAMING -> "the naming and attribution duty";
            case REVENUE_THRESHOLD -> "the revenue cap";
            case NON_COMMERCIAL -> "non-commercial use only";
            case REVOCABLE -> "rights the licensor may revoke";
            case POLICY_UPDATES -> "terms the licensor may update";
            case PASS_THROUGH -> "restrictions passed on to every recipient";
        };
    }
}

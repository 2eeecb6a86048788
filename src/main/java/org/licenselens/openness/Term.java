package org.licenselens.openness;

import java.util.Objects;
import org.licenselens.clause.FlagType;

/**
 * A flagged clause of a component's license, as evidence of what it restricts or asks.
 *
 * @param type        the flag
 * @param restricting whether it closes the license ({@code corpus/license-kinds.json}, restrictingFlags)
 * @param path        the file the clause is in (a license file of the release, or the corpus text of a declared
 *                    license, {@code scancode-licensedb/KEY.LICENSE})
 * @param startLine   first line of the clause
 * @param endLine     last line of the clause
 * @param text        the clause
 */
public record Term(FlagType type, boolean restricting, String path, int startLine, int endLine, String text) {
    public Term {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** Returns how a summary names it: "MAU cap", "naming duty", ... */
    public String shortName() {
        return switch (type) {
            case USE_RESTRICTION -> path.toLowerCase(java.util.Locale.ROOT).contains("polic") ? "AUP"
                    : "use restrictions";
            case MAU_THRESHOLD -> "MAU cap";
            case GEOGRAPHIC_EXCLUSION -> "geographic exclusion";
            case TRAINING_BAN -> "training ban";
            case ATTRIBUTION_NAMING -> "naming duty";
            case REVENUE_THRESHOLD -> "revenue cap";
            case NON_COMMERCIAL -> "non-commercial";
            case REVOCABLE -> "revocable";
            case POLICY_UPDATES -> "terms may change";
            case PASS_THROUGH -> "pass-through";
        };
    }
}

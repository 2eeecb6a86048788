package org.licenselens.clause;

import java.util.Objects;

/**
 * A clause that breaks one criterion of the Open Source Definition.
 *
 * @param criterion the OSD criterion number, 1 to 10 (5: no discrimination against persons or groups, 6: against
 *                  fields of endeavor, 7: distribution of license)
 */
public record OsdViolation(int criterion, FlagType flagType, int startLine, int endLine, String evidence) {
    public OsdViolation {
        if (criterion < 1 || criterion > 10) {
            throw new IllegalArgumentException("OSD criteria are numbered 1 to 10: " + criterion);
        }
        Objects.requireNonNull(flagType, "flagType");
        Objects.requireNonNull(evidence, "evidence");
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad lines " + startLine + ".." + endLine);
        }
    }
}

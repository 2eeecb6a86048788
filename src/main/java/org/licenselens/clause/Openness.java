package org.licenselens.clause;

import java.util.List;

/**
 * Whether a license text can be Open Source by the Open Source Definition, with the clauses that break it.
 *
 * @param osdCompatible false when some clause breaks an OSD criterion or the license is known to be closed
 * @param violations    the clauses that break an OSD criterion, in text order
 */
public record Openness(boolean osdCompatible, List<OsdViolation> violations) {
    public Openness {
        violations = List.copyOf(violations);
        if (osdCompatible && !violations.isEmpty()) {
            throw new IllegalArgumentException("a license with OSD violations cannot be OSD-compatible");
        }
    }
}

package org.licenselens.openness;

import java.util.List;
import java.util.Objects;

/**
 * OSAID 1.0 conformance: each of its three parts met or not, with the reason.
 *
 * @param conformant every part is met
 * @param parts      parameters, code, data information, in that order
 */
public record OsaidCheck(boolean conformant, List<Part> parts) {
    public OsaidCheck {
        parts = List.copyOf(parts);
        if (conformant != parts.stream().allMatch(Part::met)) {
            throw new IllegalArgumentException("OSAID conformance is every part met");
        }
    }

    /**
     * One part.
     *
     * @param part    the part
     * @param met     whether the release meets it
     * @param reason  what meets it, or why not
     * @param missing the components of the part the release lacks
     * @param failing the components whose license is not of OSI-approved terms
     */
    public record Part(OsaidPart part, boolean met, String reason, List<Component> missing, List<LicenseGap> failing) {
        public Part {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(reason, "reason");
            missing = List.copyOf(missing);
            failing = List.copyOf(failing);
        }
    }
}

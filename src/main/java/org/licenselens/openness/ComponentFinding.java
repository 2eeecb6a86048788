package org.licenselens.openness;

import java.util.List;
import java.util.Objects;

/**
 * One MOF component of the release: where it is, how it was recognised and under which licenses.
 *
 * @param component   the component
 * @param presence    in the release, or declared by the card as released elsewhere
 * @param recognition how it was recognised (for several files: the first file's way)
 * @param evidence    its files (or card lines), in walk order
 * @param licenses    the distinct licenses of its files, most specific evidence first, in evidence order
 */
public record ComponentFinding(Component component, Presence presence, Recognition recognition,
                               List<Evidence> evidence, List<ComponentLicense> licenses) {
    public ComponentFinding {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(recognition, "recognition");
        evidence = List.copyOf(evidence);
        licenses = List.copyOf(licenses);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a component is found by some evidence: " + component);
        }
    }
}

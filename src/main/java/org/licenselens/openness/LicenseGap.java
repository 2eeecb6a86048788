package org.licenselens.openness;

import java.util.Objects;

/**
 * A component whose license does not pass a class or OSAID: which license, and why.
 *
 * @param component the component
 * @param license   the license that fails
 * @param reason    why, e.g. "a weights license with use restrictions is not an open-data license"
 */
public record LicenseGap(Component component, ComponentLicense license, String reason) {
    public LicenseGap {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(reason, "reason");
    }
}

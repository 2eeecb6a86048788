package org.licenselens.openness;

import java.util.List;
import java.util.Objects;

/**
 * Whether the release reaches one MOF class, and if not, what keeps it out.
 *
 * @param mofClass     the class
 * @param reached      every required component is there (or declared) under an accepted license
 * @param missing      required components neither in the release nor declared
 * @param failing      required components whose license is of no kind the class accepts
 * @param declaredOnly required components counted on the card's word alone
 */
public record ClassCheck(MofClass mofClass, boolean reached, List<Component> missing, List<LicenseGap> failing,
                         List<Component> declaredOnly) {
    public ClassCheck {
        Objects.requireNonNull(mofClass, "mofClass");
        missing = List.copyOf(missing);
        failing = List.copyOf(failing);
        declaredOnly = List.copyOf(declaredOnly);
        if (reached != (missing.isEmpty() && failing.isEmpty())) {
            throw new IllegalArgumentException("a class is reached exactly when nothing is missing or failing");
        }
    }
}

package org.licenselens.hub;

import org.licenselens.openness.ReleaseOpenness;

/**
 * A model's release openness as the hub counts it: the MOF class its folder reaches and its OSAID 1.0 conformance.
 * A Hub API record has no files, so whether weights, code or data are released cannot be told from it: such a
 * model is {@link #NOT_ASSESSED}, never guessed.
 *
 * @param mofClass {@code III}, {@code II}, {@code I}, {@code none} or {@code not assessed}
 * @param osaid    {@code conformant}, {@code not conformant} or {@code not assessed}
 */
record Release(String mofClass, String osaid) {
    static final Release NOT_ASSESSED = new Release("not assessed", "not assessed");

    static Release of(ReleaseOpenness openness) {
        return new Release(openness.mofClass().jsonName(),
                openness.osaid().conformant() ? "conformant" : "not conformant");
    }
}

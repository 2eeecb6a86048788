package org.licenselens.policy;

import java.util.Locale;

/** What the policy file says about a license found in the scan. */
public enum LicenseVerdict {
    /** Listed under {@code allowed}: nothing to do. */
    ALLOWED,
    /** Listed under {@code flagged}: a person should look at it, the gate does not trip. */
    FLAGGED,
    /** Listed under {@code denied}: the gate trips. */
    DENIED,
    /** The policy does not mention it. */
    UNLISTED;

    /** The name reports use, e.g. {@code denied}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

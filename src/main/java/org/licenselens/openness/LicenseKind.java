package org.licenselens.openness;

import java.util.Locale;

/** The kinds of open license the MOF distinguishes. */
public enum LicenseKind {
    OPEN_SOURCE, OPEN_DATA, OPEN_CONTENT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.licenselens.openness;

import java.util.Locale;

/** The three parts the Open Source AI Definition 1.0 asks a system to make available. */
public enum OsaidPart {
    PARAMETERS, CODE, DATA_INFORMATION;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns how people name it, e.g. "data information". */
    public String title() {
        return jsonName().replace('-', ' ');
    }

    public static OsaidPart fromJsonName(String name) {
        for (OsaidPart p : values()) {
            if (p.jsonName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown OSAID part: " + name);
    }
}

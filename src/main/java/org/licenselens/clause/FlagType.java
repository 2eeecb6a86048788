package org.licenselens.clause;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of risky clause the analyzer flags, each with its fixed JSON name. */
public enum FlagType {
    USE_RESTRICTION(true),
    MAU_THRESHOLD(true),
    GEOGRAPHIC_EXCLUSION(true),
    TRAINING_BAN(true),
    ATTRIBUTION_NAMING(false),
    REVENUE_THRESHOLD(false),
    NON_COMMERCIAL(false),
    REVOCABLE(false),
    POLICY_UPDATES(false),
    PASS_THROUGH(false);

    private final boolean core;
    private final String jsonName;

    FlagType(boolean core) {
        this.core = core;
        this.jsonName = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns the name used in JSON output and annotation files, e.g. {@code mau-threshold}. */
    public String jsonName() {
        return jsonName;
    }

    /** Tells whether this is one of the four core flags held to the strictest quality targets. */
    public boolean isCore() {
        return core;
    }

    /** Returns the flag type whose {@link #jsonName()} is {@code name}. */
    public static FlagType fromJsonName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.jsonName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown flag type: " + name));
    }
}

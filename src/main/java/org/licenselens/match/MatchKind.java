package org.licenselens.match;

/** How a match relates to the known text, as JSON and tables name it. */
public enum MatchKind {
    /** The whole reference text, unmodified (title and copyright lines aside). */
    FULL("full"),
    /** A modified reference text covering at least {@link LicenseDetector#NEAR_THRESHOLD} of it. */
    NEAR("near"),
    /** A short license notice ("Licensed under the Apache License, Version 2.0 ..."). */
    NOTICE("notice"),
    /** A reference to a license by name or URL. */
    REFERENCE("reference"),
    /** A structured tag, such as a package manifest's license field. */
    TAG("tag"),
    /** An {@code SPDX-License-Identifier:} line. */
    IDENTIFIER("identifier");

    private final String jsonName;

    MatchKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** Returns the name used in reports. */
    public String jsonName() {
        return jsonName;
    }
}

package org.licenselens.match;

/** Which step of the cascade made a match, as JSON and tables name it. */
public enum Matcher {
    /** A verbatim occurrence of a known text, found by its hash ({@link ExactMatcher}). */
    EXACT("exact"),
    /** A Lucene candidate aligned term by term ({@link Aligner}). */
    ALIGNED("aligned"),
    /** An {@code SPDX-License-Identifier:} line ({@link SpdxIdentifierMatcher}). */
    SPDX_IDENTIFIER("spdx-identifier");

    private final String jsonName;

    Matcher(String jsonName) {
        this.jsonName = jsonName;
    }

    /** Returns the name used in reports. */
    public String jsonName() {
        return jsonName;
    }
}

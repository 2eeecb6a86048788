package org.licenselens.scan;

/** Why an item is in the review queue; the order is the ranking, most pressing first. */
public enum ReviewKind {
    /** License-like text that no known license explains. */
    UNKNOWN("unknown"),
    /** A modified known license ({@code near} match). */
    NEAR("near"),
    /** A declared license the license files do not hold. */
    MISMATCH("mismatch"),
    /** A model card whose declared license drops terms its base model binds derivatives to. */
    LINEAGE_CONFLICT("lineage-conflict"),
    /** A license whose clauses carry risk flags. */
    FLAGS("flags"),
    /** A file or folder that could not be read. */
    UNREADABLE("unreadable");

    private final String jsonName;

    ReviewKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}

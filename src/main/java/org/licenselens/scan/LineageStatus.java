package org.licenselens.scan;

/** The verdict on one model's lineage, most pressing first. */
public enum LineageStatus {
    /** The declared license drops terms a base binds its derivatives to. */
    CONFLICT("conflict"),
    /** Some base's license is unknown, so the lineage cannot be judged in full. */
    UNKNOWN_BASE("unknown-base"),
    /** The model declares no known license, so there is nothing to hold against its bases' terms. */
    UNDECLARED("undeclared"),
    /** The declared license keeps every inherited term. */
    CONSISTENT("consistent");

    private final String jsonName;

    LineageStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}

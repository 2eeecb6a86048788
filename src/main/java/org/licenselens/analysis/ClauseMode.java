package org.licenselens.analysis;

/** Which files get their clauses analysed. */
public enum ClauseMode {
    /** None: identification only. */
    NONE,
    /** Files that hold a license text (full, near or unknown), not mere notices in source files. */
    LICENSE_DOCUMENTS,
    /** Every readable file. */
    ALL
}

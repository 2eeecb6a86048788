package org.licenselens.match;

/**
 * One place where a {@code near} match departs from its reference text.
 *
 * @param startLine 1-based first line of the query involved (the line where text is missing, for deletions)
 * @param endLine   1-based last line of the query involved
 * @param removed   the reference's words the query lacks, as the reference writes them (LicenseDB text) or as
 *                  normalized terms (a rule's); empty for an insertion
 * @param added     the query's own text that the reference lacks, as written; empty for a deletion
 * @param referenceStartLine 1-based first line of the LicenseDB text involved (where the words go, for an
 *                  insertion); 0 when the difference is against a rule's terms, which have no lines to show
 * @param referenceEndLine   1-based last line of the LicenseDB text involved; 0 with {@code referenceStartLine}
 */
public record Difference(int startLine, int endLine, String removed, String added, int referenceStartLine,
                         int referenceEndLine) {
    public Difference {
        if (endLine < startLine) {
            throw new IllegalArgumentException("difference ends before it starts: " + startLine + ".." + endLine);
        }
        if (referenceEndLine < referenceStartLine || (referenceStartLine == 0) != (referenceEndLine == 0)) {
            throw new IllegalArgumentException("bad reference lines " + referenceStartLine + ".." + referenceEndLine);
        }
    }

    /** A difference with no reference lines to show (against a rule's terms, or an unknown text's words). */
    public Difference(int startLine, int endLine, String removed, String added) {
        this(startLine, endLine, removed, added, 0, 0);
    }

    /** Returns this difference with its texts replaced, such as shortened for a summary. */
    public Difference withTexts(String removed, String added) {
        return new Difference(startLine, endLine, removed, added, referenceStartLine, referenceEndLine);
    }
}

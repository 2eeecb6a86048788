package org.licenselens.compare;

import java.util.List;
import java.util.Objects;

/**
 * One license's clause in a row of the alignment.
 *
 * @param section   the section number the clause is in ({@code 1.b.v}), or {@code null}
 * @param startLine first line of the clause in its license text (1-based)
 * @param endLine   last line of the clause
 * @param text      the clause
 * @param diff      word-level differences from the row's reference clause (the clause of the first license that
 *                  has one); empty for the reference itself and for clauses equal to it
 */
public record AlignedClause(String section, int startLine, int endLine, String text, List<DiffSegment> diff) {
    public AlignedClause {
        Objects.requireNonNull(text, "text");
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad clause lines " + startLine + ".." + endLine);
        }
        diff = List.copyOf(diff);
    }
}

package org.licenselens.compare;

import java.util.List;

/**
 * The side-by-side comparison of two or more licenses: the flag matrix, then their clauses aligned. Immutable.
 *
 * @param documents the compared licenses, in argument order; every row's cells follow this order
 * @param matrix    one row per clause flag, then the OSD verdict
 * @param clauses   the clauses aligned in text order
 */
public record LicenseComparison(List<LicenseDocument> documents, List<MatrixRow> matrix, List<AlignedRow> clauses) {
    public LicenseComparison {
        documents = List.copyOf(documents);
        matrix = List.copyOf(matrix);
        clauses = List.copyOf(clauses);
        if (documents.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two licenses, got " + documents.size());
        }
        for (MatrixRow row : matrix) {
            requireWidth(row.cells().size(), documents.size(), "matrix row " + row.id());
        }
        for (AlignedRow row : clauses) {
            requireWidth(row.cells().size(), documents.size(), "aligned row");
        }
    }

    private static void requireWidth(int cells, int documents, String what) {
        if (cells != documents) {
            throw new IllegalArgumentException(what + " has " + cells + " cells for " + documents + " licenses");
        }
    }

    /** How many aligned clause rows have {@code status}. */
    public long clauseRows(AlignedRow.Status status) {
        return clauses.stream().filter(r -> r.status() == status).count();
    }

    /** The summary people read first: rows of the flag matrix that differ, and the clause rows by status. */
    public String summary() {
        long differing = matrix.stream().filter(MatrixRow::differs).count();
        String clausesPart = clauses.size() + " clause rows: " + clauseRows(AlignedRow.Status.SAME) + " same, "
                + clauseRows(AlignedRow.Status.CHANGED) + " changed, " + clauseRows(AlignedRow.Status.ONLY_IN)
                + " in one license only" + (documents.size() > 2
                        ? ", " + clauseRows(AlignedRow.Status.PARTIAL) + " in some only" : "");
        return documents.size() + " licenses; " + differing + " of " + matrix.size() + " flag rows differ; "
                + clausesPart;
    }

    /** Returns the row of the flag matrix with {@code id} ({@code training-ban}, {@code osd}, ...). */
    public MatrixRow row(String id) {
        return matrix.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no matrix row " + id));
    }
}

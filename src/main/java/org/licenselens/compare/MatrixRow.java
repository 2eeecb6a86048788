package org.licenselens.compare;

import java.util.List;
import java.util.Objects;

/**
 * One row of the flag matrix: a clause flag (or the OSD verdict) across all compared licenses.
 *
 * @param id    the flag's JSON name ({@code mau-threshold}, ...) or {@code osd}
 * @param label a heading for tables, e.g. {@code "MAU threshold"}
 * @param cells one cell per compared license, in argument order
 */
public record MatrixRow(String id, String label, List<MatrixCell> cells) {
    public MatrixRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
    }

    /** Tells whether the licenses differ on this row: some raise its concern and some do not. */
    public boolean differs() {
        return cells.stream().map(MatrixCell::flagged).distinct().count() > 1
                || cells.stream().map(MatrixCell::values).distinct().count() > 1;
    }
}

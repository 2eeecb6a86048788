package org.licenselens.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one license says on one row of the flag matrix.
 *
 * @param flagged  true when the license raises the concern of the row: the flag is present, or for the OSD row the
 *                 text cannot be Open Source
 * @param value    a short summary for tables: {@code "700,000,000 users"}, {@code "EU, GB"}, {@code "yes"},
 *                 {@code "no"}, {@code "not OSD: 5, 6"}
 * @param values   the typed values behind the summary, each a list of distinct values in text order ({@code users},
 *                 {@code regions}, ...), or for the OSD row {@code osdCompatible} and {@code criteria}
 * @param evidence the clauses the cell rests on, in text order; empty when nothing was found
 */
public record MatrixCell(boolean flagged, String value, Map<String, Object> values, List<Evidence> evidence) {
    public MatrixCell {
        Objects.requireNonNull(value, "value");
        values = Map.copyOf(values);
        evidence = List.copyOf(evidence);
    }
}

package org.licenselens.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the clause-by-clause alignment: the clauses of the compared licenses that say the same thing, at
 * most one per license.
 *
 * @param status how the clauses compare
 * @param cells  one entry per compared license, in argument order; empty where the license has no such clause
 */
public record AlignedRow(Status status, List<Optional<AlignedClause>> cells) {
    /** How the clauses of a row compare. */
    public enum Status {
        /** Every license has the clause, with the same words (spacing, quote and dash styles aside). */
        SAME("same"),
        /** Every license has the clause, and the words differ. */
        CHANGED("changed"),
        /** Only one license has the clause. */
        ONLY_IN("only-in"),
        /** Some licenses (more than one, not all) have the clause; theirs may differ. Only with 3+ licenses. */
        PARTIAL("partial");

        private final String jsonName;

        Status(String jsonName) {
            this.jsonName = jsonName;
        }

        /** Returns the name used in JSON reports. */
        public String jsonName() {
            return jsonName;
        }
    }

    public AlignedRow {
        Objects.requireNonNull(status, "status");
        cells = List.copyOf(cells);
        long present = cells.stream().filter(Optional::isPresent).count();
        if (present == 0) {
            throw new IllegalArgumentException("an aligned row holds at least one clause");
        }
        boolean consistent = switch (status) {
            case SAME, CHANGED -> present == cells.size();
            case ONLY_IN -> present == 1 && cells.size() > 1;
            case PARTIAL -> present > 1 && present < cells.size();
        };
        if (!consistent) {
            throw new IllegalArgumentException(status + " row with " + present + " of " + cells.size() + " clauses");
        }
    }

    /** Returns the indexes of the licenses that have this clause. */
    public List<Integer> presentIn() {
        return java.util.stream.IntStream.range(0, cells.size()).filter(i -> cells.get(i).isPresent()).boxed().toList();
    }
}

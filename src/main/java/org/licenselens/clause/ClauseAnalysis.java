package org.licenselens.clause;

import java.util.List;
import java.util.Objects;

/** What the analyzer found in one license text: the flagged clauses in text order and the openness verdict. */
public record ClauseAnalysis(List<ClauseFlag> flags, Openness openness) {
    public ClauseAnalysis {
        flags = List.copyOf(flags);
        Objects.requireNonNull(openness, "openness");
    }

    /** Tells whether some clause carries a flag of {@code type}. */
    public boolean has(FlagType type) {
        return flags.stream().anyMatch(f -> f.type() == type);
    }
}

package org.licenselens.scan;

import java.util.List;
import java.util.Objects;
import org.licenselens.clause.FlagType;

/**
 * One flag type over the whole scan: every clause that carries it, in report order.
 *
 * @param type  the flag type
 * @param sites the clauses, in file order then line order; never empty
 */
public record FlagUse(FlagType type, List<FlagSite> sites) {
    public FlagUse {
        Objects.requireNonNull(type, "type");
        sites = List.copyOf(sites);
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("a flag use has at least one site: " + type);
        }
    }

    /** The files that carry the flag, each once, in report order. */
    public List<String> files() {
        return sites.stream().map(FlagSite::path).distinct().toList();
    }
}

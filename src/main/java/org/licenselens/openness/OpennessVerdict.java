package org.licenselens.openness;

import java.io.Serializable;
import java.util.Objects;

/**
 * The verdict of one model release alone, without its evidence: small and serializable, for counting many models
 * (the share of a hub's models per MOF class, say).
 *
 * @param model           the release folder as given
 * @param mofClass        the highest MOF class reached
 * @param osaidConformant whether it conforms to OSAID 1.0
 * @param summary         the one-line summary
 */
public record OpennessVerdict(String model, MofClass mofClass, boolean osaidConformant, String summary)
        implements Serializable {
    public OpennessVerdict {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mofClass, "mofClass");
        Objects.requireNonNull(summary, "summary");
    }
}

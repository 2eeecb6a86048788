package org.licenselens.openness;

import java.util.Locale;

/** Whether a component is in the scanned release or only declared, by the model card, as released elsewhere. */
public enum Presence {
    /** Files of the scanned folder hold it. */
    IN_RELEASE,
    /** The model card links to it; never fetched, so not verified. */
    DECLARED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

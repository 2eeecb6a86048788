package org.licenselens.openness;

import java.util.Locale;

/** How a component was recognised. */
public enum Recognition {
    /** By its file name or path alone (data, weights, documents; code whose content shows nothing else). */
    NAME,
    /** By what the file holds (code). */
    CONTENT,
    /** By both name and content. */
    NAME_AND_CONTENT,
    /** By a section heading of the model card. */
    CARD_SECTION,
    /** By a field of the model card's front matter. */
    CARD_FIELD,
    /** By a link in the model card. */
    CARD_LINK;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.licenselens.scan;

import java.util.Locale;
import java.util.Optional;

/**
 * How a model derives from its base, as a model card's {@code base_model_relation} says. Every relation inherits
 * the base's terms: a quantization is the same weights, an adapter only works on them, a merge mixes several.
 */
public enum BaseModelRelation {
    FINETUNE("finetune"),
    ADAPTER("adapter"),
    QUANTIZED("quantized"),
    MERGE("merge"),
    /** The card names a base but no relation (the Hub then guesses one; licenselens does not). */
    UNSPECIFIED("unspecified");

    private final String jsonName;

    BaseModelRelation(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The relation a card's value names, compared case-insensitively; empty for any other value. */
    public static Optional<BaseModelRelation> of(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (BaseModelRelation r : values()) {
            if (r != UNSPECIFIED && r.jsonName.equals(v)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

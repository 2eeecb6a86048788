package org.licenselens.scan;

/** Where a base model's license was found, in the order they are tried. */
public enum LineageSource {
    /** The base's own folder in the scanned tree (a hub mirror laid out {@code org/name/}). */
    LOCAL("local"),
    /** The registry of well-known base families shipped in {@code corpus/base-models.json}. */
    REGISTRY("registry"),
    /** The user's mapping file, {@code --base-models FILE}. */
    MAPPING("mapping"),
    /** None of them: the base's license is not known, and is not guessed. */
    UNKNOWN("unknown");

    private final String jsonName;

    LineageSource(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}

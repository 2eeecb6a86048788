package org.licenselens.hub;

/**
 * The openness of a model's own licenses, as the hub report counts it. The place for finer classes (the release
 * openness of weights, code and data, with their per-class share) is here and in {@link HubSummary#openness}.
 */
enum OpennessVerdict {
    /** Every license the model carries keeps to the Open Source Definition. */
    OSD_COMPATIBLE("osd-compatible"),
    /** Some license the model carries breaks an OSD criterion (a use restriction, a user cap, ...). */
    RESTRICTED("restricted"),
    /** The model carries no license that could be judged: none, unknown, or a custom one not in the corpus. */
    UNDETERMINED("undetermined");

    private final String jsonName;

    OpennessVerdict(String jsonName) {
        this.jsonName = jsonName;
    }

    String jsonName() {
        return jsonName;
    }

    static OpennessVerdict of(Boolean osdCompatible) {
        return osdCompatible == null ? UNDETERMINED : osdCompatible ? OSD_COMPATIBLE : RESTRICTED;
    }
}

package org.licenselens.openness;

import java.util.Arrays;
import java.util.Locale;

/** The 17 components of the Model Openness Framework, each with its fixed JSON name (its id in the corpus rules). */
public enum Component {
    MODEL_ARCHITECTURE,
    PREPROCESSING_CODE,
    TRAINING_CODE,
    INFERENCE_CODE,
    EVALUATION_CODE,
    SUPPORTING_LIBRARIES,
    FINAL_PARAMETERS,
    INTERMEDIATE_PARAMETERS,
    DATASETS,
    EVALUATION_DATA,
    MODEL_METADATA,
    SAMPLE_OUTPUTS,
    MODEL_CARD,
    DATA_CARD,
    TECHNICAL_REPORT,
    RESEARCH_PAPER,
    EVALUATION_RESULTS;

    private final String jsonName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** Returns the name used in JSON and in {@code corpus/openness-components.json}, e.g. {@code training-code}. */
    public String jsonName() {
        return jsonName;
    }

    /** Returns the component whose {@link #jsonName()} is {@code name}. */
    public static Component fromJsonName(String name) {
        return Arrays.stream(values()).filter(c -> c.jsonName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown MOF component: " + name));
    }
}

package org.licenselens.clause;

import java.util.Objects;

/**
 * Finds risky clauses in a license text (use restrictions, user-count thresholds, territory exclusions, training
 * bans…) with their evidence and parsed values, and judges whether the text can be Open Source. Thread-safe.
 *
 * <pre>{@code
 * ClauseAnalysis a = ClauseAnalyzer.loadDefault().analyze(text, "Proprietary Free", false);
 * }</pre>
 */
public final class ClauseAnalyzer {

    private final ClauseSegmenter segmenter;
    private final ClauseClassifier classifier;

    private ClauseAnalyzer(FlagModels models) {
        this.segmenter = new ClauseSegmenter();
        this.classifier = new ClauseClassifier(models, segmenter);
    }

    /** Loads the analyzer with the trained models from the classpath, or else from {@code models/}. */
    public static ClauseAnalyzer loadDefault() {
        return new ClauseAnalyzer(FlagModels.loadDefault());
    }

    /** Creates an analyzer over already built {@code models}. */
    public static ClauseAnalyzer of(FlagModels models) {
        return new ClauseAnalyzer(Objects.requireNonNull(models, "models"));
    }

    /**
     * Analyzes one license text (YAML front matter is skipped).
     *
     * @param category    the license category if known (e.g. "Permissive", "Proprietary Free"), else null
     * @param osiApproved whether the OSI approved the license
     */
    public ClauseAnalysis analyze(String text, String category, boolean osiApproved) {
        Objects.requireNonNull(text, "text");
        var flags = classifier.classify(segmenter.segment(text));
        return new ClauseAnalysis(flags, OpennessJudge.judge(flags, category, osiApproved));
    }
}

package org.licenselens.clause;

import java.util.List;
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
        return analyze(text, category, osiApproved, List.of());
    }

    /**
     * Analyzes one license text in which the lines of {@code approved} hold an unmodified OSI-approved license.
     * A flag inside those lines that would break the OSD (a use, field, user-count or territory restriction, or
     * a pass-through of one) contradicts the OSI's review of that very text, so it is a false positive of the
     * classifier (GPL-2.0's "allowed only for noncommercial distribution" governs one way to offer source, not
     * who may use the program) and is dropped. Flags outside those lines, and in modified copies, stay.
     *
     * @param category    the license category if known, else null
     * @param osiApproved whether the OSI approved the license
     * @param approved    line ranges holding verbatim OSI-approved text; empty when there are none
     */
    public ClauseAnalysis analyze(String text, String category, boolean osiApproved, List<LineRange> approved) {
        Objects.requireNonNull(text, "text");
        var flags = classifier.classify(segmenter.segment(text)).stream()
                .filter(flag -> !OpennessJudge.breaksOsd(flag.type()) || approved.stream().noneMatch(r -> r.holds(flag)))
                .toList();
        return new ClauseAnalysis(flags, OpennessJudge.judge(flags, category, osiApproved));
    }

    /** Lines {@code startLine..endLine} of a text, both included, 1-based. */
    public record LineRange(int startLine, int endLine) {
        public LineRange {
            if (startLine < 1 || endLine < startLine) {
                throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
            }
        }

        boolean holds(ClauseFlag flag) {
            return flag.startLine() >= startLine && flag.endLine() <= endLine;
        }
    }
}

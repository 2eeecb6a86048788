package org.licenselens.clause;

import java.util.List;
import java.util.Objects;
import org.licenselens.text.LineMap;

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

    /**
     * The analyzer with the packaged models, loaded once per JVM: the models are read-only and the analyzer is
     * thread-safe, so every pipeline in the process (a library user's several lenses, a test suite's many runs)
     * shares one instead of reading the ten models again.
     */
    public static ClauseAnalyzer shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final ClauseAnalyzer INSTANCE = loadDefault();
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
        return analyze(text, LineMap.of(text), category, osiApproved, approved);
    }

    /** Like {@link #analyze(String, String, boolean, List)}, with the line map the caller built for {@code text}. */
    public ClauseAnalysis analyze(String text, LineMap lines, String category, boolean osiApproved,
            List<LineRange> approved) {
        Objects.requireNonNull(text, "text");
        return judge(classifier.classify(segmenter.segment(text, lines)), category, osiApproved, approved);
    }

    /**
     * Returns every flag the classifier raises in {@code text} (YAML front matter skipped), before OSI approval is
     * taken into account: what {@link #analyze} starts from, and what a cache of a known text keeps.
     */
    public List<ClauseFlag> flags(String text) {
        Objects.requireNonNull(text, "text");
        return classifier.classify(segmenter.segment(text));
    }

    /**
     * A known text's flags (as {@link #flags} returns them) and the stored form of its clauses' scores: what a cache
     * of corpus licenses keeps, so a later run can {@link #remember} the scores and score a modified copy of the
     * text only where it differs.
     */
    public record KnownText(List<ClauseFlag> flags, byte[] scores) {
        public KnownText {
            flags = List.copyOf(flags);
            scores = scores.clone();
        }

        @Override
        public byte[] scores() {
            return scores.clone();
        }
    }

    /** Analyses a known text (YAML front matter skipped): its flags and its clauses' scores. */
    public KnownText known(String text) {
        Objects.requireNonNull(text, "text");
        List<Clause> clauses = segmenter.segment(text);
        return new KnownText(classifier.classify(clauses), classifier.scoreTable(clauses));
    }

    /**
     * Takes the clause scores of a {@link KnownText#scores()} this analyzer's build wrote, so those clauses are not
     * scored again in this JVM. The caller keys stored tables by build: another build's models score otherwise.
     *
     * @throws java.io.IOException when {@code scores} is not such a table (damaged, another format)
     */
    public void remember(byte[] scores) throws java.io.IOException {
        classifier.remember(scores);
    }

    /**
     * Finishes an analysis from the classifier's {@code flags} (as {@link #flags} returns them): drops the OSD-breaking
     * flags inside {@code approved} and judges openness. Needs no model, so a cached text's flags cost no OpenNLP.
     *
     * @param category    the license category if known, else null
     * @param osiApproved whether the OSI approved the license
     * @param approved    line ranges holding verbatim OSI-approved text; empty when there are none
     */
    public static ClauseAnalysis judge(List<ClauseFlag> flags, String category, boolean osiApproved,
            List<LineRange> approved) {
        var kept = flags.stream()
                .filter(flag -> !OpennessJudge.breaksOsd(flag.type()) || approved.stream().noneMatch(r -> r.holds(flag)))
                .toList();
        return new ClauseAnalysis(kept, OpennessJudge.judge(kept, category, osiApproved));
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

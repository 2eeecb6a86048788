package org.licenselens.clause.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.licenselens.clause.Clause;
import org.licenselens.clause.ClauseClassifier;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.ClauseSegmenter;
import org.licenselens.clause.FlagModels;
import org.licenselens.clause.FlagType;

/**
 * Cross-validates the clause classifier grouped by license key (a license's clauses are never in both train and
 * test) and writes per-flag precision, recall, F1 and value exactness to {@code OUT/README.md}.
 *
 * <p>Usage: {@code EvaluateClauseModels --corpus DIR --annotations DIR --out DIR}
 */
public final class EvaluateClauseModels {

    static final int FOLDS = 5;
    private static final boolean SHOW_ERRORS = Boolean.getBoolean("clause.eval.errors");

    /** Counts for one flag type. */
    static final class Score {
        int tp;
        int fp;
        int fn;
        int exact;

        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double exactness() {
            return tp == 0 ? 1 : exact / (double) tp;
        }
    }

    private EvaluateClauseModels() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "--corpus", "--annotations", "--out");
        ClauseSegmenter segmenter = new ClauseSegmenter();
        List<TrainingData.LabelledClause> data = TrainClauseModels.load(a.path("--corpus"), a.path("--annotations"),
                segmenter);
        Map<FlagType, Score> scores = crossValidate(data, segmenter);
        String table = table(scores);
        System.out.print(table);
        writeReadme(a.path("--out"), data, table);
    }

    /** Returns the fold of a license key: a stable hash of the key, so folds never split a license. */
    static int fold(String key) {
        return Math.floorMod(Integer.parseUnsignedInt(TrainingData.sha256(key).substring(0, 7), 16), FOLDS);
    }

    static Map<FlagType, Score> crossValidate(List<TrainingData.LabelledClause> data, ClauseSegmenter segmenter) {
        Map<FlagType, Score> scores = new EnumMap<>(FlagType.class);
        for (FlagType t : FlagType.values()) {
            scores.put(t, new Score());
        }
        for (int f = 0; f < FOLDS; f++) {
            int fold = f;
            List<TrainingData.LabelledClause> train = data.stream().filter(c -> fold(c.key()) != fold).toList();
            FlagModels models = TrainClauseModels.train(train, segmenter);
            ClauseClassifier classifier = new ClauseClassifier(models, segmenter);
            Map<String, List<TrainingData.LabelledClause>> byKey = new LinkedHashMap<>();
            data.stream().filter(c -> fold(c.key()) == fold)
                    .forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
            for (List<TrainingData.LabelledClause> license : byKey.values()) {
                score(license, classifier.classifyEach(license.stream().map(TrainingData.LabelledClause::clause)
                        .toList()), scores);
            }
        }
        return scores;
    }

    private static void score(List<TrainingData.LabelledClause> gold, List<List<ClauseFlag>> predicted,
            Map<FlagType, Score> scores) {
        for (int i = 0; i < gold.size(); i++) {
            TrainingData.LabelledClause g = gold.get(i);
            for (FlagType t : FlagType.values()) {
                ClauseFlag p = predicted.get(i).stream().filter(x -> x.type() == t).findFirst().orElse(null);
                Score s = scores.get(t);
                boolean expected = g.labels().contains(t);
                if (SHOW_ERRORS && (expected != (p != null))) {
                    System.err.printf("%s %s %s: %s%n", expected ? "FN" : "FP", t.jsonName(), g.key(),
                            g.clause().text().replace('\n', ' '));
                }
                if (expected && p != null) {
                    s.tp++;
                    s.exact += valuesMatch(t, g.values(), p.values()) ? 1 : 0;
                } else if (p != null) {
                    s.fp++;
                } else if (expected) {
                    s.fn++;
                }
            }
        }
    }

    /** Compares the values a flag type carries; flags without values always match. */
    public static boolean valuesMatch(FlagType type, Map<String, Object> expected, Map<String, Object> actual) {
        for (String k : valueKeys(type)) {
            if (!Objects.equals(normalize(expected.get(k)), normalize(actual.get(k)))) {
                return false;
            }
        }
        return true;
    }

    static List<String> valueKeys(FlagType type) {
        return switch (type) {
            case MAU_THRESHOLD -> List.of("users");
            case GEOGRAPHIC_EXCLUSION -> List.of("regions");
            case REVENUE_THRESHOLD -> List.of("amount", "currency");
            default -> List.of();
        };
    }

    private static Object normalize(Object v) {
        return v instanceof Number n ? (Object) n.longValue() : v instanceof Set<?> s ? List.copyOf(s) : v;
    }

    static String table(Map<FlagType, Score> scores) {
        StringBuilder b = new StringBuilder(
                "| flag | core | TP | FP | FN | precision | recall | F1 | values exact on TPs |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
        scores.forEach((t, s) -> b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f |%n",
                t.jsonName(), t.isCore() ? "yes" : "", s.tp, s.fp, s.fn, s.precision(), s.recall(), s.f1(),
                s.exactness())));
        return b.toString();
    }

    private static void writeReadme(Path out, List<TrainingData.LabelledClause> data, String table)
            throws IOException {
        long licenses = data.stream().map(TrainingData.LabelledClause::key).distinct().count();
        long positives = data.stream().filter(c -> !c.labels().isEmpty()).count();
        String readme = """
                # Clause models

                One binary OpenNLP maxent model per flag type, `<flag>.bin` (GIS, %d iterations, cutoff %d, one
                thread: training twice gives byte-identical files). `ClauseAnalyzer.loadDefault()` loads them from the
                classpath under `org/licenselens/clause/models/` (the pom maps this directory there), or else from
                `models/` in the working directory.

                ## Data
                - `corpus/annotations/*.jsonl`: stand-off labelled clauses of the AI licenses (span offsets into the
                  corpus texts, checked by sha256 at training time; empty labels are hard negatives).
                - every clause (as segmented by `ClauseSegmenter`) of %d OSI-approved licenses with no AI-style
                  restriction, as negatives: %s.
                - in all: %d clauses of %d licenses, %d of them with at least one label.

                ## Features (`ClauseFeatures`)
                Porter stems of the OpenNLP tokens (digits as `<num>`), stem bigrams, and cue features: a parsed user
                count, region, or amount of money; negation, comparatives, governing-law and export-control wording,
                negative grants, territory restrictions, training/model words, the training-ban phrase, naming
                duties, "not deemed Derivatives", revenue words, "for any purpose", and one cue phrase family per
                extended flag (use restriction, non-commercial, revocable, policy updates, pass-through, attribution),
                definitions and titles.

                ## Decision (`ClauseClassifier`)
                A flag is raised when the model scores it at least 0.5, except that the value-bearing and core flags
                are combined with precise extraction: `mau-threshold` needs a parsed user count (and a comparative or
                the model), `geographic-exclusion` needs regions (in the clause, or from a defined Territory the
                clause restricts to) and a negative-grant cue or the model, and is vetoed by governing-law or
                export-control wording, `training-ban` fires on the ban phrase or the model and is vetoed by naming
                duties and "not deemed Derivatives", `revenue-threshold` needs an amount and revenue wording. For the
                other flags a matching cue phrase lowers the bar the model must clear (use-restriction 0.03,
                non-commercial and revocable 0, policy-updates 0.05, pass-through and attribution-naming 0.1);
                titles ("Use Restrictions") are never flagged, and the items of a prohibited-use list inherit the
                restriction of their lead-in.

                ## Cross-validation
                %d folds grouped by license key (fold = first 28 bits of sha256(key) mod %d), clause level (the
                annotated spans are the clauses), models retrained per fold:

                %s
                ## Commands
                Retrain (deterministic: byte-identical models for the same inputs):

                    mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
                    java -cp target/classes:$(cat target/cp.txt) org.licenselens.clause.train.TrainClauseModels \\
                        --corpus ../shared/corpus --annotations corpus/annotations --out models

                Evaluate (rewrites this file):

                    java -cp target/classes:$(cat target/cp.txt) org.licenselens.clause.train.EvaluateClauseModels \\
                        --corpus ../shared/corpus --annotations corpus/annotations --out models

                Throughput (AI licenses of `corpus/ai-licenses.json` plus 500 ordinary corpus licenses, one JVM):

                    mvn -q -o test-compile
                    java -cp target/test-classes:target/classes:$(cat target/cp.txt) \\
                        org.licenselens.clause.ClauseAnalyzerBenchmark
                """.formatted(FlagModels.ITERATIONS, FlagModels.CUTOFF, TrainingData.OPEN_NEGATIVES.size(), String.join(", ", TrainingData.OPEN_NEGATIVES),
                data.size(), licenses, positives, FOLDS, FOLDS, table);
        Files.createDirectories(out);
        Files.writeString(out.resolve("README.md"), readme, StandardCharsets.UTF_8);
    }
}

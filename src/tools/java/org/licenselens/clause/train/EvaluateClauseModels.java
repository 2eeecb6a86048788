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
import org.licenselens.corpus.LicenseFamilies;

/**
 * Evaluates the clause classifier two ways and writes per-flag precision, recall, F1 and value exactness to
 * {@code OUT/EVALUATION.md}:
 * <ul>
 *   <li>cross-validation grouped by license <em>family</em> ({@link LicenseFamilies}): Llama 2 and Llama 3.1
 *   share their clauses, so a fold never trains on one and tests on the other;</li>
 *   <li>the held-out test set of sentences in new wordings ({@code corpus/clause-testset}), scored by models
 *   trained on all the training data. It is never trained or tuned on, so its errors are not printed.</li>
 * </ul>
 *
 * <p>Usage: {@code EvaluateClauseModels --corpus DIR --annotations DIR --testset FILE --out DIR}
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

        void add(Score other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
            exact += other.exact;
        }

        double exactness() {
            return tp == 0 ? 1 : exact / (double) tp;
        }
    }

    private EvaluateClauseModels() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--models")) {
            scoreTestSet(Args.parse(args, "--models", "--testset"));
            return;
        }
        Args a = Args.parse(args, "--corpus", "--annotations", "--testset", "--out");
        ClauseSegmenter segmenter = new ClauseSegmenter();
        List<TrainingData.LabelledClause> data = TrainClauseModels.load(a.path("--corpus"), a.path("--annotations"),
                segmenter);
        List<TrainingData.LabelledClause> testSet = TrainingData.readWritten(a.path("--testset"));
        long t0 = System.nanoTime();
        List<FlagModels.Example> examples = TrainClauseModels.examples(data, segmenter);
        Map<Double, Map<FlagType, Score>> sweep = crossValidate(data, examples, segmenter,
                Grouping.EACH_WRITTEN_SENTENCE, java.util.stream.Stream.concat(SWEEP.stream(), java.util.stream.Stream.of(-1.0)).toList());
        Map<FlagType, Score> cv = chosen(sweep);
        Map<FlagType, Score> strict = chosen(crossValidate(data, examples, segmenter, Grouping.WRITTEN_AS_ONE_FAMILY,
                List.of(-1.0)));
        long t1 = System.nanoTime();
        Map<FlagType, Score> held = testSet(examples, testSet, segmenter);
        long t2 = System.nanoTime();
        String cvTable = table(cv) + "\n" + sweepTable(sweep) + "\nStrict grouping: the project's written sentences"
                + " as one family (the models must learn each concept from license texts alone):\n\n" + table(strict);
        String testTable = table(held);
        System.out.print("family-grouped cross-validation\n" + cvTable + "\ntest set\n" + testTable);
        writeEvaluation(a.path("--out"), data, testSet, cvTable, testTable, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /**
     * How the project's own sentences are grouped into folds. Each was written on its own (no two share more than
     * 60% of their words), so each is a family of its own; the strict grouping puts them all in one family, which
     * asks the models to learn every concept from license texts alone.
     */
    enum Grouping {
        EACH_WRITTEN_SENTENCE, WRITTEN_AS_ONE_FAMILY
    }

    /** Returns the family a training clause belongs to. */
    static String family(String key, Grouping grouping) {
        if (key.startsWith(TrainingData.WRITTEN + "/")) {
            return grouping == Grouping.EACH_WRITTEN_SENTENCE ? key : TrainingData.WRITTEN;
        }
        return LicenseFamilies.defaults().familyOf(key);
    }

    /** Returns the fold of a license key in the main grouping. */
    static int fold(String key) {
        return fold(key, Grouping.EACH_WRITTEN_SENTENCE);
    }

    /**
     * Returns the fold of a license key: a stable hash of its family, so folds never split a family (and so
     * never a license).
     */
    static int fold(String key, Grouping grouping) {
        String family = family(key, grouping);
        return Math.floorMod(Integer.parseUnsignedInt(TrainingData.sha256(family).substring(0, 7), 16), FOLDS);
    }

    /**
     * Scores already trained models (a {@code models/} directory) on the held-out sentences with the shipped bars,
     * without cross-validation or training: the cheap check of what a build ships. Prints the table.
     */
    static void scoreTestSet(Args a) throws IOException {
        ClauseSegmenter segmenter = new ClauseSegmenter();
        ClauseClassifier classifier = new ClauseClassifier(FlagModels.load(a.path("--models")), segmenter);
        List<TrainingData.LabelledClause> testSet = TrainingData.readWritten(a.path("--testset"));
        System.out.print("test set (" + testSet.size() + " sentences), models in " + a.path("--models") + "\n"
                + table(testSet(classifier, testSet)));
    }

    /** Scores models trained on all of {@code data} on the held-out sentences, each read as a text of its own. */
    static Map<FlagType, Score> testSet(List<FlagModels.Example> examples,
            List<TrainingData.LabelledClause> testSet, ClauseSegmenter segmenter) {
        return testSet(new ClauseClassifier(FlagModels.train(examples), segmenter), testSet);
    }

    private static Map<FlagType, Score> testSet(ClauseClassifier classifier,
            List<TrainingData.LabelledClause> testSet) {
        Map<FlagType, Score> scores = emptyScores();
        for (TrainingData.LabelledClause sentence : testSet) {
            score(List.of(sentence), classifier.classifyEach(List.of(sentence.clause())), scores, false);
        }
        return scores;
    }

    private static Map<FlagType, Score> emptyScores() {
        Map<FlagType, Score> scores = new EnumMap<>(FlagType.class);
        for (FlagType t : FlagType.values()) {
            scores.put(t, new Score());
        }
        return scores;
    }

    /** The lowered bars tried; {@link ClauseClassifier#LOWERED_BARS} holds the ones chosen. */
    static final List<Double> SWEEP = List.of(0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5);

    /**
     * Cross-validates once per lowered bar of {@code bars} ({@code -1}: the bars the classifier ships with),
     * training each fold's models once.
     */
    static Map<Double, Map<FlagType, Score>> crossValidate(List<TrainingData.LabelledClause> data,
            List<FlagModels.Example> examples, ClauseSegmenter segmenter, Grouping grouping, List<Double> bars) {
        List<Map<Double, Map<FlagType, Score>>> perFold = java.util.stream.IntStream.range(0, FOLDS).parallel()
                .mapToObj(fold -> oneFold(fold, data, examples, segmenter, grouping, bars)).toList();
        Map<Double, Map<FlagType, Score>> scores = new java.util.TreeMap<>();
        for (Map<Double, Map<FlagType, Score>> fold : perFold) {
            fold.forEach((t, byFlag) -> byFlag.forEach((f, s) -> scores.computeIfAbsent(t, k -> emptyScores())
                    .get(f).add(s)));
        }
        return scores;
    }

    /** The scores at the thresholds the classifier ships with. */
    private static Map<FlagType, Score> chosen(Map<Double, Map<FlagType, Score>> sweep) {
        Map<FlagType, Score> chosen = emptyScores();
        for (FlagType t : FlagType.values()) {
            Map<FlagType, Score> at = sweep.containsKey(-1.0) ? sweep.get(-1.0)
                    : sweep.get(ClauseClassifier.LOWERED_BARS.getOrDefault(t, 0.5));
            chosen.put(t, at.get(t));
        }
        return chosen;
    }

    private static Map<Double, Map<FlagType, Score>> oneFold(int fold, List<TrainingData.LabelledClause> data,
            List<FlagModels.Example> examples, ClauseSegmenter segmenter, Grouping grouping, List<Double> sweepBars) {
        List<FlagModels.Example> train = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (fold(data.get(i).key(), grouping) != fold) {
                train.add(examples.get(i));
            }
        }
        FlagModels models = FlagModels.train(train);
        Map<String, List<TrainingData.LabelledClause>> byKey = new LinkedHashMap<>();
        data.stream().filter(c -> fold(c.key(), grouping) == fold)
                .forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        Map<Double, Map<FlagType, Score>> sweep = new java.util.TreeMap<>();
        for (double threshold : sweepBars) {
            Map<FlagType, Double> bars = new EnumMap<>(FlagType.class);
            ClauseClassifier.LOWERED_BARS.forEach((t, chosen) -> bars.put(t, threshold < 0 ? chosen : threshold));
            ClauseClassifier classifier = new ClauseClassifier(models, segmenter, bars);
            boolean showErrors = SHOW_ERRORS && threshold < 0 && grouping == Grouping.EACH_WRITTEN_SENTENCE;
            Map<FlagType, Score> scores = emptyScores();
            for (List<TrainingData.LabelledClause> license : byKey.values()) {
                score(license, classifier.classifyEach(license.stream().map(TrainingData.LabelledClause::clause)
                        .toList()), scores, showErrors);
            }
            sweep.put(threshold, scores);
        }
        return sweep;
    }

    static String sweepTable(Map<Double, Map<FlagType, Score>> sweep) {
        StringBuilder b = new StringBuilder("F1 by lowered bar (the score a clause with the flag's cue or frame must clear):\n\n| flag |");
        List<Double> tried = sweep.keySet().stream().filter(t -> t >= 0).toList();
        tried.forEach(t -> b.append(String.format(Locale.ROOT, " %.2f |", t)));
        b.append(" chosen |\n|---|").append("---|".repeat(tried.size() + 1)).append('\n');
        for (FlagType t : ClauseClassifier.LOWERED_BARS.keySet().stream().sorted().toList()) {
            b.append("| ").append(t.jsonName()).append(" |");
            tried.forEach(bar -> b.append(String.format(Locale.ROOT, " %.3f |", sweep.get(bar).get(t).f1())));
            b.append(String.format(Locale.ROOT, " %.2f |%n", ClauseClassifier.LOWERED_BARS.get(t)));
        }
        return b.toString();
    }

    private static void score(List<TrainingData.LabelledClause> gold, List<List<ClauseFlag>> predicted,
            Map<FlagType, Score> scores, boolean showErrors) {
        for (int i = 0; i < gold.size(); i++) {
            TrainingData.LabelledClause g = gold.get(i);
            for (FlagType t : FlagType.values()) {
                ClauseFlag p = predicted.get(i).stream().filter(x -> x.type() == t).findFirst().orElse(null);
                Score s = scores.get(t);
                boolean expected = g.labels().contains(t);
                if (showErrors && (expected != (p != null))) {
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

    private static void writeEvaluation(Path out, List<TrainingData.LabelledClause> data,
            List<TrainingData.LabelledClause> testSet, String cvTable, String testTable, double cvSeconds,
            double testSeconds) throws IOException {
        long licenses = data.stream().map(TrainingData.LabelledClause::key)
                .filter(k -> !k.startsWith(TrainingData.WRITTEN + "/")).distinct().count();
        long families = data.stream().map(c -> family(c.key(), Grouping.WRITTEN_AS_ONE_FAMILY)).distinct().count();
        long positives = data.stream().filter(c -> !c.labels().isEmpty()).count();
        long written = data.stream().filter(c -> c.key().startsWith(TrainingData.WRITTEN + "/")).count();
        String evaluation = """
                # Clause models: evaluation

                Written by `EvaluateClauseModels` (see `README.md` for the command); do not edit by hand.

                Training data: %d clauses of %d licenses in %d families (%d of them with at least one label; %d
                written by the project). Test set: %d held-out sentences in new wordings.

                ## Cross-validation, %d folds grouped by license family
                Fold = first 28 bits of sha256(family) mod %d, families from `corpus/license-families.json`; models
                retrained per fold (%.0f s).

                %s
                ## Held-out test set (`corpus/clause-testset/paraphrases.jsonl`)
                Models trained on all the training data; each sentence read as a text of its own (%.0f s).

                %s""".formatted(data.size(), licenses, families, positives, written, testSet.size(), FOLDS, FOLDS,
                cvSeconds, cvTable, testSeconds, testTable);
        Files.createDirectories(out);
        Files.writeString(out.resolve("EVALUATION.md"), evaluation, StandardCharsets.UTF_8);
    }
}

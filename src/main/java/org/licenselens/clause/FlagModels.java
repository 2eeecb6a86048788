package org.licenselens.clause;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * One binary OpenNLP maxent (GIS) model per flag type, scoring how likely a clause is to carry that flag.
 *
 * <p>Training is deterministic: fixed iterations and cutoff, a single thread and examples in the given order. The
 * models are immutable once built and {@link MaxentModel#eval} keeps no state, so one instance serves all threads.
 */
public final class FlagModels {

    /** The classpath folder the trained models are packaged under. */
    public static final String RESOURCE_DIR = "/org/licenselens/clause/models/";
    static final String YES = "yes";
    static final String NO = "no";
    /** GIS iterations per model. */
    public static final int ITERATIONS = 150;
    /** Features seen fewer times than this in training are dropped. */
    public static final int CUTOFF = 2;

    /** One training clause: its features and the flag types it carries (empty for a negative). */
    public record Example(String[] features, Set<FlagType> labels) {
        public Example {
            if (features.length == 0) {
                throw new IllegalArgumentException("an example needs features");
            }
            labels = Set.copyOf(labels);
        }
    }

    private static final FlagType[] TYPES = FlagType.values();

    private final Map<FlagType, MaxentModel> models;
    // Every feature any model knows, with its parameters in each model (null where a model lacks it), so a clause's
    // ten scores cost one lookup per feature instead of ten.
    private final Map<String, Context[]> parameters;
    // Per flag type: the index of "yes" among its model's outcomes (-1 with no model), and the outcome count.
    private final int[] yes = new int[TYPES.length];
    private final int[] outcomes = new int[TYPES.length];

    private FlagModels(Map<FlagType, MaxentModel> models) {
        this.models = Collections.unmodifiableMap(new EnumMap<>(models));
        this.parameters = new HashMap<>();
        for (FlagType type : TYPES) {
            MaxentModel model = models.get(type);
            yes[type.ordinal()] = model == null ? -1 : model.getIndex(YES);
            if (model == null) {
                continue;
            }
            outcomes[type.ordinal()] = model.getNumOutcomes();
            @SuppressWarnings("unchecked")
            Map<String, Context> known = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
            known.forEach((feature, context) ->
                    parameters.computeIfAbsent(feature, f -> new Context[TYPES.length])[type.ordinal()] = context);
        }
    }

    /**
     * Trains one model per flag type on {@code examples}, deterministically. A flag type with no positive example
     * gets no model and scores 0: a cross-validation fold can hold every example of a rare flag.
     */
    public static FlagModels train(List<Example> examples) {
        Map<FlagType, MaxentModel> models = new EnumMap<>(FlagType.class);
        for (FlagType type : FlagType.values()) {
            if (examples.stream().noneMatch(e -> e.labels().contains(type))) {
                continue;
            }
            List<Event> events = new ArrayList<>(examples.size());
            for (Example e : examples) {
                events.add(new Event(e.labels().contains(type) ? YES : NO, e.features()));
            }
            models.put(type, trainOne(events));
        }
        return new FlagModels(models);
    }

    private static MaxentModel trainOne(List<Event> events) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
    }

    /** Loads the packaged models from the classpath, or else from {@code models/} in the working directory. */
    public static FlagModels loadDefault() {
        Map<FlagType, MaxentModel> models = new EnumMap<>(FlagType.class);
        for (FlagType type : FlagType.values()) {
            String file = type.jsonName() + ".bin";
            try (InputStream in = open(file)) {
                models.put(type, read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read clause model " + file, e);
            }
        }
        return new FlagModels(models);
    }

    /** Loads the {@code <flag>.bin} models written by {@link #write} from {@code dir}. */
    public static FlagModels load(Path dir) {
        Map<FlagType, MaxentModel> models = new EnumMap<>(FlagType.class);
        for (FlagType type : FlagType.values()) {
            Path file = dir.resolve(type.jsonName() + ".bin");
            try (InputStream in = Files.newInputStream(file)) {
                models.put(type, read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read clause model " + file, e);
            }
        }
        return new FlagModels(models);
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = FlagModels.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in != null) {
            return in;
        }
        Path local = Path.of("models", file);
        if (Files.isRegularFile(local)) {
            return Files.newInputStream(local);
        }
        throw new IllegalStateException("clause model " + file + " is neither on the classpath under "
                + RESOURCE_DIR + " nor in " + local.toAbsolutePath()
                + "; run licenselens train");
    }

    private static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }

    /** Writes the models as {@code <flag>.bin} into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<FlagType, MaxentModel> e : models.entrySet()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(e.getKey().jsonName() + ".bin"));
                 DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out))) {
                new GenericModelWriter((AbstractModel) e.getValue(), data).persist();
            }
        }
    }

    /**
     * Returns, by {@link FlagType#ordinal()}, the probability that a clause with {@code features} carries each flag:
     * the same numbers as each model's {@link MaxentModel#eval}, in one pass over the features.
     */
    public double[] probabilities(String[] features) {
        Context[][] byType = new Context[TYPES.length][features.length];
        for (int f = 0; f < features.length; f++) {
            Context[] row = parameters.get(features[f]);
            if (row != null) {
                for (int t = 0; t < row.length; t++) {
                    byType[t][f] = row[t];
                }
            }
        }
        double[] probabilities = new double[TYPES.length];
        for (int t = 0; t < TYPES.length; t++) {
            probabilities[t] = yes[t] < 0 ? 0 : evaluate(byType[t], outcomes[t])[yes[t]];
        }
        return probabilities;
    }

    // GISModel.eval's arithmetic, step for step, so every score is bit-identical to the library's: a uniform log
    // prior, the features' parameters summed in feature order, then StrictMath.exp and normalisation.
    private static double[] evaluate(Context[] contexts, int outcomeCount) {
        double[] scores = new double[outcomeCount];
        Arrays.fill(scores, StrictMath.log(1.0 / outcomeCount));
        ArrayMath.sumFeatures(contexts, null, scores);
        double normal = 0;
        for (int o = 0; o < outcomeCount; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            normal += scores[o];
        }
        for (int o = 0; o < outcomeCount; o++) {
            scores[o] /= normal;
        }
        return scores;
    }

    /** Returns the probability that a clause with {@code features} carries a flag of {@code type}. */
    double probability(FlagType type, String[] features) {
        MaxentModel model = models.get(type);
        return yes[type.ordinal()] < 0 ? 0 : model.eval(features)[yes[type.ordinal()]];
    }
}

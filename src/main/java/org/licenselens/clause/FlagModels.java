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
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
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

    private final Map<FlagType, MaxentModel> models;

    private FlagModels(Map<FlagType, MaxentModel> models) {
        this.models = Collections.unmodifiableMap(new EnumMap<>(models));
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

    /** Returns the probability that a clause with {@code features} carries a flag of {@code type}. */
    public double probability(FlagType type, String[] features) {
        MaxentModel model = models.get(type);
        int yes = model == null ? -1 : model.getIndex(YES);
        return yes < 0 ? 0 : model.eval(features)[yes];
    }
}

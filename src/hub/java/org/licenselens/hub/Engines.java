package org.licenselens.hub;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.licenselens.LicenseLens;
import org.licenselens.Options;
import org.licenselens.scan.HubLineage;

/**
 * The engine of this JVM: opened once per executor (the first task that needs it opens it, the others wait),
 * never once per record; closed when the JVM ends. In local mode the driver is the only executor.
 */
final class Engines {
    /**
     * Where an executor finds the engine's data: paths valid on every node (a shared file system on a cluster).
     *
     * @param corpus     the corpus folder, or {@code null} for the default
     * @param index      the index folder, or {@code null} for the default
     * @param baseModels the user's base-model mapping, or {@code null}
     */
    record Settings(String corpus, String index, String baseModels) implements Serializable {}

    private record Engine(LicenseLens lens, HubLineage lineage) {}

    private static final Map<Settings, Engine> OPEN = new ConcurrentHashMap<>();

    private Engines() {}

    static HubLineage lineage(Settings settings) {
        return OPEN.computeIfAbsent(settings, Engines::open).lineage();
    }

    /** The front door of this JVM's engine, for what the lineage reader does not judge (release openness). */
    static LicenseLens lens(Settings settings) {
        return OPEN.computeIfAbsent(settings, Engines::open).lens();
    }

    private static Engine open(Settings s) {
        Options options = Options.defaults().withLog(line -> { });
        if (s.corpus() != null) {
            options = options.withCorpus(Path.of(s.corpus()));
        }
        if (s.index() != null) {
            options = options.withIndexRoot(Path.of(s.index()));
        }
        LicenseLens lens = LicenseLens.open(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                lens.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return new Engine(lens, lens.hubLineage(s.baseModels() == null ? null : Path.of(s.baseModels())));
    }
}

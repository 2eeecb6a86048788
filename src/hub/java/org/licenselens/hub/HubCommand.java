package org.licenselens.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.licenselens.Options;
import org.licenselens.cli.CommonOptions;
import org.licenselens.cli.ExitCodes;
import org.licenselens.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licenselens hub INPUT}: the license and lineage picture of a whole hub, on Spark (local by default). */
@Command(name = "hub", mixinStandardHelpOptions = true,
        description = "Read every model of a hub (a mirror of org/name/ folders, or JSON Lines of Hub API records) "
                + "on Apache Spark, resolve each base across the hub, and write per-model results (Parquet, JSON "
                + "Lines) and an aggregate report (Markdown, HTML).")
public final class HubCommand implements ToolCommand {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A hub mirror folder or a .jsonl file.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where models.parquet/, models.jsonl/, summary.json, report.md and report.html go.")
    Path out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit set, else local[*]: in this JVM).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions to read models in (default: 4 per core).")
    Integer partitions;

    @Option(names = "--base-models", paramLabel = "FILE",
            description = "Your mapping of base model ids to licenses, tried after the shipped registry.")
    Path baseModels;

    @Override
    public Integer call() throws Exception {
        HubInput.of(input); // a clear error before Spark starts
        if (baseModels != null && !Files.isRegularFile(baseModels)) {
            throw new IllegalArgumentException("no such base-model mapping: " + baseModels);
        }
        Options options = common.toOptions();
        Engines.Settings settings = new Engines.Settings(abs(options.corpus()), abs(options.indexRoot()),
                abs(baseModels));
        HubSummary summary;
        try (SparkSession spark = HubSession.start(master)) {
            int n = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
            summary = new HubJob(spark, settings, n).run(input, out);
        }
        write(summary, out);
        System.out.printf("%d models (%d unreadable), %d derivatives: %s; %d lineage conflicts, %d unknown bases%n",
                summary.models(), summary.unreadable(), summary.derivatives(), summary.lineage(), summary.conflicts(),
                summary.unknownBases());
        System.out.println("results in " + out + ": models.parquet, models.jsonl, summary.json, report.md, report.html");
        return summary.unreadable() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    static void write(HubSummary summary, Path out) throws java.io.IOException {
        Files.createDirectories(out);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("summary.json").toFile(), summary);
        Files.writeString(out.resolve("report.md"), HubReport.markdown(summary));
        Files.writeString(out.resolve("report.html"), HubReport.html(summary));
    }

    private static String abs(Path p) {
        return p == null ? null : p.toAbsolutePath().toString();
    }
}

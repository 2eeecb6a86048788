package org.licenselens.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.TestCorpus;
import org.licenselens.tools.hub.SyntheticHub;

/** The hub job in local mode over a 2,000-model synthetic hub gives the generator's answers, for both inputs. */
@Tag("slow") // starts Spark and reads 2,000 models twice
class HubJobTest {
    private static final int MODELS = 2000;
    private static SparkSession spark;
    private static SyntheticHub hub;
    private static HubJob job;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        TestCorpus.lens(); // builds the test index once, before executors open it
        hub = SyntheticHub.generate(MODELS, 13);
        hub.writeMirror(dir.resolve("mirror"), TestCorpus.root());
        hub.writeJsonl(dir.resolve("hub.jsonl"));
        spark = HubSession.start("local[2]");
        job = new HubJob(spark, new Engines.Settings(TestCorpus.root().toString(),
                Path.of("target", "test-index").toAbsolutePath().toString(), null), 8);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void aMirrorGivesTheGeneratorsCounts() throws IOException {
        assertGeneratorsAnswers(dir.resolve("mirror"), dir.resolve("out-mirror"));
    }

    @Test
    void hubApiRecordsGiveTheGeneratorsCounts() throws IOException {
        assertGeneratorsAnswers(dir.resolve("hub.jsonl"), dir.resolve("out-jsonl"));
    }

    private static void assertGeneratorsAnswers(Path input, Path out) throws IOException {
        HubSummary s = job.run(input, out);
        SyntheticHub.Expected e = hub.expected();
        assertEquals(e.models(), s.models());
        assertEquals(0, s.unreadable());
        assertEquals(e.derivatives(), s.derivatives());
        assertEquals(new TreeMap<>(e.licenses()), sorted(s.licenses()));
        assertEquals(new TreeMap<>(e.statuses()), sorted(s.lineage()));
        assertEquals(e.conflicts(), s.conflicts());
        assertEquals(e.unknownBases(), s.unknownBases());
        assertEquals(e.conflicts(), s.conflictPairs().stream().mapToLong(HubSummary.Pair::count).sum());

        // Each model's verdict, read back from the Parquet results.
        Map<String, String> expected = hub.models().stream().filter(m -> m.expected() != null)
                .collect(Collectors.toMap(SyntheticHub.Model::id, SyntheticHub.Model::expected, (a, b) -> a, TreeMap::new));
        List<Row> rows = spark.read().parquet(out.resolve("models.parquet").toString())
                .filter("lineage is not null").select("id", "lineage").collectAsList();
        assertEquals(expected, rows.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1),
                (a, b) -> a, TreeMap::new)));
        assertEquals(MODELS, spark.read().json(out.resolve("models.jsonl").toString()).count());

        HubCommand.write(s, out);
        List<String> md = Files.readAllLines(out.resolve("report.md"));
        assertTrue(md.stream().allMatch(l -> l.length() <= 100), "report.md fits 100 columns");
        assertTrue(md.contains("- derivatives: " + e.derivatives() + ", lineage conflicts: " + e.conflicts()
                + ", unknown bases: " + e.unknownBases()), String.join("\n", md));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("Base/derivative conflicts by pair"), "charts and pairs");
    }

    @Test
    void aMirrorGivesTheShareOfModelsPerMofClassAndRecordsAreNotAssessed() throws IOException {
        Path mirror = dir.resolve("releases");
        org.licenselens.openness.Releases.weightsOnlyLlama(mirror.resolve("acme/llama-weights"));
        org.licenselens.openness.Releases.apacheModel(mirror.resolve("acme/apache"));
        org.licenselens.openness.Releases.tooling(mirror.resolve("acme/tooling"));
        org.licenselens.openness.Releases.fullOpen(mirror.resolve("acme/full"));
        HubSummary s = job.run(mirror, dir.resolve("out-releases"));
        assertEquals(Map.of("none", 1L, "III", 1L, "II", 1L, "I", 1L), s.mofClasses());
        assertEquals(Map.of("conformant", 1L, "not conformant", 3L), s.osaid());
        assertEquals(Map.of("acme/llama-weights", "none", "acme/apache", "III", "acme/tooling", "II", "acme/full", "I"),
                spark.read().parquet(dir.resolve("out-releases").resolve("models.parquet").toString())
                        .select("id", "mof_class").collectAsList().stream()
                        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1))));
        List<String> md = HubReport.markdown(s).lines().toList();
        assertTrue(md.contains("## Release openness: MOF class") && md.contains("| III | 1 | 25.0% |"),
                String.join("\n", md));

        Path jsonl = dir.resolve("records.jsonl");
        Files.writeString(jsonl, "{\"id\": \"acme/only-metadata\", \"card_data\": {\"license\": \"apache-2.0\"}}\n");
        HubSummary records = job.run(jsonl, dir.resolve("out-records"));
        assertEquals(Map.of("not assessed", 1L), records.mofClasses(), "a record has no files to judge");
    }

    @Test
    void aBrokenRecordIsReportedAndTheRestRead() throws IOException {
        Path jsonl = dir.resolve("broken.jsonl");
        Files.writeString(jsonl, """
                {"id": "acme/good", "license": "mit", "card_data": {"license": "mit"}}
                {"id": "acme/derived", "card_data": {"license": "apache-2.0", "base_model": "acme/good", \
                "base_model_relation": "finetune"}}
                {"id": "acme/truncated", "card_data": {"license":
                {"license": "mit"}
                """);
        HubSummary s = job.run(jsonl, dir.resolve("out-broken"));
        assertEquals(4, s.models());
        assertEquals(2, s.unreadable());
        assertEquals(Map.of("consistent", 1L), s.lineage());
        List<String> errors = spark.read().parquet(dir.resolve("out-broken").resolve("models.parquet").toString())
                .filter("error is not null").orderBy("id").select("error").collectAsList().stream()
                .map(r -> r.getString(0)).toList();
        assertEquals(2, errors.size());
        assertTrue(errors.stream().anyMatch(m -> m.contains("needs an \"id\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.startsWith("not a JSON record")), errors.toString());
    }

    private static Map<String, Integer> sorted(Map<String, Long> counts) {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.intValue()));
        return sorted;
    }
}

package org.licenselens.hub;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.licenselens.scan.HubLineage;
import org.licenselens.scan.LineageConflict;
import org.licenselens.scan.LineageSource;
import org.licenselens.scan.LineageStatus;

/**
 * The hub job: read every model with the engine (one per executor JVM), resolve lineage by joining models on
 * their ids, write per-model results and aggregate them.
 *
 * <p>Lineage runs in rounds: each round joins every derivative with the current picture of its bases, so after
 * round k a model knows what binds it through chains k deep; the job stops when a round changes nothing (real
 * chains are a few levels deep: finetune of a quantization of a base). A base found in the hub whose bound
 * licenses are empty falls back, as in a scan, to the registry, the mapping file, or unknown.
 */
final class HubJob {
    /** The per-model results: the {@code licenselens/1} fields of a model plus its lineage. */
    static final StructType RESULT = new StructType()
            .add("schema", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("license", DataTypes.StringType, false)
            .add("declared", DataTypes.StringType, false)
            .add("detected", DataTypes.StringType, false)
            .add("licenses", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("spdx", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("custom_families", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("flags", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("openness", DataTypes.StringType, false)
            .add("mof_class", DataTypes.StringType, false)
            .add("osaid", DataTypes.StringType, false)
            .add("relation", DataTypes.StringType, true)
            .add("lineage", DataTypes.StringType, true)
            .add("bases", DataTypes.createArrayType(ModelRows.BASE, false), false)
            .add("conflicts", DataTypes.createArrayType(new StructType()
                    .add("base", DataTypes.StringType, false)
                    .add("base_license", DataTypes.StringType, false)
                    .add("missing", DataTypes.createArrayType(DataTypes.StringType, false), false)
                    .add("dropped", DataTypes.createArrayType(DataTypes.StringType, false), false)
                    .add("reason", DataTypes.StringType, false), false), false)
            .add("problem", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    private static final int MAX_ROUNDS = 64;
    private static final StructType LISTING = new StructType().add("id", DataTypes.StringType, false)
            .add("path", DataTypes.StringType, false);

    private final SparkSession spark;
    private final Engines.Settings engine;
    private final int partitions;

    HubJob(SparkSession spark, Engines.Settings engine, int partitions) {
        this.spark = spark;
        this.engine = engine;
        this.partitions = partitions;
    }

    /** Runs the job over {@code input} and writes {@code out}/models.parquet, models.jsonl and summary.json. */
    HubSummary run(Path input, Path out) {
        HubInput kind = HubInput.of(input);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator engineNanos = spark.sparkContext().longAccumulator("engine-nanos");
        long start = System.nanoTime();
        Engines.Settings settings = engine;

        JavaRDD<Row> facts = switch (kind) {
            case MIRROR -> jsc.parallelize(mirror(input), partitions).mapPartitions(rows -> {
                HubLineage lineage = Engines.lineage(settings);
                org.licenselens.LicenseLens lens = Engines.lens(settings);
                List<Row> found = new ArrayList<>();
                while (rows.hasNext()) {
                    String[] model = rows.next();
                    long t = System.nanoTime();
                    found.add(read(model[0], () -> {
                        // One scan per model folder, read for its lineage and judged for its release openness.
                        org.licenselens.scan.ScanResult scan = lineage.scanFolder(Path.of(model[1]));
                        return ModelRows.facts(lineage.of(model[0], scan), Release.of(lens.openness(scan)));
                    }));
                    engineNanos.add(System.nanoTime() - t);
                }
                return found.iterator();
            });
            case JSONL -> jsc.textFile(input.toString(), partitions).mapPartitions(lines -> {
                HubLineage lineage = Engines.lineage(settings);
                ObjectMapper json = new ObjectMapper();
                List<Row> found = new ArrayList<>();
                while (lines.hasNext()) {
                    String line = lines.next();
                    if (line.isBlank()) {
                        continue;
                    }
                    long t = System.nanoTime();
                    found.add(record(json, lineage, line));
                    engineNanos.add(System.nanoTime() - t);
                }
                return found.iterator();
            });
        };
        Dataset<Row> models = spark.createDataFrame(facts, ModelRows.FACTS).persist(StorageLevel.MEMORY_AND_DISK());
        long count = models.count();
        long read = System.nanoTime();

        Dataset<Row> edges = models.filter(size(col("outside")).gt(0))
                .select(col("lid"), posexplode(col("outside")).as(new String[] {"pos", "ob"}))
                .withColumn("base_lid", lower(trim(col("ob.id")))).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> own = models.select(col("lid"), col("own_keys").as("keys"), col("own_terms").as("terms"))
                .dropDuplicates("lid").persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> bound = own;
        int rounds = 0;
        while (true) {
            rounds++;
            Dataset<Row> next = own.join(inherited(edges, bound), new String[] {"lid"}, "left").select(col("lid"),
                    expr("array_distinct(concat(keys, coalesce(flatten(transform(iterms, t -> t.keys)), array())))")
                            .as("keys"),
                    expr("array_distinct(concat(terms, coalesce(iterms, array())))").as("terms"))
                    .localCheckpoint();
            long changed = next.join(bound.select(col("lid"), col("keys").as("okeys"), col("terms").as("oterms")),
                    "lid").filter(not(col("keys").eqNullSafe(col("okeys")).and(col("terms").eqNullSafe(col("oterms")))))
                    .count();
            bound = next;
            if (changed == 0) {
                break;
            }
            if (rounds == MAX_ROUNDS) {
                throw new IllegalStateException("lineage did not settle in " + MAX_ROUNDS + " rounds: a chain of "
                        + "base_model links that deep, or a cycle that keeps changing");
            }
        }
        Dataset<Row> resolved = edges.join(bound.select(col("lid").as("blid"), col("keys").as("bkeys"),
                        col("terms").as("bterms")), col("base_lid").equalTo(col("blid")), "left")
                .groupBy("lid").agg(array_sort(collect_list(struct(col("pos"), col("ob"), col("bkeys"),
                        col("bterms"), col("blid")))).as("resolved"));
        Dataset<Row> joined = models.join(resolved, new String[] {"lid"}, "left");
        long linked = System.nanoTime();

        JavaRDD<Row> results = joined.javaRDD().mapPartitions(rows -> {
            HubLineage lineage = Engines.lineage(settings);
            List<Row> found = new ArrayList<>();
            while (rows.hasNext()) {
                long t = System.nanoTime();
                found.add(result(lineage, rows.next()));
                engineNanos.add(System.nanoTime() - t);
            }
            return found.iterator();
        });
        Dataset<Row> table = spark.createDataFrame(results, RESULT).persist(StorageLevel.MEMORY_AND_DISK());
        table.write().mode("overwrite").parquet(out.resolve("models.parquet").toString());
        table.write().mode("overwrite").json(out.resolve("models.jsonl").toString());
        HubSummary summary = summarise(table, input, kind, count, rounds, new double[] {seconds(start, read),
                seconds(read, linked), engineNanos.value() / 1e9}, start, linked);
        for (Dataset<Row> d : List.of(models, edges, own, table)) {
            d.unpersist();
        }
        return summary;
    }

    /** Each derivative's inherited terms: per base, the base's bound terms when it has any, else its outside ones. */
    private static Dataset<Row> inherited(Dataset<Row> edges, Dataset<Row> bound) {
        return edges.join(bound.select(col("lid").as("blid"), col("keys").as("bkeys"), col("terms").as("bterms")),
                        col("base_lid").equalTo(col("blid")), "left")
                .withColumn("rterms", expr("case when bkeys is not null and size(bkeys) > 0 then bterms "
                        + "else ob.terms end"))
                .groupBy("lid").agg(array_sort(collect_list(struct(col("pos"), col("rterms")))).as("by_base"))
                .select(col("lid"), expr("flatten(transform(by_base, x -> x.rterms))").as("iterms"));
    }

    /** The model folders of a mirror: every {@code org/name/} folder, in name order. */
    private static List<String[]> mirror(Path root) {
        List<String[]> found = new ArrayList<>();
        try (DirectoryStream<Path> orgs = Files.newDirectoryStream(root, Files::isDirectory)) {
            List<Path> sortedOrgs = new ArrayList<>();
            orgs.forEach(sortedOrgs::add);
            sortedOrgs.sort(null);
            for (Path org : sortedOrgs) {
                try (DirectoryStream<Path> names = Files.newDirectoryStream(org, Files::isDirectory)) {
                    List<Path> sorted = new ArrayList<>();
                    names.forEach(sorted::add);
                    sorted.sort(null);
                    for (Path name : sorted) {
                        found.add(new String[] {org.getFileName() + "/" + name.getFileName(),
                                name.toAbsolutePath().toString()});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the hub mirror " + root, e);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no org/name/ model folders in " + root);
        }
        return found;
    }

    private interface Reading {
        Row read() throws Exception;
    }

    /** A model read, or, when reading it failed, a row that says why: the job never stops halfway. */
    private static Row read(String id, Reading reading) {
        try {
            return reading.read();
        } catch (Exception | StackOverflowError e) {
            return ModelRows.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Row record(ObjectMapper json, HubLineage lineage, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ModelRows.failed("(not JSON) " + clip(line), "not a JSON record: " + e.getOriginalMessage());
        }
        JsonNode id = node == null ? null : node.get("id");
        String name = id != null && id.isTextual() ? id.asText() : "(no id) " + clip(line);
        return read(name, () -> ModelRows.facts(lineage.ofRecord(node), Release.NOT_ASSESSED));
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** One model's result: its bases resolved (in the hub, else outside), its conflicts and verdicts. */
    private static Row result(HubLineage lineage, Row r) {
        String id = r.getAs("id");
        String error = r.getAs("error");
        List<String> labels = r.getList(r.fieldIndex("labels"));
        String declared = r.getAs("declared");
        List<String> keys = r.getList(r.fieldIndex("own_keys"));
        Set<String> spdx = new TreeSet<>();
        Set<String> families = new TreeSet<>();
        for (String key : keys) {
            String s = lineage.spdx(key);
            if (s != null) {
                spdx.add(s);
            } else if (!key.startsWith("unknown")) {
                families.add(lineage.family(key));
            }
        }
        List<HubLineage.Base> bases = new ArrayList<>();
        String relation = r.getAs("relation");
        String status = null;
        List<Row> conflictRows = new ArrayList<>();
        if (!r.isNullAt(r.fieldIndex("resolved"))) {
            for (Row edge : r.<Row>getList(r.fieldIndex("resolved"))) {
                Row outside = edge.getStruct(1);
                List<String> bkeys = edge.isNullAt(2) ? List.of() : edge.getList(2);
                if (!bkeys.isEmpty()) {
                    bases.add(new HubLineage.Base(outside.getString(0), LineageSource.LOCAL, HubLineage.and(bkeys),
                            edge.getString(4), ModelRows.termsOf(edge.getList(3))));
                } else {
                    bases.add(ModelRows.base(outside));
                }
            }
            List<LineageConflict> conflicts = lineage.conflicts(id + "/README.md", r.getAs("line"),
                    relation(relation), declared, bases);
            for (LineageConflict c : conflicts) {
                conflictRows.add(RowFactory.create(c.base(), c.baseLicense(), c.missing().toArray(String[]::new),
                        c.dropped().stream().map(t -> t.jsonName()).toArray(String[]::new), c.reason()));
            }
            status = LineageStatus.of(!conflicts.isEmpty(),
                    bases.stream().anyMatch(b -> b.resolvedBy() == LineageSource.UNKNOWN), !declared.isEmpty())
                    .jsonName();
        }
        Boolean osd = r.isNullAt(r.fieldIndex("osd")) ? null : r.getAs("osd");
        String openness = OpennessVerdict.of(osd).jsonName();
        return RowFactory.create("licenselens/1", id, label(labels), declared, r.getAs("detected"),
                keys.toArray(String[]::new), spdx.toArray(String[]::new), families.toArray(String[]::new),
                r.<String>getList(r.fieldIndex("flags")).toArray(String[]::new), openness, r.getAs("mof_class"),
                r.getAs("osaid"), relation, status,
                bases.stream().map(ModelRows::base).toArray(Row[]::new), conflictRows.toArray(Row[]::new),
                r.getAs("problem"), error);
    }

    private static org.licenselens.scan.BaseModelRelation relation(String jsonName) {
        return org.licenselens.scan.BaseModelRelation.of(jsonName)
                .orElse(org.licenselens.scan.BaseModelRelation.UNSPECIFIED);
    }

    /** How the report counts a declaration: {@code none}, the id, or {@code other:NAME}. */
    static String label(List<String> labels) {
        if (labels.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (String l : labels) {
            parts.add(l.startsWith("other (license_name: ") && l.endsWith(")")
                    ? "other:" + l.substring("other (license_name: ".length(), l.length() - 1) : l);
        }
        return String.join(" + ", parts);
    }

    private HubSummary summarise(Dataset<Row> table, Path input, HubInput kind, long count, int rounds,
                                 double[] phases, long start, long linked) {
        long unreadable = table.filter(col("error").isNotNull()).count();
        long derivatives = table.filter(col("lineage").isNotNull()).count();
        Map<String, Long> licenses = counts(table.groupBy("license").count());
        Map<String, Long> spdx = counts(table.select(explode(col("spdx")).as("k")).groupBy("k").count());
        Map<String, Long> families = counts(table.select(explode(col("custom_families")).as("k")).groupBy("k").count());
        Map<String, Long> flags = counts(table.select(explode(col("flags")).as("k")).groupBy("k").count());
        Map<String, Long> openness = counts(table.groupBy("openness").count());
        Map<String, Long> mofClasses = counts(table.groupBy("mof_class").count());
        Map<String, Long> osaid = counts(table.groupBy("osaid").count());
        Map<String, Long> relations = counts(table.filter(col("relation").isNotNull()).groupBy("relation").count());
        Map<String, Long> statuses = counts(table.filter(col("lineage").isNotNull()).groupBy("lineage").count());
        Dataset<Row> conflicts = table.select(col("declared"), explode(col("conflicts")).as("c"));
        long conflictCount = conflicts.count();
        List<HubSummary.Pair> pairs = new ArrayList<>();
        for (Row p : conflicts.groupBy(col("declared"), col("c.base_license")).count()
                .orderBy(desc("count"), col("declared"), col("base_license")).limit(50).collectAsList()) {
            pairs.add(new HubSummary.Pair(p.getString(0), p.getString(1), p.getLong(2)));
        }
        long unknownBases = table.select(explode(col("bases")).as("b"))
                .filter(col("b.resolved_by").equalTo(LineageSource.UNKNOWN.jsonName())).count();
        long end = System.nanoTime();
        HubSummary.Timing timing = new HubSummary.Timing(seconds(start, end), phases[2], phases[0], phases[1],
                seconds(linked, end), spark.sparkContext().defaultParallelism());
        return new HubSummary("licenselens-hub/1", input.toString(), kind.name().toLowerCase(java.util.Locale.ROOT),
                count, unreadable, derivatives, licenses, spdx, families, flags, openness, mofClasses, osaid,
                relations, statuses,
                conflictCount, unknownBases, pairs, rounds, timing);
    }

    /** A grouped count as a map, most common first, then by name. */
    private static Map<String, Long> counts(Dataset<Row> grouped) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Iterator<Row> rows = grouped.orderBy(desc("count"), col(grouped.columns()[0])).toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            counts.put(r.isNullAt(0) ? "(none)" : r.get(0).toString(), r.getLong(1));
        }
        return counts;
    }

    private static double seconds(long from, long to) {
        return Math.round((to - from) / 1e7) / 100.0;
    }
}

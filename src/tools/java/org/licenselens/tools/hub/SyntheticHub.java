package org.licenselens.tools.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.licenselens.corpus.CorpusLoader;

/**
 * A synthetic Hugging Face hub of N models with a realistic mix, and the answers a scan of it must give.
 *
 * <p>The mix follows what studies of the Hub report: most models carry no license or {@code unknown}; Apache-2.0 and
 * MIT are the most common known ids; then CC-BY, the custom model licenses (Llama, Gemma, Qwen, OpenRAIL, their
 * texts taken from the corpus at write time), {@code other} with a {@code license_name} and a {@code license_link};
 * and close to half of the models derive from another (finetunes, quantizations, adapters, merges), from well-known
 * bases or from models of the same hub, so chains run several levels deep and some declare a license that drops
 * what their base binds them to.
 *
 * <p>The expected lineage verdict of each model is computed here, from the facts the generator chose (which
 * licenses bind derivatives), not by running licenselens: a test compares the two. Deterministic for a seed.
 */
public final class SyntheticHub {
    /** A model card's license, as the generator writes it. */
    enum CardLicense {
        NONE(null, null, null, null, null, 35),
        UNKNOWN("unknown", null, null, null, null, 8),
        APACHE("apache-2.0", null, null, null, "apache-2.0", 20),
        MIT("mit", null, null, null, "mit", 12),
        CC_BY("cc-by-4.0", null, null, null, "cc-by-4.0", 5),
        LLAMA("llama3.1", null, null, "llama-3.1-license-2024", "llama-3.1-license-2024", 5),
        GEMMA("gemma", null, null, "gemma-tou-2025-03-24", "gemma-tou-2025-03-24", 4),
        QWEN("other", "qwen", "LICENSE", "qwen-2024", "qwen-2024", 4),
        OPENRAIL("openrail", null, null, "bigscience-open-rail-m", "bigscience-open-rail-m", 3),
        CUSTOM("other", "acme-model-license", "https://example.com/acme/LICENSE", null, null, 4);

        final String id;
        final String name;
        final String link;
        /** The corpus license written as the model's LICENSE file, or {@code null} for none. */
        final String fileKey;
        /** The ScanCode key the declaration resolves to, or {@code null} when it names no known license. */
        final String key;
        final int weight;

        CardLicense(String id, String name, String link, String fileKey, String key, int weight) {
            this.id = id;
            this.name = name;
            this.link = link;
            this.fileKey = fileKey;
            this.key = key;
            this.weight = weight;
        }

        /** How reports count it: the id, or {@code other:NAME}, or {@code none}. */
        String label() {
            return id == null ? "none" : name == null ? id : id + ":" + name;
        }
    }

    /**
     * The corpus licenses whose texts carry clause flags, so that they bind derivatives. A fact about the corpus the
     * generator relies on; {@code corpus/ai-licenses.json} records the same flags.
     */
    static final Set<String> BINDING = Set.of("llama-3.1-license-2024", "gemma-tou-2025-03-24", "qwen-2024",
            "bigscience-open-rail-m");

    /** Well-known bases and the registry license they resolve to ({@code corpus/base-models.json}). */
    static final Map<String, String> KNOWN_BASES = new TreeMap<>(Map.of(
            "meta-llama/Llama-3.1-8B", "llama-3.1-license-2024",
            "google/gemma-3-4b-it", "gemma-tou-2025-03-24",
            "Qwen/Qwen2.5-72B", "qwen-2024",
            "Qwen/Qwen2.5-7B", "apache-2.0",
            "mistralai/Mistral-7B-v0.1", "apache-2.0"));

    /** The card license that carries each binding key on, for derivatives that keep their base's terms. */
    private static final Map<String, CardLicense> FAMILY = Map.of("llama-3.1-license-2024", CardLicense.LLAMA,
            "gemma-tou-2025-03-24", CardLicense.GEMMA, "qwen-2024", CardLicense.QWEN,
            "bigscience-open-rail-m", CardLicense.OPENRAIL);

    /**
     * One generated model.
     *
     * @param id       {@code org/name}
     * @param license  its card license
     * @param bases    its {@code base_model}s (empty for a root model)
     * @param relation its {@code base_model_relation}, or {@code null} for a root model
     * @param expected the expected lineage status ({@code conflict}, {@code unknown-base}, {@code undeclared},
     *                 {@code consistent}), or {@code null} for a root model
     * @param conflicts the expected number of lineage conflicts (one per base whose binding licenses it drops)
     * @param unknownBases the expected number of its bases whose license resolves nowhere
     */
    public record Model(String id, CardLicense license, List<String> bases, String relation, String expected,
                        int conflicts, int unknownBases) {
        public Model {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(license, "license");
            bases = List.copyOf(bases);
        }
    }

    /**
     * The answers: counts a scan (or a hub job) of the generated hub must report.
     *
     * @param models        every model
     * @param derivatives   models with a {@code base_model}
     * @param licenses      models by card license label ({@code none}, {@code apache-2.0}, {@code other:qwen}, …)
     * @param statuses      derivatives by expected lineage status
     * @param conflicts     lineage conflicts in all
     * @param unknownBases  base references that resolve to no license
     */
    public record Expected(int models, int derivatives, Map<String, Integer> licenses, Map<String, Integer> statuses,
                           int conflicts, int unknownBases) {}

    private final List<Model> models;

    private SyntheticHub(List<Model> models) {
        this.models = List.copyOf(models);
    }

    public List<Model> models() {
        return models;
    }

    /** Generates {@code count} models from {@code seed}. */
    public static SyntheticHub generate(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Model> models = new ArrayList<>();
        Map<String, Set<String>> binding = new HashMap<>();
        Map<String, Boolean> resolvable = new HashMap<>();
        List<String> candidates = new ArrayList<>(); // mirror models a derivative may name as its base
        for (int i = 0; i < count; i++) {
            String id = "synth-org-" + (i % 97) + "/model-" + String.format("%06d", i);
            boolean derivative = i >= 10 && random.nextInt(100) < 45;
            if (!derivative) {
                CardLicense license = pick(random);
                models.add(new Model(id, license, List.of(), null, null, 0, 0));
                Set<String> own = license.key != null && BINDING.contains(license.key) ? Set.of(license.key) : Set.of();
                binding.put(id, own);
                resolvable.put(id, license.key != null);
                if (license != CardLicense.CC_BY && license != CardLicense.UNKNOWN && license != CardLicense.CUSTOM) {
                    candidates.add(id);
                }
                continue;
            }
            String relation = relation(random);
            List<String> bases = new ArrayList<>();
            while (bases.size() < (relation.equals("merge") ? 2 : 1)) {
                String base = base(random, candidates, i);
                if (!bases.contains(base)) {
                    bases.add(base);
                }
            }
            // What each base binds the derivative to, and whether the base's license is known at all.
            Set<String> inherited = new LinkedHashSet<>();
            List<Set<String>> perBase = new ArrayList<>();
            int unknown = 0;
            for (String base : bases) {
                Set<String> b;
                if (KNOWN_BASES.containsKey(base)) {
                    String key = KNOWN_BASES.get(base);
                    b = BINDING.contains(key) ? Set.of(key) : Set.of();
                } else if (resolvable.getOrDefault(base, false)) {
                    b = binding.get(base);
                } else {
                    b = Set.of();
                    unknown++;
                }
                perBase.add(b);
                inherited.addAll(b);
            }
            CardLicense declared = declared(random, inherited);
            int conflicts = 0;
            if (declared.key != null) {
                for (Set<String> b : perBase) {
                    if (b.stream().anyMatch(k -> !k.equals(declared.key))) {
                        conflicts++;
                    }
                }
            }
            String status = conflicts > 0 ? "conflict" : unknown > 0 ? "unknown-base"
                    : declared.key == null ? "undeclared" : "consistent";
            models.add(new Model(id, declared, bases, relation, status, conflicts, unknown));
            Set<String> bound = new LinkedHashSet<>(inherited);
            if (declared.key != null && BINDING.contains(declared.key)) {
                bound.add(declared.key);
            }
            binding.put(id, bound);
            // As a base, a derivative resolves when it declares a known license or inherits a binding one: a
            // permissive base's license alone does not travel (it binds nothing), so the folder says nothing.
            resolvable.put(id, declared.key != null || !bound.isEmpty());
            candidates.add(id);
        }
        return new SyntheticHub(models);
    }

    private static CardLicense pick(SplittableRandom random) {
        int total = 0;
        for (CardLicense l : CardLicense.values()) {
            total += l.weight;
        }
        int r = random.nextInt(total);
        for (CardLicense l : CardLicense.values()) {
            r -= l.weight;
            if (r < 0) {
                return l;
            }
        }
        throw new AssertionError("weights");
    }

    private static String relation(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 40 ? "finetune" : r < 65 ? "quantized" : r < 85 ? "adapter" : "merge";
    }

    private static String base(SplittableRandom random, List<String> candidates, int i) {
        int r = random.nextInt(100);
        if (r < 45 || candidates.isEmpty()) {
            List<String> known = List.copyOf(KNOWN_BASES.keySet());
            return known.get(random.nextInt(known.size()));
        }
        if (r < 55) {
            return "nobody/unlisted-base-" + random.nextInt(1000);
        }
        // Prefer recent models, so chains grow several levels deep.
        int from = Math.max(0, candidates.size() - 50);
        return candidates.get(from + random.nextInt(candidates.size() - from));
    }

    /** What a derivative declares: its base's family (keeping the terms), Apache-2.0 or MIT (often dropping them), or nothing. */
    private static CardLicense declared(SplittableRandom random, Set<String> inherited) {
        int r = random.nextInt(100);
        if (r < 35) {
            return inherited.isEmpty() ? CardLicense.APACHE : FAMILY.get(inherited.iterator().next());
        }
        return r < 65 ? CardLicense.APACHE : r < 75 ? CardLicense.MIT : CardLicense.NONE;
    }

    /** The counts a scan of this hub must report. */
    public Expected expected() {
        Map<String, Integer> licenses = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int derivatives = 0;
        int conflicts = 0;
        int unknownBases = 0;
        for (Model m : models) {
            licenses.merge(m.license().label(), 1, Integer::sum);
            if (m.expected() != null) {
                derivatives++;
                statuses.merge(m.expected(), 1, Integer::sum);
                conflicts += m.conflicts();
            }
        }
        for (Model m : models) {
            unknownBases += m.unknownBases();
        }
        return new Expected(models.size(), derivatives, licenses, statuses, conflicts, unknownBases);
    }

    /**
     * Writes the hub as a mirror: {@code org/name/README.md} with front matter, and a LICENSE for the custom licenses,
     * its text read from {@code corpus}.
     */
    public void writeMirror(Path root, Path corpus) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (Model m : models) {
            Path folder = root.resolve(m.id());
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("README.md"), card(m));
            if (m.bases().isEmpty() && m.license().fileKey != null) {
                String text = texts.computeIfAbsent(m.license().fileKey, k -> CorpusLoader.loadLicense(
                        corpus.resolve("scancode-licensedb").resolve(k + ".LICENSE")).text());
                Files.writeString(folder.resolve("LICENSE"), text);
            }
        }
    }

    private static String card(Model m) {
        StringBuilder yaml = new StringBuilder("---\n");
        CardLicense l = m.license();
        if (l.id != null) {
            yaml.append("license: ").append(l.id).append('\n');
        }
        if (l.name != null) {
            yaml.append("license_name: ").append(l.name).append('\n');
        }
        // A derivative's link would point to a LICENSE it does not have: only root models carry one.
        if (l.link != null && (m.bases().isEmpty() || l.link.startsWith("https:"))) {
            yaml.append("license_link: ").append(l.link).append('\n');
        }
        if (!m.bases().isEmpty()) {
            if (m.bases().size() == 1) {
                yaml.append("base_model: ").append(m.bases().getFirst()).append('\n');
            } else {
                yaml.append("base_model:\n");
                m.bases().forEach(b -> yaml.append("- ").append(b).append('\n'));
            }
            yaml.append("base_model_relation: ").append(m.relation()).append('\n');
        }
        yaml.append("library_name: transformers\n---\n\n# ").append(m.id()).append("\n\nA synthetic model.\n");
        return yaml.toString();
    }

    /** Writes the hub as JSON Lines of Hub API records: {@code id, license, tags, card_data}. */
    public void writeJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (Model m : models) {
                ObjectNode record = json.createObjectNode();
                record.put("id", m.id());
                CardLicense l = m.license();
                ArrayNode tags = record.putArray("tags");
                tags.add("transformers");
                if (l.id != null) {
                    record.put("license", l.id);
                    tags.add("license:" + l.id);
                } else {
                    record.putNull("license");
                }
                ObjectNode card = record.putObject("card_data");
                card.put("license", l.id);
                card.put("license_name", l.name);
                card.put("license_link", l.link);
                if (m.bases().isEmpty()) {
                    card.putNull("base_model");
                    card.putNull("base_model_relation");
                } else {
                    ArrayNode bases = card.putArray("base_model");
                    m.bases().forEach(bases::add);
                    card.put("base_model_relation", m.relation());
                    m.bases().forEach(b -> tags.add("base_model:" + m.relation() + ":" + b));
                }
                out.write(json.writeValueAsString(record));
                out.write('\n');
            }
        }
    }

    /** Writes {@code expected.json}: the counts, and each derivative's expected status. */
    public void writeExpected(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("schema", "licenselens-synthetic-hub/1");
        root.set("counts", json.valueToTree(expected()));
        ObjectNode statuses = root.putObject("lineage");
        models.stream().filter(m -> m.expected() != null).forEach(m -> statuses.put(m.id(), m.expected()));
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}

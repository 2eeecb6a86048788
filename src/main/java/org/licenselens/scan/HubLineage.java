package org.licenselens.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.licenselens.analysis.FileAnalysis;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.corpus.BaseModelRegistry;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.corpus.HuggingFaceLicenses;
import org.licenselens.corpus.LicenseFamilies;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.match.LicenseMatch;

/**
 * Lineage for a hub too large for one scan ({@code licenselens hub}): the facts of each model on its own (its
 * folder scanned alone, or its Hub API record's card data), and the same rules a scan's {@link Lineage} applies, so
 * that a job can resolve bases across the whole hub by joining models on their ids. What binds a model is its
 * own licenses (its license files', else its card's declaration) plus what its bases bind; a base in the hub
 * resolves to that when it is not empty, else, as in a scan, to the registry, the mapping file, or unknown.
 *
 * <p>Thread-safe; the terms and openness of each corpus license are analysed once per instance (not once per
 * model: a hub names a few base licenses hundreds of thousands of times).
 */
public final class HubLineage {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private final FileAnalysis analysis;
    private final Resolver resolver;
    private final Lineage lineage;
    private final Path baseModels;
    private final Scanner.Shared shared;
    private final Map<String, Optional<Boolean>> corpusOpenness = new ConcurrentHashMap<>();

    /** @param baseModels the user's mapping file ({@code --base-models}), or {@code null} */
    public HubLineage(FileAnalysis analysis, Path baseModels) {
        this.analysis = analysis;
        this.resolver = new Resolver(analysis.index(), analysis.detector(), HuggingFaceLicenses.defaults());
        this.baseModels = baseModels;
        this.lineage = new Lineage(analysis, resolver, BaseModelRegistry.defaults(),
                baseModels == null ? null : BaseModelRegistry.read(baseModels));
        this.shared = new Scanner.Shared(lineage);
    }

    /**
     * A term that binds derivatives, as a job carries it from model to model.
     *
     * @param license the license expression whose text carries it
     * @param path    the evidence: a license file of the model, or the corpus file of the license
     * @param type    the flag
     * @param line    its first line in {@code path}
     */
    public record Term(String license, String path, FlagType type, int line) {
        public Term {
            Objects.requireNonNull(license, "license");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(type, "type");
        }

        static Term of(InheritedTerm t) {
            return new Term(t.license(), t.path(), t.flag().type(), t.flag().startLine());
        }

        /** The license keys of {@code license}: what a derivative is bound to carry on. */
        public List<String> keys() {
            return LicenseExpressions.keys(license);
        }
    }

    /**
     * A base resolved outside the hub, or (by the job) inside it.
     *
     * @param resolvedBy where its license was found
     * @param license    the ScanCode expression binding it; empty when unknown
     * @param source     what resolved it (the base's model id in the hub, a registry pattern, the mapping); or null
     */
    public record Base(String id, LineageSource resolvedBy, String license, String source, List<Term> terms) {
        public Base {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(resolvedBy, "resolvedBy");
            Objects.requireNonNull(license, "license");
            terms = List.copyOf(terms);
        }

        static Base of(BaseModel b) {
            return new Base(b.id(), b.resolvedBy(), b.license(), b.source(), b.terms().stream().map(Term::of).toList());
        }
    }

    /**
     * One model on its own, before the hub's lineage is resolved.
     *
     * @param id        the model id ({@code org/name})
     * @param labels    what its card declares, as written ({@code apache-2.0}, {@code other (license_name: qwen)})
     * @param declared  the ScanCode expression its card declares; empty when none
     * @param detected  the expression its license files detect; empty when none
     * @param ownKeys   the licenses that bind it on its own: its license files', else its declaration's
     * @param ownTerms  the terms of those licenses
     * @param flags     the flag types over its files, in flag-type order
     * @param osdCompatible whether its own licenses keep to the Open Source Definition; {@code null} with none
     * @param bases     its {@code base_model}s, in card order; empty for a root model
     * @param relation  its {@code base_model_relation} ({@code null} for a root model)
     * @param line      the line of {@code base_model} in its card (0 for a root model)
     * @param problem   what could not be read, or {@code null}
     * @param outside   each base resolved outside the hub (registry, mapping, unknown), in card order
     */
    public record Model(String id, List<String> labels, String declared, String detected, List<String> ownKeys,
                        List<Term> ownTerms, List<FlagType> flags, Boolean osdCompatible, List<String> bases,
                        BaseModelRelation relation, int line, String problem, List<Base> outside) {
        public Model {
            Objects.requireNonNull(id, "id");
            labels = List.copyOf(labels);
            ownKeys = List.copyOf(ownKeys);
            ownTerms = List.copyOf(ownTerms);
            flags = List.copyOf(flags);
            bases = List.copyOf(bases);
            outside = List.copyOf(outside);
        }
    }

    /** Reads the model in {@code folder} (its README, license and policy files) as a scan of that folder would. */
    public Model ofFolder(String id, Path folder) {
        return of(id, scanFolder(folder));
    }

    /** Scans the model in {@code folder} as {@link #ofFolder} does: for callers that judge the scan further too. */
    public ScanResult scanFolder(Path folder) {
        return Scanner.scan(analysis, new ScanOptions(folder, false, 1).withBaseModels(baseModels), ScanListener.NONE,
                shared);
    }

    /** Reads the model {@code id} from {@code scan}, a scan of its folder by {@link #scanFolder}. */
    public Model of(String id, ScanResult scan) {
        ModelLineage own = scan.lineage().stream().filter(l -> l.model().isEmpty()).findFirst().orElse(null);
        Set<String> keys = new LinkedHashSet<>();
        List<Term> terms = new ArrayList<>();
        Boolean osd = null;
        for (ScannedFile f : scan.files()) {
            if (!f.role().governing() || f.failed() || !Repository.folder(f.path()).isEmpty()) {
                continue;
            }
            String expression = f.result().detection().expression();
            for (LicenseMatch m : f.result().detection().matches()) {
                keys.addAll(m.keys());
            }
            if (f.result().clauses() != null && !expression.isEmpty()) {
                for (ClauseFlag flag : f.result().clauses().flags()) {
                    terms.add(new Term(expression, f.path(), flag.type(), flag.startLine()));
                }
                boolean compatible = f.result().clauses().openness().osdCompatible();
                osd = osd == null ? compatible : osd && compatible;
            }
        }
        List<Declaration> cardDeclarations = scan.declared().stream()
                .filter(d -> Lineage.isCard(d) && Repository.folder(d.path()).isEmpty()).toList();
        String declared = own != null ? own.declared() : LicenseExpressions.and(cardDeclarations.stream()
                .filter(Declaration::resolved).map(Declaration::expression).toList());
        if (keys.isEmpty()) {
            terms.clear();
            for (String key : LicenseExpressions.keys(declared)) {
                if (keys.add(key)) {
                    lineage.termsOf(key).forEach(t -> terms.add(Term.of(t)));
                }
            }
            osd = openness(keys);
        }
        List<String> labels = cardDeclarations.stream().filter(d -> d.source().equals(ModelCards.SOURCE))
                .map(Declaration::value).toList();
        List<FlagType> flags = scan.flags().stream().map(FlagUse::type).distinct().sorted().toList();
        if (own == null) {
            return new Model(id, labels, declared, scan.expression(), List.copyOf(keys), terms, flags, osd, List.of(),
                    null, 0, null, List.of());
        }
        return new Model(id, labels, declared, scan.expression(), List.copyOf(keys), terms, flags, osd,
                own.bases().stream().map(BaseModel::id).toList(), own.relation(), own.line(), own.problem(),
                own.bases().stream().map(Base::of).toList());
    }

    /**
     * Reads the model a Hub API record describes: {@code id}, {@code license} and {@code card_data} (its
     * {@code license}, {@code license_name}, {@code license_link}, {@code base_model}, {@code base_model_relation}).
     * Metadata only: no license file, so what binds it is what its card declares.
     *
     * @throws IllegalArgumentException if the record has no {@code id}
     */
    public Model ofRecord(JsonNode record) {
        JsonNode idNode = record.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            throw new IllegalArgumentException("a Hub API record needs an \"id\"");
        }
        String id = idNode.asText().strip();
        ObjectNode card = record.get("card_data") instanceof ObjectNode c ? c.deepCopy() : YAML.createObjectNode();
        JsonNode license = card.get("license");
        if ((license == null || license.isNull()) && record.hasNonNull("license")) {
            card.set("license", record.get("license"));
        }
        String text;
        try {
            text = YAML.writeValueAsString(card) + "---\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("card data of " + id + " cannot be written as YAML", e);
        }
        String path = id + "/README.md";
        List<Declaration> declarations = ModelCards.declarations(path, text, resolver);
        String declared = LicenseExpressions.and(declarations.stream().filter(Declaration::resolved)
                .map(Declaration::expression).toList());
        Set<String> keys = new LinkedHashSet<>(LicenseExpressions.keys(declared));
        List<Term> terms = new ArrayList<>();
        keys.forEach(k -> lineage.termsOf(k).forEach(t -> terms.add(Term.of(t))));
        List<FlagType> flags = terms.stream().map(Term::type).distinct().sorted().toList();
        List<String> labels = declarations.stream().map(Declaration::value).filter(v -> !v.isEmpty()).toList();
        LineageCard lineageCard = LineageCard.of(card, 1);
        if (lineageCard == null) {
            return new Model(id, labels, declared, "", List.copyOf(keys), terms, flags, openness(keys), List.of(),
                    null, 0, null, List.of());
        }
        return new Model(id, labels, declared, "", List.copyOf(keys), terms, flags, openness(keys),
                lineageCard.bases(), lineageCard.relation(), lineageCard.line(), lineageCard.problem(),
                lineageCard.bases().stream().map(b -> Base.of(lineage.outside(b))).toList());
    }

    /**
     * The lineage conflicts of a model whose bases are resolved, by the rule a scan applies.
     *
     * @param path     how reports name the model
     * @param declared the ScanCode expression it declares
     */
    public List<LineageConflict> conflicts(String path, int line, BaseModelRelation relation, String declared,
                                           List<Base> bases) {
        if (declared.isEmpty()) {
            return List.of();
        }
        return lineage.conflicts(path, Math.max(1, line), relation, declared, bases.stream().map(b -> {
            Map<String, Set<FlagType>> byLicense = new LinkedHashMap<>();
            for (Term t : b.terms()) {
                byLicense.computeIfAbsent(t.license(), k -> EnumSet.noneOf(FlagType.class)).add(t.type());
            }
            return new Lineage.BaseTerms(b.id(), b.license(), byLicense);
        }).toList());
    }

    /** The SPDX id of corpus license {@code key}, or {@code null} for a license without one (a custom license). */
    public String spdx(String key) {
        return analysis.index().license(key).map(LicenseInfo::spdx).filter(id -> !id.isBlank()
                && !id.startsWith("LicenseRef-")).orElse(null);
    }

    /** The family of corpus license {@code key} ({@code llama} for every Llama version), as reports group them. */
    public String family(String key) {
        return LicenseFamilies.defaults().familyOf(key);
    }

    /** The ScanCode expression of licenses {@code keys} together, as a scan writes a local base's license. */
    public static String and(List<String> keys) {
        return LicenseExpressions.and(keys);
    }

    /** Whether every one of the corpus licenses {@code keys} keeps to the OSD; {@code null} when none is known. */
    private Boolean openness(Set<String> keys) {
        Boolean all = null;
        for (String key : keys) {
            Optional<Boolean> one = corpusOpenness.computeIfAbsent(key, k -> {
                Optional<LicenseInfo> info = analysis.index().license(k);
                if (info.isEmpty()) {
                    return Optional.empty();
                }
                String text = CorpusLoader.loadLicense(Path.of(info.get().source())).text();
                return Optional.of(analysis.clauses(text, info.get()).openness().osdCompatible());
            });
            if (one.isPresent()) {
                all = all == null ? one.get() : all && one.get();
            }
        }
        return all;
    }
}

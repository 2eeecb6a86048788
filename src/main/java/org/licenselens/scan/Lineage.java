package org.licenselens.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.licenselens.analysis.FileAnalysis;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.corpus.BaseModelRegistry;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.match.LicenseMatch;

/**
 * Resolves what each model card says it derives from ({@code base_model}) to the bases' licenses and the terms
 * those bind derivatives to, and holds the card's declared license against them.
 *
 * <p>A base resolves, in this order: to its own folder in the scanned tree (a hub mirror laid out
 * {@code org/name/}: its license files, else its card's declaration, plus whatever it inherits itself), to the
 * shipped registry of base families, to the user's mapping file; else it is unknown, and said so. Every flag of
 * a base's license counts as binding: the model licenses that carry flags (Llama, Gemma, Qwen, OpenRAIL, …)
 * define derivatives as covered by the agreement, so each term follows the weights.
 *
 * <p>One instance per scan; the terms of a corpus license are analysed once per instance. Not thread-safe
 * except for that cache.
 */
final class Lineage {
    private final FileAnalysis analysis;
    private final Resolver resolver;
    private final BaseModelRegistry registry;
    private final BaseModelRegistry mapping;
    private final Map<String, List<InheritedTerm>> corpusTerms = new ConcurrentHashMap<>();

    Lineage(FileAnalysis analysis, Resolver resolver, BaseModelRegistry registry, BaseModelRegistry mapping) {
        this.analysis = analysis;
        this.resolver = resolver;
        this.registry = registry;
        this.mapping = mapping;
    }

    /** What binds one folder: its licenses (ScanCode keys, in order) and their terms. */
    private record Bound(String origin, Set<String> keys, List<InheritedTerm> terms) {
        static final Bound NONE = new Bound(null, Set.of(), List.of());
    }

    /** The scan's picture of the tree, built once per {@link #resolve} call. */
    private final class Tree {
        final Map<String, List<ScannedFile>> governing = new HashMap<>();
        final Map<String, List<Declaration>> declaredByFolder = new HashMap<>();
        final Map<String, LineageCard> cardByFolder = new HashMap<>();
        final Map<String, String> folderByLowerCase = new HashMap<>();
        /** Folders by their last two names ({@code org/name}), so a mirror below a prefix is found in O(1). */
        final Map<String, String> folderByModelId = new HashMap<>();
        final Map<String, Bound> bound = new HashMap<>();
        final Set<String> visiting = new HashSet<>();

        Tree(List<ScannedFile> files, List<Declaration> declared, Map<String, LineageCard> cards) {
            for (ScannedFile f : files) {
                String folder = Repository.folder(f.path());
                String lower = folder.toLowerCase(Locale.ROOT);
                folderByLowerCase.putIfAbsent(lower, folder);
                int last = lower.lastIndexOf('/');
                int previous = last < 0 ? -1 : lower.lastIndexOf('/', last - 1);
                if (last > 0) {
                    folderByModelId.putIfAbsent(lower.substring(previous + 1), folder); // the first in walk order
                }
                if (f.role().governing() && !f.failed()) {
                    governing.computeIfAbsent(folder, k -> new ArrayList<>()).add(f);
                }
            }
            for (Declaration d : declared) {
                if (d.resolved() && isCard(d)) {
                    declaredByFolder.computeIfAbsent(Repository.folder(d.path()), k -> new ArrayList<>()).add(d);
                }
            }
            cards.forEach((path, card) -> cardByFolder.put(Repository.folder(path), card));
        }

        /**
         * The folder of base {@code id} in the tree: {@code org/name} at the root, else the first folder in walk
         * order that ends in {@code org/name} (a mirror below a common prefix).
         */
        Optional<String> folderOf(String id) {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty() || wanted.startsWith("/") || wanted.contains("..")) {
                return Optional.empty();
            }
            String exact = folderByLowerCase.get(wanted);
            if (exact != null) {
                return Optional.of(exact);
            }
            return wanted.indexOf('/') > 0 && wanted.indexOf('/') == wanted.lastIndexOf('/')
                    ? Optional.ofNullable(folderByModelId.get(wanted)) : Optional.empty();
        }

        /** What binds {@code folder}: its own license and, through its card, its bases'. */
        Bound bound(String folder) {
            Bound known = bound.get(folder);
            if (known != null) {
                return known;
            }
            if (!visiting.add(folder)) {
                return Bound.NONE; // a cycle of base_model links: the folder already being resolved adds nothing
            }
            Set<String> keys = new LinkedHashSet<>();
            List<InheritedTerm> terms = new ArrayList<>();
            own(folder, keys, terms);
            LineageCard card = cardByFolder.get(folder);
            if (card != null) {
                for (String base : card.bases()) {
                    BaseModel b = base(base);
                    for (String key : bindingKeys(b)) {
                        keys.add(key);
                    }
                    terms.addAll(b.terms());
                }
            }
            visiting.remove(folder);
            Bound result = new Bound(folder, keys, dedupe(terms));
            bound.put(folder, result);
            return result;
        }

        /** The folder's own licenses: its license files' (with their flags), else what its card declares. */
        private void own(String folder, Set<String> keys, List<InheritedTerm> terms) {
            for (ScannedFile f : governing.getOrDefault(folder, List.of())) {
                String expression = f.result().detection().expression();
                for (LicenseMatch m : f.result().detection().matches()) {
                    keys.addAll(m.keys());
                }
                if (f.result().clauses() != null && !expression.isEmpty()) {
                    for (ClauseFlag flag : f.result().clauses().flags()) {
                        terms.add(new InheritedTerm(expression, f.path(), flag));
                    }
                }
            }
            if (!keys.isEmpty()) {
                return;
            }
            for (Declaration d : declaredByFolder.getOrDefault(folder, List.of())) {
                for (String key : LicenseExpressions.keys(d.expression())) {
                    if (keys.add(key)) {
                        terms.addAll(termsOf(key));
                    }
                }
            }
        }

        BaseModel base(String id) {
            Optional<String> folder = folderOf(id);
            if (folder.isPresent()) {
                Bound b = bound(folder.get());
                if (!b.keys().isEmpty()) {
                    return new BaseModel(id, LineageSource.LOCAL, LicenseExpressions.and(List.copyOf(b.keys())),
                            folder.get().isEmpty() ? "." : folder.get() + "/", b.terms());
                }
            }
            Optional<BaseModelRegistry.Family> known = registry.find(id);
            if (known.isPresent() && analysis.index().license(known.get().license()).isPresent()) {
                String key = known.get().license();
                return new BaseModel(id, LineageSource.REGISTRY, key, describe(registry, known.get()), termsOf(key));
            }
            Optional<BaseModelRegistry.Family> mapped = mapping == null ? Optional.empty() : mapping.find(id);
            if (mapped.isPresent()) {
                String expression = expressionOf(mapped.get().license());
                if (!expression.isEmpty()) {
                    List<InheritedTerm> terms = new ArrayList<>();
                    LicenseExpressions.keys(expression).forEach(k -> terms.addAll(termsOf(k)));
                    return new BaseModel(id, LineageSource.MAPPING, expression, describe(mapping, mapped.get()), terms);
                }
            }
            return new BaseModel(id, LineageSource.UNKNOWN, "", null, List.of());
        }
    }

    /**
     * Every model card with a {@code base_model}, in the order of {@code cards}' keys (walk order).
     *
     * @param cards the lineage of each README that names a base, by display path
     */
    List<ModelLineage> resolve(List<ScannedFile> files, List<Declaration> declared, Map<String, LineageCard> cards) {
        if (cards.isEmpty()) {
            return List.of();
        }
        Tree tree = new Tree(files, declared, cards);
        List<ModelLineage> found = new ArrayList<>();
        for (Map.Entry<String, LineageCard> e : cards.entrySet()) {
            String path = e.getKey();
            LineageCard card = e.getValue();
            String folder = Repository.folder(path);
            List<Declaration> ownDeclarations = tree.declaredByFolder.getOrDefault(folder, List.of()).stream()
                    .filter(d -> d.path().equals(path)).toList();
            String declaredExpression = LicenseExpressions.and(ownDeclarations.stream().map(Declaration::expression).toList());
            List<BaseModel> bases = card.bases().stream().map(tree::base).toList();
            List<LineageConflict> conflicts = declaredExpression.isEmpty() ? List.of()
                    : conflicts(path, card, declaredExpression, bases);
            found.add(new ModelLineage(path, card.line(), folder, card.relation(), declaredExpression, bases,
                    conflicts, card.problem()));
        }
        return found;
    }

    /** For each base, the binding licenses the declaration does not carry on, and the terms it drops with them. */
    private List<LineageConflict> conflicts(String path, LineageCard card, String declared, List<BaseModel> bases) {
        Set<String> declaredKeys = new LinkedHashSet<>(LicenseExpressions.keys(declared));
        Set<FlagType> kept = EnumSet.noneOf(FlagType.class);
        declaredKeys.forEach(k -> termsOf(k).forEach(t -> kept.add(t.flag().type())));
        List<LineageConflict> found = new ArrayList<>();
        for (BaseModel b : bases) {
            Map<String, Set<FlagType>> byLicense = new LinkedHashMap<>();
            for (InheritedTerm t : b.terms()) {
                byLicense.computeIfAbsent(t.license(), k -> EnumSet.noneOf(FlagType.class)).add(t.flag().type());
            }
            List<String> missing = new ArrayList<>();
            Set<FlagType> dropped = EnumSet.noneOf(FlagType.class);
            byLicense.forEach((license, types) -> {
                if (LicenseExpressions.keys(license).stream().noneMatch(declaredKeys::contains)) {
                    missing.add(license);
                    types.stream().filter(t -> !kept.contains(t)).forEach(dropped::add);
                }
            });
            if (!missing.isEmpty()) {
                found.add(new LineageConflict(path, card.line(), card.relation(), b.id(), b.license(), declared,
                        missing, List.copyOf(dropped)));
            }
        }
        return found;
    }

    /** The base's licenses that carry terms: only those bind a derivative to anything. */
    private static List<String> bindingKeys(BaseModel b) {
        Set<String> keys = new LinkedHashSet<>();
        for (InheritedTerm t : b.terms()) {
            keys.addAll(LicenseExpressions.keys(t.license()));
        }
        return List.copyOf(keys);
    }

    /** The flags of corpus license {@code key}'s own text, with lines in that text; empty for unknown keys. */
    List<InheritedTerm> termsOf(String key) {
        return corpusTerms.computeIfAbsent(key, k -> {
            Optional<LicenseInfo> info = analysis.index().license(k);
            if (info.isEmpty()) {
                return List.of();
            }
            String text = CorpusLoader.loadLicense(Path.of(info.get().source())).text();
            String evidence = "scancode-licensedb/" + Path.of(info.get().source()).getFileName();
            return analysis.clauses(text, info.get()).flags().stream()
                    .map(flag -> new InheritedTerm(k, evidence, flag)).toList();
        });
    }

    /** A mapping's license value: a corpus key, else a Hugging Face id, else an SPDX expression. */
    private String expressionOf(String license) {
        if (analysis.index().license(license).isPresent()) {
            return license;
        }
        return resolver.huggingFaceId(license);
    }

    private static String describe(BaseModelRegistry registry, BaseModelRegistry.Family family) {
        return registry.origin() + ": " + family.pattern() + (family.source() == null ? "" : " (" + family.source() + ")");
    }

    private static boolean isCard(Declaration d) {
        return d.source().equals(ModelCards.SOURCE) || d.source().equals("readme");
    }

    /** Terms in order, each clause once (a chain can reach one license by two paths). */
    private static List<InheritedTerm> dedupe(List<InheritedTerm> terms) {
        return List.copyOf(new LinkedHashSet<>(terms));
    }
}

package org.licenselens.openness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.licenselens.analysis.FileAnalysis;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.openness.ComponentDetector.Hit;
import org.licenselens.openness.OpennessRules.ComponentRule;
import org.licenselens.scan.Declaration;
import org.licenselens.scan.FileRole;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScannedFile;

/**
 * Judges the openness of a model release from its scan: recognises the MOF components, finds each one's license
 * from the most specific evidence, and checks the MOF classes and OSAID 1.0. Thread-safe; never throws for a
 * problem with a file (an unreadable path is listed in the result).
 *
 * <pre>{@code
 * ScanResult scan = lens.scan(ScanOptions.of(folder), ScanListener.NONE);
 * ReleaseOpenness openness = lens.openness(scan);
 * }</pre>
 */
public final class ReleaseAssessor {
    private static final Pattern SPDX = Pattern.compile(
            "SPDX-License-Identifier:\\s*([A-Za-z0-9.+\\-]+(?:\\s+(?:AND|OR|WITH)\\s+[A-Za-z0-9.+\\-]+)*)");
    private static final String MODEL_CARD = "model-card";

    private final FileAnalysis analysis;
    private final LicenseCatalog catalog;
    private final OpennessRules rules;
    private final LicenseKinds kinds;
    /** The flags of corpus licenses a card declares without their text in the tree, by key. */
    private final Map<String, List<Term>> corpusTerms = new ConcurrentHashMap<>();

    public ReleaseAssessor(FileAnalysis analysis, LicenseCatalog catalog) {
        this.analysis = analysis;
        this.catalog = catalog;
        this.rules = OpennessRules.defaults();
        this.kinds = new LicenseKinds(rules, catalog);
    }

    /**
     * Judges the release scanned as {@code scan}, whose root folder is {@code root}.
     *
     * @throws IllegalArgumentException if {@code scan} is not of {@code root}
     */
    public ReleaseOpenness assess(ScanResult scan, Path root) {
        if (!Path.of(scan.root()).toAbsolutePath().normalize().equals(root.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the scan is of " + scan.root() + ", not of " + root);
        }
        Inventory inventory = Inventory.of(root);
        Map<Component, List<Hit>> hits = new ComponentDetector(rules).detect(inventory);
        Licenses licenses = new Licenses(scan);
        List<ComponentFinding> findings = new ArrayList<>();
        for (Map.Entry<Component, List<Hit>> e : hits.entrySet()) {
            findings.add(finding(e.getKey(), e.getValue(), licenses));
        }
        Map<Component, ComponentFinding> byComponent = new HashMap<>();
        findings.forEach(f -> byComponent.put(f.component(), f));
        List<ClassCheck> classes = new ArrayList<>();
        MofClass reached = MofClass.NONE;
        for (MofClass c : List.of(MofClass.CLASS_III, MofClass.CLASS_II, MofClass.CLASS_I)) {
            ClassCheck check = check(c, byComponent);
            classes.add(check);
            if (check.reached() && reached.ordinal() == c.ordinal() - 1) {
                reached = c;
            }
        }
        OsaidCheck osaid = osaid(byComponent);
        return new ReleaseOpenness(scan.root(), findings, reached, classes, osaid,
                Summaries.summary(byComponent, reached, osaid), inventory.unreadable);
    }

    private ComponentFinding finding(Component component, List<Hit> hits, Licenses licenses) {
        Hit first = hits.getFirst();
        List<Evidence> evidence = hits.stream().map(Hit::evidence).toList();
        Map<String, ComponentLicense> distinct = new LinkedHashMap<>();
        ComponentKind kind = rules.rule(component).kind();
        for (Hit hit : hits) {
            ComponentLicense license = hit.presence() == Presence.DECLARED
                    ? new ComponentLicense("", "not verifiable", LicenseSource.NOT_VERIFIABLE, hit.evidence(),
                    Set.of(), List.of(), "released elsewhere: its terms cannot be read offline")
                    : licenses.of(hit.item(), kind);
            String id = license.expression() + "|" + license.source() + "|"
                    + (license.evidence() == null ? "" : license.evidence().location());
            distinct.putIfAbsent(id, license);
        }
        return new ComponentFinding(component, first.presence(), first.recognition(), evidence,
                List.copyOf(distinct.values()));
    }

    private ClassCheck check(MofClass mofClass, Map<Component, ComponentFinding> found) {
        Tally t = tally(found, rule -> rule.requiredBy() != null && rule.requiredBy().ordinal() <= mofClass.ordinal(),
                rule -> rules.accepted.get(rule.kind()),
                (rule, license) -> gap(rule, license, rules.accepted.get(rule.kind())));
        return new ClassCheck(mofClass, t.missing().isEmpty() && t.failing().isEmpty(), t.missing(), t.failing(),
                t.declared());
    }

    /** The counted components of a class or an OSAID part: absent, only declared, or released under a failing license. */
    private record Tally(List<Component> missing, List<Component> declared, List<LicenseGap> failing) {}

    /**
     * Sorts every component whose rule {@code counted} accepts into missing, declared elsewhere, or released; a
     * released component's licenses of none of the {@code accepted} kinds are its gaps, each with {@code why}.
     */
    private Tally tally(Map<Component, ComponentFinding> found, java.util.function.Predicate<ComponentRule> counted,
            java.util.function.Function<ComponentRule, Set<LicenseKind>> accepted,
            java.util.function.BiFunction<ComponentRule, ComponentLicense, String> why) {
        List<Component> missing = new ArrayList<>();
        List<Component> declared = new ArrayList<>();
        List<LicenseGap> failing = new ArrayList<>();
        for (Component c : Component.values()) {
            ComponentRule rule = rules.rule(c);
            if (!counted.test(rule)) {
                continue;
            }
            ComponentFinding f = found.get(c);
            if (f == null) {
                missing.add(c);
            } else if (f.presence() == Presence.DECLARED) {
                declared.add(c);
            } else {
                failing.addAll(gaps(c, f, accepted.apply(rule), license -> why.apply(rule, license)));
            }
        }
        return new Tally(missing, declared, failing);
    }

    /** The licenses of the released component {@code c} that are of none of the {@code accepted} kinds. */
    private static List<LicenseGap> gaps(Component c, ComponentFinding f, Set<LicenseKind> accepted,
            java.util.function.Function<ComponentLicense, String> why) {
        return f.licenses().stream().filter(license -> license.kinds().stream().noneMatch(accepted::contains))
                .map(license -> new LicenseGap(c, license, why.apply(license))).toList();
    }

    private static String gap(ComponentRule rule, ComponentLicense license, Set<LicenseKind> accepted) {
        String needs = accepted.stream().sorted().map(LicenseKind::jsonName).collect(Collectors.joining(" or "));
        String why = license.why() != null ? license.why()
                : license.name() + " is " + license.kinds().stream().sorted().map(LicenseKind::jsonName)
                .collect(Collectors.joining(", ")) + " only";
        return rule.name() + " needs an " + needs + " license: " + why;
    }

    private OsaidCheck osaid(Map<Component, ComponentFinding> found) {
        List<OsaidCheck.Part> parts = new ArrayList<>();
        for (OsaidPart part : OsaidPart.values()) {
            parts.add(part == OsaidPart.DATA_INFORMATION ? dataInformation(found) : allOf(part, found));
        }
        return new OsaidCheck(parts.stream().allMatch(OsaidCheck.Part::met), parts);
    }

    /** Parameters and code: every component of the part is released under OSI-approved terms. */
    private OsaidCheck.Part allOf(OsaidPart part, Map<Component, ComponentFinding> found) {
        Set<LicenseKind> accepted = rules.osaidAccepted.get(part);
        // OSAID asks for the parameters of the system, not its checkpoints.
        Tally t = tally(found, rule -> rule.osaid() == part && rule.component() != Component.INTERMEDIATE_PARAMETERS,
                rule -> accepted, (rule, license) -> rule.name() + ": " + (license.why() != null ? license.why()
                        : license.name() + " is not of OSI-approved terms"));
        List<Component> missing = t.missing();
        List<Component> declared = t.declared();
        List<LicenseGap> failing = t.failing();
        boolean met = missing.isEmpty() && failing.isEmpty();
        String reason;
        if (!missing.isEmpty()) {
            reason = names(missing) + " not released";
        } else if (!failing.isEmpty()) {
            reason = failing.stream().map(LicenseGap::reason).distinct().collect(Collectors.joining("; "));
        } else {
            reason = "released under OSI-approved terms"
                    + (declared.isEmpty() ? "" : "; " + names(declared) + " declared elsewhere, not verified");
        }
        return new OsaidCheck.Part(part, met, reason, missing, failing);
    }

    /** Data information: a data card or the datasets themselves, under open terms. */
    private OsaidCheck.Part dataInformation(Map<Component, ComponentFinding> found) {
        Set<LicenseKind> accepted = rules.osaidAccepted.get(OsaidPart.DATA_INFORMATION);
        List<LicenseGap> failing = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (Component c : List.of(Component.DATA_CARD, Component.DATASETS)) {
            ComponentFinding f = found.get(c);
            if (f == null) {
                continue;
            }
            if (f.presence() == Presence.DECLARED) {
                held.add(rules.rule(c).name() + " declared elsewhere, not verified");
                continue;
            }
            List<LicenseGap> gaps = gaps(c, f, accepted, license -> rules.rule(c).name() + ": "
                    + (license.why() != null ? license.why() : license.name() + " is not of open terms"));
            failing.addAll(gaps);
            if (gaps.isEmpty()) {
                held.add(rules.rule(c).name() + " (" + f.evidence().getFirst().location() + ")");
            }
        }
        if (held.isEmpty()) {
            String reason = failing.isEmpty() ? "data not described: no data card, dataset or data section"
                    : failing.stream().map(LicenseGap::reason).collect(Collectors.joining("; "));
            return new OsaidCheck.Part(OsaidPart.DATA_INFORMATION, false, reason,
                    failing.isEmpty() ? List.of(Component.DATA_CARD) : List.of(), failing);
        }
        return new OsaidCheck.Part(OsaidPart.DATA_INFORMATION, true, String.join("; ", held), List.of(), List.of());
    }

    private String names(List<Component> components) {
        return components.stream().map(c -> rules.rule(c).name()).collect(Collectors.joining(", "));
    }

    /** The license evidence of one scan: license files, policies and card declarations by folder. */
    private final class Licenses {
        private final Map<String, List<ScannedFile>> licenseFiles = new HashMap<>();
        private final Map<String, List<ScannedFile>> policies = new HashMap<>();
        private final Map<String, Declaration> cards = new HashMap<>();
        private final Map<String, ScannedFile> byPath = new HashMap<>();

        Licenses(ScanResult scan) {
            for (ScannedFile f : scan.files()) {
                byPath.put(f.path(), f);
                if (f.failed()) {
                    continue;
                }
                if (f.role() == FileRole.LICENSE) {
                    licenseFiles.computeIfAbsent(folder(f.path()), k -> new ArrayList<>()).add(f);
                } else if (f.role() == FileRole.POLICY) {
                    policies.computeIfAbsent(folder(f.path()), k -> new ArrayList<>()).add(f);
                }
            }
            for (Declaration d : scan.declared()) {
                if (d.source().equals(MODEL_CARD) && (d.resolved() || d.linkedFile() != null)) {
                    cards.putIfAbsent(folder(d.path()), d);
                }
            }
        }

        /**
         * The license of one file of a component, most specific first: its SPDX line; a license file or card of its
         * folder or a folder above, below the root; at the root, the card for weights, data and documents and the
         * license file for code, each falling back on the other.
         */
        ComponentLicense of(Inventory.Item item, ComponentKind kind) {
            if (kind == ComponentKind.CODE && item.text() != null) {
                Matcher m = SPDX.matcher(item.text());
                if (m.find()) {
                    String expression = spdxExpression(m.group(1));
                    return kinds.license(expression, LicenseSource.SPDX_HEADER,
                            new Evidence(item.path(), ComponentDetector.lineOf(item.text(), m.start()), m.group()),
                            List.of());
                }
            }
            for (String folder = item.folder(); !folder.isEmpty(); folder = folder(folder)) {
                ComponentLicense license = fromFile(folder, LicenseSource.FOLDER_LICENSE);
                if (license == null) {
                    license = fromCard(folder, LicenseSource.FOLDER_CARD);
                }
                if (license != null) {
                    return license;
                }
            }
            ComponentLicense license = kind == ComponentKind.CODE
                    ? Optional.ofNullable(fromFile("", LicenseSource.ROOT_LICENSE))
                    .orElseGet(() -> fromCard("", LicenseSource.MODEL_CARD))
                    : Optional.ofNullable(fromCard("", LicenseSource.MODEL_CARD))
                    .orElseGet(() -> fromFile("", LicenseSource.ROOT_LICENSE));
            return license != null ? license : kinds.license("", LicenseSource.NONE, null, List.of());
        }

        private ComponentLicense fromFile(String folder, LicenseSource source) {
            List<ScannedFile> files = licenseFiles.get(folder);
            if (files == null) {
                return null;
            }
            ScannedFile file = files.getFirst();
            List<Term> terms = new ArrayList<>(terms(file));
            policyTerms(folder).forEach(terms::add);
            return kinds.license(file.result().detection().expression(), source, new Evidence(file.path(), 0,
                    "license file"), terms);
        }

        private ComponentLicense fromCard(String folder, LicenseSource source) {
            Declaration d = cards.get(folder);
            if (d == null) {
                return null;
            }
            List<Term> terms = new ArrayList<>();
            ScannedFile linked = d.linkedFile() == null ? null : byPath.get(d.linkedFile());
            ScannedFile same = linked != null && !linked.failed() ? linked : sameText(folder, d.expression());
            if (same != null) {
                terms.addAll(terms(same)); // the release's own text: its lines are the evidence
            } else {
                for (String key : LicenseExpressions.keys(d.expression())) {
                    terms.addAll(corpusTerms(key));
                }
            }
            policyTerms(folder).forEach(terms::add);
            return kinds.license(d.expression(), source, new Evidence(d.path(), d.line(), d.field() + ": "
                    + d.value()), terms);
        }

        /** A license file of {@code folder} or the root holding exactly the declared license. */
        private ScannedFile sameText(String folder, String expression) {
            for (String f : folder.isEmpty() ? List.of("") : List.of(folder, "")) {
                for (ScannedFile file : licenseFiles.getOrDefault(f, List.of())) {
                    if (file.result().detection().expression().equals(expression)) {
                        return file;
                    }
                }
            }
            return null;
        }

        private List<Term> policyTerms(String folder) {
            List<Term> terms = new ArrayList<>();
            for (ScannedFile policy : policies.getOrDefault(folder, List.of())) {
                terms.addAll(terms(policy));
            }
            return terms;
        }

        private List<Term> terms(ScannedFile file) {
            if (file.result().clauses() == null) {
                return List.of();
            }
            return file.result().clauses().flags().stream().map(flag -> term(file.path(), flag)).toList();
        }
    }

    private Term term(String path, ClauseFlag flag) {
        return new Term(flag.type(), rules.restricting.contains(flag.type()), path, flag.startLine(), flag.endLine(),
                flag.text());
    }

    /** The flags of corpus license {@code key}'s own text; empty for unknown keys. */
    private List<Term> corpusTerms(String key) {
        return corpusTerms.computeIfAbsent(key, k -> {
            Optional<LicenseInfo> info = catalog.license(k);
            if (info.isEmpty() || info.get().source() == null) {
                return List.of();
            }
            String text = CorpusLoader.loadLicense(Path.of(info.get().source())).text();
            String evidence = "scancode-licensedb/" + Path.of(info.get().source()).getFileName();
            return analysis.clauses(text, info.get()).flags().stream().map(flag -> term(evidence, flag)).toList();
        });
    }

    private String spdxExpression(String spdx) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder expression = new StringBuilder();
        for (String word : spdx.split("\\s+")) {
            if (word.equals("AND") || word.equals("OR") || word.equals("WITH")) {
                expression.append(' ').append(word.toLowerCase(java.util.Locale.ROOT)).append(' ');
            } else {
                String key = catalog.keyForSpdx(word).orElse("unknown-spdx");
                words.add(key);
                expression.append(key);
            }
        }
        return expression.toString();
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}

package org.licenselens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.clause.OsdViolation;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.policy.ContentDigests;
import org.licenselens.policy.ItemResolution;
import org.licenselens.policy.LicenseUse;
import org.licenselens.scan.FileRole;
import org.licenselens.scan.ModelCard;
import org.licenselens.scan.ReviewItem;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScannedFile;

/**
 * What both SBOM writers say about a scan, worked out once: license ids as SBOM tools accept them, the flag and
 * openness properties, the model cards. Property names are namespaced {@code licenselens:}.
 */
final class SbomFacts {
    static final String NS = "licenselens:";
    /** Where LicenseDB publishes each license's text: the text reference of a {@code LicenseRef-scancode-*}. */
    static final String LICENSEDB_URL = "https://scancode-licensedb.aboutcode.org/";

    private final ReportContext context;
    private final Predicate<String> listedSpdx;

    /**
     * @param listedSpdx whether an SPDX id is on the SBOM library's license list; a LicenseDB SPDX id the library
     *                   does not know (a newer list) is written as {@code LicenseRef-scancode-KEY}
     */
    SbomFacts(ReportContext context, Predicate<String> listedSpdx) {
        this.context = context;
        this.listedSpdx = listedSpdx;
    }

    /** The id an SBOM gives a ScanCode key: its SPDX id when listed, else {@code LicenseRef-scancode-KEY}. */
    String id(String key) {
        String spdx = context.spdx(key);
        return !spdx.startsWith("LicenseRef-") && listedSpdx.test(spdx) ? spdx
                : spdx.startsWith("LicenseRef-") ? spdx : "LicenseRef-scancode-" + key;
    }

    /** Whether {@link #id} of the key is a LicenseRef, which needs its name and text written out. */
    boolean custom(String key) {
        return id(key).startsWith("LicenseRef-");
    }

    /** A ScanCode expression with SBOM ids; empty stays empty. */
    String expression(String scancode) {
        return scancode.isEmpty() ? "" : LicenseExpressions.rename(scancode, this::id);
    }

    String name(String key) {
        return context.licenses().license(key).map(LicenseInfo::name).orElse(key);
    }

    /** The license keys a file holds, in match order. */
    static List<String> keys(ScannedFile f) {
        return f.failed() ? List.of() : LicenseExpressions.keys(f.result().detection().expression());
    }

    /** Every license key of the scan: detected, then declared, then those of the base models, each once. */
    static List<String> allKeys(ScanResult result) {
        Set<String> keys = new LinkedHashSet<>(LicenseExpressions.keys(result.expression()));
        keys.addAll(LicenseExpressions.keys(result.declaredExpression()));
        result.lineage().forEach(l -> l.bases().forEach(b -> keys.addAll(LicenseExpressions.keys(b.license()))));
        return List.copyOf(keys);
    }

    /**
     * The flag and openness properties of one file's clauses: {@code licenselens:flag:mau-threshold = 700000000}
     * (the distinct parsed values, comma-separated, or {@code true} for a flag without values),
     * {@code licenselens:osd-compatible} and {@code licenselens:osd-violations} (criteria).
     */
    static Map<String, String> clauseProperties(ClauseAnalysis clauses) {
        Map<String, String> props = new LinkedHashMap<>();
        if (clauses == null) {
            return props;
        }
        props.putAll(flagProperties(clauses.flags()));
        if (clauses.openness() != null) {
            props.put(NS + "osd-compatible", Boolean.toString(clauses.openness().osdCompatible()));
            String criteria = clauses.openness().violations().stream().map(OsdViolation::criterion).distinct().sorted()
                    .map(String::valueOf).collect(Collectors.joining(","));
            if (!criteria.isEmpty()) {
                props.put(NS + "osd-violations", criteria);
            }
        }
        return props;
    }

    /** The flag properties of a set of flags, in flag-type order. */
    static Map<String, String> flagProperties(List<ClauseFlag> flags) {
        Map<FlagType, Set<String>> values = new TreeMap<>();
        for (ClauseFlag flag : flags) {
            Set<String> v = values.computeIfAbsent(flag.type(), t -> new LinkedHashSet<>());
            flag.values().values().forEach(value -> {
                if (value instanceof List<?> list) {
                    list.forEach(x -> v.add(String.valueOf(x)));
                } else if (value != null) {
                    v.add(String.valueOf(value));
                }
            });
        }
        Map<String, String> props = new LinkedHashMap<>();
        values.forEach((type, v) -> props.put(NS + "flag:" + type.jsonName(), v.isEmpty() ? "true" : String.join(",", v)));
        return props;
    }

    /** The flags of every file, for the root component. */
    static List<ClauseFlag> allFlags(ScanResult result) {
        List<ClauseFlag> flags = new ArrayList<>();
        result.flags().forEach(use -> use.sites().forEach(site -> flags.add(site.flag())));
        return flags;
    }

    /** The properties that carry the policy outcome: each review item's status, each license's verdict. */
    Map<String, String> policyProperties(ScanResult result) {
        Map<String, String> props = new LinkedHashMap<>();
        if (context.policy() != null && context.policy().policy().present()) {
            props.put(NS + "policy", context.policy().policy().file().toString());
            for (LicenseUse use : context.policy().licenses()) {
                props.put(NS + "policy:license:" + use.key(), use.verdict().jsonName());
            }
        }
        for (ReviewItem item : result.review()) {
            ItemResolution r = context.resolution(item);
            String value = r.status().label() + ": " + item.kind().jsonName() + " " + item.path()
                    + (r.decision() == null ? "" : " (accepted by " + r.decision().by() + " at " + r.decision().at()
                    + ": " + r.decision().reason() + ")");
            props.put(NS + "review:" + item.id(), value);
        }
        return props;
    }

    /** The model cards of the scan's READMEs, read again from the scanned tree, in walk order. */
    static List<ModelCard> modelCards(ScanResult result, ContentDigests files) {
        List<ModelCard> cards = new ArrayList<>();
        for (ScannedFile f : result.files()) {
            if (f.role() == FileRole.README && !f.failed()) {
                files.text(f.path()).map(text -> ModelCard.read(result, f.path(), text))
                        .filter(card -> card.lineage() != null || card.task() != null
                                || result.declared().stream().anyMatch(d -> d.path().equals(f.path())
                                && d.source().equals("model-card")))
                        .ifPresent(cards::add);
            }
        }
        return cards;
    }

    /** Writes a document and its final newline, and flushes. */
    static void write(java.io.Writer out, String document) throws java.io.IOException {
        out.write(document);
        out.write('\n');
        out.flush();
    }

    /** The folder a display path is in, {@code ""} for the root. */
    static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The name the scanned root goes by: its last path element. */
    static String rootName(ScanResult result) {
        java.nio.file.Path name = java.nio.file.Path.of(result.root()).toAbsolutePath().normalize().getFileName();
        return name == null ? result.root() : name.toString();
    }
}

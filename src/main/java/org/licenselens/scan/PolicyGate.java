package org.licenselens.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.licenselens.clause.FlagType;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.match.LicenseMatch;

/**
 * The CI policy gate of {@code --fail-on}: {@code unknown}, {@code mismatch}, {@code lineage-conflict}, any flag type
 * ({@code training-ban}, {@code geographic-exclusion}, {@code mau-threshold}, {@code use-restriction}, ...) and
 * {@code category:<LicenseDB category>}, in any combination. Immutable.
 */
public final class PolicyGate {
    private static final String CATEGORY = "category:";
    private static final String LINEAGE_CONFLICT = ReviewKind.LINEAGE_CONFLICT.jsonName();
    private final Set<String> conditions;

    private PolicyGate(Set<String> conditions) {
        this.conditions = Set.copyOf(conditions);
    }

    /** A gate that never trips. */
    public static PolicyGate none() {
        return new PolicyGate(Set.of());
    }

    /** The values {@code --fail-on} accepts besides {@code category:NAME}. */
    public static List<String> simpleConditions() {
        List<String> names = new ArrayList<>(List.of("unknown", "mismatch", LINEAGE_CONFLICT));
        Arrays.stream(FlagType.values()).map(FlagType::jsonName).forEach(names::add);
        return names;
    }

    /**
     * Parses {@code --fail-on} values, each possibly a comma-separated list, checking categories against those
     * of {@code index}.
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static PolicyGate parse(List<String> values, LicenseCatalog index) {
        Set<String> categories = index.licenses().values().stream().map(LicenseInfo::category)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> conditions = new LinkedHashSet<>();
        for (String value : values) {
            for (String raw : value.split(",")) {
                String c = raw.strip();
                if (c.isEmpty()) {
                    continue;
                }
                if (c.regionMatches(true, 0, CATEGORY, 0, CATEGORY.length())) {
                    String name = c.substring(CATEGORY.length()).strip();
                    String known = categories.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("--fail-on: unknown license category '"
                                    + name + "'; LicenseDB categories are: " + String.join(", ", categories)));
                    conditions.add(CATEGORY + known);
                } else if (simpleConditions().contains(c.toLowerCase(Locale.ROOT))) {
                    conditions.add(c.toLowerCase(Locale.ROOT));
                } else {
                    throw new IllegalArgumentException("--fail-on: unknown condition '" + c + "'; use any of "
                            + String.join(", ", simpleConditions()) + " or category:NAME");
                }
            }
        }
        return new PolicyGate(conditions);
    }

    /** The conditions, as normalized. */
    public Set<String> conditions() {
        return conditions;
    }

    /** Returns every item of {@code result} that trips the gate, in report order; empty when it passes. */
    public List<GateTrip> check(ScanResult result, LicenseCatalog index) {
        List<GateTrip> trips = new ArrayList<>();
        if (conditions.contains("unknown")) {
            for (ScannedFile f : result.files()) {
                if (f.unknown()) {
                    trips.add(new GateTrip("unknown", f.path(), f.result().detection().unknownRegions().getFirst()
                            .startLine(), "license-like text that no known license explains"));
                }
            }
        }
        if (conditions.contains("mismatch")) {
            for (Mismatch m : result.mismatches()) {
                // SPDX ids, as the rest of every report names licenses.
                trips.add(new GateTrip("mismatch", m.declared().path(), m.declared().line(), "declares "
                        + LicenseExpressions.spdxExpression(m.declared().expression(), index)
                        + ", license files hold " + m.detected().stream()
                        .map(d -> d.path() + " (" + (d.expression().isEmpty() ? "none"
                                : LicenseExpressions.spdxExpression(d.expression(), index)) + ")")
                        .collect(Collectors.joining(", "))));
            }
        }
        if (conditions.contains(LINEAGE_CONFLICT)) {
            for (LineageConflict c : result.lineageConflicts()) {
                trips.add(new GateTrip(LINEAGE_CONFLICT, c.path(), c.line(), c.reason()));
            }
        }
        for (FlagUse use : result.flags()) {
            if (conditions.contains(use.type().jsonName())) {
                for (FlagSite site : use.sites()) {
                    trips.add(new GateTrip(use.type().jsonName(), site.path(), site.flag().startLine(),
                            clip(site.flag().text())));
                }
            }
        }
        for (String condition : conditions) {
            if (condition.startsWith(CATEGORY)) {
                String category = condition.substring(CATEGORY.length());
                for (ScannedFile f : result.files()) {
                    if (f.failed()) {
                        continue;
                    }
                    for (LicenseMatch m : f.result().detection().matches()) {
                        for (String key : m.keys()) {
                            Optional<LicenseInfo> info = index.license(key);
                            if (info.map(LicenseInfo::category).filter(category::equals).isPresent()) {
                                trips.add(new GateTrip(condition, f.path(), m.startLine(),
                                        info.get().spdx() + " is " + category));
                            }
                        }
                    }
                }
            }
        }
        return trips;
    }

    private static String clip(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }
}

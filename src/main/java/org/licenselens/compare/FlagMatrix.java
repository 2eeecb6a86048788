package org.licenselens.compare;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.clause.Openness;
import org.licenselens.clause.OsdViolation;

/** Builds the flag matrix: one row per flag type, in the order a reviewer reads them, then the OSD verdict. */
final class FlagMatrix {
    /** The id of the OSD verdict row. */
    static final String OSD = "osd";

    private static final List<FlagType> ORDER = List.of(FlagType.MAU_THRESHOLD, FlagType.GEOGRAPHIC_EXCLUSION,
            FlagType.TRAINING_BAN, FlagType.USE_RESTRICTION, FlagType.ATTRIBUTION_NAMING, FlagType.REVOCABLE,
            FlagType.POLICY_UPDATES, FlagType.PASS_THROUGH, FlagType.NON_COMMERCIAL, FlagType.REVENUE_THRESHOLD);

    private static final Map<FlagType, String> LABELS = Map.of(
            FlagType.MAU_THRESHOLD, "MAU threshold",
            FlagType.GEOGRAPHIC_EXCLUSION, "Regions excluded",
            FlagType.TRAINING_BAN, "Training ban",
            FlagType.USE_RESTRICTION, "Use restrictions",
            FlagType.ATTRIBUTION_NAMING, "Naming (attribution)",
            FlagType.REVOCABLE, "Revocable",
            FlagType.POLICY_UPDATES, "Policy updates",
            FlagType.PASS_THROUGH, "Pass-through",
            FlagType.NON_COMMERCIAL, "Non-commercial",
            FlagType.REVENUE_THRESHOLD, "Revenue threshold");

    private FlagMatrix() {
    }

    static {
        if (ORDER.size() != FlagType.values().length) {
            throw new IllegalStateException("every flag type needs a row in the comparison matrix");
        }
    }

    /** Builds the rows for {@code documents}, whose section numbers by line are {@code sections}. */
    static List<MatrixRow> rows(List<LicenseDocument> documents, List<String[]> sections) {
        List<MatrixRow> rows = new ArrayList<>();
        for (FlagType type : ORDER) {
            List<MatrixCell> cells = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                cells.add(flagCell(type, documents.get(d), sections.get(d)));
            }
            rows.add(new MatrixRow(type.jsonName(), LABELS.get(type), cells));
        }
        List<MatrixCell> verdicts = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            verdicts.add(osdCell(documents.get(d).analysis().openness(), sections.get(d)));
        }
        rows.add(new MatrixRow(OSD, "OSD verdict", verdicts));
        return rows;
    }

    private static MatrixCell flagCell(FlagType type, LicenseDocument document, String[] sections) {
        List<ClauseFlag> flags = document.analysis().flags().stream().filter(f -> f.type() == type).toList();
        Map<String, Set<Object>> merged = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        for (ClauseFlag flag : flags) {
            evidence.add(new Evidence(section(sections, flag.startLine()), flag.startLine(), flag.endLine(),
                    flag.text(), flag.values()));
            flag.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                Set<Object> values = merged.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                if (e.getValue() instanceof Iterable<?> items) {
                    items.forEach(values::add);
                } else {
                    values.add(e.getValue());
                }
            });
        }
        Map<String, Object> values = new LinkedHashMap<>();
        merged.forEach((k, v) -> values.put(k, List.copyOf(v)));
        return new MatrixCell(!flags.isEmpty(), summary(type, flags.size(), merged), values, evidence);
    }

    private static String summary(FlagType type, int count, Map<String, Set<Object>> values) {
        if (count == 0) {
            return "no";
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);
        numbers.setGroupingUsed(true);
        String summary = switch (type) {
            case MAU_THRESHOLD -> join(values.get("users"), v -> numbers.format(v) + " users");
            case GEOGRAPHIC_EXCLUSION -> join(values.get("regions"), String::valueOf);
            case REVENUE_THRESHOLD -> values.containsKey("amount")
                    ? join(values.get("amount"), v -> numbers.format(v)) + " "
                            + join(values.get("currency"), String::valueOf)
                    : null;
            default -> null;
        };
        if (summary == null || summary.isBlank()) {
            return count == 1 ? "yes" : "yes (" + count + " clauses)";
        }
        return summary.strip();
    }

    private static String join(Set<Object> values, java.util.function.Function<Object, String> format) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return String.join(" / ", values.stream().map(format).toList());
    }

    private static MatrixCell osdCell(Openness openness, String[] sections) {
        Set<Integer> criteria = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (OsdViolation v : openness.violations()) {
            criteria.add(v.criterion());
            evidence.add(new Evidence(section(sections, v.startLine()), v.startLine(), v.endLine(), v.evidence(),
                    Map.of("criterion", v.criterion(), "flagType", v.flagType().jsonName())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("osdCompatible", openness.osdCompatible());
        values.put("criteria", List.copyOf(criteria));
        String value = openness.osdCompatible() ? "can be Open Source"
                : criteria.isEmpty() ? "not Open Source"
                : "not OSD: " + String.join(", ", criteria.stream().map(String::valueOf).toList());
        return new MatrixCell(!openness.osdCompatible(), value, values, evidence);
    }

    static String section(String[] sections, int line) {
        return line < sections.length ? sections[line] : null;
    }
}

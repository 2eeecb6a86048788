package org.licenselens.scan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.index.LicenseIndex;
import org.licenselens.match.Detection;
import org.licenselens.match.Difference;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.match.LicenseMatch;

/** Puts the repository-level picture together from the per-file results: expression, mismatches, flags. */
final class Repository {
    /** The ScanCode key reported for license-like text that no known license explains. */
    static final String UNKNOWN_KEY = "unknown-license-reference";

    private Repository() {}

    static ScanResult assemble(String root, boolean allFiles, List<ScannedFile> files, List<Skipped> skipped,
                               Map<SkipReason, Integer> skipCounts, List<Declaration> declared,
                               List<ModelLineage> lineage, Map<String, List<Difference>> unknownDiffs,
                               LicenseIndex index) {
        List<String> detected = new ArrayList<>();
        for (ScannedFile f : files) {
            if (f.role().detected() && !f.failed()) {
                detected.addAll(expressions(f));
            }
        }
        String declaredExpression = LicenseExpressions.and(declared.stream().map(Declaration::expression).toList());
        List<Mismatch> mismatches = mismatches(files, declared);
        List<FlagUse> flags = flags(files);
        List<LineageConflict> conflicts = lineage.stream().flatMap(l -> l.conflicts().stream()).toList();
        List<ReviewItem> review = ReviewQueue.build(files, mismatches, conflicts, unknownDiffs, index);
        int errors = (int) files.stream().filter(ScannedFile::failed).count();
        int unknown = (int) files.stream().filter(ScannedFile::unknown).count();
        ScanSummary summary = new ScanSummary(files.size(), errors, unknown, skipCounts, declared.size(),
                mismatches.size(), review.size());
        return new ScanResult(root, allFiles, files, skipped, declared, mismatches, LicenseExpressions.and(detected),
                declaredExpression, flags, review, summary, lineage);
    }

    /** The expressions a file contributes: its detection's, and the unknown key for unknown text. */
    private static List<String> expressions(ScannedFile f) {
        List<String> found = new ArrayList<>();
        Detection d = f.result().detection();
        if (!d.expression().isEmpty()) {
            found.add(d.expression());
        }
        if (d.unknown()) {
            found.add(UNKNOWN_KEY);
        }
        return found;
    }

    private static List<String> keys(ScannedFile f) {
        Set<String> keys = new LinkedHashSet<>();
        for (LicenseMatch m : f.result().detection().matches()) {
            keys.addAll(m.keys());
        }
        if (f.result().detection().unknown()) {
            keys.add(UNKNOWN_KEY);
        }
        return List.copyOf(keys);
    }

    /**
     * A declaration is checked against the license files of its own folder, else of the nearest folder above it
     * that has any: that is where a reader would look. A declared key that none of them holds is a mismatch;
     * extra licenses in the files are not (a LICENSE often appends third-party notices).
     */
    static List<Mismatch> mismatches(List<ScannedFile> files, List<Declaration> declared) {
        Map<String, List<ScannedFile>> governing = new HashMap<>();
        for (ScannedFile f : files) {
            if (f.role().governing() && !f.failed()) {
                governing.computeIfAbsent(folder(f.path()), k -> new ArrayList<>()).add(f);
            }
        }
        List<Mismatch> found = new ArrayList<>();
        for (Declaration d : declared) {
            if (!d.resolved()) {
                continue;
            }
            List<ScannedFile> licenseFiles = nearest(governing, folder(d.path()));
            if (licenseFiles.isEmpty()) {
                continue;
            }
            List<DetectedLicense> detected = new ArrayList<>();
            Set<String> held = new LinkedHashSet<>();
            for (ScannedFile f : licenseFiles) {
                List<String> keys = keys(f);
                detected.add(new DetectedLicense(f.path(), f.result().detection().expression(), keys));
                held.addAll(keys);
            }
            List<String> declaredKeys = LicenseExpressions.keys(d.expression());
            List<String> missing = declaredKeys.stream().filter(k -> !held.contains(k)).toList();
            if (!missing.isEmpty()) {
                found.add(new Mismatch(d, declaredKeys, detected, missing));
            }
        }
        return found;
    }

    private static List<ScannedFile> nearest(Map<String, List<ScannedFile>> governing, String folder) {
        String at = folder;
        while (true) {
            List<ScannedFile> here = governing.get(at);
            if (here != null) {
                return here;
            }
            if (at.isEmpty()) {
                return List.of();
            }
            at = folder(at);
        }
    }

    /** The display path of the folder holding {@code path}; empty for the root. */
    static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static List<FlagUse> flags(List<ScannedFile> files) {
        Map<FlagType, List<FlagSite>> byType = new EnumMap<>(FlagType.class);
        for (ScannedFile f : files) {
            if (f.failed() || f.result().clauses() == null) {
                continue;
            }
            for (ClauseFlag flag : f.result().clauses().flags()) {
                byType.computeIfAbsent(flag.type(), k -> new ArrayList<>()).add(new FlagSite(f.path(), flag));
            }
        }
        List<FlagUse> uses = new ArrayList<>();
        byType.forEach((type, sites) -> uses.add(new FlagUse(type, sites)));
        return uses;
    }
}

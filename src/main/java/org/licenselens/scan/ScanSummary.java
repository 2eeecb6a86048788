package org.licenselens.scan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of a scan.
 *
 * @param files      analysed entries in {@code files} (errors included)
 * @param errors     entries of {@code files} with an error
 * @param unknown    files with license-like text no known license explains
 * @param skipped    skipped paths per reason, every reason present (zero counts included), in enum order
 * @param declared   declarations read from manifests, model cards and READMEs
 * @param mismatches declared/detected mismatches
 * @param review     items in the review queue
 */
public record ScanSummary(int files, int errors, int unknown, Map<SkipReason, Integer> skipped, int declared,
                          int mismatches, int review) {
    public ScanSummary {
        EnumMap<SkipReason, Integer> all = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            all.put(reason, skipped.getOrDefault(reason, 0));
        }
        skipped = Collections.unmodifiableMap(all);
        if (files < 0 || errors < 0 || errors > files || unknown < 0 || declared < 0 || mismatches < 0 || review < 0) {
            throw new IllegalArgumentException("bad counts");
        }
    }

    /** Every path the walk visited: analysed plus skipped. */
    public int visited() {
        return files + skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}

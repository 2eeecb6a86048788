package org.licenselens.bench;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one tool answered for one benchmark case.
 *
 * @param benchCase the case
 * @param found     the keys the tool reported (empty when it failed)
 * @param error     the failure message, or null when the tool answered
 */
public record CaseResult(BenchCase benchCase, Set<String> found, String error) {
    public CaseResult {
        Objects.requireNonNull(benchCase, "benchCase");
        found = Set.copyOf(found);
    }

    /** Returns true if the found keys equal the expected keys as sets. */
    public boolean exact() {
        return found.equals(benchCase.expectedKeys());
    }

    /** Returns the expected keys the tool did not report, sorted. */
    public Set<String> missing() {
        Set<String> missing = new TreeSet<>(benchCase.expectedKeys());
        missing.removeAll(found);
        return missing;
    }

    /** Returns the reported keys that were not expected, sorted. */
    public Set<String> extra() {
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(benchCase.expectedKeys());
        return extra;
    }

    /** Returns the number of reported keys that were expected. */
    public int truePositives() {
        return found.size() - extra().size();
    }

    /** Returns true if the tool failed on this file. */
    public boolean failed() {
        return error != null;
    }
}

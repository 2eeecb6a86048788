package org.licenselens.openness;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The license of one file of a component and what kind of open license it is.
 *
 * @param expression ScanCode expression; empty when nothing names a license
 * @param name       the license's name as people know it (the first key's LicenseDB name), or the expression
 * @param source     where it was found
 * @param evidence   the file (and line) that names it; {@code null} for {@link LicenseSource#NONE}
 * @param kinds      the open kinds it is; empty for a restricted, closed or unknown license
 * @param terms      its flagged clauses: every flag, restricting or not
 * @param why        why it is of no open kind, or {@code null} when it is of some
 */
public record ComponentLicense(String expression, String name, LicenseSource source, Evidence evidence,
                               Set<LicenseKind> kinds, List<Term> terms, String why) {
    public ComponentLicense {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        kinds = Set.copyOf(kinds);
        terms = List.copyOf(terms);
        if (kinds.isEmpty() == (why == null)) {
            throw new IllegalArgumentException("a license of no open kind says why, and only then: " + expression);
        }
    }

    /** The clauses that close it. */
    public List<Term> restrictions() {
        return terms.stream().filter(Term::restricting).toList();
    }
}

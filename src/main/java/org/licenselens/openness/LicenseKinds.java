package org.licenselens.openness;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.LicenseExpressions;

/**
 * Sorts a license expression into the open kinds of {@code corpus/license-kinds.json}: from the corpus record of
 * each license (LicenseDB category, OSI approval) and the clauses the analyzer flagged in its text.
 */
final class LicenseKinds {
    private final OpennessRules rules;
    private final LicenseCatalog catalog;

    LicenseKinds(OpennessRules rules, LicenseCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    /** The license of {@code expression}, found at {@code evidence}, with its flagged clauses {@code terms}. */
    ComponentLicense license(String expression, LicenseSource source, Evidence evidence, List<Term> terms) {
        List<String> keys = expression.isBlank() ? List.of() : LicenseExpressions.keys(expression);
        String name = name(expression, keys);
        if (keys.isEmpty()) {
            return new ComponentLicense(expression, name, source, evidence, Set.of(), terms,
                    source == LicenseSource.NONE ? "no license found for it" : "names no known license");
        }
        List<String> closed = new ArrayList<>();
        List<Set<LicenseKind>> perKey = new ArrayList<>();
        for (String key : keys) {
            Optional<LicenseInfo> info = catalog.license(key);
            if (info.isEmpty() || key.startsWith("unknown")) {
                return new ComponentLicense(expression, name, source, evidence, Set.of(), terms,
                        key.startsWith("unknown-license") ? "holds license text no known license explains"
                                : "names no known license (" + key + ")");
            }
            String category = info.get().category() == null ? "" : info.get().category();
            if (rules.closedCategories.contains(category.toLowerCase(Locale.ROOT))) {
                closed.add(info.get().name() + " is " + category + " by LicenseDB");
            }
            perKey.add(kindsOf(info.get()));
        }
        List<Term> restricting = terms.stream().filter(Term::restricting).toList();
        if (!restricting.isEmpty()) {
            String what = restricting.stream().map(Term::shortName).distinct().collect(Collectors.joining(", "));
            return new ComponentLicense(expression, name, source, evidence, Set.of(), terms,
                    name + " restricts use (" + what + "): no open license of any kind");
        }
        if (!closed.isEmpty()) {
            return new ComponentLicense(expression, name, source, evidence, Set.of(), terms, String.join("; ", closed));
        }
        boolean anyOf = LicenseExpressions.lex(expression).stream().anyMatch(t -> t.equalsIgnoreCase("or"));
        Set<LicenseKind> kinds = EnumSet.noneOf(LicenseKind.class);
        if (anyOf) {
            perKey.forEach(kinds::addAll);
        } else {
            kinds.addAll(EnumSet.allOf(LicenseKind.class));
            perKey.forEach(kinds::retainAll);
        }
        return new ComponentLicense(expression, name, source, evidence, kinds, terms,
                kinds.isEmpty() ? name + " is no open-source, open-data or open-content license" : null);
    }

    private Set<LicenseKind> kindsOf(LicenseInfo info) {
        Set<LicenseKind> kinds = EnumSet.noneOf(LicenseKind.class);
        if (info.category() != null
                && rules.publicDomainCategories.contains(info.category().toLowerCase(Locale.ROOT))) {
            return EnumSet.allOf(LicenseKind.class);
        }
        if (info.osiApproved()) {
            kinds.add(LicenseKind.OPEN_SOURCE);
        }
        if (rules.openData.contains(info.key())) {
            kinds.add(LicenseKind.OPEN_DATA);
        }
        if (rules.openContent.contains(info.key())) {
            kinds.add(LicenseKind.OPEN_CONTENT);
        }
        return kinds;
    }

    /** How people name the license: the LicenseDB names of its keys, or the expression as written. */
    private String name(String expression, List<String> keys) {
        if (keys.isEmpty()) {
            return expression.isBlank() ? "no license" : expression;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String key : keys) {
            names.add(catalog.license(key).map(LicenseInfo::name).orElse(key));
        }
        return String.join(" + ", names);
    }
}

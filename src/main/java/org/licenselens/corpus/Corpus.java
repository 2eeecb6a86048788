package org.licenselens.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded corpus: licenses sorted by key, rules sorted by identifier, and the files that could not be loaded.
 *
 * <p>A class rather than a record so that lookups use indexes built once; its accessors read like a record's.
 * Immutable and thread-safe.
 */
public final class Corpus {
    private final List<LicenseEntry> licenses;
    private final List<Rule> rules;
    private final List<CorpusProblem> problems;
    private final String source;
    private final Map<String, LicenseEntry> byKey;
    private final Map<String, LicenseEntry> bySpdx;

    /**
     * Creates a corpus.
     *
     * @param licenses licenses with distinct keys
     * @param rules    rules
     * @param problems files left out and why
     * @param source   where the corpus came from, for messages
     */
    public Corpus(List<LicenseEntry> licenses, List<Rule> rules, List<CorpusProblem> problems, String source) {
        this.licenses = List.copyOf(licenses);
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
        this.source = Objects.requireNonNull(source, "source");
        this.byKey = indexByKey(this.licenses);
        this.bySpdx = indexBySpdx(this.licenses);
    }

    public List<LicenseEntry> licenses() {
        return licenses;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<CorpusProblem> problems() {
        return problems;
    }

    /** Returns a description of where the corpus was loaded from. */
    public String source() {
        return source;
    }

    /** Returns the license with exactly this ScanCode key. */
    public Optional<LicenseEntry> license(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * Returns the license an SPDX id stands for, ignoring case. Ids are matched in this order, so that an id
     * claimed by several licenses resolves predictably: {@code LicenseRef-scancode-<key>}; then
     * {@code spdx_license_key}; then {@code other_spdx_license_keys}. Within each, a current license wins over a
     * deprecated one, then the smaller key.
     */
    public Optional<LicenseEntry> licenseBySpdx(String spdxId) {
        return spdxId == null ? Optional.empty() : Optional.ofNullable(bySpdx.get(fold(spdxId)));
    }

    private static Map<String, LicenseEntry> indexByKey(List<LicenseEntry> licenses) {
        Map<String, LicenseEntry> index = new HashMap<>(licenses.size() * 2);
        for (LicenseEntry license : licenses) {
            if (index.putIfAbsent(license.key(), license) != null) {
                throw new IllegalArgumentException("two licenses have key " + license.key());
            }
        }
        return Map.copyOf(index);
    }

    private static Map<String, LicenseEntry> indexBySpdx(List<LicenseEntry> licenses) {
        // Lists are sorted by key already; current licenses go first so putIfAbsent keeps them over deprecated.
        List<LicenseEntry> ordered = licenses.stream()
                .sorted((a, b) -> a.deprecated() != b.deprecated() ? (a.deprecated() ? 1 : -1)
                        : a.key().compareTo(b.key()))
                .toList();
        Map<String, LicenseEntry> index = new HashMap<>(licenses.size() * 4);
        ordered.forEach(license -> index.putIfAbsent(fold(license.scancodeLicenseRef()), license));
        ordered.stream().filter(license -> license.spdxKey() != null)
                .forEach(license -> index.putIfAbsent(fold(license.spdxKey()), license));
        ordered.forEach(license -> license.otherSpdxKeys()
                .forEach(id -> index.putIfAbsent(fold(id), license)));
        return Map.copyOf(index);
    }

    private static String fold(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Corpus[" + licenses.size() + " licenses, " + rules.size() + " rules, " + problems.size()
                + " problems, from " + source + "]";
    }
}

package org.licenselens.policy;

import java.util.List;
import java.util.Objects;

/**
 * The {@code licenses:} section of a policy file: license categories and keys that are allowed, flagged or
 * denied. A key listed anywhere wins over its category, so {@code allowed: {keys: [lgpl-2.1]}} can make one
 * exception to {@code denied: {categories: [Copyleft Limited]}}; between two lists of the same kind, denied
 * wins over flagged, flagged over allowed.
 */
public record LicenseRules(LicenseList allowed, LicenseList flagged, LicenseList denied) {
    public LicenseRules {
        allowed = allowed == null ? LicenseList.EMPTY : allowed;
        flagged = flagged == null ? LicenseList.EMPTY : flagged;
        denied = denied == null ? LicenseList.EMPTY : denied;
    }

    static final LicenseRules NONE = new LicenseRules(null, null, null);

    /**
     * Returns the verdict for a license.
     *
     * @param key      its ScanCode key
     * @param category its LicenseDB category, or {@code null} when unknown
     */
    public LicenseVerdict verdict(String key, String category) {
        Objects.requireNonNull(key, "key");
        if (denied.keys().contains(key)) {
            return LicenseVerdict.DENIED;
        }
        if (flagged.keys().contains(key)) {
            return LicenseVerdict.FLAGGED;
        }
        if (allowed.keys().contains(key)) {
            return LicenseVerdict.ALLOWED;
        }
        if (category != null) {
            if (denied.hasCategory(category)) {
                return LicenseVerdict.DENIED;
            }
            if (flagged.hasCategory(category)) {
                return LicenseVerdict.FLAGGED;
            }
            if (allowed.hasCategory(category)) {
                return LicenseVerdict.ALLOWED;
            }
        }
        return LicenseVerdict.UNLISTED;
    }

    /** Whether no list names anything. */
    public boolean isEmpty() {
        return allowed.isEmpty() && flagged.isEmpty() && denied.isEmpty();
    }

    /**
     * One of the lists: LicenseDB categories (compared case-insensitively) and ScanCode keys.
     *
     * @param categories e.g. {@code Copyleft}, {@code Proprietary Free}
     * @param keys       e.g. {@code agpl-3.0}
     */
    public record LicenseList(List<String> categories, List<String> keys) {
        static final LicenseList EMPTY = new LicenseList(List.of(), List.of());

        public LicenseList {
            categories = categories == null ? List.of() : List.copyOf(categories);
            keys = keys == null ? List.of() : List.copyOf(keys);
        }

        boolean hasCategory(String category) {
            return categories.stream().anyMatch(category::equalsIgnoreCase);
        }

        boolean isEmpty() {
            return categories.isEmpty() && keys.isEmpty();
        }
    }
}

package org.licenselens.policy;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A review item a person accepted, as recorded in the policy file.
 *
 * @param id     the review item's id ({@code mismatch-3fa9c21b})
 * @param item   the item as kind and path, {@code mismatch:README.md}, for a reader of the file
 * @param reason why it was accepted
 * @param by     who accepted it ({@code Name <email>})
 * @param at     when
 * @param sha256 the SHA-256 (hex) of each file the item is about, as it was when accepted: the item's own
 *               file and, for a mismatch, the license files it was checked against
 * @param line   1-based line of the decision in the policy file, for messages; 0 for one not yet written
 */
public record Decision(String id, String item, String reason, String by, Instant at, Map<String, String> sha256,
                       int line) {
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        sha256 = java.util.Collections.unmodifiableMap(new TreeMap<>(sha256));
    }
}

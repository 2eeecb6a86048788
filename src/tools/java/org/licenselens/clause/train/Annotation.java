package org.licenselens.clause.train;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.licenselens.clause.FlagType;

/**
 * One stand-off labelled clause: a span of a corpus file (Java char offsets into the whole UTF-8 decoded file),
 * the sha256 of the span text, its flag labels (empty for a hard negative) and the expected values.
 */
public record Annotation(String file, String key, int start, int end, String sha256, Set<FlagType> labels,
        Map<String, Object> values) {
    public Annotation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " in " + file);
        }
        labels = Set.copyOf(labels);
        values = Map.copyOf(values);
    }
}

package org.licenselens.clause;

import java.util.Map;
import java.util.Objects;

/**
 * One risky clause found in a license: its type, the clause as evidence, where it is, how sure the analyzer is
 * and the values it parsed (e.g. {@code users} for {@link FlagType#MAU_THRESHOLD}).
 */
public record ClauseFlag(FlagType type, String text, int startLine, int endLine, double confidence,
        Map<String, Object> values) {
    public ClauseFlag {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad lines " + startLine + ".." + endLine);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        values = Map.copyOf(values);
    }
}

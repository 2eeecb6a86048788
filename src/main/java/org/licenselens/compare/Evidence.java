package org.licenselens.compare;

import java.util.Map;
import java.util.Objects;

/**
 * The clause behind one cell of the flag matrix.
 *
 * @param section   the section number the clause is in ({@code 1.b.v}), or {@code null} when the text has none there
 * @param startLine first line of the clause in its license text (1-based)
 * @param endLine   last line of the clause
 * @param text      the clause
 * @param values    what was read from the clause: {@code users}, {@code regions}, {@code amount}... for a flag,
 *                  {@code criterion} and {@code flagType} for an OSD violation
 */
public record Evidence(String section, int startLine, int endLine, String text, Map<String, Object> values) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad evidence lines " + startLine + ".." + endLine);
        }
        values = Map.copyOf(values);
    }
}

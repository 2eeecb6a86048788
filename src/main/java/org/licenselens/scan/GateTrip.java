package org.licenselens.scan;

import java.util.Objects;

/**
 * One item that trips the {@code --fail-on} policy gate.
 *
 * @param condition the condition as the user wrote it, e.g. {@code training-ban} or {@code category:Copyleft}
 * @param path      display path of the file concerned
 * @param line      1-based line concerned
 * @param detail    what was found there
 */
public record GateTrip(String condition, String path, int line, String detail) {
    public GateTrip {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(detail, "detail");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
    }

    @Override
    public String toString() {
        return condition + ": " + path + ":" + line + ": " + detail;
    }
}

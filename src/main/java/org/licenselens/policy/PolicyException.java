package org.licenselens.policy;

import java.nio.file.Path;

/** A policy file that cannot be used: its message names the file, the line and what is wrong (exit 2). */
final class PolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file the policy file, as the user would find it
     * @param line 1-based line of the problem, or 0 when it concerns the whole file
     * @param what what is wrong, e.g. {@code unknown key 'alowed' under 'licenses'}
     */
    PolicyException(Path file, int line, String what) {
        super(file + (line > 0 ? ":" + line : "") + ": " + what);
    }
}

package org.licenselens.cli;

/** The process exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some files could not be analysed; the report lists them with their errors. */
    public static final int PARTIAL = 1;
    /** Bad usage or configuration (unknown option, missing corpus). */
    public static final int USAGE = 2;
    /** The {@code --fail-on} policy gate tripped; stderr names every item that tripped it. */
    public static final int GATE = 3;

    private ExitCodes() {}
}

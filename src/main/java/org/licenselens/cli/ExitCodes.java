package org.licenselens.cli;

/** The process exit codes, documented in the README. */
final class ExitCodes {
    static final int OK = 0;
    /** Some files could not be analysed; the report lists them with their errors. */
    static final int PARTIAL = 1;
    /** Bad usage or configuration (unknown option, missing corpus). */
    static final int USAGE = 2;
    /** The {@code --fail-on} policy gate tripped; stderr names every item that tripped it. */
    static final int GATE = 3;

    private ExitCodes() {}
}

package org.licenselens.cli;

/** Output formats of the identify command. Lower case, because users type them. */
enum ReportFormat {
    text, json
}

package org.licenselens.cli;

/** Output formats of the scan and review commands. Lower case, because users type them. */
enum ScanFormat {
    text, json, sarif, html,
    /** CycloneDX 1.6 JSON. */
    cyclonedx,
    /** SPDX 2.3 JSON. */
    spdx
}

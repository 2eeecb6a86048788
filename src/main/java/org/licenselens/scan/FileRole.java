package org.licenselens.scan;

/** Why a file is in a scan report, as JSON names it. */
public enum FileRole {
    /** A license text: {@code LICENSE*}, {@code LICENCE*}, {@code COPYING*}, {@code UNLICENSE}, {@code *.LICENSE}, REUSE {@code LICENSES/}. */
    LICENSE("license"),
    /** {@code NOTICE*} and {@code COPYRIGHT*} files. */
    NOTICE("notice"),
    /** An acceptable-use policy: {@code USE_POLICY*}, {@code ACCEPTABLE_USE*}. */
    POLICY("policy"),
    /** A README: its model-card front matter is declared, its license section is identified. */
    README("readme"),
    /** A package manifest (pom.xml, package.json, pyproject.toml, Cargo.toml, *.gemspec, setup.cfg). */
    MANIFEST("manifest"),
    /** A file a model card or manifest points to as its license ({@code license_link}, {@code license-file}). */
    LINKED("linked"),
    /** Any other text file, read with {@code --all-files} for notices and SPDX lines. */
    SOURCE("source"),
    /** A folder that could not be listed. */
    DIRECTORY("directory"),
    /** A path whose type could not even be read. */
    OTHER("other");

    private final String jsonName;

    FileRole(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Whether what the file holds counts as detected (not declared) for the repository expression. */
    public boolean detected() {
        return this == LICENSE || this == NOTICE || this == POLICY || this == LINKED || this == SOURCE;
    }

    /** Whether the file holds the license that governs its folder, the side a declaration is checked against. */
    public boolean governing() {
        return this == LICENSE || this == LINKED;
    }
}

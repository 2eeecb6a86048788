package org.licenselens.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.index.LicenseInfo;
import org.licenselens.testing.TestCorpus;

class PolicyFilesTest {
    @TempDir
    Path dir;

    /** The policy file example of the README, the block after "#### The policy file". */
    static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("#### The policy file");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private Policy parse(String text) {
        return PolicyFiles.parse(dir.resolve("licenselens.yml"), text);
    }

    private String error(String text) {
        return assertThrows(PolicyException.class, () -> parse(text)).getMessage();
    }

    @Test
    void theReadmeExampleParsesAndNamesOnlyKnownCategoriesAndKeys() throws IOException {
        Files.createDirectories(dir.resolve("legal/licenses"));
        Policy policy = parse(readmeExample());
        assertEquals(List.of("Permissive", "Public Domain"), policy.licenses().allowed().categories());
        assertEquals(List.of("agpl-3.0"), policy.licenses().denied().keys());
        assertEquals(List.of("unknown", "mismatch", "training-ban"), policy.failOn());
        assertEquals(List.of("tests/data/", "**/node_modules/**"), policy.ignore());
        assertEquals(List.of(dir.resolve("legal/licenses")), policy.licenseFolders());
        assertEquals(LicenseVerdict.DENIED, policy.licenses().verdict("gpl-2.0", "Copyleft"));
        assertEquals(LicenseVerdict.FLAGGED, policy.licenses().verdict("llama-3.1-license-2024", "Proprietary Free"));
        assertEquals(LicenseVerdict.ALLOWED, policy.licenses().verdict("mit", "Permissive"));
        assertEquals(LicenseVerdict.UNLISTED, policy.licenses().verdict("x", "Commercial"));
        var index = TestCorpus.lens().licenses();
        Set<String> categories = index.licenses().values().stream().map(LicenseInfo::category).collect(Collectors.toSet());
        PolicyFiles.checkNames(policy, categories, k -> index.license(k).isPresent());
    }

    @Test
    void unknownKeysNameTheFileLineAndTheKeysThereAre() {
        assertEquals(dir.resolve("licenselens.yml") + ":3: unknown key 'alowed' under 'licenses'; expected one of: "
                + "allowed, denied, flagged", error("# policy\nlicenses:\n  alowed:\n    keys: [mit]\n"));
        assertEquals(dir.resolve("licenselens.yml") + ":2: unknown key 'failOn' at the top level; expected one of: "
                + "corpus, decisions, fail-on, ignore, licenses", error("ignore: []\nfailOn: [mismatch]\n"));
    }

    @Test
    void wrongShapesAndBadValuesNameTheirLine() {
        assertEquals(dir.resolve("licenselens.yml") + ":2: 'licenses.denied.keys' must be a list",
                error("licenses:\n  denied: {keys: {a: 1}}\n"));
        assertEquals(dir.resolve("licenselens.yml") + ":3: unknown fail-on condition 'trainig-ban'; use any of "
                + "unknown, mismatch, lineage-conflict, use-restriction, mau-threshold, geographic-exclusion, training-ban, "
                + "attribution-naming, revenue-threshold, non-commercial, revocable, policy-updates, pass-through "
                + "or category:NAME", error("fail-on:\n  - mismatch\n  - trainig-ban\n"));
        assertEquals(dir.resolve("licenselens.yml") + ":1: ignore pattern '../x' must be a path relative to the "
                + "scanned root, inside it (e.g. tests/data/**)", error("ignore: [../x]\n"));
        assertEquals(dir.resolve("licenselens.yml") + ":2: corpus.licenses folder 'nope' does not exist ("
                + dir.resolve("nope") + ")", error("corpus:\n  licenses: [nope]\n"));
        String duplicate = error("ignore: []\nignore: [a]\n");
        assertEquals(dir.resolve("licenselens.yml") + ":2: not valid YAML: Duplicate field 'ignore'", duplicate);
        String syntax = error("licenses:\n  allowed: [a\n  denied: b\n");
        assertEquals(dir.resolve("licenselens.yml") + ":3", syntax.substring(0, syntax.indexOf(": not valid YAML")));
    }

    @Test
    void categoriesAndKeysAreCheckedAgainstTheCorpusWithTheirLine() {
        Policy policy = parse("licenses:\n  denied:\n    categories: [Copyleft]\n    keys: [agpl-3.0, no-such-key]\n");
        var e = assertThrows(PolicyException.class, () -> PolicyFiles.checkNames(policy, Set.of("Copyleft"),
                k -> k.equals("agpl-3.0")));
        assertEquals(dir.resolve("licenselens.yml") + ":4: unknown license key 'no-such-key' (a ScanCode LicenseDB "
                + "key such as apache-2.0 or llama-3.1-license-2024)", e.getMessage());
        Policy category = parse("fail-on: [mismatch,\n  category:Copyleftt]\n");
        var c = assertThrows(PolicyException.class, () -> PolicyFiles.checkNames(category, Set.of("Copyleft", "CLA"),
                k -> true));
        assertEquals(dir.resolve("licenselens.yml") + ":2: unknown license category 'Copyleftt'; LicenseDB "
                + "categories are: CLA, Copyleft", c.getMessage());
    }

    @Test
    void decisionsAreCheckedFieldByField() {
        String sha = "a".repeat(64);
        Policy ok = parse("decisions:\n  - id: mismatch-0123abcd\n    item: \"mismatch:README.md\"\n    reason: r\n"
                + "    by: me\n    at: \"2026-12-01T20:00:00Z\"\n    sha256: {README.md: " + sha + "}\n");
        assertEquals(2, ok.decisions().getFirst().line());
        // A kind of two words (lineage-conflict) makes an id and an item like any other.
        Policy lineage = parse("decisions:\n  - id: lineage-conflict-0123abcd\n    item: \"lineage-conflict:README.md\"\n"
                + "    reason: r\n    by: me\n    at: \"2026-12-01T20:00:00Z\"\n    sha256: {README.md: " + sha + "}\n");
        assertEquals("lineage-conflict-0123abcd", lineage.decisions().getFirst().id());
        assertEquals(dir.resolve("licenselens.yml") + ":2: decision 1 has no 'reason'",
                error("decisions:\n  - id: mismatch-0123abcd\n    item: \"mismatch:README.md\"\n    by: me\n"
                        + "    at: \"2026-12-01T20:00:00Z\"\n"));
        assertEquals(dir.resolve("licenselens.yml") + ":3: decision item 'bad:README.md' must be KIND:PATH, KIND one "
                + "of unknown, near, mismatch, lineage-conflict, flags, unreadable", error("decisions:\n  - id: mismatch-0123abcd\n"
                + "    item: bad:README.md\n    reason: r\n    by: me\n    at: \"2026-12-01T20:00:00Z\"\n"));
        assertEquals(dir.resolve("licenselens.yml") + ":7: sha256 of 'README.md' must be 64 lower-case hex digits",
                error("decisions:\n  - id: mismatch-0123abcd\n    item: \"mismatch:README.md\"\n    reason: r\n"
                        + "    by: me\n    at: \"2026-12-01T20:00:00Z\"\n    sha256: {README.md: xyz}\n"));
    }

    @Test
    void bothNamesAtTheRootIsAnError() throws IOException {
        Files.writeString(dir.resolve("licenselens.yml"), "");
        assertEquals(dir.resolve("licenselens.yml"), PolicyFiles.locate(dir, null));
        Files.writeString(dir.resolve(".licenselens.yml"), "");
        assertThrows(PolicyException.class, () -> PolicyFiles.locate(dir, null));
        assertThrows(PolicyException.class, () -> PolicyFiles.locate(dir, dir.resolve("missing.yml")));
    }
}

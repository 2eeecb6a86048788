package org.licenselens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFingerprintTest {
    private static final FileTime FIXED = FileTime.from(Instant.parse("2024-01-02T03:04:05Z"));

    @TempDir
    Path root;
    private Path licenses;
    private Path rules;
    private CorpusLocation location;

    @BeforeEach
    void createCorpus() throws IOException {
        licenses = Files.createDirectories(root.resolve("scancode-licensedb"));
        rules = Files.createDirectories(root.resolve("scancode-rules"));
        write(licenses.resolve("foo.LICENSE"), "---\nkey: foo\n---\nFoo terms\n");
        write(rules.resolve("foo_1.RULE"), "---\nlicense_expression: foo\nis_license_tag: yes\n---\nfoo\n");
        location = CorpusLocation.of(root);
    }

    @Test
    void isAStableSha256Hex() {
        String fingerprint = CorpusFingerprint.of(location);
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
        assertEquals(fingerprint, CorpusFingerprint.of(location));
    }

    @Test
    void changesWhenAFileIsTouched() throws IOException {
        String before = CorpusFingerprint.of(location);
        Files.setLastModifiedTime(rules.resolve("foo_1.RULE"), FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        assertNotEquals(before, CorpusFingerprint.of(location));
    }

    @Test
    void changesWhenAFileIsEditedToTheSameSize() throws IOException {
        String before = CorpusFingerprint.of(location);
        Path file = licenses.resolve("foo.LICENSE");
        Files.writeString(file, "---\nkey: foo\n---\nBar terms\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        assertNotEquals(before, CorpusFingerprint.of(location));
    }

    @Test
    void changesWhenAFileIsResizedButKeepsItsTime() throws IOException {
        String before = CorpusFingerprint.of(location);
        write(licenses.resolve("foo.LICENSE"), "---\nkey: foo\n---\nFoo terms, longer\n");
        assertNotEquals(before, CorpusFingerprint.of(location));
    }

    @Test
    void changesWhenAFileIsAddedOrRemoved() throws IOException {
        String before = CorpusFingerprint.of(location);
        Path added = rules.resolve("foo_2.RULE");
        write(added, "---\nlicense_expression: foo\nis_license_tag: yes\n---\nfoo 2\n");
        String withAdded = CorpusFingerprint.of(location);
        assertNotEquals(before, withAdded);
        Files.delete(added);
        assertEquals(before, CorpusFingerprint.of(location), "back to the same files, same fingerprint");
        Files.delete(rules.resolve("foo_1.RULE"));
        assertNotEquals(before, CorpusFingerprint.of(location));
    }

    @Test
    void changesWhenAFileIsRenamed() throws IOException {
        String before = CorpusFingerprint.of(location);
        Files.move(rules.resolve("foo_1.RULE"), rules.resolve("foo_9.RULE"));
        assertNotEquals(before, CorpusFingerprint.of(location));
    }

    @Test
    void ignoresFilesThatAreNotLicensesOrRules() throws IOException {
        String before = CorpusFingerprint.of(location);
        write(licenses.resolve("README.md"), "notes");
        write(rules.resolve("foo_3.RULE.bak"), "backup");
        Files.createDirectories(root.resolve("model-repos"));
        write(root.resolve("model-repos/x.LICENSE"), "---\nkey: x\n---\nX\n");
        assertEquals(before, CorpusFingerprint.of(location));
    }

    @Test
    void coversExtraLicenseDirectories(@TempDir Path extra) throws IOException {
        String without = CorpusFingerprint.of(location);
        CorpusLocation withExtra = new CorpusLocation(root, List.of(extra));
        String emptyExtra = CorpusFingerprint.of(withExtra);
        write(extra.resolve("mine.LICENSE"), "---\nkey: mine\n---\nMine\n");
        String oneExtra = CorpusFingerprint.of(withExtra);
        assertNotEquals(emptyExtra, oneExtra);
        assertNotEquals(without, oneExtra);
    }

    @Test
    void worksWithoutARulesDirectory() throws IOException {
        String before = CorpusFingerprint.of(location);
        Files.delete(rules.resolve("foo_1.RULE"));
        Files.delete(rules);
        assertNotEquals(before, CorpusFingerprint.of(location));
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FIXED);
    }
}

package org.licenselens.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenseKeyMapTest {
    @TempDir
    Path db;

    private void license(String key, String frontMatter) throws IOException {
        Files.writeString(db.resolve(key + ".LICENSE"), "---\nkey: " + key + "\n" + frontMatter + "---\n\nSome words.\n");
    }

    @Test
    void readsPrimaryAndOtherSpdxIdsFromFrontMatter() throws IOException {
        license("foo-2.0", "spdx_license_key: Foo-2.0-only\nother_spdx_license_keys:\n    - Foo-2.0\n");
        license("bar", "spdx_license_key: LicenseRef-scancode-bar\n");
        license("baz", "short_name: Baz\n");

        LicenseKeyMap keys = LicenseKeyMap.loadLicenseDb(db);

        assertEquals(Optional.of("foo-2.0"), keys.keyForSpdx("FOO-2.0-ONLY"));
        assertEquals(Optional.of("foo-2.0"), keys.keyForSpdx("Foo-2.0"));
        assertTrue(keys.hasRealSpdx("foo-2.0"));
        assertFalse(keys.hasRealSpdx("bar"));
        assertFalse(keys.hasRealSpdx("baz"));
        assertTrue(keys.isKnownKey("baz"));
        assertFalse(keys.hasRealSpdx("not-a-key"));
    }

    @Test
    void primaryIdOfLiveLicenseBeatsAliasAndDeprecated() throws IOException {
        license("a-old", "is_deprecated: yes\nspdx_license_key: Qux-1.0\n");
        license("b-alias", "spdx_license_key: Other-1.0\nother_spdx_license_keys:\n    - Qux-1.0\n");
        license("c-live", "spdx_license_key: Qux-1.0\n");

        assertEquals(Optional.of("c-live"), LicenseKeyMap.loadLicenseDb(db).keyForSpdx("qux-1.0"));
    }

    @Test
    void rejectsUpperCaseSpdxKeysAndMissingDirectory() {
        assertThrows(IllegalArgumentException.class, () -> new LicenseKeyMap(Map.of(), Map.of("MIT", "mit")));
        assertThrows(IllegalArgumentException.class, () -> LicenseKeyMap.loadLicenseDb(db.resolve("missing")));
    }

    @Test
    void realLicenseDbMapsWellKnownIds() {
        Path corpus = Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
        LicenseKeyMap keys = LicenseKeyMap.loadLicenseDb(corpus.resolve("scancode-licensedb"));

        assertEquals(Optional.of("gpl-2.0"), keys.keyForSpdx("GPL-2.0-only"));
        assertEquals(Optional.of("gpl-2.0"), keys.keyForSpdx("GPL-2.0"));
        assertEquals(Optional.of("gpl-2.0-plus"), keys.keyForSpdx("GPL-2.0-or-later"));
        assertEquals(Optional.of("mit"), keys.keyForSpdx("mit"));
        assertTrue(keys.hasRealSpdx("apache-2.0"));
        assertTrue(keys.keyToSpdx().size() > 2000);
    }
}

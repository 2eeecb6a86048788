package org.licenselens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs {@code licensee detect --json DIR} once per file, with the file copied to {@code DIR/LICENSE}: how a
 * user would call the licensee CLI on a single text. One Ruby start-up per file, so this measures the CLI's
 * per-file cost; {@link LicenseeIdentifier} gives the same answers in batch.
 */
public final class LicenseeCliIdentifier implements Identifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LicenseKeyMap keys;

    /** Creates an identifier that maps licensee's SPDX ids through {@code keys}. */
    public LicenseeCliIdentifier(LicenseKeyMap keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Creates an identifier from the two key maps (see {@link LicenseKeyMap}). */
    public LicenseeCliIdentifier(Map<String, String> keyToSpdx, Map<String, String> spdxToKey) {
        this(new LicenseKeyMap(keyToSpdx, spdxToKey));
    }

    @Override
    public Set<String> identify(Path file) throws Exception {
        Path dir = Files.createTempDirectory("licenselens-licensee");
        Path license = dir.resolve("LICENSE");
        try {
            Files.copy(file, license, StandardCopyOption.REPLACE_EXISTING);
            String stdout = Processes.run(List.of("licensee", "detect", "--json", dir.toString()), 120);
            Set<String> found = new LinkedHashSet<>();
            for (JsonNode match : JSON.readTree(stdout).path("licenses")) {
                found.addAll(LicenseeIdentifier.toKeys(match.path("spdx_id").asText(null), keys));
            }
            return found;
        } finally {
            Files.deleteIfExists(license);
            Files.deleteIfExists(dir);
        }
    }
}

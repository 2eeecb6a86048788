package org.licenselens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Translations between ScanCode license keys and SPDX ids.
 *
 * @param keyToSpdx ScanCode key → its {@code spdx_license_key} (which may be a {@code LicenseRef-} id)
 * @param spdxToKey lower-cased SPDX id (primary or one of {@code other_spdx_license_keys}) → ScanCode key
 */
public record LicenseKeyMap(Map<String, String> keyToSpdx, Map<String, String> spdxToKey) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public LicenseKeyMap {
        keyToSpdx = Map.copyOf(keyToSpdx);
        spdxToKey = Map.copyOf(spdxToKey);
        spdxToKey.keySet().stream().filter(k -> !k.equals(k.toLowerCase(Locale.ROOT))).findAny().ifPresent(k -> {
            throw new IllegalArgumentException("spdxToKey keys must be lower-case, got '" + k + "'");
        });
    }

    /** Returns true if {@code key} has a real SPDX id: one that exists and is not a {@code LicenseRef-}. */
    public boolean hasRealSpdx(String key) {
        String spdx = keyToSpdx.get(key);
        return spdx != null && !spdx.isBlank() && !spdx.startsWith("LicenseRef-");
    }

    /** Returns the ScanCode key for an SPDX id, matched case-insensitively. */
    public Optional<String> keyForSpdx(String spdxId) {
        return Optional.ofNullable(spdxToKey.get(spdxId.toLowerCase(Locale.ROOT)));
    }

    /** Returns true if {@code key} is a ScanCode key known to this map. */
    public boolean isKnownKey(String key) {
        return keyToSpdx.containsKey(key);
    }

    /**
     * Reads the YAML front matter (between the first two {@code ---} lines) of every {@code *.LICENSE} in a
     * ScanCode LicenseDB directory.
     *
     * <p>When several licenses claim one SPDX id, a primary {@code spdx_license_key} of a non-deprecated license
     * wins over an alias in {@code other_spdx_license_keys} or a deprecated license, so e.g. {@code gpl-2.0}
     * owns "GPL-2.0-only" and the legacy "GPL-2.0" alias alike.
     */
    public static LicenseKeyMap loadLicenseDb(Path licenseDbDir) {
        if (!Files.isDirectory(licenseDbDir)) {
            throw new IllegalArgumentException("LicenseDB directory does not exist: " + licenseDbDir);
        }
        Map<String, String> keyToSpdx = new HashMap<>();
        Map<String, String> primary = new HashMap<>();
        Map<String, String> secondary = new HashMap<>();
        try (Stream<Path> files = Files.list(licenseDbDir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".LICENSE")).sorted().toList()) {
                JsonNode meta = frontMatter(file);
                String key = meta.path("key").asText(stripSuffix(file));
                boolean deprecated = meta.path("is_deprecated").asBoolean(false);
                String spdx = meta.path("spdx_license_key").asText("");
                if (!spdx.isBlank()) {
                    keyToSpdx.put(key, spdx);
                    (deprecated ? secondary : primary).putIfAbsent(spdx.toLowerCase(Locale.ROOT), key);
                } else {
                    keyToSpdx.put(key, ""); // known key without an SPDX id
                }
                for (JsonNode other : meta.path("other_spdx_license_keys")) {
                    secondary.putIfAbsent(other.asText().toLowerCase(Locale.ROOT), key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LicenseDB " + licenseDbDir, e);
        }
        secondary.forEach(primary::putIfAbsent);
        return new LicenseKeyMap(keyToSpdx, primary);
    }

    private static JsonNode frontMatter(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = lines.indexOf("---");
        int end = start < 0 ? -1 : lines.subList(start + 1, lines.size()).indexOf("---");
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("no '---' delimited front matter in " + file);
        }
        JsonNode node = YAML.readTree(String.join("\n", lines.subList(start + 1, start + 1 + end)));
        return node == null ? YAML.createObjectNode() : node;
    }

    private static String stripSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".LICENSE".length());
    }
}

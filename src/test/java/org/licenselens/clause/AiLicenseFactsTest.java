package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the hand-written AI licence facts and the Hugging Face id map against the corpus. */
class AiLicenseFactsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFactEntryNamesAnExistingTextAndAllTenTypes() throws IOException {
        JsonNode root = json.readTree(Path.of("corpus", "ai-licenses.json").toFile());
        assertEquals("licenselens-ai-facts/1", root.path("schema").asText());
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode e : root.path("licenses")) {
            String key = e.path("key").asText();
            if (!keys.add(key)) {
                problems.add("duplicate key " + key);
            }
            String file = e.path("file").asText();
            if (!Files.isRegularFile(AnnotationsIntegrityTest.corpusRoot().resolve(file))) {
                problems.add(key + ": missing file " + file);
            }
            if (file.startsWith("scancode-licensedb/") && !file.equals("scancode-licensedb/" + key + ".LICENSE")) {
                problems.add(key + ": key and file disagree");
            }
            JsonNode flags = e.path("flags");
            if (flags.size() != AnnotationsIntegrityTest.LABELS.size()) {
                problems.add(key + ": expected " + AnnotationsIntegrityTest.LABELS.size() + " flags");
            }
            for (String type : AnnotationsIntegrityTest.LABELS) {
                JsonNode f = flags.get(type);
                if (f == null || !(f.isNull() || f.isObject())) {
                    problems.add(key + ": flag " + type + " must be null or an object");
                } else if (f.isObject() && !ValueRules.missing(type, f).isEmpty()) {
                    problems.add(key + ": flag " + type + " has bad values " + ValueRules.missing(type, f));
                }
            }
        }
        assertTrue(keys.size() >= 40, "too few AI licences: " + keys.size());
        assertEquals(List.of(), problems);
    }

    @Test
    void llamaFactsKeepTheTrainingBanDistinctFromNaming() throws IOException {
        JsonNode root = json.readTree(Path.of("corpus", "ai-licenses.json").toFile());
        JsonNode llama2 = entry(root, "llama-2-license-2023").path("flags");
        JsonNode llama31 = entry(root, "llama-3.1-license-2024").path("flags");
        assertTrue(llama2.path("training-ban").isObject());
        assertEquals(700_000_000L, llama2.path("mau-threshold").path("users").asLong());
        assertTrue(llama31.path("training-ban").isNull());
        assertTrue(llama31.path("attribution-naming").isObject());
    }

    @Test
    void everyHubIdMapsToAnExistingLicenseText() throws IOException {
        JsonNode root = json.readTree(Path.of("corpus", "huggingface-licenses.json").toFile());
        assertEquals("licenselens-hf-ids/1", root.path("schema").asText());
        List<String> missing = new ArrayList<>();
        for (String group : List.of("ids", "otherLicenseNames")) {
            root.path(group).properties().forEach(e -> {
                Path p = AnnotationsIntegrityTest.corpusRoot()
                        .resolve("scancode-licensedb").resolve(e.getValue().asText() + ".LICENSE");
                if (!Files.isRegularFile(p)) {
                    missing.add(e.getKey() + " -> " + e.getValue().asText());
                }
            });
        }
        assertTrue(root.path("ids").has("apache-2.0") && root.path("ids").has("llama3.1"));
        assertEquals(List.of(), missing);
    }

    private static JsonNode entry(JsonNode root, String key) {
        for (JsonNode e : root.path("licenses")) {
            if (key.equals(e.path("key").asText())) {
                return e;
            }
        }
        throw new AssertionError("no entry " + key);
    }
}

package org.licenselens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.testing.TestCorpus;

class BaseModelRegistryTest {
    private static final BaseModelRegistry REGISTRY = BaseModelRegistry.defaults();

    private static String license(String id) {
        return REGISTRY.find(id).map(BaseModelRegistry.Family::license).orElse("unknown");
    }

    @Test
    void versionRulesPickTheLicenseOfEachRelease() {
        assertEquals("llama-3.1-license-2024", license("meta-llama/Llama-3.1-8B-Instruct"));
        assertEquals("llama-3.1-license-2024", license("META-LLAMA/meta-llama-3.1-70b"), "ids compare case-insensitively");
        assertEquals("llama-3.2-license-2024", license("meta-llama/Llama-3.2-1B"));
        assertEquals("llama-2-license-2023", license("meta-llama/Llama-2-7b-hf"));
        assertEquals("gemma-tou-2024-04-01", license("google/gemma-2-9b"));
        assertEquals("gemma-tou-2025-03-24", license("google/gemma-3-4b-it"));
        assertEquals("qwen-2024", license("Qwen/Qwen2.5-72B-Instruct"), "the specific rule comes before Qwen2.5-*");
        assertEquals("apache-2.0", license("Qwen/Qwen2.5-7B"));
        assertEquals("mit", license("deepseek-ai/DeepSeek-R1-Distill-Llama-8B"));
        assertEquals("deepseek-la-1.0", license("deepseek-ai/DeepSeek-V3"));
        assertEquals("unknown", license("mistralai/Mistral-Large-Instruct-2407"), "its license is not in the corpus");
        assertEquals("unknown", license("nobody/model"));
    }

    @Test
    void everyFamilyNamesACorpusLicenseAndItsSource() {
        LicenseCatalog index = TestCorpus.lens().licenses();
        List<String> missing = REGISTRY.families().stream().map(BaseModelRegistry.Family::license)
                .filter(k -> index.license(k).isEmpty()).toList();
        assertEquals(List.of(), missing);
        assertTrue(REGISTRY.families().stream().allMatch(f -> f.source() != null && f.source().startsWith("https://")));
    }

    @Test
    void userMappingFilesAreReadOrRefusedWithTheirName(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("m.json"),
                "{\"families\": [{\"pattern\": \"corp/*\", \"license\": \"Apache-2.0\"}]}");
        assertEquals(Optional.of(new BaseModelRegistry.Family("corp/*", "apache-2.0", null)),
                BaseModelRegistry.read(good).find("corp/x"));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"families\": [{\"pattern\": \"corp/*\"}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseModelRegistry.read(bad));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("license"), e.getMessage());
    }
}

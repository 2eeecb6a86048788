package org.licenselens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HuggingFaceLicensesTest {
    private final HuggingFaceLicenses hub = HuggingFaceLicenses.defaults();

    @Test
    void mapsHubIdsCaseInsensitively() {
        assertEquals(Optional.of("llama-3.1-license-2024"), hub.keyForId("llama3.1"));
        assertEquals(Optional.of("llama-3.1-license-2024"), hub.keyForId(" Llama3.1 "));
        assertEquals(Optional.of("boost-1.0"), hub.keyForId("bsl-1.0"));
    }

    @Test
    void mapsOtherLicenseNames() {
        assertEquals(Optional.of("qwen-2024"), hub.keyForOtherName("qwen"));
        assertEquals(Optional.empty(), hub.keyForId("qwen"));
    }

    @Test
    void unknownIdsMapToNothing() {
        assertEquals(Optional.empty(), hub.keyForId("no-such-license"));
        assertEquals(Optional.empty(), hub.keyForId(null));
    }

    @Test
    void everyMappedKeyExistsInTheCorpus() {
        Path licenses = Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"), "scancode-licensedb");
        hub.ids().forEach((id, key) ->
                assertTrue(Files.isRegularFile(licenses.resolve(key + ".LICENSE")), id + " -> " + key));
    }
}

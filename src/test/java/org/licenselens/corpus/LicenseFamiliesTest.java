package org.licenselens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LicenseFamiliesTest {

    private final LicenseFamilies families = LicenseFamilies.defaults();

    @Test
    void versionsAndPoliciesOfOneLicenseShareAFamily() {
        assertEquals("llama", families.familyOf("llama-2-license-2023"));
        assertEquals("llama", families.familyOf("llama3_2-acceptable-use-policy"));
        assertEquals("llama", families.familyOf("llama-4-cla-2025"));
        assertEquals("qwen", families.familyOf("tongyi-qianwen-research-2023"));
        assertEquals("openrail", families.familyOf("bigscience-open-rail-m"));
        assertEquals("openrail", families.familyOf("stable-diffusion-2022-08-22"));
        assertEquals("creative-commons", families.familyOf("cc-by-nc-sa-4.0"));
    }

    @Test
    void aKeyNoRuleNamesBelongsToItsFirstWord() {
        assertEquals("hyperclova", families.familyOf("hyperclova-x-seed-2025"));
        assertEquals("mit", families.familyOf("mit"));
        assertNotEquals(families.familyOf("gemma-tou-2024-04-01"), families.familyOf("llama-3.1-license-2024"));
    }
}

package org.licenselens.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LicenseExpressionsTest {
    @Test
    void singleKey() {
        assertEquals(List.of("gpl-3.0"), List.copyOf(LicenseExpressions.keysOf("gpl-3.0")));
    }

    @Test
    void dropsAndOrInAnyCase() {
        assertEquals(List.of("gpl-2.0-plus", "lgpl-2.1-plus", "mit"),
                List.copyOf(LicenseExpressions.keysOf("gpl-2.0-plus AND lgpl-2.1-plus or mit")));
    }

    @Test
    void withExceptionCountsAsKeyAndParenthesesOnlyGroup() {
        assertEquals(Set.of("mit", "apache-2.0", "foo-exception"),
                LicenseExpressions.keysOf("(mit OR apache-2.0) WITH foo-exception"));
    }

    @Test
    void nestedParenthesesWithoutSpaces() {
        assertEquals(Set.of("epl-2.0", "apache-2.0", "gpl-2.0", "classpath-exception-2.0", "openjdk-exception"),
                LicenseExpressions.keysOf("(epl-2.0 OR apache-2.0 OR (gpl-2.0 WITH classpath-exception-2.0 AND "
                        + "gpl-2.0 WITH openjdk-exception))"));
    }

    @Test
    void duplicatesAcrossExpressionsCollapse() {
        assertEquals(List.of("mit", "bsd-new"),
                List.copyOf(LicenseExpressions.keysOf(List.of("mit", "mit AND bsd-new", "bsd-new"))));
    }

    @Test
    void lowerCasesKeys() {
        assertEquals(Set.of("mit"), LicenseExpressions.keysOf("MIT"));
    }

    @Test
    void rejectsMalformed() {
        assertThrows(IllegalArgumentException.class, () -> LicenseExpressions.keysOf("(mit OR bsd-new"));
        assertThrows(IllegalArgumentException.class, () -> LicenseExpressions.keysOf("mit)"));
        assertThrows(IllegalArgumentException.class, () -> LicenseExpressions.keysOf(" "));
        assertThrows(IllegalArgumentException.class, () -> LicenseExpressions.keysOf("( AND )"));
    }
}

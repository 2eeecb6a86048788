package org.licenselens.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpectedKeysTest {
    @Test
    void singleKey() {
        assertEquals(List.of("gpl-3.0"), List.copyOf(ExpectedKeys.keysOf("gpl-3.0")));
    }

    @Test
    void dropsAndOrInAnyCase() {
        assertEquals(List.of("gpl-2.0-plus", "lgpl-2.1-plus", "mit"),
                List.copyOf(ExpectedKeys.keysOf("gpl-2.0-plus AND lgpl-2.1-plus or mit")));
    }

    @Test
    void withExceptionCountsAsKeyAndParenthesesOnlyGroup() {
        assertEquals(Set.of("mit", "apache-2.0", "foo-exception"),
                ExpectedKeys.keysOf("(mit OR apache-2.0) WITH foo-exception"));
    }

    @Test
    void nestedParenthesesWithoutSpaces() {
        assertEquals(Set.of("epl-2.0", "apache-2.0", "gpl-2.0", "classpath-exception-2.0", "openjdk-exception"),
                ExpectedKeys.keysOf("(epl-2.0 OR apache-2.0 OR (gpl-2.0 WITH classpath-exception-2.0 AND "
                        + "gpl-2.0 WITH openjdk-exception))"));
    }

    @Test
    void duplicatesAcrossExpressionsCollapse() {
        assertEquals(List.of("mit", "bsd-new"),
                List.copyOf(ExpectedKeys.keysOf(List.of("mit", "mit AND bsd-new", "bsd-new"))));
    }

    @Test
    void lowerCasesKeys() {
        assertEquals(Set.of("mit"), ExpectedKeys.keysOf("MIT"));
    }

    @Test
    void rejectsMalformed() {
        assertThrows(IllegalArgumentException.class, () -> ExpectedKeys.keysOf("(mit OR bsd-new"));
        assertThrows(IllegalArgumentException.class, () -> ExpectedKeys.keysOf("mit)"));
        assertThrows(IllegalArgumentException.class, () -> ExpectedKeys.keysOf(" "));
        assertThrows(IllegalArgumentException.class, () -> ExpectedKeys.keysOf("( AND )"));
    }
}

package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseExpressionsTest {
    @Test
    void keysDropOperatorsParenthesesAndRepeats() {
        assertEquals(List.of("mit", "gpl-2.0", "classpath-exception-2.0"),
                LicenseExpressions.keys("(mit OR gpl-2.0 WITH classpath-exception-2.0) AND mit"));
    }

    @Test
    void andParenthesizesCompoundPartsAndDropsDuplicates() {
        assertEquals("mit", LicenseExpressions.and(List.of("mit", "mit", "")));
        assertEquals("mit AND (gpl-2.0 OR bsd-new)", LicenseExpressions.and(List.of("mit", "gpl-2.0 OR bsd-new", "mit")));
    }

    @Test
    void renameKeepsStructure() {
        assertEquals("(MIT OR GPL-2.0-only) AND X",
                LicenseExpressions.rename("(mit or gpl-2.0) AND x", k -> switch (k) {
                    case "mit" -> "MIT";
                    case "gpl-2.0" -> "GPL-2.0-only";
                    default -> k.toUpperCase();
                }));
    }
}

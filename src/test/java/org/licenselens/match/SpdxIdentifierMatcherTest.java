package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpdxIdentifierMatcherTest {
    private final Map<String, String> keys = Map.of("mit", "mit", "apache-2.0", "apache-2.0",
            "gpl-2.0-or-later", "gpl-2.0-plus", "gpl-2.0", "gpl-2.0", "classpath-exception-2.0", "classpath-exception-2.0");
    private final SpdxIdentifierMatcher matcher = new SpdxIdentifierMatcher(id -> Optional.ofNullable(keys.get(id.toLowerCase())));

    @Test
    void readsCommentedIdentifierLines() {
        String text = "// SPDX-License-Identifier: MIT\n/* SPDX-License-Identifier: Apache-2.0 OR MIT */\n";
        List<SpdxIdentifierMatcher.Found> found = matcher.find(text);
        assertEquals(2, found.size());
        assertEquals("mit", found.get(0).expression());
        assertEquals("apache-2.0 OR mit", found.get(1).expression());
    }

    @Test
    void mapsPlusAndOnlySuffixesAndExceptions() {
        assertEquals("gpl-2.0-plus", matcher.toKeys("GPL-2.0+"));
        assertEquals("gpl-2.0", matcher.toKeys("GPL-2.0-only"));
        assertEquals("(gpl-2.0 WITH classpath-exception-2.0) OR mit",
                matcher.toKeys("(GPL-2.0-only WITH Classpath-exception-2.0) or MIT"));
    }

    @Test
    void unknownIdsStayVisible() {
        assertEquals("unknown-spdx AND mit", matcher.toKeys("Foo-Bar-9 AND MIT"));
    }

    @Test
    void emptyIdentifierLineIsIgnored() {
        assertEquals(List.of(), matcher.find("# SPDX-License-Identifier:\n# SPDX-License-Identifier: (\n"));
    }
}

package org.licenselens.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicensecheckNamesTest {
    private final LicensecheckNames names = new LicensecheckNames(BenchFixtures.keys());

    // A captured-format sample: path, TAB, license field (licensecheck --machine), plus a stray warning line.
    private static final String SAMPLE = String.join("\n",
            "/bench/a.c\tMIT",
            "/bench/b.txt\tUNKNOWN",
            "/bench/c.java\tApache-2.0 and/or MIT",
            "/bench/d.c\t(GPL-2.0-or-later and/or MIT) with Classpath-exception-2.0 exception",
            "/bench/e.c\tGPL-2 and/or FooLicense",
            "some warning without a tab",
            "/bench/f.c\tMIT\tCopyright 2020 Someone",
            "");

    @Test
    void parsesMachineOutputByPath() {
        Map<String, String> parsed = LicensecheckIdentifier.parse(SAMPLE);

        assertEquals(List.of("/bench/a.c", "/bench/b.txt", "/bench/c.java", "/bench/d.c", "/bench/e.c", "/bench/f.c"),
                List.copyOf(parsed.keySet()));
        assertEquals("Apache-2.0 and/or MIT", parsed.get("/bench/c.java"));
        assertEquals("MIT", parsed.get("/bench/f.c"), "copyright field is not part of the license");
    }

    @Test
    void mapsSpdxIdsCaseInsensitively() {
        assertEquals(Set.of("mit"), names.toKeys("MIT"));
        assertEquals(Set.of("apache-2.0", "mit"), names.toKeys("Apache-2.0 and/or MIT"));
    }

    @Test
    void unknownMeansNothing() {
        assertTrue(names.toKeys("UNKNOWN").isEmpty());
        assertTrue(names.toKeys("").isEmpty());
    }

    @Test
    void exceptionsAndParenthesesResolve() {
        assertEquals(Set.of("gpl-2.0-plus", "mit", "classpath-exception-2.0"),
                names.toKeys("(GPL-2.0-or-later and/or MIT) with Classpath-exception-2.0 exception"));
    }

    @Test
    void underscoreAndJoinsExceptions() {
        assertEquals(Set.of("classpath-exception-2.0", "mit"), names.toKeys("Classpath-exception-2.0_AND_MIT"));
    }

    @Test
    void aliasTableCoversNonSpdxNames() {
        assertEquals(Set.of("gpl-2.0"), names.toKeys("GPL-2"));
        assertEquals(Set.of("gpl-1.0-plus"), names.toKeys("GPL"));
        assertEquals(Set.of("gpl-1.0-plus", "artistic-perl-1.0"), names.toKeys("Perl"));
    }

    @Test
    void spdxIdWinsOverAlias() {
        // GPL-2.0+ is an SPDX (deprecated) id in the key map, so the map answers before the alias table.
        assertEquals(Set.of("gpl-2.0-plus"), names.toKeys("GPL-2.0+"));
    }

    @Test
    void unmappedNameIsKeptAsAWrongKey() {
        Set<String> keys = names.toKeys("GPL-2 and/or FooLicense");
        assertEquals(Set.of("gpl-2.0", "licensecheck:FooLicense"), keys);
        assertTrue(keys.stream().anyMatch(LicensecheckNames::unmapped));
    }

    @Test
    void scanCodeKeySpelledAsNameResolves() {
        assertEquals(Set.of("acme-ref"), names.toKeys("acme-ref"));
    }
}

package org.licenselens.bench;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenseeIdentifierTest {
    private final LicenseKeyMap keys = BenchFixtures.keys();

    @Test
    void mapsSpdxIdToScanCodeKey() {
        assertEquals(Set.of("apache-2.0"), LicenseeIdentifier.toKeys("Apache-2.0", keys));
    }

    @Test
    void noAssertionNoneAndNullMeanNothing() {
        assertTrue(LicenseeIdentifier.toKeys("NOASSERTION", keys).isEmpty());
        assertTrue(LicenseeIdentifier.toKeys("NONE", keys).isEmpty());
        assertTrue(LicenseeIdentifier.toKeys(null, keys).isEmpty());
    }

    @Test
    void unknownIdIsKeptAsAWrongKey() {
        assertEquals(Set.of("licensee:foo-1.0"), LicenseeIdentifier.toKeys("Foo-1.0", keys));
    }
}

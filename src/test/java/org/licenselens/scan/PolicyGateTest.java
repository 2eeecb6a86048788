package org.licenselens.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.testing.TestCorpus;

class PolicyGateTest {
    @TempDir
    Path dir;

    private static final LicenseCatalog INDEX = TestCorpus.lens().licenses();

    private static List<String> trips(ScanResult result, String spec) {
        return PolicyGate.parse(List.of(spec), INDEX).check(result, INDEX).stream()
                .map(t -> t.condition() + " " + t.path() + ":" + t.line()).toList();
    }

    @Test
    void eachConditionTripsOnlyOnWhatItNames() {
        ScanResult result = ScanTrees.scan(ModelDirectoryScanTest.modelDirectory(dir));
        assertEquals(List.of("mismatch README.md:2"), trips(result, "mismatch"));
        assertEquals(List.of(), trips(result, "unknown"));
        assertEquals(List.of(), trips(result, "training-ban,geographic-exclusion"));
        assertEquals(List.of("mau-threshold LICENSE:31", "mau-threshold LICENSE.pdf:" + result.flags().stream()
                        .filter(f -> f.type().jsonName().equals("mau-threshold")).toList().getFirst().sites().get(1).flag()
                        .startLine()), trips(result, "mau-threshold"));
        assertEquals(List.of("category:Copyleft third_party/x/COPYING:1"), trips(result, "category:copyleft"));
        assertTrue(trips(result, "use-restriction").size() > 2);
        assertEquals(List.of(), trips(result, "category:Public Domain"));
    }

    @Test
    void badValuesAreUsageErrorsNamingWhatIsAccepted() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> PolicyGate.parse(List.of("unknown,trainig-ban"), INDEX));
        assertTrue(bad.getMessage().contains("'trainig-ban'") && bad.getMessage().contains("training-ban"),
                bad.getMessage());
        IllegalArgumentException category = assertThrows(IllegalArgumentException.class,
                () -> PolicyGate.parse(List.of("category:Copyleftish"), INDEX));
        assertTrue(category.getMessage().contains("Copyleft Limited"), category.getMessage());
        assertEquals(java.util.Set.of("unknown", "category:Copyleft"),
                PolicyGate.parse(List.of("unknown", " category:COPYLEFT "), INDEX).conditions());
    }
}

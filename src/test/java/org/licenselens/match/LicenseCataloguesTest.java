package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.licenselens.testing.TestCorpus;

/** Catalogues of license names in every layout license tools use, built from the corpus's own ids. */
class LicenseCataloguesTest {
    private static final List<CorpusIds.Named> LICENSES = CorpusIds.sample(150);

    enum Layout {
        ARRAY_OF_PAIRS(ls -> "module.exports = [\n" + ls.stream()
                .map(l -> "  [\"" + l.name() + "\", \"" + l.spdx() + "\"],").collect(Collectors.joining("\n")) + "\n];\n"),
        CONSTRUCTOR_LIST(ls -> "static final List<License> ALL = List.of(\n" + ls.stream()
                .map(l -> "    new License(\"" + l.spdx() + "\", \"" + l.name() + "\", true)")
                .collect(Collectors.joining(",\n")) + ");\n"),
        JSON_WITH_LICENSE_ID_KEYS(ls -> "{\"licenseListVersion\": \"3.2\", \"licenses\": [\n" + ls.stream()
                .map(l -> "  {\n    \"reference\": \"https://spdx.org/licenses/" + l.spdx() + ".html\",\n"
                        + "    \"isDeprecatedLicenseId\": false,\n    \"name\": \"" + l.name() + "\",\n"
                        + "    \"licenseId\": \"" + l.spdx() + "\",\n    \"isOsiApproved\": false\n  }")
                .collect(Collectors.joining(",\n")) + "\n]}\n"),
        YAML_LIST_OF_IDS(ls -> "licenses:\n" + ls.stream().map(l -> "  - " + l.spdx()).collect(Collectors.joining("\n"))
                + "\n"),
        TABLE_OF_NAME_VARIANTS(ls -> "var transpositions = {\n" + ls.stream()
                .map(l -> "  \"" + l.name() + "\": \"" + l.spdx() + "\",\n  \"" + l.name().replace(" License", "")
                        + "\": \"" + l.spdx() + "\",").collect(Collectors.joining("\n")) + "\n};\n"),
        HASKELL_MODULE(ls -> "module Distribution.SPDX.LicenseId (LicenseId (..), licenseId) where\n\ndata LicenseId\n    = "
                + ls.stream().map(l -> constructor(l) + " -- ^ @" + l.spdx() + "@, " + l.name())
                .collect(Collectors.joining("\n    | ")) + "\n  deriving (Eq, Ord, Show)\n\nlicenseId :: LicenseId -> String\n"
                + ls.stream().map(l -> "licenseId " + constructor(l) + " = \"" + l.spdx() + "\"")
                .collect(Collectors.joining("\n")) + "\n");

        private final Function<List<CorpusIds.Named>, String> render;

        Layout(Function<List<CorpusIds.Named>, String> render) {
            this.render = render;
        }

        private static String constructor(CorpusIds.Named l) {
            String name = l.spdx().replaceAll("[^A-Za-z0-9]", "_");
            return Character.isDigit(name.charAt(0)) ? "L" + name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aCatalogueIsOneLicenseListWithNoLicenses(Layout layout) {
        Detection d = TestCorpus.analysis().detector().detect(layout.render.apply(LICENSES));
        assertTrue(d.licenseList(), layout + ": " + d.expression());
        assertTrue(d.matches().isEmpty(), layout + ": " + d.expression());
        assertEquals("", d.expression());
        assertFalse(d.unknown(), layout + ": " + d.unknownRegions());
        assertTrue(d.discarded().stream().anyMatch(x -> x.reason() == DiscardReason.LICENSE_LIST),
                "--explain says why: " + d.discarded());
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aFewNamesAreNotACatalogue(Layout layout) {
        Detection d = TestCorpus.analysis().detector().detect(layout.render.apply(CorpusIds.sample(4)));
        assertFalse(d.licenseList(), layout + ": " + d.expression());
    }

    @org.junit.jupiter.api.Test
    void proseAboutManyLicensesIsNotACatalogue() {
        StringBuilder prose = new StringBuilder();
        for (CorpusIds.Named l : CorpusIds.sample(12)) {
            prose.append("The ").append(l.key()).append(" part of this program is licensed under the ")
                    .append(l.name()).append(", and you may use it under the terms of that license.\n");
        }
        assertFalse(TestCorpus.analysis().detector().detect(prose.toString()).licenseList());
    }
}

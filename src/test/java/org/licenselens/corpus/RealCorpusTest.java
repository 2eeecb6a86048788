package org.licenselens.corpus;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real ScanCode corpus beside the checkout once and checks what downstream code relies on. */
@Tag("slow") // loads the whole corpus
class RealCorpusTest {
    private static Path root;
    private static Corpus corpus;

    @BeforeAll
    static void load() {
        root = Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
        corpus = CorpusLoader.load(CorpusLocation.of(root));
    }

    @Test
    void loadsEveryLicenseAndRuleWithoutProblems() {
        assertEquals(List.of(), corpus.problems());
        assertEquals(2_618, corpus.licenses().size());
        assertEquals(35_324, corpus.rules().size());
    }

    @Test
    void ordersLicensesByKeyAndRulesByIdentifier() {
        List<String> keys = corpus.licenses().stream().map(LicenseEntry::key).toList();
        assertEquals(keys.stream().sorted().toList(), keys);
        List<String> ids = corpus.rules().stream().map(Rule::identifier).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void readsMitMetadata() {
        LicenseEntry mit = corpus.license("mit").orElseThrow();
        assertEquals("MIT", mit.spdxKey());
        assertEquals("Permissive", mit.category());
        assertEquals("MIT License", mit.shortName());
        assertTrue(mit.osiApproved());
        assertFalse(mit.deprecated());
        assertTrue(mit.otherSpdxKeys().contains("LicenseRef-MIT-Bootstrap"));
        assertEquals(root.resolve("scancode-licensedb/mit.LICENSE").toAbsolutePath().normalize(), mit.source());
    }

    @Test
    void readsLlama2Category() {
        LicenseEntry llama = corpus.license("llama-2-license-2023").orElseThrow();
        assertEquals("Proprietary Free", llama.category());
        assertFalse(llama.osiApproved());
        assertFalse(llama.ignorables().holders().isEmpty());
    }

    @Test
    void keepsPlaceholderLicensesWithBlankText() {
        LicenseEntry unknown = corpus.license("unknown-license-reference").orElseThrow();
        assertTrue(unknown.unknown());
        assertTrue(unknown.text().isBlank());
        assertTrue(corpus.license("generic-cla").orElseThrow().generic());
    }

    @Test
    void derivesOsiApprovalFromNotesWhenNoOsiKeyIsGiven() {
        LicenseEntry w3c = corpus.license("w3c").orElseThrow();
        assertTrue(w3c.osiApproved(), "w3c is OSI certified per its notes only");
        assertTrue(corpus.license("gpl-2.0-plus").orElseThrow().osiApproved(), "notes break the line after OSI");
        long approved = corpus.licenses().stream().filter(LicenseEntry::osiApproved).count();
        assertEquals(116, approved, "109 with osi_license_key/osi_url + 7 from notes");
    }

    @Test
    void licenseTextIsTheFileAfterTheFrontMatterWithoutLeadingBlankLines() throws IOException {
        LicenseEntry mit = corpus.license("mit").orElseThrow();
        assertEquals(body(mit.source()), mit.text());
        assertTrue(Character.isLetter(mit.text().charAt(0)));
    }

    @Test
    void keepsCrlfTextVerbatim() {
        Rule crlf = rule("kfgqpc-uthmanic-script-hafs_1");
        assertTrue(crlf.text().contains("\r\n"));
        assertFalse(crlf.text().startsWith("\r") || crlf.text().startsWith("\n"));
        assertEquals(RuleKind.TEXT, crlf.kind());
        assertEquals(80, crlf.minimumCoverage());
    }

    @Test
    void recordsRequiredPhraseSpansOfEveryMarkedRule() throws IOException {
        Pattern marker = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
        int marked = 0;
        for (Rule rule : corpus.rules()) {
            Matcher m = marker.matcher(body(rule.source()));
            List<String> expected = new ArrayList<>();
            while (m.find()) {
                expected.add(m.group(1));
            }
            assertEquals(expected, rule.requiredPhraseTexts(), rule.identifier());
            assertFalse(rule.text().contains("{{") || rule.text().contains("}}"), rule.identifier());
            marked += expected.isEmpty() ? 0 : 1;
        }
        assertEquals(2_055, marked, "rules with {{ }} markers");
    }

    @Test
    void computesSpansAsOffsetsIntoTheUnmarkedText() throws IOException {
        Rule rule = rule("agpl-3.0_348");
        String body = body(rule.source());
        int firstOpen = body.indexOf("{{");
        int firstClose = body.indexOf("}}");
        int secondOpen = body.indexOf("{{", firstClose);
        int secondClose = body.indexOf("}}", secondOpen);
        assertEquals(List.of(new Span(firstOpen, firstClose - 2), new Span(secondOpen - 4, secondClose - 6)),
                rule.requiredPhrases());
        assertEquals(body.replace("{{", "").replace("}}", ""), rule.text());
    }

    @Test
    void modelsRuleKindsAndFalsePositives() {
        Map<RuleKind, Integer> counts = new EnumMap<>(RuleKind.class);
        corpus.rules().forEach(rule -> counts.merge(rule.kind(), 1, Integer::sum));
        assertEquals(1_267, counts.get(RuleKind.FALSE_POSITIVE));
        assertEquals(14_464, counts.get(RuleKind.NOTICE));
        assertEquals(100, counts.get(RuleKind.CLUE));
        Rule falsePositive = rule("false-positive_1");
        assertTrue(falsePositive.falsePositive());
        assertNull(falsePositive.licenseExpression());
        assertTrue(corpus.rules().stream().filter(r -> !r.falsePositive())
                .allMatch(r -> r.licenseExpression() != null && !r.licenseExpression().isBlank()));
    }

    @Test
    void defaultsRelevanceTo100() {
        long explicit = corpus.rules().stream().filter(r -> r.relevance() != 100).count();
        assertTrue(explicit > 0);
        assertEquals(100, rule("mit_1097").relevance());
    }

    @Test
    void looksUpSpdxIdsIgnoringCase() {
        assertEquals("mit", spdx("MIT"));
        assertEquals("mit", spdx("mit"));
        assertEquals("mit", spdx("LicenseRef-MIT-Bootstrap"));
        assertEquals("mit", spdx("licenseref-scancode-mit"));
        assertEquals("apache-2.0", spdx("Apache-2.0"));
        assertEquals("llama-2-license-2023", spdx("LicenseRef-scancode-llama-2-license-2023"));
        assertTrue(corpus.licenseBySpdx("No-Such-License-Id").isEmpty());
    }

    @Test
    void resolvesAnSpdxIdClaimedTwiceToTheLicenseWhoseKeyItNames() {
        // Two corpus licenses declare this spdx_license_key; the LicenseRef-scancode-<key> form decides.
        assertEquals("code-credit-license-1.0.0", spdx("LicenseRef-scancode-code-credit-license-1.0.0"));
        assertEquals("code-credit-license-1.0-0", spdx("LicenseRef-scancode-code-credit-license-1.0-0"));
    }

    @Test
    void everyLicenseIsFoundByItsOwnSpdxIds() {
        for (LicenseEntry license : corpus.licenses()) {
            assertEquals(license, corpus.licenseBySpdx(license.scancodeLicenseRef()).orElseThrow());
            assertTrue(corpus.licenseBySpdx(license.spdxIdentifier()).isPresent(), license.key());
        }
    }

    /** Returns what follows the second '---' line, without the line breaks right after it. */
    private static String body(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        Matcher delimiter = Pattern.compile("(?m)^---\\r?$").matcher(raw);
        assertTrue(delimiter.find() && delimiter.find(), file.toString());
        return raw.substring(delimiter.end()).replaceFirst("^[\\r\\n]+", "");
    }

    private static String spdx(String id) {
        return corpus.licenseBySpdx(id).map(LicenseEntry::key).orElse(null);
    }

    private static Rule rule(String identifier) {
        return corpus.rules().stream().filter(r -> r.identifier().equals(identifier)).findFirst().orElseThrow();
    }
}

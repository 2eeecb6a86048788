package org.licenselens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads small corpora built from synthetic files, good and bad. */
class CorpusLoaderTest {
    @TempDir
    Path root;
    private Path licenses;
    private Path rules;

    @BeforeEach
    void createDirs() throws IOException {
        licenses = Files.createDirectories(root.resolve("scancode-licensedb"));
        rules = Files.createDirectories(root.resolve("scancode-rules"));
    }

    @Test
    void loadsAllFieldsOfALicense() throws IOException {
        write(licenses, "foo-1.0.LICENSE", """
                ---
                key: foo-1.0
                short_name: Foo 1.0
                name: Foo License 1.0
                category: Permissive
                owner: Foo Org
                spdx_license_key: Foo-1.0
                other_spdx_license_keys:
                    - LicenseRef-Foo
                osi_license_key: Foo-1.0
                is_exception: yes
                is_deprecated: yes
                replaced_by:
                    - bar
                minimum_coverage: 80
                language: de
                ignorable_urls:
                    - https://example.org/foo
                ignorable_emails:
                    - foo@example.org
                unknown_future_key: whatever
                ---

                Licensed under the Foo terms.
                """);
        Corpus corpus = load();
        assertEquals(List.of(), corpus.problems());
        LicenseEntry foo = corpus.license("foo-1.0").orElseThrow();
        assertEquals("Foo 1.0", foo.shortName());
        assertEquals("Foo License 1.0", foo.name());
        assertEquals("Permissive", foo.category());
        assertEquals("Foo-1.0", foo.spdxKey());
        assertEquals(List.of("LicenseRef-Foo"), foo.otherSpdxKeys());
        assertTrue(foo.osiApproved());
        assertTrue(foo.exception());
        assertTrue(foo.deprecated());
        assertFalse(foo.unknown());
        assertEquals(List.of("bar"), foo.replacedBy());
        assertEquals(80, foo.minimumCoverage());
        assertEquals("de", foo.language());
        assertEquals(List.of("https://example.org/foo"), foo.ignorables().urls());
        assertEquals(List.of("foo@example.org"), foo.ignorables().emails());
        assertEquals(List.of(), foo.ignorables().holders());
        assertEquals("Licensed under the Foo terms.\n", foo.text());
        assertEquals("Foo Org", foo.owner());
        assertNull(foo.homepageUrl());
    }

    @Test
    void fillsDefaultsForAMinimalLicense() throws IOException {
        write(licenses, "foo.LICENSE", "---\nkey: foo\n---\nFoo terms.");
        LicenseEntry foo = load().license("foo").orElseThrow();
        assertEquals("foo", foo.shortName());
        assertEquals("foo", foo.name());
        assertEquals("Unstated License", foo.category());
        assertNull(foo.spdxKey());
        assertEquals("LicenseRef-scancode-foo", foo.spdxIdentifier());
        assertFalse(foo.osiApproved());
        assertEquals(0, foo.minimumCoverage());
        assertEquals("en", foo.language());
    }

    @Test
    void loadsAllFieldsOfARule() throws IOException {
        license("foo");
        license("bar");
        write(rules, "foo_or_bar_1.RULE", """
                ---
                license_expression: foo OR (bar AND foo)
                is_license_notice: yes
                relevance: 90
                minimum_coverage: 70
                is_continuous: yes
                referenced_filenames:
                    - COPYING
                ignorable_holders:
                    - Foo Org
                notes: seen in the wild
                ---
                Use {{Foo}} or {{Bar}}.
                """);
        Rule rule = load().rules().getFirst();
        assertEquals("foo_or_bar_1", rule.identifier());
        assertEquals("foo OR (bar AND foo)", rule.licenseExpression());
        assertEquals(RuleKind.NOTICE, rule.kind());
        assertEquals(90, rule.relevance());
        assertEquals(70, rule.minimumCoverage());
        assertTrue(rule.continuous());
        assertFalse(rule.falsePositive());
        assertEquals(List.of("COPYING"), rule.referencedFilenames());
        assertEquals(List.of("Foo Org"), rule.ignorables().holders());
        assertEquals("seen in the wild", rule.notes());
        assertEquals("Use Foo or Bar.\n", rule.text());
        assertEquals(List.of("Foo", "Bar"), rule.requiredPhraseTexts());
        assertEquals(rules.resolve("foo_or_bar_1.RULE"), rule.source());
    }

    @Test
    void readsAFalsePositiveRuleWithoutExpression() throws IOException {
        write(rules, "false-positive_1.RULE", "---\nis_false_positive: yes\n---\nFoo mentioned in passing\n");
        Rule rule = load().rules().getFirst();
        assertEquals(RuleKind.FALSE_POSITIVE, rule.kind());
        assertTrue(rule.falsePositive());
        assertNull(rule.licenseExpression());
        assertEquals(100, rule.relevance());
        assertEquals(0, rule.minimumCoverage());
    }

    @Test
    void reportsMalformedFilesAndLoadsTheRest() throws IOException {
        license("good");
        write(rules, "good_1.RULE", "---\nlicense_expression: good\nis_license_tag: yes\n---\nGood tag\n");
        write(licenses, "bad-yaml.LICENSE", "---\nkey: bad-yaml\nname: [unclosed\n---\nFoo\n");
        write(licenses, "no-key.LICENSE", "---\nname: No Key\n---\nFoo\n");
        write(licenses, "no-front.LICENSE", "Just some text without front matter\n");
        write(licenses, "unclosed.LICENSE", "---\nkey: unclosed\nFoo\n");
        write(licenses, "other-name.LICENSE", "---\nkey: not-the-file-name\n---\nFoo\n");
        write(licenses, "dup.LICENSE", "---\nkey: dup\nname: One\nname: Two\n---\nFoo\n");
        write(licenses, "list.LICENSE", "---\n- key\n- dup\n---\nFoo\n");
        write(licenses, "bad-flag.LICENSE", "---\nkey: bad-flag\nis_exception: maybe\n---\nFoo\n");
        write(licenses, "bad-coverage.LICENSE", "---\nkey: bad-coverage\nminimum_coverage: 150\n---\nFoo\n");
        Files.write(licenses.resolve("latin1.LICENSE"),
                "---\nkey: latin1\n---\nFran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1));
        write(rules, "no-expression_1.RULE", "---\nis_license_notice: yes\n---\nSome notice\n");
        write(rules, "no-kind_1.RULE", "---\nlicense_expression: good\n---\nSome notice\n");
        write(rules, "two-kinds_1.RULE",
                "---\nlicense_expression: good\nis_license_tag: yes\nis_license_text: yes\n---\nText\n");
        write(rules, "unknown-key_1.RULE",
                "---\nlicense_expression: good AND missing-key\nis_license_notice: yes\n---\nText\n");
        write(rules, "markers_1.RULE", "---\nlicense_expression: good\nis_license_notice: yes\n---\n{{Open\n");
        write(rules, "empty_1.RULE", "---\nlicense_expression: good\nis_license_notice: yes\n---\n\n");
        write(rules, "bad-relevance_1.RULE",
                "---\nlicense_expression: good\nis_license_notice: yes\nrelevance: high\n---\nText\n");

        Corpus corpus = load();

        assertEquals(List.of("good"), corpus.licenses().stream().map(LicenseEntry::key).toList());
        assertEquals(List.of("good_1"), corpus.rules().stream().map(Rule::identifier).toList());
        Map<String, String> problems = corpus.problems().stream()
                .collect(Collectors.toMap(p -> p.path().getFileName().toString(), CorpusProblem::message));
        assertProblem(problems, "bad-yaml.LICENSE", "not valid YAML");
        assertProblem(problems, "no-key.LICENSE", "missing required 'key'");
        assertProblem(problems, "no-front.LICENSE", "no front matter");
        assertProblem(problems, "unclosed.LICENSE", "not closed");
        assertProblem(problems, "other-name.LICENSE", "differs from the file name");
        assertProblem(problems, "dup.LICENSE", "name");
        assertProblem(problems, "list.LICENSE", "must be a YAML mapping");
        assertProblem(problems, "bad-flag.LICENSE", "'is_exception' must be yes or no");
        assertProblem(problems, "bad-coverage.LICENSE", "within 0..100");
        assertProblem(problems, "latin1.LICENSE", "not valid UTF-8");
        assertProblem(problems, "no-expression_1.RULE", "missing required 'license_expression'");
        assertProblem(problems, "no-kind_1.RULE", "no rule kind");
        assertProblem(problems, "two-kinds_1.RULE", "several rule kinds");
        assertProblem(problems, "unknown-key_1.RULE", "missing-key");
        assertProblem(problems, "markers_1.RULE", "never closed");
        assertProblem(problems, "empty_1.RULE", "rule text is empty");
        assertProblem(problems, "bad-relevance_1.RULE", "'relevance' must be a whole number");
        assertEquals(17, corpus.problems().size());
        List<Path> paths = corpus.problems().stream().map(CorpusProblem::path).toList();
        assertEquals(paths.stream().sorted().toList(), paths, "problems are sorted by path");
    }

    @Test
    void neverInstantiatesYamlTaggedTypes() throws IOException {
        // A global tag that SnakeYAML's unsafe constructor would turn into an object; here it is at most text.
        write(licenses, "tagged.LICENSE",
                "---\nkey: tagged\nname: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://127.0.0.1/\"]]"
                        + "\n---\nFoo\n");
        Corpus corpus = load();
        assertEquals(List.of(), corpus.licenses());
        assertEquals(1, corpus.problems().size());
        assertTrue(corpus.problems().getFirst().message().contains("'name' must be a single value, found a list"),
                corpus.problems().getFirst().message());
    }

    @Test
    void loadsWithoutARulesDirectory() throws IOException {
        Files.delete(rules);
        license("foo");
        Corpus corpus = load();
        assertEquals(1, corpus.licenses().size());
        assertEquals(List.of(), corpus.rules());
    }

    @Test
    void userLicensesOverrideCorpusLicensesWithTheSameKey(@TempDir Path first, @TempDir Path second)
            throws IOException {
        license("foo");
        license("bar");
        write(first, "foo.LICENSE", "---\nkey: foo\ncategory: Commercial\n---\nUser Foo\n");
        write(first, "mine.LICENSE", "---\nkey: mine\n---\nMy own terms\n");
        write(second, "mine.LICENSE", "---\nkey: mine\ncategory: Copyleft\n---\nMy newer terms\n");
        write(rules, "mine_1.RULE", "---\nlicense_expression: mine\nis_license_reference: yes\n---\nmine\n");

        Corpus corpus = CorpusLoader.load(new CorpusLocation(root, List.of(first, second)));

        assertEquals(List.of(), corpus.problems());
        assertEquals(List.of("bar", "foo", "mine"), corpus.licenses().stream().map(LicenseEntry::key).toList());
        LicenseEntry foo = corpus.license("foo").orElseThrow();
        assertEquals("Commercial", foo.category());
        assertEquals("User Foo\n", foo.text());
        assertEquals(first.resolve("foo.LICENSE"), foo.source());
        assertEquals("My newer terms\n", corpus.license("mine").orElseThrow().text());
        assertEquals(1, corpus.rules().size(), "rules may name user licenses");
        assertTrue(corpus.source().contains(first.toString()));
    }

    @Test
    void refusesAMissingLicenseDirectory() throws IOException {
        Files.delete(licenses);
        var e = assertThrows(CorpusLocationException.class, this::load);
        assertTrue(e.getMessage().contains("scancode-licensedb"), e.getMessage());
    }

    private Corpus load() {
        return CorpusLoader.load(CorpusLocation.of(root));
    }

    private void license(String key) throws IOException {
        write(licenses, key + ".LICENSE", "---\nkey: " + key + "\n---\nThe " + key + " terms.\n");
    }

    private static void write(Path dir, String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertProblem(Map<String, String> problems, String file, String fragment) {
        String message = problems.get(file);
        assertTrue(message != null && message.contains(fragment), file + ": " + message);
    }
}

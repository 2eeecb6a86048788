package org.licenselens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.bench.SelfIdentification.Outcome;
import org.licenselens.bench.SelfIdentification.Verdict;
import org.licenselens.corpus.Ignorables;
import org.licenselens.corpus.LicenseEntry;
import org.licenselens.testing.TestCorpus;

class SelfIdentificationTest {
    private static LicenseEntry entry(String key, String text, boolean deprecated, List<String> replacedBy) {
        return new LicenseEntry(key, key, key, "Permissive", null, List.of(), false, deprecated, false, false, false,
                0, replacedBy, null, null, null, null, "en", Ignorables.NONE,
                text, Path.of(key + ".LICENSE"));
    }

    private static final LicenseEntry FOO = entry("foo", "Licensed under the FooBar terms, free of charge.", false, List.of());
    private static final LicenseEntry FOO_COPY = entry("foo-copy", "LICENSED  under the\nFooBar terms, free of charge",
            false, List.of());
    private static final LicenseEntry BAR = entry("bar", "Use of the BarBaz kit requires a written permit.", false, List.of());
    private static final LicenseEntry OLD = entry("old-dual", "Old text, dual licensed.", true,
            List.of("foo OR bar WITH baz-exception"));
    private static final LicenseEntry OLD_MANY = entry("old-many", "Old text with two notices.", true,
            List.of("foo", "foo", "bar"));
    private static final LicenseEntry BLANK = entry("placeholder", "  \n", false, List.of());

    private static final Map<String, LicenseEntry> ALL = List.of(FOO, FOO_COPY, BAR, OLD, OLD_MANY, BLANK).stream()
            .collect(Collectors.toMap(LicenseEntry::key, Function.identity()));

    @Test
    void ownKeyIsOk() {
        assertEquals(Verdict.OK_OWN, SelfIdentification.classify(FOO, "foo", ALL));
    }

    @Test
    void anotherKeyWithTheSameNormalizedTextIsOk() {
        assertEquals(Verdict.OK_IDENTICAL, SelfIdentification.classify(FOO, "foo-copy", ALL));
        assertEquals(Verdict.WRONG, SelfIdentification.classify(FOO, "bar", ALL));
        assertEquals(Verdict.WRONG, SelfIdentification.classify(FOO, "foo-copy AND bar", ALL));
    }

    @Test
    void deprecatedLicenseFoundAsItsReplacementIsOk() {
        assertEquals(Verdict.OK_REPLACED, SelfIdentification.classify(OLD, "foo OR bar WITH baz-exception", ALL));
        assertEquals(Verdict.WRONG, SelfIdentification.classify(OLD, "foo OR bar", ALL));
        assertEquals(Verdict.WRONG, SelfIdentification.classify(OLD, "old-dual AND foo", ALL));
    }

    /** ScanCode lists repeated findings as repeated entries; with or without the repeats the answer is right. */
    @Test
    void severalReplacementsJoinWithAnd() {
        assertEquals(Verdict.OK_REPLACED, SelfIdentification.classify(OLD_MANY, "foo AND foo AND bar", ALL));
        assertEquals(Verdict.OK_REPLACED, SelfIdentification.classify(OLD_MANY, "foo AND bar", ALL));
        assertEquals(Verdict.WRONG, SelfIdentification.classify(OLD_MANY, "bar AND foo", ALL));
        assertEquals(Verdict.WRONG, SelfIdentification.classify(OLD_MANY, "foo", ALL));
    }

    @Test
    void replacementCountsOnlyForDeprecatedLicenses() {
        LicenseEntry current = entry("current", "Some text.", false, List.of("foo"));
        assertEquals(Verdict.WRONG, SelfIdentification.classify(current, "foo", ALL));
    }

    @Test
    void blankTextIsEmptyWhateverWasFound() {
        assertEquals(Verdict.EMPTY_TEXT, SelfIdentification.classify(BLANK, "", ALL));
        assertFalse(Verdict.EMPTY_TEXT.ok());
    }

    @Test
    void nothingFoundIsWrong() {
        assertEquals(Verdict.WRONG, SelfIdentification.classify(FOO, "", ALL));
    }

    @Test
    void summaryRateLeavesEmptyTextsOut() throws IOException {
        SelfIdentification.Summary s = new SelfIdentification.Summary(List.of(
                new Outcome("a", Verdict.OK_OWN, "a"), new Outcome("b", Verdict.OK_REPLACED, "c"),
                new Outcome("d", Verdict.EMPTY_TEXT, ""), new Outcome("e", Verdict.WRONG, "f AND g"),
                new Outcome("h", Verdict.WRONG, "")), Duration.ofSeconds(2));
        assertEquals(2, s.ok());
        assertEquals(4, s.scored());
        assertEquals(0.5, s.rate());
        assertEquals(2.5, s.textsPerSecond());
        assertEquals(List.of("e", "h"), s.wrong().stream().map(Outcome::key).toList());
        assertTrue(s.describe().contains("rate         50.00% (2 / 4)"), s.describe());
    }

    @Test
    void writesTheWrongListAsTsv(@TempDir Path dir) throws IOException {
        SelfIdentification.Summary s = new SelfIdentification.Summary(List.of(
                new Outcome("e", Verdict.WRONG, "f AND g"), new Outcome("h", Verdict.WRONG, "")), Duration.ofSeconds(1));
        List<Path> written = s.writeTo(dir.resolve("out"));
        assertEquals(List.of("summary.txt", "wrong.tsv"), written.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals("key\tfound\ne\tf AND g\nh\t(nothing)\n", Files.readString(written.get(1)));
    }

    @Test
    void runsTheRealDetectorOnCorpusTexts() {
        LicenseEntry mit = entry("mit", TestCorpus.licenseText("mit"), false, List.of());
        LicenseEntry bsd = entry("bsd-new", TestCorpus.licenseText("bsd-new"), false, List.of());
        SelfIdentification.Summary s = SelfIdentification.run(TestCorpus.lens()::detect, List.of("mit", "bsd-new"),
                List.of(mit, bsd));
        assertEquals(List.of(new Outcome("bsd-new", Verdict.OK_OWN, "bsd-new"), new Outcome("mit", Verdict.OK_OWN, "mit")),
                s.outcomes());
    }

    @Test
    void keyWithoutCorpusLicenseIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SelfIdentification.run(TestCorpus.lens()::detect, List.of("nope"), List.of(FOO)));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}

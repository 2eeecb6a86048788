package org.licenselens.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One ScanCode detection rule: a short text known to mean a license expression, read from a {@code .RULE} file.
 *
 * <p>Lists are never null and immutable. Text values documented as nullable are {@code null} when the front
 * matter lacks them.
 *
 * @param identifier          the file name without {@code .RULE}, e.g. {@code mit_12}
 * @param licenseExpression   {@code license_expression}, e.g. {@code gpl-2.0-plus WITH classpath-exception-2.0};
 *                            nullable only for {@link RuleKind#FALSE_POSITIVE} rules, which in ScanCode have none
 * @param kind                what the text is, from its {@code is_license_*} or {@code is_false_positive} flag
 * @param relevance           {@code relevance} in percent; 100 when absent. ScanCode itself computes a lower
 *                            relevance for short rules without one; that is left to the matcher
 * @param falsePositive       {@code is_false_positive}; always equal to {@code kind == FALSE_POSITIVE}
 * @param minimumCoverage     {@code minimum_coverage} in percent a match must cover; 0 when absent
 * @param continuous          {@code is_continuous}: the whole rule must match as one contiguous run
 * @param deprecated          {@code is_deprecated}: kept for reference; ScanCode does not detect with it
 * @param referencedFilenames {@code referenced_filenames}: files the notice points to, e.g. {@code LICENSE}
 * @param language            {@code language}; {@code en} when absent, as in ScanCode
 * @param notes               {@code notes}, nullable
 * @param ignorables          what belongs to the text itself ({@code ignorable_*}): its copyright lines, holders, …
 * @param text                the rule text after the front matter, leading blank lines removed and the
 *                            <code>{{ }}</code> required-phrase markers taken out
 * @param requiredPhrases     the ranges of {@code text} that were between <code>{{</code> and <code>}}</code>, in order:
 *                            a match must contain each of them whole
 * @param source              the file it was read from
 */
public record Rule(
        String identifier,
        String licenseExpression,
        RuleKind kind,
        int relevance,
        boolean falsePositive,
        int minimumCoverage,
        boolean continuous,
        boolean deprecated,
        List<String> referencedFilenames,
        String language,
        String notes,
        Ignorables ignorables,
        String text,
        List<Span> requiredPhrases,
        Path source) {

    public Rule {
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException("rule identifier must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        if (falsePositive != (kind == RuleKind.FALSE_POSITIVE)) {
            throw new IllegalArgumentException(
                    "rule " + identifier + ": falsePositive=" + falsePositive + " contradicts kind " + kind);
        }
        if (!falsePositive && (licenseExpression == null || licenseExpression.isBlank())) {
            throw new IllegalArgumentException("rule " + identifier + " needs a license expression");
        }
        CorpusText.requirePercent(relevance, "relevance");
        CorpusText.requirePercent(minimumCoverage, "minimumCoverage");
        Objects.requireNonNull(language, "language");
        referencedFilenames = List.copyOf(referencedFilenames);
        Objects.requireNonNull(ignorables, "ignorables");
        Objects.requireNonNull(text, "text");
        requiredPhrases = List.copyOf(requiredPhrases);
        requireOrderedWithin(requiredPhrases, text.length(), identifier);
        Objects.requireNonNull(source, "source");
    }

    /** Returns the text of each required phrase, in order. */
    public List<String> requiredPhraseTexts() {
        return requiredPhrases.stream().map(span -> span.of(text)).toList();
    }

    private static void requireOrderedWithin(List<Span> spans, int textLength, String identifier) {
        int previousEnd = 0;
        for (Span span : spans) {
            if (span.start() < previousEnd || span.end() > textLength) {
                throw new IllegalArgumentException("rule " + identifier + ": required phrase " + span
                        + " overlaps another or lies outside the text of length " + textLength);
            }
            previousEnd = span.end();
        }
    }
}

package org.licenselens.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.clause.ClauseAnalyzer;
import org.licenselens.extract.ExtractedText;
import org.licenselens.extract.Extraction;
import org.licenselens.extract.ExtractionFailure;
import org.licenselens.extract.TextExtractor;
import org.licenselens.index.LicenseIndex;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.Detection;
import org.licenselens.match.LicenseDetector;
import org.licenselens.match.LicenseMatch;
import org.licenselens.match.MatchBudgetExceeded;
import org.licenselens.match.MatchKind;
import org.licenselens.text.LineMap;

/**
 * The per-file pipeline: read → detect → clauses → verdict. {@code identify} and {@code scan} both run their files
 * through it, on {@link Workers}. It owns the rule that OSI approval vouches for the approved text (restriction
 * flags inside a verbatim match of an OSI-approved license are dropped), in one place.
 *
 * <p>Thread-safe: analyse files from as many threads as you like. Never throws for a problem with a file.
 */
public final class FileAnalysis {
    private final LicenseIndex index;
    private final LicenseDetector detector;
    private final TextExtractor extractor;
    // Loading the OpenNLP models costs a few hundred milliseconds: only runs that meet a license document pay it.
    private final Supplier<ClauseAnalyzer> clauseAnalyzer = Lazy.of(ClauseAnalyzer::shared);
    // A verbatim corpus license's flags are a property of its text: computed once, they spare most license files
    // the models altogether.
    private final ReferenceClauses referenceClauses;

    /** How long matching one file may take: past it, the file is reported as not analysed, and why. */
    private final Duration matchBudget;

    /** A pipeline over {@code index}, reading files with {@code extractor}, matching within the default budget. */
    public FileAnalysis(LicenseIndex index, TextExtractor extractor) {
        this(index, extractor, LicenseDetector.DEFAULT_BUDGET);
    }

    /** A pipeline over {@code index}, reading files with {@code extractor}, matching each within {@code matchBudget}. */
    public FileAnalysis(LicenseIndex index, TextExtractor extractor, Duration matchBudget) {
        this.matchBudget = Objects.requireNonNull(matchBudget, "matchBudget");
        this.index = Objects.requireNonNull(index, "index");
        this.detector = new LicenseDetector(index);
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.referenceClauses = new ReferenceClauses(clauseAnalyzer, index.folder());
    }

    /** Returns the index of known licenses, for the engine's steps above the pipeline (scan). */
    public LicenseIndex index() {
        return index;
    }

    /** Returns the detector, for the engine's steps above the pipeline that hold text of their own (manifests). */
    public LicenseDetector detector() {
        return detector;
    }

    /** Reads the text of {@code file} within the configured limits. Never throws for a problem with the file. */
    public Extraction read(Path file) {
        return extractor.extract(file);
    }

    /** Detects the licenses in {@code text}. */
    public Detection detect(String text) {
        return detector.detect(text);
    }

    /** Reads, detects and, as {@code clauses} says, flags the clauses of {@code file}: its result, built once. */
    public FileResult analyse(FilePath file, ClauseMode clauses) {
        return findings(read(file.file()), clauses).at(file.display());
    }

    /** What the rest of the pipeline finds in {@code extraction}: its failure, or the findings of its text. */
    public Findings findings(Extraction extraction, ClauseMode clauses) {
        return switch (extraction) {
            case ExtractionFailure failure -> Findings.failure(failure.mediaType(), failure.message());
            case ExtractedText text -> findings(text, clauses);
        };
    }

    /**
     * Detects the licenses in text already read and, as {@code clauses} says, flags its clauses. The text may
     * have been edited after reading, as long as its lines stay where they were (a scan blanks a README outside its
     * license section).
     */
    public Findings findings(ExtractedText text, ClauseMode clauses) {
        Objects.requireNonNull(clauses, "clauses");
        try {
            // One line map per text, for the matcher and the clause segmenter both.
            LineMap lines = LineMap.of(text.text());
            Detection detection = detector.detect(text.text(), lines, matchBudget);
            ClauseAnalysis analysis = !wantsClauses(clauses, detection) ? null
                    : clauses == ClauseMode.ALL ? clauses(text.text(), lines, detection)
                    : clauses(text.text(), lines, detection, LicenseLines.of(detection, text.text(), lines));
            return new Findings(text.kind(), text.mediaType(), null, detection, analysis);
        } catch (MatchBudgetExceeded e) {
            return new Findings(text.kind(), text.mediaType(), e.getMessage(), null, null);
        } catch (RuntimeException e) {
            return new Findings(text.kind(), text.mediaType(), "internal error while matching: " + e, null, null);
        }
    }

    /**
     * Analyses every one of {@code files} on all processors and returns the results in the order of {@code files}.
     *
     * <p>Threads take the next file as they finish one, largest file first: the long texts start early instead of
     * leaving one thread busy with the last of them while the others wait. When the files include documents (by
     * name), the document parser is loaded on the side while the first files are matched.
     */
    public List<FileResult> analyseAll(List<FilePath> files, ClauseMode clauses) {
        Objects.requireNonNull(clauses, "clauses");
        List<FilePath> paths = List.copyOf(files);
        if (paths.size() > 1 && paths.stream().anyMatch(p -> TextExtractor.looksLikeDocument(p.file()))) {
            extractor.prepareDocumentParser();
        }
        long[] sizes = new long[paths.size()];
        Integer[] order = new Integer[paths.size()];
        for (int i = 0; i < order.length; i++) {
            sizes[i] = sizeOrZero(paths.get(i).file());
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
        FileResult[] results = new FileResult[paths.size()];
        Workers.run(Runtime.getRuntime().availableProcessors(), order.length,
                i -> results[order[i]] = analyse(paths.get(order[i]), clauses));
        return List.of(results);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0; // analyse() reports the problem
        }
    }

    private static boolean wantsClauses(ClauseMode mode, Detection detection) {
        return switch (mode) {
            case NONE -> false;
            case ALL -> true;
            case LICENSE_DOCUMENTS -> detection.unknown() || detection.matches().stream()
                    .anyMatch(m -> m.kind() == MatchKind.FULL || m.kind() == MatchKind.NEAR);
        };
    }

    /**
     * Flags the clauses of {@code text}, judging openness with the metadata of its main license. OSI approval
     * vouches for the approved text only: the lines of verbatim matches of approved licenses.
     */
    public ClauseAnalysis clauses(String text, Detection detection) {
        return clauses(text, LineMap.of(text), detection);
    }

    private ClauseAnalysis clauses(String text, LineMap lines, Detection detection) {
        return clauses(text, lines, detection, text);
    }

    /**
     * Flags the clauses of {@code text} found in {@code analysed}: the text itself, or the text with the lines that
     * hold no license blanked ({@link LicenseLines}), lines and offsets unchanged.
     */
    private ClauseAnalysis clauses(String text, LineMap lines, Detection detection, String analysed) {
        LicenseInfo main = mainLicense(detection).orElse(null);
        List<ClauseAnalyzer.LineRange> approved = approvedLines(detection);
        ClauseAnalysis analysis = referenceClauses.analysis(text, detection, main, approved).orElseGet(() -> {
            referenceClauses.prime(licenseTexts(detection));
            return fresh(analysed, lines, main, approved);
        });
        Optional<LicenseMatch> near = mainMatch(detection).filter(m -> m.kind() == MatchKind.NEAR);
        return near.isPresent() && main != null ? AddedTerms.judge(analysis, text, near.get(), main, approved)
                : analysis;
    }

    /**
     * The corpus licenses whose clauses the file most likely shares: those of its full and near matches (of the
     * license's text or of a rule holding a variant of it) and the closest licenses to its unknown regions.
     */
    private List<LicenseInfo> licenseTexts(Detection detection) {
        return java.util.stream.Stream.concat(
                        detection.matches().stream()
                                .filter(m -> (m.kind() == MatchKind.FULL || m.kind() == MatchKind.NEAR)
                                        && m.keys().size() == 1)
                                .map(m -> m.keys().getFirst()),
                        detection.closest().stream().map(Detection.Closest::key))
                .distinct()
                .flatMap(key -> index.license(key).stream())
                .toList();
    }

    /** Like {@link #clauses(String, Detection)} but always analysed afresh, never from a corpus license's flags. */
    ClauseAnalysis freshClauses(String text, Detection detection) {
        return fresh(text, LineMap.of(text), mainLicense(detection).orElse(null), approvedLines(detection));
    }

    /** Whether {@link #clauses(String, Detection)} takes {@code text}'s flags from its corpus license's. */
    boolean fromReference(String text, Detection detection) {
        LicenseInfo main = mainLicense(detection).orElse(null);
        return referenceClauses.analysis(text, detection, main, approvedLines(detection)).isPresent();
    }

    private ClauseAnalysis fresh(String text, LineMap lines, LicenseInfo main,
            List<ClauseAnalyzer.LineRange> approved) {
        return clauseAnalyzer.get().analyze(text, lines, main == null ? null : main.category(),
                main != null && main.osiApproved(), approved);
    }

    private List<ClauseAnalyzer.LineRange> approvedLines(Detection detection) {
        return detection.matches().stream()
                .filter(m -> m.kind() == MatchKind.FULL && m.keys().size() == 1 && osiApproved(m.keys().getFirst()))
                .map(m -> new ClauseAnalyzer.LineRange(m.startLine(), m.endLine()))
                .toList();
    }

    /** Flags the clauses of corpus license {@code info}'s own text: all of it is the approved text, if approved. */
    public ClauseAnalysis clauses(String text, LicenseInfo info) {
        List<ClauseAnalyzer.LineRange> approved = info.osiApproved()
                ? List.of(new ClauseAnalyzer.LineRange(1, (int) text.lines().count() + 1)) : List.of();
        return clauseAnalyzer.get().analyze(text, info.category(), info.osiApproved(), approved);
    }

    private boolean osiApproved(String key) {
        return index.license(key).map(LicenseInfo::osiApproved).orElse(false);
    }

    /** The license of the longest full or near match, when it names a single license. */
    public Optional<LicenseInfo> mainLicense(Detection detection) {
        return mainMatch(detection)
                .flatMap(m -> m.keys().size() == 1 ? index.license(m.keys().getFirst()) : Optional.empty());
    }

    /** The longest full or near match: the license text the file holds, if it holds one. */
    private static Optional<LicenseMatch> mainMatch(Detection detection) {
        return detection.matches().stream()
                .filter(m -> m.kind() == MatchKind.FULL || m.kind() == MatchKind.NEAR)
                .max(Comparator.comparingInt(LicenseMatch::matchedLength));
    }
}

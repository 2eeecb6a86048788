package org.licenselens;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.clause.ClauseAnalyzer;
import org.licenselens.corpus.CorpusLocation;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.Detection;
import org.licenselens.match.LicenseMatch;
import org.licenselens.match.MatchKind;
import org.licenselens.extract.ExtractedText;
import org.licenselens.extract.Extraction;
import org.licenselens.extract.ExtractionFailure;
import org.licenselens.extract.TextExtractor;
import org.licenselens.index.IndexStore;
import org.licenselens.index.LicenseIndex;
import org.licenselens.match.LicenseDetector;

/**
 * The entry point: identifies the licenses in files.
 *
 * <pre>{@code
 * try (LicenseLens lens = LicenseLens.open(Options.defaults())) {
 *     FileResult result = lens.identify(Path.of("LICENSE"), "LICENSE");
 * }
 * }</pre>
 *
 * <p>Opening builds the license index on first use (once per corpus change) and is otherwise fast.
 * Thread-safe: identify files from as many threads as you like.
 */
public final class LicenseLens implements Closeable {
    private final LicenseIndex index;
    private final LicenseDetector detector;
    private final TextExtractor extractor;
    // Loading the OpenNLP models costs a few hundred milliseconds: only runs that meet a license document pay it.
    private final Supplier<ClauseAnalyzer> clauseAnalyzer = memoize(ClauseAnalyzer::loadDefault);

    /** Which files get their clauses analysed. */
    public enum ClauseMode {
        /** None: identification only. */
        NONE,
        /** Files that hold a license text (full, near or unknown), not mere notices in source files. */
        LICENSE_DOCUMENTS,
        /** Every readable file. */
        ALL
    }

    private LicenseLens(LicenseIndex index, TextExtractor extractor) {
        this.index = index;
        this.detector = new LicenseDetector(index);
        this.extractor = extractor;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = supplier.get();
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }

    /** Opens licenselens over the corpus named by {@code options}, building its index if needed. */
    public static LicenseLens open(Options options) {
        CorpusLocation location = CorpusLocation.resolve(options.corpus(), options.extraLicenseDirs());
        Path indexRoot = options.indexRoot() != null ? options.indexRoot() : IndexStore.defaultRoot();
        return new LicenseLens(IndexStore.open(location, indexRoot, options.log()), new TextExtractor(options.limits()));
    }

    /** Returns the index of known licenses. */
    public LicenseIndex index() {
        return index;
    }

    /** Returns the detector, for callers that already hold text. */
    public LicenseDetector detector() {
        return detector;
    }

    /**
     * Identifies the licenses in {@code file}. Never throws for a problem with the file: that becomes the
     * result's {@code error}.
     *
     * @param file        the file to read
     * @param displayPath how reports should name it
     */
    public FileResult identify(Path file, String displayPath) {
        return identify(file, displayPath, ClauseMode.NONE);
    }

    /**
     * Identifies the licenses in {@code file} and, as {@code clauses} says, flags its risky clauses.
     *
     * @param file        the file to read
     * @param displayPath how reports should name it
     * @param clauses     which files get clause analysis
     */
    public FileResult identify(Path file, String displayPath, ClauseMode clauses) {
        return switch (read(file)) {
            case ExtractionFailure failure -> new FileResult(displayPath, null, failure.mediaType(), failure.message(), null);
            case ExtractedText text -> identify(text, displayPath, clauses);
        };
    }

    /**
     * Reads the text of {@code file} within the configured limits, for callers that look at the text themselves
     * before identifying it (a scan reads manifests and model cards). Never throws for a problem with the file.
     */
    public Extraction read(Path file) {
        return extractor.extract(file);
    }

    /**
     * Identifies the licenses in text already read by {@link #read}; the text may have been edited first, as
     * long as its lines stay where they were (a scan blanks a README outside its license section).
     */
    public FileResult identify(ExtractedText text, String displayPath, ClauseMode clauses) {
        try {
            Detection detection = detector.detect(text.text());
            ClauseAnalysis analysis = wantsClauses(clauses, detection) ? analyse(text.text(), detection) : null;
            return new FileResult(displayPath, text.kind(), text.mediaType(), null, detection, analysis);
        } catch (RuntimeException e) {
            return new FileResult(displayPath, text.kind(), text.mediaType(), "internal error while matching: " + e, null);
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

    /** Flags the clauses of {@code text}, judging openness with the metadata of its main license. */
    public ClauseAnalysis analyse(String text, Detection detection) {
        LicenseInfo main = detection.matches().stream()
                .filter(m -> m.kind() == MatchKind.FULL || m.kind() == MatchKind.NEAR)
                .max(java.util.Comparator.comparingInt(LicenseMatch::matchedLength))
                .flatMap(m -> m.keys().size() == 1 ? index.license(m.keys().getFirst()) : java.util.Optional.empty())
                .orElse(null);
        return clauseAnalyzer.get().analyze(text, main == null ? null : main.category(),
                main != null && main.osiApproved());
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}

package org.licenselens;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.licenselens.corpus.CorpusLocation;
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

    private LicenseLens(LicenseIndex index, TextExtractor extractor) {
        this.index = index;
        this.detector = new LicenseDetector(index);
        this.extractor = extractor;
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
        Extraction extraction = extractor.extract(file);
        return switch (extraction) {
            case ExtractionFailure failure -> new FileResult(displayPath, null, failure.mediaType(), failure.message(), null);
            case ExtractedText text -> {
                try {
                    yield new FileResult(displayPath, text.kind(), text.mediaType(), null, detector.detect(text.text()));
                } catch (RuntimeException e) {
                    yield new FileResult(displayPath, text.kind(), text.mediaType(),
                            "internal error while matching: " + e, null);
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}

package org.licenselens;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.clause.ClauseAnalyzer;
import org.licenselens.compare.LicenseComparer;
import org.licenselens.compare.LicenseComparison;
import org.licenselens.compare.LicenseDocument;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.corpus.HuggingFaceLicenses;
import org.licenselens.corpus.LicenseEntry;
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
    private final Supplier<LicenseComparer> comparer = memoize(LicenseComparer::new);

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

    /**
     * Identifies every one of {@code files} on all processors and returns the results in the order of
     * {@code files}; each file is named by its path as given. Never throws for a problem with a file.
     *
     * <p>Threads take the next file as they finish one, largest file first: the long texts start early instead
     * of leaving one thread busy with the last of them while the others wait. When the files include documents
     * (by name), the document parser is loaded on the side while the first files are matched.
     *
     * @param files   the files to read
     * @param clauses which files get clause analysis
     */
    public List<FileResult> identifyAll(List<Path> files, ClauseMode clauses) {
        Objects.requireNonNull(clauses, "clauses");
        List<Path> paths = List.copyOf(files);
        if (paths.size() > 1 && paths.stream().anyMatch(TextExtractor::looksLikeDocument)) {
            extractor.prepareDocumentParser();
        }
        long[] sizes = new long[paths.size()];
        Integer[] order = new Integer[paths.size()];
        for (int i = 0; i < order.length; i++) {
            sizes[i] = sizeOrZero(paths.get(i));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
        FileResult[] results = new FileResult[paths.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
                Path file = paths.get(order[i]);
                results[order[i]] = identify(file, file.toString(), clauses);
            }
        };
        runOnThreads(worker, Math.min(paths.size(), Runtime.getRuntime().availableProcessors()));
        return List.of(results);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0; // identify() reports the problem
        }
    }

    /** Runs {@code worker} on the calling thread and {@code threads - 1} others; rethrows what any of them threw. */
    private static void runOnThreads(Runnable worker, int threads) {
        List<Thread> helpers = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 1; t < threads; t++) {
            helpers.add(Thread.ofPlatform().name("licenselens-identify-" + t).daemon().start(() -> {
                try {
                    worker.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        if (thrown != null) {
            throw new IllegalStateException("identification failed", thrown);
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
        LicenseInfo main = mainLicense(detection).orElse(null);
        // OSI approval vouches for the approved text only: the lines of verbatim matches of approved licenses.
        List<ClauseAnalyzer.LineRange> approved = detection.matches().stream()
                .filter(m -> m.kind() == MatchKind.FULL && m.keys().size() == 1
                        && index.license(m.keys().getFirst()).map(LicenseInfo::osiApproved).orElse(false))
                .map(m -> new ClauseAnalyzer.LineRange(m.startLine(), m.endLine()))
                .toList();
        return clauseAnalyzer.get().analyze(text, main == null ? null : main.category(),
                main != null && main.osiApproved(), approved);
    }

    /**
     * Compares the licenses {@code names}, each a file path, a corpus key or a Hugging Face id (see
     * {@link #compareDocument}), side by side.
     *
     * @throws IllegalArgumentException if fewer than two names are given, or a name is none of the three
     * @throws IllegalStateException    if a named file cannot be read
     */
    public LicenseComparison compare(List<String> names) {
        if (names.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two licenses, got " + names.size());
        }
        // Names resolve one by one, so a bad argument is reported first-in-order; reading and analysing the
        // texts then runs in parallel, and the first failure in argument order wins, so errors are deterministic.
        List<Supplier<LicenseDocument>> loaders = names.stream().map(this::resolve).toList();
        List<Loaded> loaded = loaders.parallelStream().map(Loaded::of).toList();
        List<LicenseDocument> documents = new ArrayList<>();
        for (Loaded result : loaded) {
            if (result.failure() != null) {
                throw result.failure();
            }
            documents.add(result.document());
        }
        return comparer.get().compare(documents);
    }

    /**
     * Reads one license to compare. {@code name} is tried as, in this order: an existing file (read and identified
     * like {@code identify} does), a corpus license key ({@code llama-3.1-license-2024}), a Hugging Face license
     * id ({@code llama3.1}). A corpus license's lines count from the first line after its front matter.
     *
     * @throws IllegalArgumentException naming {@code name} if it is none of the three
     * @throws IllegalStateException    if {@code name} is a file that cannot be read (binary, too large, ...)
     */
    public LicenseDocument compareDocument(String name) {
        return resolve(name).get();
    }

    /** A document read for comparison, or why it could not be. */
    private record Loaded(LicenseDocument document, RuntimeException failure) {
        static Loaded of(Supplier<LicenseDocument> loader) {
            try {
                return new Loaded(loader.get(), null);
            } catch (RuntimeException e) {
                return new Loaded(null, e);
            }
        }
    }

    /** Decides what {@code name} is, cheaply, and returns the costly step that reads and analyses it. */
    private Supplier<LicenseDocument> resolve(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an empty name is not a license file, corpus key or Hugging Face id");
        }
        Path file = asExistingPath(name);
        if (file != null) {
            return () -> fileDocument(name, file);
        }
        Optional<LicenseInfo> known = index.license(name).or(() -> index.license(name.toLowerCase(Locale.ROOT)));
        if (known.isPresent()) {
            return () -> corpusDocument(name, LicenseDocument.Origin.CORPUS_KEY, known.get());
        }
        Optional<LicenseInfo> viaHub = HuggingFaceLicenses.defaults().keyForId(name).flatMap(index::license);
        if (viaHub.isPresent()) {
            return () -> corpusDocument(name, LicenseDocument.Origin.HUGGING_FACE_ID, viaHub.get());
        }
        throw new IllegalArgumentException("'" + name + "' is not an existing file, a corpus license key "
                + "(e.g. llama-3.1-license-2024) or a Hugging Face license id (e.g. llama3.1)");
    }

    /** Returns those of {@code names} that {@link #compare} reads as files (before keys and ids), in order. */
    public static List<Path> compareFiles(List<String> names) {
        return names.stream().map(LicenseLens::asExistingPath).filter(Objects::nonNull).toList();
    }

    private static Path asExistingPath(String name) {
        try {
            Path path = Path.of(name);
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private LicenseDocument fileDocument(String name, Path file) {
        return switch (extractor.extract(file)) {
            case ExtractionFailure failure -> throw new IllegalStateException("cannot compare " + name + ": "
                    + failure.message());
            case ExtractedText text -> {
                Detection detection = detector.detect(text.text());
                Optional<LicenseInfo> main = mainLicense(detection);
                yield new LicenseDocument(name, LicenseDocument.Origin.FILE, main.map(LicenseInfo::key).orElse(null),
                        main.map(LicenseInfo::name).orElse(null), text.text(), analyse(text.text(), detection));
            }
        };
    }

    private LicenseDocument corpusDocument(String name, LicenseDocument.Origin origin, LicenseInfo info) {
        LicenseEntry entry = CorpusLoader.loadLicense(Path.of(info.source()));
        ClauseAnalysis analysis = clauseAnalyzer.get().analyze(entry.text(), info.category(), info.osiApproved(),
                info.osiApproved() ? List.of(new ClauseAnalyzer.LineRange(1, (int) entry.text().lines().count() + 1))
                        : List.of());
        return new LicenseDocument(name, origin, info.key(), info.name(), entry.text(), analysis);
    }

    private Optional<LicenseInfo> mainLicense(Detection detection) {
        return detection.matches().stream()
                .filter(m -> m.kind() == MatchKind.FULL || m.kind() == MatchKind.NEAR)
                .max(Comparator.comparingInt(LicenseMatch::matchedLength))
                .flatMap(m -> m.keys().size() == 1 ? index.license(m.keys().getFirst()) : Optional.empty());
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}

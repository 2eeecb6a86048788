package org.licenselens.analysis;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.licenselens.compare.LicenseComparer;
import org.licenselens.compare.LicenseComparison;
import org.licenselens.compare.LicenseDocument;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.corpus.HuggingFaceLicenses;
import org.licenselens.corpus.LicenseEntry;
import org.licenselens.extract.ExtractedText;
import org.licenselens.extract.ExtractionFailure;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.Detection;

/**
 * Reads the licenses {@code compare} is given, each a file (through the pipeline), a corpus key or a Hugging Face
 * id, and compares them side by side. Thread-safe.
 */
public final class Comparisons {
    private final FileAnalysis analysis;
    private final Supplier<LicenseComparer> comparer = Lazy.of(LicenseComparer::new);

    /** Comparisons of texts read and analysed by {@code analysis}. */
    public Comparisons(FileAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * Compares the licenses {@code names} side by side (see {@link #document} for what a name may be).
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
    public LicenseDocument document(String name) {
        return resolve(name).get();
    }

    /** Returns those of {@code names} that {@link #compare} reads as files (before keys and ids), in order. */
    public static List<Path> files(List<String> names) {
        return names.stream().map(Comparisons::asExistingPath).filter(Objects::nonNull).toList();
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
        var index = analysis.index();
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

    private static Path asExistingPath(String name) {
        try {
            Path path = Path.of(name);
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private LicenseDocument fileDocument(String name, Path file) {
        return switch (analysis.read(file)) {
            case ExtractionFailure failure -> throw new IllegalStateException("cannot compare " + name + ": "
                    + failure.message());
            case ExtractedText text -> {
                Detection detection = analysis.detect(text.text());
                Optional<LicenseInfo> main = analysis.mainLicense(detection);
                yield new LicenseDocument(name, LicenseDocument.Origin.FILE, main.map(LicenseInfo::key).orElse(null),
                        main.map(LicenseInfo::name).orElse(null), text.text(), analysis.clauses(text.text(), detection));
            }
        };
    }

    private LicenseDocument corpusDocument(String name, LicenseDocument.Origin origin, LicenseInfo info) {
        LicenseEntry entry = CorpusLoader.loadLicense(Path.of(info.source()));
        return new LicenseDocument(name, origin, info.key(), info.name(), entry.text(),
                analysis.clauses(entry.text(), info));
    }
}

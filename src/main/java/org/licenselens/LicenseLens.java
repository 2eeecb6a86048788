package org.licenselens;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.licenselens.analysis.ClauseMode;
import org.licenselens.analysis.Comparisons;
import org.licenselens.analysis.FileAnalysis;
import org.licenselens.analysis.FilePath;
import org.licenselens.analysis.FileResult;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.compare.LicenseComparison;
import org.licenselens.compare.LicenseDocument;
import org.licenselens.corpus.CorpusLocation;
import org.licenselens.extract.TextExtractor;
import org.licenselens.index.IndexStore;
import org.licenselens.index.LicenseCatalog;
import org.licenselens.index.LicenseIndex;
import org.licenselens.match.Detection;
import org.licenselens.scan.HubLineage;
import org.licenselens.openness.ReleaseAssessor;
import org.licenselens.openness.ReleaseOpenness;
import org.licenselens.scan.ReviewItem;
import org.licenselens.scan.ScanListener;
import org.licenselens.scan.ScanOptions;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.Scanner;

/**
 * The one front door: identifies the licenses in files, flags their clauses, scans trees and compares licenses.
 * Every method delegates to the per-file pipeline ({@code analysis}), the scan or the comparison.
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
    private final FileAnalysis analysis;
    private final Comparisons comparisons;
    // Built on the first openness question: its rules are JSON read with Jackson's data binding, a quarter of a
    // second of class loading that an identify run never needs.
    private volatile ReleaseAssessor openness;

    private LicenseLens(LicenseIndex index, TextExtractor extractor) {
        this.index = index;
        this.analysis = new FileAnalysis(index, extractor);
        this.comparisons = new Comparisons(analysis);
    }

    /** Opens licenselens over the corpus named by {@code options}, building its index if needed. */
    public static LicenseLens open(Options options) {
        CorpusLocation location = CorpusLocation.resolve(options.corpus(), options.extraLicenseDirs());
        Path indexRoot = options.indexRoot() != null ? options.indexRoot() : IndexStore.defaultRoot();
        return new LicenseLens(IndexStore.open(location, indexRoot, options.log()), new TextExtractor(options.limits()));
    }

    /** Returns the known licenses' metadata, as reports and policies need it. */
    public LicenseCatalog licenses() {
        return index;
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
        return analysis.analyse(new FilePath(file, displayPath), clauses);
    }

    /**
     * Identifies every one of {@code files} on all processors, largest first, and returns the results in the order
     * of {@code files}; each file is named by its path as given. Never throws for a problem with a file.
     */
    public List<FileResult> identifyAll(List<Path> files, ClauseMode clauses) {
        return analysis.analyseAll(files.stream().map(FilePath::asGiven).toList(), clauses);
    }

    /** Identifies the licenses in text already in hand. */
    public Detection detect(String text) {
        return analysis.detect(text);
    }

    /** Identifies the licenses in {@code file} and flags the clauses of every readable file: {@code clauses}. */
    public FileResult clauses(Path file, String displayPath) {
        return identify(file, displayPath, ClauseMode.ALL);
    }

    /** Flags the clauses of {@code text}, judging openness with the metadata of its main license in {@code detection}. */
    public ClauseAnalysis analyse(String text, Detection detection) {
        return analysis.clauses(text, detection);
    }

    /**
     * Scans {@code options.root()}: a folder tree or a single file.
     *
     * @throws IllegalArgumentException if the root does not exist or cannot be read at all
     */
    public ScanResult scan(ScanOptions options, ScanListener listener) {
        return Scanner.scan(analysis, options, listener);
    }

    /**
     * The lineage rules for a hub job ({@code licenselens hub}) that reads each model apart and joins them by id.
     *
     * @param baseModels the user's mapping of base models to licenses ({@code --base-models}), or {@code null}
     */
    public HubLineage hubLineage(Path baseModels) {
        return new HubLineage(analysis, baseModels);
    }

    /**
     * Judges the openness of the model release {@code result} scanned: its MOF components and their licenses, the
     * MOF class it reaches (and what each higher class lacks), OSAID 1.0 conformance, with evidence.
     *
     * @throws IllegalArgumentException if the scanned root is not a folder
     */
    public ReleaseOpenness openness(ScanResult result) {
        Path root = Path.of(result.root());
        if (!java.nio.file.Files.isDirectory(root)) {
            throw new IllegalArgumentException("release openness needs a folder, not a file: " + root);
        }
        return assessor().assess(result, root);
    }

    private ReleaseAssessor assessor() {
        ReleaseAssessor assessor = openness;
        if (assessor == null) {
            synchronized (this) {
                if (openness == null) {
                    openness = new ReleaseAssessor(analysis, index);
                }
                assessor = openness;
            }
        }
        return assessor;
    }

    /** Scans the model folder {@code folder} and judges its openness: one model's result, as a hub counts it. */
    public ReleaseOpenness openness(Path folder) {
        return openness(scan(ScanOptions.of(folder), ScanListener.NONE));
    }

    /** Judges each of the model folders {@code folders}, in order: {@code compare} of releases. */
    public List<ReleaseOpenness> compareReleases(List<Path> folders) {
        return folders.stream().map(this::openness).toList();
    }

    /** Scans {@code options.root()} and returns the ranked list of what a person must look at. */
    public List<ReviewItem> review(ScanOptions options) {
        return scan(options, ScanListener.NONE).review();
    }

    /**
     * Compares the licenses {@code names}, each a file path, a corpus key or a Hugging Face id (see
     * {@link #compareDocument}), side by side.
     *
     * @throws IllegalArgumentException if fewer than two names are given, or a name is none of the three
     * @throws IllegalStateException    if a named file cannot be read
     */
    public LicenseComparison compare(List<String> names) {
        return comparisons.compare(names);
    }

    /**
     * Reads one license to compare. {@code name} is tried as, in this order: an existing file (read and identified
     * like {@code identify} does), a corpus license key ({@code llama-3.1-license-2024}), a Hugging Face license
     * id ({@code llama3.1}).
     *
     * @throws IllegalArgumentException naming {@code name} if it is none of the three
     * @throws IllegalStateException    if {@code name} is a file that cannot be read (binary, too large, ...)
     */
    public LicenseDocument compareDocument(String name) {
        return comparisons.document(name);
    }

    /** Returns those of {@code names} that {@link #compare} reads as files (before keys and ids), in order. */
    public static List<Path> compareFiles(List<String> names) {
        return Comparisons.files(names);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}

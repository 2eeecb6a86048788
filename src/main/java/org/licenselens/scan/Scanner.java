package org.licenselens.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.licenselens.analysis.ClauseMode;
import org.licenselens.analysis.ContentCache;
import org.licenselens.analysis.FileAnalysis;
import org.licenselens.analysis.FileResult;
import org.licenselens.analysis.Findings;
import org.licenselens.analysis.Workers;
import org.licenselens.corpus.BaseModelRegistry;
import org.licenselens.corpus.HuggingFaceLicenses;
import org.licenselens.extract.ExtractedText;
import org.licenselens.extract.Extraction;
import org.licenselens.extract.ExtractionFailure;
import org.licenselens.extract.FailureReason;
import org.licenselens.match.Difference;

/**
 * Scans a folder tree or a single file.
 *
 * <pre>{@code
 * ScanResult result = lens.scan(ScanOptions.of(Path.of("my-model")), ScanListener.NONE);
 * }</pre>
 *
 * <p>The walk runs first, on one thread, and fixes the order of everything; files are then analysed on
 * {@link ScanOptions#threads()} threads of the pipeline's {@link Workers}, each result stored at its walk position, so the report is the same
 * byte for byte whatever the timing. A file's text is dropped as soon as it is analysed: what stays is its
 * compact result, shared by every file with the same text (each distinct text is identified once). Thread-safe; a scan never throws for a problem with a file.
 */
public final class Scanner {
    private final FileAnalysis analysis;
    private final Resolver resolver;
    private final ReviewQueue.UnknownDiffs diffs;
    private final ContentCache<Analysed> analysed = new ContentCache<>();
    /** The lineage ({@code base_model}) of each model card, by display path; filled by the worker threads. */
    private final Map<String, LineageCard> cards = new ConcurrentHashMap<>();
    private final Lineage lineage;

    /**
     * What a hub job's scans of each model folder share: one lineage (each base license's terms analysed once) and
     * the findings of license, notice and policy texts (a hub holds the same Llama LICENSE thousands of times).
     * READMEs are not shared: each is its own text, and keeping them all would grow with the hub.
     */
    static final class Shared {
        final Lineage lineage;
        final ContentCache<Analysed> licenseTexts = new ContentCache<>();

        Shared(Lineage lineage) {
            this.lineage = lineage;
        }
    }

    private final ContentCache<Analysed> licenseTexts;

    private Scanner(FileAnalysis analysis, ScanOptions options, Shared shared) {
        this.licenseTexts = shared != null ? shared.licenseTexts : analysed;
        Lineage lineage = shared != null ? shared.lineage : null;
        this.analysis = analysis;
        this.resolver = new Resolver(analysis.index(), analysis.detector(), HuggingFaceLicenses.defaults());
        this.diffs = new ReviewQueue.UnknownDiffs(analysis.index());
        BaseModelRegistry mapping = options.baseModels() == null ? null : BaseModelRegistry.read(options.baseModels());
        this.lineage = lineage != null ? lineage : new Lineage(analysis, resolver, BaseModelRegistry.defaults(), mapping);
    }

    /**
     * Scans {@code options.root()}.
     *
     * @throws IllegalArgumentException if the root does not exist or cannot be read at all
     */
    public static ScanResult scan(FileAnalysis analysis, ScanOptions options, ScanListener listener) {
        return scan(analysis, options, listener, null);
    }

    /**
     * Scans with what earlier scans of the same hub job found ({@link Shared}), or afresh when {@code null}.
     */
    static ScanResult scan(FileAnalysis analysis, ScanOptions options, ScanListener listener, Shared shared) {
        List<Walker.Entry> entries;
        try {
            entries = Walker.walk(options.root());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file or folder: " + options.root());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot scan " + options.root() + ": " + Walker.message(e));
        }
        if (!options.excluded().isEmpty()) {
            entries = entries.stream().filter(e -> !excluded(options, e)).toList();
        }
        if (!options.ignore().isEmpty()) {
            entries = ignored(options.ignore(), entries);
        }
        return new Scanner(analysis, options, shared).analyse(options, entries, listener);
    }

    private static boolean matches(java.nio.file.PathMatcher matcher, String display) {
        try {
            return matcher.matches(Path.of(display));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Replaces the entries an ignore pattern matches with {@link SkipReason#IGNORED} skips. */
    private static List<Walker.Entry> ignored(List<String> patterns, List<Walker.Entry> entries) {
        List<java.nio.file.PathMatcher> matchers = patterns.stream()
                .map(p -> java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + (p.endsWith("/") ? p + "**" : p)))
                .toList();
        List<Walker.Entry> kept = new ArrayList<>(entries.size());
        for (Walker.Entry e : entries) {
            String display = e.display();
            String plain = display.endsWith("/") ? display.substring(0, display.length() - 1) : display;
            boolean ignore = !plain.isEmpty() && matchers.stream().anyMatch(m -> matches(m, plain));
            kept.add(ignore ? new Walker.Skip(new Skipped(display, SkipReason.IGNORED, null)) : e);
        }
        return kept;
    }

    private static boolean excluded(ScanOptions options, Walker.Entry entry) {
        Path path = switch (entry) {
            case Walker.Candidate c -> c.path();
            case Walker.Plain p -> p.path();
            case Walker.Skip s -> null;
            case Walker.Failure f -> null;
        };
        return path != null && options.excluded().contains(path.toAbsolutePath().normalize());
    }

    /** Analyses entries walked earlier: lets a test change the tree between the walk and the reads. */
    static ScanResult analyseForTest(FileAnalysis analysis, ScanOptions options, List<Walker.Entry> entries) {
        return new Scanner(analysis, options, null).analyse(options, entries, ScanListener.NONE);
    }

    /** What the analysis of one entry gave. */
    private record Outcome(ScannedFile file, Skipped skipped, List<Declaration> declarations, List<Difference> diff) {
        static Outcome skip(Skipped s) {
            return new Outcome(null, s, List.of(), List.of());
        }
    }

    private ScanResult analyse(ScanOptions options, List<Walker.Entry> entries, ScanListener listener) {
        Outcome[] outcomes = new Outcome[entries.size()];
        List<Integer> work = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Walker.Entry entry = entries.get(i);
            switch (entry) {
                case Walker.Candidate c -> work.add(i);
                case Walker.Plain p -> {
                    if (options.allFiles()) {
                        work.add(i);
                    } else {
                        outcomes[i] = Outcome.skip(new Skipped(p.display(), SkipReason.NOT_LICENSE_FILE, null));
                    }
                }
                case Walker.Skip s -> outcomes[i] = Outcome.skip(s.skipped());
                case Walker.Failure f -> outcomes[i] = new Outcome(new ScannedFile(f.role(),
                        FileResult.failure(f.display(), null, f.message())), null, List.of(), List.of());
            }
        }
        listener.started(work.size());
        AtomicInteger done = new AtomicInteger();
        Workers.run(options.threads(), work.size(), k -> {
            int i = work.get(k);
            outcomes[i] = analyse(entries.get(i), null);
            listener.fileDone(done.incrementAndGet());
        });
        followLinks(options, entries, outcomes);
        listener.finished();
        return assemble(options, outcomes);
    }

    private Outcome analyse(Walker.Entry entry, FileRole forced) {
        Path path;
        String display;
        FileRole role;
        switch (entry) {
            case Walker.Candidate c -> {
                path = c.path();
                display = c.display();
                role = forced != null ? forced : c.role();
            }
            case Walker.Plain p -> {
                path = p.path();
                display = p.display();
                role = forced != null ? forced : FileRole.SOURCE;
            }
            default -> throw new IllegalArgumentException("not a file: " + entry.display());
        }
        Extraction extraction = analysis.read(path);
        if (extraction instanceof ExtractionFailure failure) {
            if (role == FileRole.SOURCE && failure.reason() == FailureReason.BINARY) {
                return Outcome.skip(new Skipped(display, SkipReason.BINARY, failure.mediaType()));
            }
            if (role == FileRole.SOURCE && failure.reason() == FailureReason.NOT_A_DOCUMENT) {
                // --all-files meets archives, images and executables in any repository: a file licenselens does
                // not read is skipped with its type, and an error stays a file it should have read and could not.
                return Outcome.skip(new Skipped(display, isArchive(failure.mediaType()) ? SkipReason.ARCHIVE
                        : SkipReason.BINARY, failure.mediaType()));
            }
            String message = failure.reason() == FailureReason.NO_SUCH_FILE ? "vanished during the scan"
                    : failure.message();
            return new Outcome(new ScannedFile(role, FileResult.failure(display, failure.mediaType(), message)),
                    null, List.of(), List.of());
        }
        ExtractedText text = (ExtractedText) extraction;
        String name = path.getFileName() == null ? display : path.getFileName().toString();
        List<Declaration> declarations = new ArrayList<>();
        ExtractedText identified = text;
        String section = null;
        switch (role) {
            case README -> {
                declarations.addAll(ModelCards.declarations(display, text.text(), resolver));
                LineageCard card = LineageCard.read(text.text());
                if (card != null) {
                    cards.put(display, card);
                }
                section = ReadmeSections.licenseSection(text.text());
                identified = ExtractedText.of(section == null ? blank(text.text()) : section, text.mediaType(), text.kind());
            }
            case MANIFEST -> declarations.addAll(Manifests.declarations(name, display, text.text(), resolver));
            default -> { }
        }
        ClauseMode clauses = role == FileRole.POLICY || role == FileRole.LINKED
                ? ClauseMode.ALL : ClauseMode.LICENSE_DOCUMENTS;
        Analysed analysed = identify(role == FileRole.README ? this.analysed : licenseTexts, identified, clauses);
        Findings r = analysed.findings();
        if (section != null) {
            // The section was just identified as the file's text: its expression is what the README declares.
            String expression = r.failed() ? "" : r.detection().expression();
            declarations.add(new Declaration(display, ReadmeSections.titleLine(section), "readme",
                    "License section", ReadmeSections.firstLine(section), expression, null, null));
        }
        return new Outcome(new ScannedFile(role, r.at(display)), null, declarations, analysed.diff());
    }

    /** A text's findings (compact) and, for unknown text, its word diff: shared by every file with the same text. */
    private record Analysed(Findings findings, List<Difference> diff) {}

    /** Identifies {@code text} once per distinct content (see {@link ContentCache}). */
    private Analysed identify(ContentCache<Analysed> cache, ExtractedText text, ClauseMode clauses) {
        return cache.get(text, clauses, () -> {
            Findings findings = analysis.findings(text, clauses).compact();
            List<Difference> diff = !findings.failed() && findings.detection().unknown()
                    ? diffs.against(text.text(), findings.detection()) : List.of();
            return new Analysed(findings, diff);
        });
    }

    /** Keeps the line breaks of {@code text} only, so line numbers still hold. */
    private static String blank(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                b.append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Follows what declarations point to ({@code license_link}, {@code license-file}, {@code SEE LICENSE IN}):
     * a local file inside the root is analysed as the license of the declaration, which then resolves to what
     * that file holds. Links out of the root are never followed.
     */
    private void followLinks(ScanOptions options, List<Walker.Entry> entries, Outcome[] outcomes) {
        Map<String, Integer> byDisplay = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byDisplay.put(entries.get(i).display(), i);
        }
        for (int i = 0; i < outcomes.length; i++) {
            Outcome outcome = outcomes[i];
            if (outcome == null || outcome.declarations().isEmpty()) {
                continue;
            }
            List<Declaration> resolved = new ArrayList<>();
            for (Declaration d : outcome.declarations()) {
                resolved.add(d.link() == null ? d : follow(options, d, byDisplay, entries, outcomes));
            }
            outcomes[i] = new Outcome(outcome.file(), outcome.skipped(), resolved, outcome.diff());
        }
    }

    private Declaration follow(ScanOptions options, Declaration d, Map<String, Integer> byDisplay,
                               List<Walker.Entry> entries, Outcome[] outcomes) {
        String link = localLink(d.link());
        if (link == null) {
            return d; // a web page: never fetched, the scan stays offline
        }
        String folder = Repository.folder(d.path());
        Path relative = Path.of(folder.isEmpty() ? "." : folder).resolve(link).normalize();
        if (relative.startsWith("..") || relative.isAbsolute()) {
            return withLink(d, null, "the link points outside the scanned folder; not followed");
        }
        String target = relative.toString().replace('\\', '/');
        Integer index = byDisplay.get(target);
        if (index == null) {
            boolean exists = Files.exists(options.root().resolve(target), LinkOption.NOFOLLOW_LINKS);
            return withLink(d, target, exists ? "the linked file was not read (see skipped)" : "the linked file does not exist");
        }
        Outcome outcome = outcomes[index];
        if (outcome.skipped() != null && outcome.skipped().reason() == SkipReason.NOT_LICENSE_FILE) {
            outcome = analyse(entries.get(index), FileRole.LINKED);
            outcomes[index] = outcome;
        }
        if (outcome.file() == null) {
            return withLink(d, target, "the linked file was not read: " + outcome.skipped().reason().jsonName());
        }
        FileResult linked = outcome.file().result();
        if (linked.failed()) {
            return withLink(d, target, "the linked file could not be read: " + linked.error());
        }
        String expression = d.resolved() ? d.expression() : linked.detection().expression();
        return d.followed(expression, target, d.problem());
    }

    private static Declaration withLink(Declaration d, String target, String problem) {
        return d.followed(d.expression(), target, problem);
    }

    /**
     * The local path a link names: a relative path, or a Hugging Face URL to a file of the same repository
     * ({@code .../blob/main/LICENSE}, {@code .../resolve/main/LICENSE}); {@code null} for other URLs.
     */
    static String localLink(String link) {
        String value = link.strip();
        if (value.startsWith("./")) {
            value = value.substring(2);
        }
        if (value.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("^https?://huggingface\\.co/[^/]+/[^/]+/(?:blob|resolve|raw)/[^/]+/(.+)$").matcher(value);
            return m.matches() ? m.group(1) : null;
        }
        return value.isEmpty() || value.startsWith("/") ? null : value;
    }

    private ScanResult assemble(ScanOptions options, Outcome[] outcomes) {
        List<ScannedFile> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Declaration> declared = new ArrayList<>();
        Map<String, List<Difference>> unknownDiffs = new HashMap<>();
        Map<SkipReason, Integer> skipCounts = new EnumMap<>(SkipReason.class);
        for (Outcome o : outcomes) {
            if (o.file() != null) {
                files.add(o.file());
                if (!o.diff().isEmpty()) {
                    unknownDiffs.put(o.file().path(), o.diff());
                }
            } else {
                skipCounts.merge(o.skipped().reason(), 1, Integer::sum);
                if (o.skipped().reason().listed()) {
                    skipped.add(o.skipped());
                }
            }
            declared.addAll(o.declarations());
        }
        Map<String, LineageCard> ordered = new LinkedHashMap<>();
        for (ScannedFile f : files) {
            LineageCard card = cards.get(f.path());
            if (card != null) {
                ordered.put(f.path(), card);
            }
        }
        List<ModelLineage> lineages = lineage.resolve(files, declared, ordered);
        return Repository.assemble(options.root().toString(), options.allFiles(), files, skipped, skipCounts, declared,
                lineages, unknownDiffs, analysis.index());
    }

    private static final Set<String> ARCHIVES = Set.of("application/zip",
            "application/java-archive", "application/x-tar", "application/gzip", "application/x-gzip",
            "application/x-gtar", "application/x-bzip2", "application/x-xz", "application/x-7z-compressed",
            "application/x-rar-compressed", "application/vnd.rar", "application/zstd", "application/x-compress",
            "application/x-lzma", "application/x-archive", "application/x-debian-package", "application/x-rpm",
            "application/x-java-pack200", "application/vnd.android.package-archive", "application/x-iso9660-image");

    private static boolean isArchive(String mediaType) {
        String base = mediaType == null ? "" : mediaType.split(";", 2)[0].strip();
        return ARCHIVES.contains(base);
    }
}

package org.licenselens.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.licenselens.FileResult;
import org.licenselens.LicenseLens;
import org.licenselens.corpus.HuggingFaceLicenses;
import org.licenselens.extract.ExtractedText;
import org.licenselens.extract.Extraction;
import org.licenselens.extract.ExtractionFailure;
import org.licenselens.match.Detection;
import org.licenselens.match.Difference;
import org.licenselens.match.LicenseMatch;

/**
 * Scans a folder tree or a single file.
 *
 * <pre>{@code
 * ScanResult result = Scanner.scan(lens, ScanOptions.of(Path.of("my-model")), ScanListener.NONE);
 * }</pre>
 *
 * <p>The walk runs first, on one thread, and fixes the order of everything; files are then analysed on
 * {@link ScanOptions#threads()} threads, each result stored at its walk position, so the report is the same
 * byte for byte whatever the timing. A file's text is dropped as soon as it is analysed: what stays is its
 * compact result, shared by every file with the same text (each distinct text is identified once). Thread-safe; a scan never throws for a problem with a file.
 */
public final class Scanner {
    private final LicenseLens lens;
    private final Resolver resolver;
    private final ReviewQueue.UnknownDiffs diffs;
    private final Map<TextKey, Analysed> analysed = new java.util.concurrent.ConcurrentHashMap<>();

    private Scanner(LicenseLens lens) {
        this.lens = lens;
        this.resolver = new Resolver(lens.index(), lens.detector(), HuggingFaceLicenses.defaults());
        this.diffs = new ReviewQueue.UnknownDiffs(lens.index());
    }

    /**
     * Scans {@code options.root()}.
     *
     * @throws IllegalArgumentException if the root does not exist or cannot be read at all
     */
    public static ScanResult scan(LicenseLens lens, ScanOptions options, ScanListener listener) {
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
        return new Scanner(lens).analyse(options, entries, listener);
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
    static ScanResult analyseForTest(LicenseLens lens, ScanOptions options, List<Walker.Entry> entries) {
        return new Scanner(lens).analyse(options, entries, ScanListener.NONE);
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
                        new FileResult(f.display(), null, null, f.message(), null)), null, List.of(), List.of());
            }
        }
        listener.started(work.size());
        run(options.threads(), work, i -> outcomes[i] = analyse(entries.get(i), null), listener);
        followLinks(options, entries, outcomes);
        listener.finished();
        return assemble(options, outcomes);
    }

    private interface Task {
        void run(int index);
    }

    private static void run(int threads, List<Integer> work, Task task, ScanListener listener) {
        AtomicInteger done = new AtomicInteger();
        if (threads == 1 || work.size() < 2) {
            for (int i : work) {
                task.run(i);
                listener.fileDone(done.incrementAndGet());
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "licenselens-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(work.size());
            for (int i : work) {
                futures.add(pool.submit(() -> {
                    task.run(i);
                    listener.fileDone(done.incrementAndGet());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("scan failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
        Extraction extraction = lens.read(path);
        if (extraction instanceof ExtractionFailure failure) {
            if (role == FileRole.SOURCE && isBinary(failure)) {
                return Outcome.skip(new Skipped(display, SkipReason.BINARY, failure.mediaType()));
            }
            String message = failure.message().equals("no such file") ? "vanished during the scan" : failure.message();
            return new Outcome(new ScannedFile(role, new FileResult(display, null, failure.mediaType(), message, null)),
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
                section = ReadmeSections.licenseSection(text.text());
                identified = ExtractedText.of(section == null ? blank(text.text()) : section, text.mediaType(), text.kind());
            }
            case MANIFEST -> declarations.addAll(Manifests.declarations(name, display, text.text(), resolver));
            default -> { }
        }
        LicenseLens.ClauseMode clauses = role == FileRole.POLICY || role == FileRole.LINKED
                ? LicenseLens.ClauseMode.ALL : LicenseLens.ClauseMode.LICENSE_DOCUMENTS;
        Analysed analysed = identify(identified, clauses);
        FileResult r = analysed.result();
        if (section != null) {
            // The section was just identified as the file's text: its expression is what the README declares.
            String expression = r.failed() ? "" : r.detection().expression();
            declarations.add(new Declaration(display, ReadmeSections.titleLine(section), "readme",
                    "License section", ReadmeSections.firstLine(section), expression, null, null));
        }
        FileResult result = r.failed() ? new FileResult(display, r.kind(), r.mediaType(), r.error(), null)
                : new FileResult(display, r.kind(), r.mediaType(), null, r.detection(), r.clauses());
        return new Outcome(new ScannedFile(role, result), null, declarations, analysed.diff());
    }

    /** A text's identification, shared by every file with the same text. */
    private record Analysed(FileResult result, List<Difference> diff) {}

    private record TextKey(String sha256, String kind, String mediaType, LicenseLens.ClauseMode clauses) {}

    /**
     * Identifies {@code text} once per distinct content: vendored trees hold the same LICENSE many times over
     * (every copy of MIT in node_modules), and the result depends on nothing but the text.
     */
    private Analysed identify(ExtractedText text, LicenseLens.ClauseMode clauses) {
        TextKey key = new TextKey(sha256(text.text()), text.kind(), text.mediaType(), clauses);
        Analysed known = analysed.get(key);
        if (known != null) {
            return known;
        }
        FileResult result = compact(lens.identify(text, "", clauses));
        List<Difference> diff = !result.failed() && result.detection().unknown()
                ? diffs.against(text.text(), result.detection()) : List.of();
        Analysed fresh = new Analysed(result, diff);
        Analysed raced = analysed.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean isBinary(ExtractionFailure failure) {
        return "application/octet-stream".equals(failure.mediaType()) && failure.message().startsWith("binary");
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

    /** Drops the aligned blocks, which reports never show, so that 50,000 results stay small. */
    private static FileResult compact(FileResult result) {
        if (result.failed()) {
            return result;
        }
        Detection d = result.detection();
        List<LicenseMatch> matches = d.matches().stream()
                .map(m -> new LicenseMatch(m.matcher(), m.kind(), m.expression(), m.reference(), m.queryStart(),
                        m.queryEnd(), m.startLine(), m.endLine(), m.matchedLength(), m.coverage(), m.score(), List.of(),
                        m.differences()))
                .toList();
        Detection compact = new Detection(matches, d.expression(), d.unknownRegions(), d.closest(), d.queryLength(),
                d.licenseList());
        return new FileResult(result.path(), result.kind(), result.mediaType(), null, compact, result.clauses());
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
        return Repository.assemble(options.root().toString(), options.allFiles(), files, skipped, skipCounts, declared,
                unknownDiffs, lens.index());
    }
}

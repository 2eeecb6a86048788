package org.licenselens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs one {@link Identifier} over a {@link BenchSet}, timing it and scoring every file.
 *
 * <p>A failure on one file never aborts the run: the file is scored as an empty answer and counted as an error.
 * A {@link BatchIdentifier} is called with chunks of {@value #BATCH_SIZE} files, so a crash costs at most one
 * chunk. Chunks and single files are handed over one at a time; a batch tool may spread a chunk over several
 * threads (licenselens does), which the CPU time, summed over all threads, shows beside the wall-clock time.
 * Instances are stateless apart from the key map and may be shared between threads.
 */
public final class BenchRunner {
    /** Files per {@link BatchIdentifier#identifyAll} call. */
    public static final int BATCH_SIZE = 250;

    private final LicenseKeyMap keys;

    /** Creates a runner that classifies files as SPDX-only through {@code keys}. */
    public BenchRunner(LicenseKeyMap keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Creates a runner from the two key maps (see {@link LicenseKeyMap}). */
    public BenchRunner(Map<String, String> keyToSpdx, Map<String, String> spdxToKey) {
        this(new LicenseKeyMap(keyToSpdx, spdxToKey));
    }

    /** Runs {@code identifier} over {@code set} and returns its score. */
    public Score run(BenchSet set, Identifier identifier) {
        return run("tool", "", set, identifier).score();
    }

    /** Runs {@code identifier} over {@code set} and returns its score with the per-file answers. */
    public ToolRun run(String tool, String note, BenchSet set, Identifier identifier) {
        Objects.requireNonNull(identifier, "identifier");
        List<CaseResult> results = new ArrayList<>(set.size());
        long elapsedNanos = 0;
        long cpuNanos = 0;
        boolean cpuMeasured = true;
        List<BenchCase> cases = set.cases();
        int step = identifier instanceof BatchIdentifier ? BATCH_SIZE : 1;
        for (int from = 0; from < cases.size(); from += step) {
            List<BenchCase> chunk = cases.subList(from, Math.min(cases.size(), from + step));
            long cpuStart = CpuClock.nanos();
            long start = System.nanoTime();
            List<CaseResult> answered = identifier instanceof BatchIdentifier batch
                    ? runBatch(batch, chunk) : List.of(runSingle(identifier, chunk.getFirst()));
            elapsedNanos += System.nanoTime() - start;
            long cpuEnd = CpuClock.nanos();
            cpuMeasured &= cpuStart >= 0 && cpuEnd >= 0;
            cpuNanos += cpuEnd - cpuStart;
            results.addAll(answered);
        }
        return new ToolRun(tool, note, score(results, elapsedNanos / 1e9,
                cpuMeasured ? cpuNanos / 1e9 : Score.NOT_MEASURED), results);
    }

    private static CaseResult runSingle(Identifier identifier, BenchCase benchCase) {
        try {
            Set<String> found = identifier.identify(benchCase.file());
            return new CaseResult(benchCase, normalize(found), null);
        } catch (Exception | StackOverflowError e) {
            return new CaseResult(benchCase, Set.of(), describe(e));
        }
    }

    private static List<CaseResult> runBatch(BatchIdentifier identifier, List<BenchCase> chunk) {
        List<Path> files = chunk.stream().map(BenchCase::file).toList();
        Map<Path, Set<String>> answers;
        String batchError = null;
        try {
            answers = identifier.identifyAll(files);
        } catch (Exception e) {
            answers = Map.of();
            batchError = "batch failed: " + describe(e);
        }
        List<CaseResult> results = new ArrayList<>(chunk.size());
        for (BenchCase benchCase : chunk) {
            Set<String> found = answers.get(benchCase.file());
            results.add(found != null ? new CaseResult(benchCase, normalize(found), null)
                    : new CaseResult(benchCase, Set.of(), batchError != null ? batchError : "no answer for file"));
        }
        return results;
    }

    /**
     * Scores already collected answers; {@code elapsedSeconds} and {@code cpuSeconds} are the wall-clock and CPU
     * time the tool spent on them ({@code cpuSeconds} may be {@link Score#NOT_MEASURED}).
     */
    public Score score(List<CaseResult> results, double elapsedSeconds, double cpuSeconds) {
        int exact = 0;
        int spdxOnly = 0;
        int spdxOnlyExact = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int errors = 0;
        for (CaseResult r : results) {
            boolean isExact = r.exact();
            exact += isExact ? 1 : 0;
            if (isSpdxOnly(r.benchCase())) {
                spdxOnly++;
                spdxOnlyExact += isExact ? 1 : 0;
            }
            int hits = r.truePositives();
            tp += hits;
            fp += r.found().size() - hits;
            fn += r.benchCase().expectedKeys().size() - hits;
            errors += r.failed() ? 1 : 0;
        }
        int files = results.size();
        return new Score(files, exact, Score.ratio(exact, files), Score.ratio(tp, tp + fp), Score.ratio(tp, tp + fn),
                spdxOnly, spdxOnlyExact, Score.ratio(spdxOnlyExact, spdxOnly),
                elapsedSeconds > 0 ? files / elapsedSeconds : 0, tp, fp, fn, errors, elapsedSeconds, cpuSeconds);
    }

    /** Returns true if {@code benchCase} expects at least one key and every expected key has a real SPDX id. */
    public boolean isSpdxOnly(BenchCase benchCase) {
        Set<String> expected = benchCase.expectedKeys();
        return !expected.isEmpty() && expected.stream().allMatch(keys::hasRealSpdx);
    }

    private static Set<String> normalize(Set<String> found) {
        return found.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s+", " "));
    }
}

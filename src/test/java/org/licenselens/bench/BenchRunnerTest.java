package org.licenselens.bench;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchRunnerTest {
    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    private BenchSet set;
    private Map<Path, Set<String>> truth;
    private final BenchRunner runner = new BenchRunner(BenchFixtures.keys());

    @BeforeEach
    void setUp() throws IOException {
        // 8 expected (file, key) pairs; a, b and c are the SPDX-only files.
        set = BenchSet.of(List.of(
                BenchFixtures.benchCase(dir, "a", "mit"),
                BenchFixtures.benchCase(dir, "b", "apache-2.0 AND mit"),
                BenchFixtures.benchCase(dir, "c", "gpl-2.0-plus WITH classpath-exception-2.0"),
                BenchFixtures.benchCase(dir, "d", "acme-ref OR mit"),
                BenchFixtures.benchCase(dir, "e", "unlisted-key")));
        truth = new HashMap<>();
        set.cases().forEach(c -> truth.put(c.file(), c.expectedKeys()));
    }

    @Test
    void perfectIdentifierScoresFull() {
        Score s = runner.run(set, truth::get);

        assertEquals(5, s.files());
        assertEquals(5, s.exact());
        assertEquals(1.0, s.exactRate(), EPS);
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
        assertEquals(3, s.spdxOnlyFiles());
        assertEquals(1.0, s.spdxOnlyExactRate(), EPS);
        assertEquals(0, s.errors());
    }

    @Test
    void emptyIdentifierScoresZero() {
        Score s = runner.run(set, file -> Set.of());

        assertEquals(0, s.exact());
        assertEquals(0.0, s.exactRate(), EPS);
        assertEquals(0.0, s.precision(), EPS);
        assertEquals(0.0, s.recall(), EPS);
        assertEquals(0, s.spdxOnlyExact());
        assertEquals(8, s.falseNegatives());
        assertEquals(0, s.truePositives() + s.falsePositives());
    }

    @Test
    void oneWrongKeyPerFileCostsPrecisionOnly() {
        Score s = runner.run(set, file -> {
            Set<String> found = new HashSet<>(truth.get(file));
            found.add("wrong");
            return found;
        });

        assertEquals(0, s.exact());
        assertEquals(8, s.truePositives());
        assertEquals(5, s.falsePositives());
        assertEquals(8.0 / 13.0, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
    }

    @Test
    void spdxOnlySubsetCountsOnlyFilesWhoseKeysAllHaveRealSpdxIds() {
        Set<String> answered = Set.of("a", "d");
        Score s = runner.run(set, file -> answered.contains(file.getFileName().toString()) ? truth.get(file)
                : Set.of());

        assertEquals(2, s.exact());
        assertEquals(3, s.spdxOnlyFiles());
        assertEquals(1, s.spdxOnlyExact());
        assertEquals(1.0 / 3.0, s.spdxOnlyExactRate(), EPS);
        assertEquals(3.0 / 8.0, s.recall(), EPS);
        assertTrue(runner.isSpdxOnly(set.cases().get(2)));
        assertFalse(runner.isSpdxOnly(set.cases().get(3)), "LicenseRef- is not a real SPDX id");
        assertFalse(runner.isSpdxOnly(set.cases().get(4)), "a key without an SPDX id");
    }

    @Test
    void filesExpectingNothingAreOutsideTheSpdxOnlySubset() throws IOException {
        BenchCase none = BenchCase.of(BenchFixtures.benchCase(dir, "n", "mit").file(), "n", List.of());
        assertFalse(runner.isSpdxOnly(none));
        Score s = runner.run(BenchSet.of(List.of(none)), file -> Set.of());
        assertEquals(1, s.exact(), "answering nothing is right when nothing is expected");
        assertEquals(0, s.spdxOnlyFiles());
    }

    @Test
    void exceptionOnOneFileIsAnEmptyAnswerAndTheRunGoesOn() {
        ToolRun run = runner.run("t", "", set, file -> {
            if (file.getFileName().toString().equals("c")) {
                throw new IllegalStateException("boom");
            }
            return truth.get(file);
        });

        assertEquals(1, run.score().errors());
        assertEquals(4, run.score().exact());
        CaseResult c = run.results().get(2);
        assertTrue(c.found().isEmpty());
        assertTrue(c.error().contains("boom"), c.error());
        assertNull(run.results().get(3).error());
    }

    @Test
    void keysAreLowerCased() {
        Score s = runner.run(BenchSet.of(List.of(set.cases().getFirst())), file -> Set.of("MIT"));
        assertEquals(1, s.exact());
    }

    @Test
    void batchIdentifierGetsAllFilesAndAMissingAnswerIsAnError() {
        List<List<Path>> calls = new java.util.ArrayList<>();
        BatchIdentifier batch = files -> {
            calls.add(files);
            Map<Path, Set<String>> answers = new HashMap<>();
            files.stream().filter(f -> !f.getFileName().toString().equals("b")).forEach(f -> answers.put(f, truth.get(f)));
            return answers;
        };

        ToolRun run = runner.run("batch", "", set, batch);

        assertEquals(1, calls.size());
        assertEquals(5, calls.getFirst().size());
        assertEquals(4, run.score().exact());
        assertEquals(1, run.score().errors());
        assertEquals("no answer for file", run.results().get(1).error());
    }

    @Test
    void failingBatchMarksEveryFileOfTheBatch() {
        BatchIdentifier broken = files -> {
            throw new java.io.IOException("tool crashed");
        };
        Score s = runner.run(set, broken);
        assertEquals(5, s.errors());
        assertEquals(0, s.exact());
    }

    @Test
    void cpuTimeCountsTheWorkOfEveryThreadTheToolUses() {
        // Each file keeps two threads busy for 40 ms of their own CPU time, so the run uses at least 5 * 80 ms.
        Score s = runner.run(set, file -> {
            Thread helper = Thread.ofPlatform().start(BenchRunnerTest::burn40ms);
            burn40ms();
            helper.join();
            return truth.get(file);
        });
        assertTrue(s.cpuSeconds() >= 5 * 0.080 * 0.9, "cpu seconds " + s.cpuSeconds());
        assertEquals(1000 * s.cpuSeconds() / 5, s.cpuMillisPerFile(), 1e-9);
    }

    @Test
    void cpuTimeMayBeUnmeasuredButNotNegative() {
        Score unmeasured = runner.score(List.of(), 1.0, Score.NOT_MEASURED);
        assertEquals(Score.NOT_MEASURED, unmeasured.cpuMillisPerFile(), EPS);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> runner.score(List.of(), 1.0, -0.5));
    }

    private static void burn40ms() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 40_000_000L;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            sink += Long.numberOfTrailingZeros(sink + 1);
        }
        if (sink == 42) {
            System.out.print("");
        }
    }
}

package org.licenselens.clause;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures analyzer throughput over the AI licenses of the facts file plus 500 ordinary corpus licenses, single
 * threaded and on all cores. With {@code --modified}, over 200 of them modified the way a near or unknown license
 * is (words replaced, a sentence added, lines re-wrapped), since only such texts pay for a fresh analysis. A main,
 * not a test: timings do not belong in assertions.
 */
public final class ClauseAnalyzerBenchmark {

    private ClauseAnalyzerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = args.length > 0 && args[0].equals("--modified") ? modified(texts()) : texts();
        run(ClauseAnalyzer.loadDefault(), texts, 1); // warm-up of the JIT
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            // A new analyzer for each timed run: one that has seen the texts answers from its memos, scoring nothing.
            ClauseAnalyzer analyzer = ClauseAnalyzer.loadDefault();
            long start = System.nanoTime();
            int flags = run(analyzer, texts, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%d texts, %d threads: %.1f texts/s (%d flags)%n", texts.size(), threads,
                    texts.size() / seconds, flags);
        }
    }

    private static int run(ClauseAnalyzer analyzer, List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String t : texts) {
                results.add(pool.submit(() -> analyzer.analyze(t, null, false).flags().size()));
            }
            int flags = 0;
            for (Future<Integer> f : results) {
                flags += f.get();
            }
            return flags;
        } finally {
            pool.shutdown();
        }
    }

    /** The first 200 texts, each changed as a licensor adapting a license would change it. */
    static List<String> modified(List<String> texts) {
        List<String> modified = new ArrayList<>();
        for (int i = 0; i < Math.min(200, texts.size()); i++) {
            String t = texts.get(i)
                    .replace("Licensor", "Provider").replace("licensor", "provider")
                    .replace("shall", "will").replace("Software", "Materials");
            int mid = t.indexOf("\n\n", t.length() / 2);
            String added = "\n\nThe Provider may change these terms at any time, and the Materials may not be used"
                    + " to train any competing model.\n\n";
            t = mid < 0 ? t + added : t.substring(0, mid) + added + t.substring(mid);
            modified.add(t.replaceAll("(?m)[ \\t]*\\n(?=\\S)", " ").replaceAll("(.{1,72})(?:\\s+|$)", "$1\n"));
        }
        return modified;
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        var facts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ClauseAnalyzerFactsTest.factsFile().toFile());
        List<String> aiFiles = new ArrayList<>();
        facts.path("licenses").forEach(l -> aiFiles.add(l.path("file").asText()));
        for (String f : aiFiles) {
            texts.add(Corpus.text(f));
        }
        try (Stream<Path> s = Files.list(Corpus.root().resolve("scancode-licensedb"))) {
            List<Path> ordinary = s.filter(p -> p.toString().endsWith(".LICENSE"))
                    .filter(p -> !aiFiles.contains("scancode-licensedb/" + p.getFileName()))
                    .sorted().limit(500).toList();
            for (Path p : ordinary) {
                texts.add(Files.readString(p));
            }
        }
        return texts;
    }
}

package org.licenselens.index;

import java.util.concurrent.TimeUnit;
import org.licenselens.testing.TestCorpus;
import org.licenselens.text.TextNormalizer;
import org.licenselens.text.Tokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: the Lucene candidate search the detector runs per 300-term window, over the Apache-2.0 text with every
 * fifth term dropped (so no exact table answers it). Uses the test index in {@code target/test-index}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CandidateSearchBenchmark {
    private LicenseIndex index;
    private int[] ids;

    @Setup
    public void open() {
        index = TestCorpus.openIndex();
        Tokens tokens = TextNormalizer.tokenize(TestCorpus.licenseText("apache-2.0"));
        int[] all = index.dictionary().ids(tokens.terms());
        ids = java.util.stream.IntStream.range(0, all.length).filter(i -> i % 5 != 4).map(i -> all[i]).toArray();
    }

    @TearDown
    public void close() throws java.io.IOException {
        index.close();
    }

    /** Thirty candidates for one window of 300 terms, from 32 of its rarest terms, as the detector asks. */
    @Benchmark
    public int[] oneWindow() {
        return index.candidates(ids, 300, 600, 32, 30);
    }
}

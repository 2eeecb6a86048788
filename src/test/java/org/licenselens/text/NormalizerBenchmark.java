package org.licenselens.text;

import java.util.concurrent.TimeUnit;
import org.licenselens.testing.TestCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the normalizer (Lucene analysis chain to term strings and offsets) on the GPL-3.0 text, 35 KB. Run with the
 * command in BENCHMARKS.md ("JMH suite").
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NormalizerBenchmark {
    private String text;

    @Setup
    public void read() {
        text = TestCorpus.licenseText("gpl-3.0");
    }

    @Benchmark
    public Tokens tokenizeGpl3() {
        return TextNormalizer.tokenize(text);
    }
}

package org.licenselens.text;

import java.util.concurrent.TimeUnit;
import org.licenselens.testing.TestCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the normalizer (Lucene analysis chain to term strings and offsets) on the GPL-3.0 text, 35 KB. Run with the
 * command in BENCHMARKS.md ("JMH suite").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
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

package org.licenselens.match;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.licenselens.index.LicenseIndex;
import org.licenselens.testing.TestCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: the aligner, and the whole detector on texts of growing size. The aligner runs on the GPL-2.0 text with
 * every seventh term dropped, against the GPL-2.0 reference; the detector on {@code copies} copies of that
 * edited text in one file (no exact table explains it), so the time per copy shows whether matching is linear.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DetectorBenchmark {
    @Param({"1", "8", "32"})
    public int copies;

    private LicenseIndex index;
    private LicenseDetector detector;
    private Query edited;
    private int[] reference;
    private Aligner.Seeds seeds;
    private String bundle;

    @Setup
    public void open() {
        index = TestCorpus.openIndex();
        detector = new LicenseDetector(index);
        String text = TestCorpus.licenseText("gpl-2.0");
        StringBuilder b = new StringBuilder();
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i % 7 != 6) {
                b.append(words[i]).append(' ');
            }
        }
        String dropped = b.toString();
        edited = Query.of(dropped, index.dictionary());
        reference = Query.of(text, index.dictionary()).ids();
        seeds = Aligner.Seeds.of(reference);
        bundle = (dropped + "\n\n").repeat(copies);
    }

    @TearDown
    public void close() throws java.io.IOException {
        index.close();
    }

    @Benchmark
    public List<Block> alignEditedGpl2() {
        return Aligner.align(edited.ids(), 0, edited.length(), reference, seeds);
    }

    @Benchmark
    public Detection detectCopies() {
        return detector.detect(bundle, Duration.ofMinutes(10));
    }
}

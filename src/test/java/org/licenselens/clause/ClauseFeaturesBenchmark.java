package org.licenselens.clause;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.licenselens.testing.TestCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the clause features of one license text, the Llama 3.1 license (about 100 clauses). {@code cold} starts
 * from empty memos, as the first file of a run with that text does (tokenizer, POS tagger, lemmas, then the
 * features); {@code features} is the feature step alone, on words already found.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClauseFeaturesBenchmark {
    private String text;
    private List<Clause> clauses;
    private ClauseSegmenter.Words[] words;

    @Setup
    public void read() {
        text = TestCorpus.licenseText("llama-3.1-license-2024");
        ClauseSegmenter segmenter = new ClauseSegmenter();
        clauses = segmenter.segment(text);
        words = clauses.stream().map(c -> segmenter.words(c.text())).toArray(ClauseSegmenter.Words[]::new);
    }

    @Benchmark
    public int cold() {
        ClauseSegmenter segmenter = new ClauseSegmenter();
        int n = 0;
        for (Clause c : segmenter.segment(text)) {
            n += ClauseFeatures.of(segmenter.words(c.text()), c.text()).length;
        }
        return n;
    }

    @Benchmark
    public int features() {
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            n += ClauseFeatures.of(words[i], clauses.get(i).text()).length;
        }
        return n;
    }
}

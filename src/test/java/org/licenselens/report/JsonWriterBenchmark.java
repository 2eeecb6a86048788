package org.licenselens.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.licenselens.analysis.ClauseMode;
import org.licenselens.analysis.FileResult;
import org.licenselens.testing.TestCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the JSON writer of {@code identify}, on the results of 40 LicenseDB texts (with their clause flags and
 * diffs of the edited ones), written to memory.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonWriterBenchmark {
    private ReportContext context;
    private List<FileResult> results;

    @Setup
    public void identify() throws IOException {
        Path dir = Files.createTempDirectory("json-bench");
        List<Path> files = new ArrayList<>();
        List<String> keys = TestCorpus.lens().licenses().licenses().keySet().stream().sorted().limit(40).toList();
        for (String key : keys) {
            String text = TestCorpus.licenseText(key);
            files.add(Files.writeString(dir.resolve(key + ".txt"),
                    files.size() % 2 == 0 ? text : text.replace(" the ", " this ")));
        }
        results = TestCorpus.lens().identifyAll(files, ClauseMode.ALL);
        context = new ReportContext(TestCorpus.lens().licenses(), true);
    }

    @Benchmark
    public int write() throws IOException {
        StringWriter out = new StringWriter();
        JsonReport.write(out, context, results);
        return out.getBuffer().length();
    }
}

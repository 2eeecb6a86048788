package org.licenselens.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A benchmark report: one row per tool, the machine it ran on, and every file a tool got wrong.
 *
 * @param machine        where the run happened
 * @param benchmark      what was measured (e.g. the benchmark directory)
 * @param benchmarkFiles number of files in the full benchmark (a tool may have run on a sample)
 * @param notes          free-text remarks shown under the table (how tools were run, caveats)
 * @param runs           the tool runs, in report order
 */
public record BenchReport(MachineInfo machine, String benchmark, int benchmarkFiles, List<String> notes,
                          List<ToolRun> runs) {
    /** Name of the markdown file {@link #writeTo} creates. */
    public static final String MARKDOWN = "bench-report.md";
    /** Name of the JSON file {@link #writeTo} creates. */
    public static final String JSON_FILE = "bench-report.json";
    /** Name of the per-file disagreements TSV {@link #writeTo} creates. */
    public static final String DISAGREEMENTS = "bench-disagreements.tsv";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BenchReport {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(benchmark, "benchmark");
        notes = List.copyOf(notes);
        runs = List.copyOf(runs);
    }

    /** Writes the markdown, JSON and TSV files into {@code dir} (created if needed) and returns their paths. */
    public List<Path> writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path md = Files.writeString(dir.resolve(MARKDOWN), markdown(), StandardCharsets.UTF_8);
            Path json = Files.writeString(dir.resolve(JSON_FILE), json(), StandardCharsets.UTF_8);
            Path tsv = Files.writeString(dir.resolve(DISAGREEMENTS), disagreementsTsv(), StandardCharsets.UTF_8);
            return List.of(md, json, tsv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report to " + dir, e);
        }
    }

    /** Returns the report as markdown: the results table, then machine details and notes. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# License identification benchmark\n\n");
        md.append("Benchmark: ").append(benchmark).append(" (").append(benchmarkFiles).append(" files)\n\n");
        md.append("| Tool | Files | Exact | Exact % | Precision | Recall | SPDX-only exact % | Files/s | s/file "
                + "| CPU s | CPU ms/file | Errors |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ToolRun run : runs) {
            Score s = run.score();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% | %.1f%% | %.1f%% | %.1f%% (%d/%d) | %.1f "
                            + "| %.4f | %s | %s | %d |%n", run.tool(), s.files(), s.exact(), 100 * s.exactRate(),
                    100 * s.precision(), 100 * s.recall(), 100 * s.spdxOnlyExactRate(), s.spdxOnlyExact(),
                    s.spdxOnlyFiles(), s.filesPerSecond(), s.secondsPerFile(), cpu(s.cpuSeconds(), "%.1f"),
                    cpu(s.cpuMillisPerFile(), "%.2f"), s.errors()));
        }
        md.append("\nExact: the set of keys found equals the expected set. Precision and recall are micro-averaged ")
                .append("over (file, key) pairs. SPDX-only: files expecting at least one key, all with a real SPDX id.")
                .append(" Files/s is wall-clock time spent in the tool, process start-up included; a tool may use ")
                .append("several threads (licenselens does). CPU is the CPU time used meanwhile by the benchmark ")
                .append("process and the tool's finished child processes, all threads summed: it varies less than ")
                .append("wall-clock time with other load on the machine.\n");
        md.append("\n## How each tool was run\n\n");
        for (ToolRun run : runs) {
            md.append("- **").append(run.tool()).append("**: ").append(run.note()).append('\n');
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append("\n## Machine\n\n");
        md.append("- CPU: ").append(machine.cpuModel()).append(" (nproc ").append(machine.processors()).append(")\n");
        md.append("- Memory: ").append(machine.memory()).append('\n');
        md.append("- Java: ").append(machine.javaVersion()).append('\n');
        md.append("- OS: ").append(machine.os()).append('\n');
        md.append("- Load average at start (1/5/15 min): ").append(machine.loadAverage()).append('\n');
        md.append("- Date: ").append(machine.date()).append('\n');
        md.append("\nPer-file disagreements: `").append(DISAGREEMENTS).append("`.\n");
        return md.toString();
    }

    /** Returns the report as JSON: machine, benchmark, notes and one object per tool with its score. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", machine);
        root.put("benchmark", Map.of("name", benchmark, "files", benchmarkFiles));
        root.put("notes", notes);
        root.put("tools", runs.stream().map(r -> {
            Map<String, Object> tool = new LinkedHashMap<>();
            tool.put("tool", r.tool());
            tool.put("note", r.note());
            tool.put("score", r.score());
            tool.put("secondsPerFile", r.score().secondsPerFile());
            tool.put("cpuMillisPerFile", r.score().cpuMillisPerFile());
            return tool;
        }).toList());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize report", e);
        }
    }

    /**
     * Returns one TSV row per (tool, file) whose answer was not exact: tool, file, expected, found, missing,
     * extra, error. Key lists are sorted and space-separated.
     */
    public String disagreementsTsv() {
        StringBuilder tsv = new StringBuilder("tool\tfile\texpected\tfound\tmissing\textra\terror\n");
        for (ToolRun run : runs) {
            for (CaseResult r : run.results()) {
                if (!r.exact() || r.failed()) {
                    tsv.append(String.join("\t", run.tool(), r.benchCase().relativePath(),
                            join(r.benchCase().expectedKeys()), join(r.found()), join(r.missing()), join(r.extra()),
                            r.error() == null ? "" : r.error().replace('\t', ' ').replace('\n', ' '))).append('\n');
                }
            }
        }
        return tsv.toString();
    }

    private static String cpu(double value, String format) {
        return value == Score.NOT_MEASURED ? "n/a" : String.format(Locale.ROOT, format, value);
    }

    private static String join(Set<String> keys) {
        return String.join(" ", new TreeSet<>(keys));
    }
}

package org.licenselens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times each tool the way a user runs it, from {@code exec} to exit: N separate processes on one license file (the
 * figure a script calling the tool per file feels) and one process over the whole benchmark tree (the CI figure),
 * each under {@code /usr/bin/time} for its peak resident set. licenselens runs through its launcher with default
 * options; licensecheck and licensee run in the same session, when installed, so the ratios compare like with like.
 * The load average is recorded at the start of every row: on a shared machine wall time means little without it.
 */
public final class WholeProcessBench {
    /** One timed command: median and spread of the wall time, the largest peak RSS, the load at its start. */
    record Row(String tool, String run, int files, double[] walls, double[] cpus, long maxRssKb, String load,
               int exitCode) {
        double median() {
            double[] sorted = walls.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        double medianCpu() {
            double[] sorted = cpus.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    private final Path launcher;
    private final Path bench;
    private final Path out;
    private final int repeats;

    /**
     * @param launcher the {@code licenselens} launcher script (beside the jars in {@code target/})
     * @param bench    the benchmark tree: files with {@code .yml} expectations beside them
     * @param out      where the report and the inputs go
     * @param repeats  processes per single-file figure
     */
    public WholeProcessBench(Path launcher, Path bench, Path out, int repeats) {
        this.launcher = launcher;
        this.bench = bench;
        this.out = out;
        this.repeats = repeats;
    }

    /** Runs every row and writes {@code whole-process.md} to the output folder; returns the report. */
    public String run(Path licenseDb) throws IOException, InterruptedException {
        Files.createDirectories(out);
        // The single-file input: the MIT body from the corpus, written at run time (never stored in the repository).
        String mit = Files.readString(licenseDb.resolve("mit.LICENSE"), StandardCharsets.UTF_8);
        int body = mit.indexOf("\n---", 3);
        Path license = Files.writeString(out.resolve("LICENSE"),
                body < 0 ? mit : mit.substring(mit.indexOf('\n', body + 1) + 1).strip() + "\n");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bench)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".yml")).sorted().toList();
        }
        Path args = Files.write(out.resolve("files.txt"), files.stream().map(Path::toString).toList());
        List<Row> rows = new ArrayList<>();
        String ll = launcher.toString();
        rows.add(time("licenselens", "--version", 0, repeats, List.of(ll, "--version")));
        rows.add(time("licenselens", "identify LICENSE", 1, repeats, List.of(ll, "identify", license.toString())));
        rows.add(time("licenselens", "identify --clauses NONE LICENSE", 1, repeats,
                List.of(ll, "identify", "--clauses", "NONE", license.toString())));
        boolean licensecheck = installed("licensecheck");
        boolean licensee = installed("licensee");
        if (licensecheck) {
            rows.add(time("licensecheck", "LICENSE", 1, repeats, List.of("licensecheck", license.toString())));
        }
        if (licensee) {
            rows.add(time("licensee", "detect LICENSE", 1, repeats,
                    List.of("licensee", "detect", "--no-readme", "--no-packages", license.toString())));
        }
        rows.add(time("licenselens", "identify @files (one process)", files.size(), 1,
                List.of(ll, "identify", "--format", "json", "-o", out.resolve("identify.json").toString(), "@" + args)));
        rows.add(time("licenselens", "identify --clauses NONE @files", files.size(), 1,
                List.of(ll, "identify", "--clauses", "NONE", "--format", "json", "-o",
                        out.resolve("identify-none.json").toString(), "@" + args)));
        rows.add(time("licenselens", "scan --all-files TREE", countFiles(bench), 1,
                List.of(ll, "scan", "--all-files", "--format", "json", "-o", out.resolve("scan.json").toString(),
                        bench.toString())));
        if (licensecheck) {
            rows.add(time("licensecheck", "-r TREE (one process)", countFiles(bench), 1,
                    List.of("licensecheck", "-r", bench.toString())));
        }
        String report = markdown(rows, licensecheck, licensee);
        Files.writeString(out.resolve("whole-process.md"), report);
        return report;
    }

    private static int countFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return (int) walk.filter(Files::isRegularFile).count();
        }
    }

    private static boolean installed(String tool) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Row time(String tool, String run, int files, int times, List<String> command)
            throws IOException, InterruptedException {
        String load = Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
        double[] walls = new double[times];
        double[] cpus = new double[times];
        long rss = 0;
        int exit = 0;
        for (int i = 0; i < times; i++) {
            Path stats = Files.createTempFile(out, "time-", ".txt");
            List<String> timed = new ArrayList<>(
                    List.of("/usr/bin/time", "-o", stats.toString(), "-f", "%e %M %U %S"));
            timed.addAll(command);
            Process p = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(3600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " ran for an hour");
            }
            exit = Math.max(exit, p.exitValue());
            List<String> lines = Files.readAllLines(stats);
            String[] fields = lines.getLast().strip().split(" ");
            walls[i] = Double.parseDouble(fields[0]);
            rss = Math.max(rss, Long.parseLong(fields[1]));
            cpus[i] = Double.parseDouble(fields[2]) + Double.parseDouble(fields[3]);
            Files.delete(stats);
        }
        return new Row(tool, run, files, walls, cpus, rss, load, exit);
    }

    private String markdown(List<Row> rows, boolean licensecheck, boolean licensee) throws IOException {
        StringBuilder b = new StringBuilder("# Whole-process timings\n\n");
        b.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; ")
                .append(java.time.Instant.now()).append("; launcher ").append(launcher).append("\n");
        b.append("Each single-file row: ").append(repeats).append(" separate processes (median, range); each tree row: "
                + "one process. Peak RSS from /usr/bin/time (%M). Load: 1-minute load average at the row's start.\n");
        if (!licensecheck || !licensee) {
            b.append("Not installed here: ").append(licensecheck ? "" : "licensecheck ")
                    .append(licensee ? "" : "licensee").append("\n");
        }
        b.append("\n| tool | run | files | wall s (median) | range | files/s | CPU s (median) | peak RSS MB | load "
                + "| exit |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            double min = Arrays.stream(r.walls()).min().orElse(0);
            double max = Arrays.stream(r.walls()).max().orElse(0);
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f–%.2f | %s | %.2f | %d | %s | %d |%n",
                    r.tool(), r.run(), r.files(), r.median(), min, max,
                    r.files() > 1 ? String.format(Locale.ROOT, "%.1f", r.files() / r.median()) : "",
                    r.medianCpu(), r.maxRssKb() / 1024, r.load(), r.exitCode()));
        }
        Row one = find(rows, "licenselens", "identify LICENSE");
        b.append("\nRatios of licenselens's medians to each peer's, same run (single file: identify LICENSE; tree: "
                + "scan --all-files):\n\n");
        for (Row r : rows) {
            if (!r.tool().equals("licenselens")) {
                Row ours = r.files() == 1 ? one : find(rows, "licenselens", "scan --all-files TREE");
                b.append(String.format(Locale.ROOT, "- %s %s: wall %.2f s / %.2f s = %.2f×; CPU %.2f s / %.2f s = %.2f×%n",
                        r.tool(), r.run(), ours.median(), r.median(), ours.median() / r.median(), ours.medianCpu(),
                        r.medianCpu(), ours.medianCpu() / Math.max(r.medianCpu(), 0.01)));
            }
        }
        return b.toString();
    }

    private static Row find(List<Row> rows, String tool, String run) {
        return rows.stream().filter(r -> r.tool().equals(tool) && r.run().equals(run)).findFirst().orElseThrow();
    }
}

package org.licenselens.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scan benchmark (not a test): generates a 50,000-file tree, scans it with and without {@code --all-files}
 * under {@code -Xmx1g}, and runs {@code licensecheck -r} on the same tree in the same run.
 *
 * <pre>
 * mvn -q -B -ntp -DskipTests package &amp;&amp; mvn -q -B -ntp test-compile
 * java -cp target/test-classes org.licenselens.scan.ScanBenchmark [--files 50000] [--distinct-licenses] [--no-licensecheck] [--tree DIR] [--out DIR]
 * </pre>
 *
 * <p>The tree is the same for the same {@code --files} (fixed seed): mostly source files of realistic sizes
 * (200 B to 40 KB, median about 4 KB), about 5% with an SPDX header, and one license file per 150 files drawn
 * from the corpus. Only java.* is used, so the benchmark needs no class path beyond its own class.
 */
public final class ScanBenchmark {
    private static final String[] EXTENSIONS = {"java", "py", "c", "js", "go", "rs", "ts", "md", "txt", "h"};
    private static final String[] SPDX = {"Apache-2.0", "MIT", "BSD-3-Clause", "GPL-2.0-only", "MPL-2.0"};
    private static final String[] KEYS = {"mit", "apache-2.0", "bsd-new", "bsd-simplified", "isc", "gpl-2.0",
            "gpl-3.0", "lgpl-2.1", "lgpl-3.0", "mpl-2.0", "epl-2.0", "agpl-3.0", "zlib", "cc-by-4.0", "cc0-1.0",
            "unlicense", "llama-2-license-2023", "llama-3.1-license-2024", "gemma-tou-2025-03-24", "boost-1.0"};
    private static final String[] WORDS = ("int value result index count buffer node list map key parse read write "
            + "open close return if else for while static final public private void string config data error "
            + "handler request response client server token stream file path size limit").split(" ");

    private ScanBenchmark() {}

    public static void main(String[] args) throws Exception {
        int files = 50_000;
        boolean distinct = false;
        boolean peers = true;
        Path tree = null;
        Path out = Path.of("target/scanbench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--distinct-licenses" -> distinct = true;
                case "--no-licensecheck" -> peers = false;
                case "--tree" -> tree = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (tree == null) {
            tree = Path.of(distinct ? "target/scanbench/tree-distinct" : "target/scanbench/tree");
        }
        Path corpus = Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        int[] counts = generate(tree, files, corpus, distinct);
        System.err.printf(Locale.ROOT, "generated %d files (%d license files, %d with SPDX headers) in %.1f s%n",
                files, counts[0], counts[1], (System.nanoTime() - t0) / 1e9);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        List<String> rows = new ArrayList<>();
        rows.add(run("licenselens scan", out, files, List.of(java, "-Xmx1g", "-Xlog:gc:file=" + out.resolve("gc-scan.log"),
                "-jar", "target/licenselens.jar", "scan", "--format", "json", tree.toString()), out.resolve("gc-scan.log")));
        rows.add(run("licenselens scan --all-files", out, files, List.of(java, "-Xmx1g",
                "-Xlog:gc:file=" + out.resolve("gc-all.log"), "-jar", "target/licenselens.jar", "scan", "--all-files",
                "--format", "json", tree.toString()), out.resolve("gc-all.log")));
        if (peers) {
            rows.add(run("licensecheck -r", out, files, List.of("licensecheck", "-r", tree.toString()), null));
        }
        StringBuilder report = new StringBuilder();
        report.append("load average at start: ").append(load).append('\n');
        report.append(String.format(Locale.ROOT, "tree: %d files, %d license files (%s), %d SPDX headers%n%n", files,
                counts[0], distinct ? "each a different corpus license" : "drawn from " + KEYS.length + " licenses",
                counts[1]));
        report.append("| tool | exit | wall s | files/s (wall) | CPU s | files per CPU s | max RSS MB | max heap used MB |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(r -> report.append(r).append('\n'));
        Files.writeString(out.resolve("report.md"), report);
        System.out.print(report);
    }

    private static String run(String name, Path out, int files, List<String> command, Path gcLog) throws Exception {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", out.resolve("time.txt").toString()));
        timed.addAll(command);
        Path stdout = out.resolve(name.replaceAll("[^a-z]+", "-") + ".out");
        Process p = new ProcessBuilder(timed).redirectOutput(stdout.toFile())
                .redirectError(out.resolve(name.replaceAll("[^a-z]+", "-") + ".err").toFile()).start();
        int exit = p.waitFor();
        String[] time = Files.readAllLines(out.resolve("time.txt")).getLast().trim().split(" ");
        double wall = Double.parseDouble(time[0]);
        long rssMb = Long.parseLong(time[1]) / 1024;
        double cpu = Double.parseDouble(time[2]) + Double.parseDouble(time[3]);
        String heap = gcLog == null ? "n/a" : String.valueOf(maxHeapUsedMb(gcLog));
        String row = String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.1f | %.0f | %d | %s |", name, exit, wall,
                files / wall, cpu, files / cpu, rssMb, heap);
        System.err.println(row);
        return row;
    }

    /** The largest heap occupancy before any collection, from {@code -Xlog:gc} lines like {@code 300M->120M(1024M)}. */
    static long maxHeapUsedMb(Path gcLog) throws IOException {
        Pattern before = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        long max = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = before.matcher(line);
            while (m.find()) {
                max = Math.max(max, Long.parseLong(m.group(1)));
            }
        }
        return max;
    }

    /**
     * Writes the tree; returns {license files, SPDX headers}. Skips the work when the tree is already there. With
     * {@code distinct} every license file holds a different corpus license, so no text repeats and a scan cannot
     * share one text's analysis between files.
     */
    static int[] generate(Path tree, int files, Path corpus, boolean distinct) throws IOException {
        Path marker = tree.resolve(".scanbench-" + files + (distinct ? "-distinct" : ""));
        Random random = new Random(20261201L);
        int perFolder = 100;
        int licenses = 0;
        int spdx = 0;
        List<String> texts = new ArrayList<>();
        for (String key : KEYS) {
            texts.add(body(corpus.resolve("scancode-licensedb").resolve(key + ".LICENSE")));
        }
        if (distinct) {
            // Every seventh corpus license by name, after the 20 above: varied lengths and kinds, fixed order.
            try (Stream<Path> all = Files.list(corpus.resolve("scancode-licensedb"))) {
                List<Path> sorted = all.filter(p -> p.toString().endsWith(".LICENSE")).sorted().toList();
                for (int i = 0; i < sorted.size(); i += 7) {
                    String text = body(sorted.get(i));
                    if (!text.isBlank() && !texts.contains(text)) {
                        texts.add(text);
                    }
                }
            }
        }
        boolean exists = Files.exists(marker);
        if (!exists) {
            try (Stream<Path> old = Files.exists(tree) ? Files.walk(tree) : Stream.empty()) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (int i = 0; i < files; i++) {
            Path folder = tree.resolve("pkg" + (i / perFolder / 20)).resolve("mod" + (i / perFolder));
            if (i % 150 == 0) {
                String name = switch (random.nextInt(4)) {
                    case 0 -> "LICENSE";
                    case 1 -> "COPYING";
                    case 2 -> "LICENSE.txt";
                    default -> "NOTICE";
                };
                licenses++;
                String text = distinct ? texts.get((licenses - 1) % texts.size()) : texts.get(random.nextInt(texts.size()));
                if (!exists) {
                    Files.createDirectories(folder);
                    Files.writeString(folder.resolve(name), text);
                }
                continue;
            }
            boolean header = random.nextInt(20) == 0;
            spdx += header ? 1 : 0;
            String ext = EXTENSIONS[random.nextInt(EXTENSIONS.length)];
            int size = (int) Math.min(40_000, Math.max(200, Math.exp(8.3 + random.nextGaussian() * 0.9)));
            if (!exists) {
                Files.createDirectories(folder);
                // content from its own seed, so the tree's layout does not depend on whether it is written
                Random content = new Random(i);
                Files.writeString(folder.resolve("f" + i + "." + ext), source(content, size,
                        header ? SPDX[content.nextInt(SPDX.length)] : null), StandardCharsets.UTF_8);
            }
        }
        if (!exists) {
            Files.writeString(marker, "generated\n");
        }
        return new int[] {licenses, spdx};
    }

    private static String source(Random random, int size, String spdx) {
        StringBuilder b = new StringBuilder(size + 80);
        if (spdx != null) {
            b.append("// SPDX-License-Identifier: ").append(spdx).append('\n');
        }
        while (b.length() < size) {
            int indent = random.nextInt(4) * 4;
            b.append(" ".repeat(indent));
            int words = 2 + random.nextInt(9);
            for (int w = 0; w < words; w++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < words ? " " : ";\n");
            }
        }
        return b.toString();
    }

    private static String body(Path licenseFile) throws IOException {
        String all = Files.readString(licenseFile);
        int second = all.indexOf("\n---", 3);
        return all.substring(all.indexOf('\n', second + 1) + 1);
    }
}

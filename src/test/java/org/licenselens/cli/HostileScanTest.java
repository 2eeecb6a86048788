package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.HostileFiles;
import org.licenselens.testing.InputFingerprint;
import org.licenselens.testing.Jvm;
import org.licenselens.testing.TestCorpus;

/**
 * {@code scan} over one tree holding every hostile case of issue 5 ({@link HostileFiles#writeTree}), in its own JVM
 * with a 1 GiB heap and without root's read override: it finishes, lists every visited path exactly once with the
 * right error or skip reason, counts the errors, exits 1, and leaves every input as it was.
 */
@Tag("slow") // starts child JVMs
class HostileScanTest {
    @TempDir
    static Path dir;
    private static Path scratch;
    private static Path root;

    @BeforeAll
    static void writeTree() throws Exception {
        TestCorpus.lens(); // the index exists; the children only open it
        scratch = HostileFiles.scratchFolder(dir, "licenselens-hostile-scan");
        root = Files.createDirectory(scratch.resolve("root"));
        Path outside = Files.writeString(scratch.resolve("outside-LICENSE"), TestCorpus.licenseText("gpl-3.0"));
        HostileFiles.writeTree(root, outside, TestCorpus.licenseText("mit"));
    }

    @AfterAll
    static void deleteTree() throws Exception {
        HostileFiles.deleteTree(scratch);
    }

    /** The outcome of every hostile path: analysed ones by role and error, skipped ones by reason and detail. */
    private static Map<String, String> expected(boolean allFiles) {
        Map<String, String> e = new TreeMap<>();
        e.put("LICENSE", "license MIT");
        e.put("LICENSE with spaces", "license MIT");
        e.put("LICENSE\nnewline", "license MIT");
        e.put("LICENSE-\\xFF\\xFE", "license MIT");
        e.put("LICENSE-empty", "license ");
        HostileFiles.outcomes().forEach((name, outcome) -> e.put("LICENSES/" + name, "license " + outcome));
        e.put("locked/", "directory error permission denied");
        // lstat fails on the folder past PATH_MAX, so the walk cannot tell it is a folder: role other
        e.put("deep/d/…/d", "other error path too long: exceeds the system's path "
                + "length limit (PATH_MAX); not scanned below");
        e.put("COPYING-in", "skipped symlink -> LICENSE");
        e.put("COPYING-out", "skipped symlink-out-of-root -> " + scratch.resolve("outside-LICENSE"));
        e.put("LICENSE-broken", "skipped broken-symlink -> nothing-here");
        e.put("LICENSE-loop-a", "skipped symlink-loop -> LICENSE-loop-b");
        e.put("LICENSE-loop-b", "skipped symlink-loop -> LICENSE-loop-a");
        e.put("LICENSE-self", "skipped symlink-loop -> LICENSE-self");
        e.put("sub/up", "skipped symlink-loop -> .. (a folder above it)");
        e.put("sub/out-dir", "skipped symlink-out-of-root -> " + scratch);
        e.put("LICENSE.fifo", "skipped special-file fifo");
        e.put("NOTICE.sock", "skipped special-file socket");
        e.put("LICENSE-zero", "skipped special-file character device");
        if (allFiles) {
            e.put("blob.bin", "skipped binary application/octet-stream");
            e.put("config.json", "source ");
            e.put("notes.txt", "source MIT");
        }
        return e;
    }

    @Test
    void everyHostilePathIsAccountedForOnceAndTheRunIsPartial() throws Exception {
        assertScan(false);
    }

    @Test
    void allFilesReadsThePlainFilesToo() throws Exception {
        assertScan(true);
    }

    private void assertScan(boolean allFiles) throws Exception {
        String name = allFiles ? "all-files" : "plain";
        Path report = dir.resolve(name + ".json");
        List<String> args = new ArrayList<>(List.of("scan", "--index", Cli.indexRoot().toString(), "--format", "json",
                "--output", report.toString(), root.toString()));
        if (allFiles) {
            args.add("--all-files");
        }
        List<String> command = new ArrayList<>(HostileFiles.withoutReadOverride());
        command.addAll(Jvm.command("1g", List.of(Jvm.gcLog(dir.resolve(name + "-gc.log"))), Main.class.getName(),
                args.toArray(String[]::new)));
        long start = System.nanoTime();
        Process p = Jvm.start(command, dir.resolve(name + ".out"), dir.resolve(name + ".err"));
        long rssKiB = Jvm.waitForPeakRssKiB(p, 300);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String stderr = Files.readString(dir.resolve(name + ".err"));
        assertEquals(ExitCodes.PARTIAL, p.exitValue(), stderr);
        long heapMiB = Jvm.peakHeapMiB(dir.resolve(name + "-gc.log"));
        assertTrue(heapMiB < 1024, "peak heap " + heapMiB + " MiB");
        System.out.printf("hostile scan (%s): %d s, peak heap %d MiB, peak RSS %d MiB%n", name, seconds, heapMiB,
                rssKiB / 1024);

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        Map<String, String> outcome = new TreeMap<>();
        for (JsonNode f : json.at("/files")) {
            String error = f.at("/error").isNull() ? f.at("/expression").asText() : "error " + f.at("/error").asText();
            put(outcome, f.at("/path").asText(), f.at("/role").asText() + " " + error);
        }
        for (JsonNode s : json.at("/skipped")) {
            put(outcome, s.at("/path").asText(), "skipped " + s.at("/reason").asText() + " " + s.at("/detail").asText());
        }
        assertEquals(expected(allFiles), outcome);
        long errors = outcome.values().stream().filter(v -> v.contains(" error ")).count();
        assertEquals(8, errors, "6 in LICENSES/, locked/ and the deep chain: " + outcome);
        assertEquals(errors, json.at("/summary/errors").asLong());
        int notLicense = json.at("/summary/skipped/not-license-file").asInt();
        assertEquals(allFiles ? 0 : 3, notLicense, "config.json, notes.txt, blob.bin");
        assertEquals(outcome.size() + notLicense, json.at("/summary/visited").asInt());
    }

    /**
     * Adds a path's outcome, failing on a path listed twice. The deep chain's failure is named {@code deep/d/…/d}:
     * how deep it gets before PATH_MAX depends on the length of the temp folder's path.
     */
    private static void put(Map<String, String> outcome, String path, String value) {
        String key = path;
        if (path.startsWith("deep/d/d/")) {
            assertTrue(path.matches("deep(/d)+"), "the deep chain's failure: …" + path.substring(path.length() - 20));
            long depth = path.chars().filter(c -> c == 'd').count() - 1;
            assertTrue(depth > 1000 && depth < HostileFiles.DEEP_CHAIN, "stopped at depth " + depth);
            key = "deep/d/…/d";
        }
        assertNull(outcome.put(key, value), key + " listed twice");
    }

    /** A scan with its report inside the tree changes nothing in it: contents, sizes, times, modes, links. */
    @Test
    void scanningLeavesEveryInputAsItWas() throws Exception {
        Map<String, String> before = InputFingerprint.of(root);
        assertTrue(before.containsKey("deep/d{" + HostileFiles.DEEP_CHAIN + "}/LICENSE"), "the deep chain's end");
        assertTrue(before.containsKey("locked/COPYING"), "inside the mode-000 folder");
        Path report = root.resolve("report.json");
        Map<String, String> after;
        try {
            Cli.Result r = Cli.command("scan", "--all-files", "--format", "json", "--output", report.toString(),
                    root.toString());
            assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
            after = InputFingerprint.of(root);
        } finally {
            Files.deleteIfExists(report); // the other tests scan this tree too
        }
        assertTrue(after.remove("report.json") != null, "the report was written inside the tree");
        // The root folder itself gained the report, so its mtime moved: everything in it must not have.
        before.remove(".");
        after.remove(".");
        assertEquals(before, after);
    }
}

package org.licenselens.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.HostileFiles;
import org.licenselens.testing.TestCorpus;

class FilesystemEdgeCasesTest {
    @TempDir
    Path tmp;

    private static final String MIT = TestCorpus.licenseText("mit");

    @Test
    void symlinksAreReportedNeverFollowed() throws IOException {
        Path root = Files.createDirectory(tmp.resolve("root"));
        Path outside = Files.writeString(tmp.resolve("outside-LICENSE"), TestCorpus.licenseText("gpl-3.0"));
        ScanTrees.write(root, "LICENSE", MIT);
        HostileFiles.writeLinks(root, outside);

        ScanResult result = ScanTrees.scan(root);
        assertEquals(List.of("LICENSE license mit"), ScanTrees.files(result));
        assertEquals(List.of("COPYING-in symlink", "COPYING-out symlink-out-of-root", "LICENSE-broken broken-symlink",
                "LICENSE-loop-a symlink-loop", "LICENSE-loop-b symlink-loop", "LICENSE-self symlink-loop",
                "sub/out-dir symlink-out-of-root", "sub/up symlink-loop"), ScanTrees.skipped(result));
        assertEquals("-> LICENSE", result.skipped().getFirst().detail());
        assertTrue(!ScanTrees.json(result).contains("gpl"), "nothing outside the root was read");
    }

    @Test
    void fifosAndSocketsAreSkippedWithoutBlocking() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("root"));
        ScanTrees.write(root, "LICENSE", MIT);
        HostileFiles.sh(root, "mkfifo LICENSE.fifo && mkfifo plain-fifo");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(root.resolve("NOTICE.sock")));
            ScanResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ScanTrees.scan(root, true, 2));
            assertEquals(List.of("LICENSE license mit"), ScanTrees.files(result));
            assertEquals(List.of("LICENSE.fifo special-file", "NOTICE.sock special-file", "plain-fifo special-file"),
                    ScanTrees.skipped(result));
            assertEquals(List.of("fifo", "socket", "fifo"), result.skipped().stream().map(Skipped::detail).toList());
        }
    }

    /** Devices are never opened: a character device named like a license would read forever (/dev/zero). */
    @Test
    void devicesAreSkippedUnopened() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("root"));
        HostileFiles.sh(root, "mknod LICENSE-zero c 1 5 && mknod COPYING-loop b 7 0");
        ScanResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ScanTrees.scan(root, true, 2));
        assertEquals(List.of(), ScanTrees.files(result));
        assertEquals(List.of("COPYING-loop special-file", "LICENSE-zero special-file"), ScanTrees.skipped(result));
        assertEquals(List.of("block device", "character device"), result.skipped().stream().map(Skipped::detail).toList());
    }

    /** Spaces, a newline and bytes that are not UTF-8: each file gets its own unambiguous name. */
    @Test
    void oddNamesStayDistinctAndJsonEscapesThem() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("root"));
        String mit = root.resolve("mit.txt").toString();
        Files.writeString(Path.of(mit), MIT);
        HostileFiles.sh(root, "cp mit.txt 'LICENSE with spaces' && cp mit.txt $'LICENSE\\nnewline' && cp mit.txt $'LICENSE-\\xff\\xfe'"
                + " && cp mit.txt 'LICENSE-\\xFF\\xFE' && cp mit.txt 'LICENSE-é' && rm mit.txt");
        ScanResult result = ScanTrees.scan(root);
        List<String> paths = result.files().stream().map(ScannedFile::path).sorted().toList();
        assertEquals(List.of("LICENSE\nnewline", "LICENSE with spaces", "LICENSE-é", "LICENSE-\\xFF\\xFE",
                "LICENSE-\\\\xFF\\\\xFE").stream().sorted().toList(), paths);
        assertTrue(result.files().stream().allMatch(f -> "mit".equals(f.result().detection().expression())),
                ScanTrees.files(result).toString());
        JsonNode json = new ObjectMapper().readTree(ScanTrees.json(result));
        List<String> fromJson = new ArrayList<>();
        json.get("files").forEach(f -> fromJson.add(f.get("path").asText()));
        assertEquals(paths, fromJson.stream().sorted().toList());
        assertTrue(ScanTrees.json(result).contains("\"LICENSE\\nnewline\""), "JSON escapes the newline");
    }

    /** A 10,000-deep chain exceeds PATH_MAX: the walk reports where it had to stop and carries on. */
    @Test
    void veryDeepTreeIsReportedNotACrash() throws Exception {
        Path root = HostileFiles.scratchFolder(tmp, "licenselens-deep");
        ScanTrees.write(root, "LICENSE", MIT);
        ScanTrees.write(root, "z/COPYING", MIT);
        HostileFiles.writeDeepChain(root);
        try {
            ScanResult result = ScanTrees.scan(root);
            List<ScannedFile> errors = result.files().stream().filter(ScannedFile::failed).toList();
            assertEquals(1, errors.size(), ScanTrees.files(result).toString().substring(0, 300));
            assertTrue(errors.getFirst().result().error().startsWith("path too long"), errors.getFirst().result().error());
            assertTrue(errors.getFirst().path().startsWith("d/d/d/"));
            assertEquals("LICENSE", result.files().getFirst().path());
            assertEquals("z/COPYING", result.files().getLast().path());
            assertTrue(result.partial());
        } finally {
            HostileFiles.deleteTree(root);
        }
    }

    @Test
    void emptyFilesAreAnalysedAndFindNothing() {
        ScanTrees.write(tmp, "LICENSE", "");
        ScanTrees.write(tmp, "COPYING", MIT);
        ScanResult result = ScanTrees.scan(tmp);
        assertEquals(List.of("COPYING license mit", "LICENSE license"), ScanTrees.files(result));
        assertEquals(0, result.summary().errors());
        assertEquals("mit", result.expression());
    }

    /** A file deleted, and one rewritten, between the walk and the read. */
    @Test
    void filesThatVanishOrChangeDuringTheScanAreReported() throws Exception {
        ScanTrees.write(tmp, "LICENSE", MIT);
        ScanTrees.write(tmp, "COPYING", MIT);
        ScanTrees.write(tmp, "NOTICE", MIT);
        List<Walker.Entry> entries = Walker.walk(tmp);
        Files.delete(tmp.resolve("LICENSE"));
        Files.writeString(tmp.resolve("COPYING"), TestCorpus.licenseText("isc"));
        Files.delete(tmp.resolve("NOTICE"));
        Files.createDirectory(tmp.resolve("NOTICE"));
        ScanResult result = new ScannerAccess().analyse(tmp, entries);
        assertEquals(List.of("COPYING license isc", "LICENSE license !vanished during the scan",
                "NOTICE notice !is a directory"), ScanTrees.files(result));
        assertEquals(2, result.summary().errors());
    }

    /** Every path the walk visits is in files, in skipped, or counted once. */
    @Test
    void everyVisitedPathIsAccountedForOnce() throws Exception {
        Path root = ModelDirectoryScanTest.modelDirectory(Files.createDirectory(tmp.resolve("root")));
        Files.createSymbolicLink(root.resolve("link"), Path.of("/etc"));
        HostileFiles.sh(root, "mkfifo pipe");
        ScanResult result = ScanTrees.scan(root);
        // files: LICENSE, LICENSE.pdf, README.md, USE_POLICY.md, third_party/x/COPYING; skipped: .git/, link, pipe;
        // counted: config.json
        assertEquals(5, result.files().size());
        assertEquals(List.of(".git/ vcs", "link symlink-out-of-root", "pipe special-file"), ScanTrees.skipped(result));
        assertEquals(1, result.summary().skipped().get(SkipReason.NOT_LICENSE_FILE));
        assertEquals(9, result.summary().visited());
    }
}

package org.licenselens.extract;

import org.licenselens.text.LineMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.HostileFiles;
import org.licenselens.testing.Jvm;

/**
 * Extracts a set of hostile files, generated here, in a separate JVM with a 256 MiB heap (so a limit that fails to
 * hold shows up as an OutOfMemoryError rather than passing quietly), without the root privilege of reading any
 * file (so "permission denied" is real), and with its temporary folder watched: each file gets its own specific
 * error or its exact text, the 3 GiB file is never read, and nothing is written to disk.
 */
@Tag("slow") // starts a child JVM
class HostileFilesTest {
    private static final String MIT = Corpus.licenseBody("mit");

    @TempDir
    static Path dir;
    private static Map<String, String[]> outcomes;
    private static List<String> tempEvents;
    private static String stderr;

    @BeforeAll
    static void extractInASmallJvm() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        List<String> files = HostileFiles.write(in, MIT).stream().map(Path::toString).toList();

        List<String> command = new ArrayList<>(HostileFiles.withoutReadOverride());
        command.addAll(Jvm.command("256m", List.of("-Djava.io.tmpdir=" + tmp), ExtractFiles.class.getName(),
                files.toArray(String[]::new)));
        tempEvents = new ArrayList<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            Process p = Jvm.start(command, dir.resolve("out.txt"), dir.resolve("err.txt"));
            while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
                drain(watch);
            }
            drain(watch);
            stderr = Files.readString(dir.resolve("err.txt"));
            assertEquals(0, p.exitValue(), stderr);
        }
        outcomes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("out.txt"))) {
            String[] cells = line.split("\t");
            outcomes.put(cells[0], Arrays.copyOfRange(cells, 1, cells.length));
        }
        assertEquals(files.size() + 1, outcomes.size(), outcomes.keySet() + "\n" + stderr);
    }

    private static void drain(WatchService watch) {
        WatchKey key;
        while ((key = watch.poll()) != null) {
            for (WatchEvent<?> e : key.pollEvents()) {
                tempEvents.add(e.kind() + " " + e.context());
            }
            key.reset();
        }
    }

    private static String outcome(String name) {
        return outcomes.get(name)[0];
    }

    @Test
    void sparseThreeGibibyteFileIsRefusedWithoutBeingRead() {
        assertEquals("error: exceeds 50 MiB limit", outcome("sparse-3g.bin"));
        long read = Long.parseLong(outcomes.get("sparse-3g.bin")[1]);
        assertTrue(read < 64 * 1024, "bytes read while refusing it: " + read);
    }

    @Test
    void truncatedPdf() {
        assertEquals("error: cannot parse pdf: " + TRUNCATED_PDF_MESSAGE, outcome("truncated.pdf"));
    }

    /** What PDFBox says about a file cut before its cross-reference table, trailer and page tree. */
    private static final String TRUNCATED_PDF_MESSAGE = "Page tree root must be a dictionary";

    @Test
    void encryptedPdf() {
        assertEquals("error: pdf is encrypted", outcome("encrypted.pdf"));
    }

    /**
     * 256 MiB of paragraphs in a 1 MiB zip. The DOCX is streamed (SAX), so the 10 million character write limit
     * stops it long before Tika's compression-ratio check would (that check fires on denser bombs: see
     * DocumentExtractionTest), and well within a 256 MiB heap.
     */
    @Test
    void docxZipBombIsRefusedWithinTheHeap() {
        assertEquals("error: text exceeds 10000000 characters limit", outcome("bomb.docx"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsReadExactly() throws Exception {
        assertEquals("text: text " + MIT.length() + " chars " + LineMap.of(MIT).lineCount() + " lines "
                + ExtractFiles.sha256(MIT), outcome("utf16-no-bom.txt"));
    }

    @Test
    void oneMegabyteLineIsOneLineOfText() throws Exception {
        String line = HostileFiles.LONG_LINE;
        assertEquals("text: text " + line.length() + " chars 1 lines " + ExtractFiles.sha256(line),
                outcome("one-line.txt"));
    }

    @Test
    void randomBytesAreBinary() {
        assertEquals("error: binary file (application/octet-stream)", outcome("random.bin"));
    }

    @Test
    void unreadableFileIsPermissionDenied() {
        assertEquals("error: permission denied", outcome("unreadable.txt"));
    }

    @Test
    void emptyFileIsEmptyText() throws Exception {
        assertEquals("text: text 0 chars 1 lines " + ExtractFiles.sha256(""), outcome("empty"));
    }

    @Test
    void ordinaryDocumentsStillReadInTheSameRun() {
        assertTrue(outcome("LICENSE.pdf").startsWith("text: pdf "), outcome("LICENSE.pdf"));
        assertTrue(outcome("LICENSE.docx").startsWith("text: docx "), outcome("LICENSE.docx"));
        assertTrue(outcome("LICENSE.odt").startsWith("text: odt "), outcome("LICENSE.odt"));
        assertEquals("0", outcomes.get("abandoned")[0], "no parser thread left running");
    }

    /**
     * Embedded documents are never read. Tika does copy a zip-based document (DOCX, ODT) to a temporary file for
     * random access; those copies land only in one owner-only folder, and nothing is left once the run ends.
     */
    @Test
    void temporaryCopiesStayInOnePrivateFolderThatIsGoneAtExit() throws IOException {
        assertEquals(1, tempEvents.stream().filter(e -> e.startsWith("ENTRY_CREATE")).count(), tempEvents.toString());
        assertTrue(tempEvents.stream().allMatch(e -> e.endsWith(tempEvents.getFirst().split(" ")[1])),
                tempEvents.toString());
        assertTrue(tempEvents.getFirst().startsWith("ENTRY_CREATE licenselens-spool-"), tempEvents.toString());
        try (var left = Files.list(dir.resolve("tmp"))) {
            assertEquals(List.of(), left.toList());
        }
    }
}

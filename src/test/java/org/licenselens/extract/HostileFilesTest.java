package org.licenselens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.Documents;
import org.licenselens.testing.Jvm;

/**
 * Extracts a set of hostile files, generated here, in a separate JVM with a 256 MiB heap (so a limit that fails to
 * hold shows up as an OutOfMemoryError rather than passing quietly), without the root privilege of reading any
 * file (so "permission denied" is real), and with its temporary folder watched: each file gets its own specific
 * error or its exact text, the 3 GiB file is never read, and nothing is written to disk.
 */
class HostileFilesTest {
    private static final String MIT = Corpus.licenseBody("mit");
    private static final List<String> MIT_LINES = Corpus.nonBlankLines(MIT);

    @TempDir
    static Path dir;
    private static Map<String, String[]> outcomes;
    private static List<String> tempEvents;
    private static String stderr;

    @BeforeAll
    static void extractInASmallJvm() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        List<String> files = new ArrayList<>();
        try (RandomAccessFile sparse = new RandomAccessFile(in.resolve("sparse-3g.bin").toFile(), "rw")) {
            sparse.setLength(3L << 30); // a hole: 3 GiB long, no blocks on disk
        }
        byte[] pdf = Documents.pdf(MIT_LINES);
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        Files.write(in.resolve("encrypted.pdf"), Documents.pdf(MIT_LINES, "user-secret"));
        writeDocxBomb(in.resolve("bomb.docx"), 256L << 20);
        Files.write(in.resolve("utf16-no-bom.txt"), MIT.getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(in.resolve("one-line.txt"), "word ".repeat(200_000) + "end");
        byte[] random = new byte[1 << 16];
        new Random(42).nextBytes(random);
        random[0] = 0x7f; // never a document magic number by chance
        Files.write(in.resolve("random.bin"), random);
        Path unreadable = Files.writeString(in.resolve("unreadable.txt"), MIT);
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        Files.write(in.resolve("LICENSE.pdf"), pdf);
        Files.write(in.resolve("LICENSE.docx"), Documents.docx(MIT_LINES));
        Files.write(in.resolve("LICENSE.odt"), Documents.odt(MIT_LINES));
        Files.createFile(in.resolve("empty"));
        try (var list = Files.list(in)) {
            list.sorted().forEach(f -> files.add(f.toString()));
        }

        List<String> command = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
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
     * 256 MiB of paragraphs in a 0.3 MiB zip. The DOCX is streamed (SAX), so the 10 million character write limit
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
        String line = "word ".repeat(200_000) + "end";
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

    /**
     * A DOCX whose document.xml inflates to {@code inflatedBytes} of paragraphs (a few hundred KiB zipped), built
     * from a real generated DOCX so everything else in it is valid.
     */
    private static void writeDocxBomb(Path file, long inflatedBytes) throws IOException {
        byte[] docx = Documents.docx(List.of("x"));
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(file))) {
            zout.setLevel(Deflater.BEST_COMPRESSION); // as an attacker would
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] content = zin.readAllBytes();
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    writeHugeBody(zout, new String(content, StandardCharsets.UTF_8), inflatedBytes);
                } else {
                    zout.write(content);
                }
                zout.closeEntry();
            }
        }
    }

    private static void writeHugeBody(OutputStream out, String xml, long inflatedBytes) throws IOException {
        int body = xml.indexOf("<w:body>") + "<w:body>".length();
        out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
        byte[] paragraph = ("<w:p><w:r><w:t>" + "lorem ipsum ".repeat(40) + "</w:t></w:r></w:p>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[paragraph.length * 256];
        for (int i = 0; i < 256; i++) {
            System.arraycopy(paragraph, 0, block, i * paragraph.length, paragraph.length);
        }
        for (long written = 0; written < inflatedBytes; written += block.length) {
            out.write(block);
        }
        out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
    }
}

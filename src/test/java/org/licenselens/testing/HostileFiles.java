package org.licenselens.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Writes the hostile files of issue 5 into a folder, generated at test time from a corpus license. */
public final class HostileFiles {
    /** The line of {@code one-line.txt}: a megabyte without a line break. */
    public static final String LONG_LINE = "word ".repeat(200_000) + "end";

    private HostileFiles() {}

    /**
     * Writes, into {@code dir}: {@code sparse-3g.bin} (3 GiB, a hole), {@code truncated.pdf} (cut in half),
     * {@code encrypted.pdf} (user password), {@code bomb.docx} (256 MiB document.xml), {@code utf16-no-bom.txt},
     * {@code one-line.txt}, {@code random.bin}, {@code unreadable.txt} (mode 000), {@code empty}, and readable
     * {@code LICENSE.pdf}, {@code LICENSE.docx}, {@code LICENSE.odt}, all from {@code license}.
     *
     * @return the files written, sorted
     */
    public static List<Path> write(Path dir, String license) throws IOException {
        List<String> lines = license.lines().filter(l -> !l.isBlank()).toList();
        try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("sparse-3g.bin").toFile(), "rw")) {
            sparse.setLength(3L << 30); // a hole: 3 GiB long, no blocks on disk
        }
        byte[] pdf = Documents.pdf(lines);
        Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        Files.write(dir.resolve("encrypted.pdf"), Documents.pdf(lines, "user-secret"));
        writeDocxBomb(dir.resolve("bomb.docx"), 256L << 20);
        Files.write(dir.resolve("utf16-no-bom.txt"), license.getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("one-line.txt"), LONG_LINE);
        byte[] random = new byte[1 << 16];
        new Random(42).nextBytes(random);
        random[0] = 0x7f; // never a document magic number by chance
        Files.write(dir.resolve("random.bin"), random);
        Path unreadable = Files.writeString(dir.resolve("unreadable.txt"), license);
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        Files.write(dir.resolve("LICENSE.pdf"), pdf);
        Files.write(dir.resolve("LICENSE.docx"), Documents.docx(lines));
        Files.write(dir.resolve("LICENSE.odt"), Documents.odt(lines));
        Files.createFile(dir.resolve("empty"));
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    /**
     * A DOCX whose document.xml inflates to {@code inflatedBytes} of paragraphs (about 1 MiB zipped), built
     * from a real generated DOCX so everything else in it is valid.
     */
    public static void writeDocxBomb(Path file, long inflatedBytes) throws IOException {
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

    /**
     * Returns the command prefix that runs a program without the power to read files whatever their mode: for
     * root, {@code setpriv} drops the two capabilities that grant it; anyone else lacks them already.
     */
    public static List<String> withoutReadOverride() {
        try {
            int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid == 0 ? List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search") : List.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot tell which user runs the tests", e);
        }
    }
}

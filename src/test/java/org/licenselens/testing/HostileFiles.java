package org.licenselens.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
     * What reading each file of {@link #write} gives, by name, when {@code license} is MIT: {@code "error "} and
     * its exact message, or the SPDX expression found ({@code ""} for none).
     */
    public static Map<String, String> outcomes() {
        Map<String, String> outcomes = new TreeMap<>();
        outcomes.put("LICENSE.docx", "MIT");
        outcomes.put("LICENSE.odt", "MIT");
        outcomes.put("LICENSE.pdf", "MIT");
        outcomes.put("bomb.docx", "error text exceeds 10000000 characters limit");
        outcomes.put("empty", "");
        outcomes.put("encrypted.pdf", "error pdf is encrypted");
        outcomes.put("one-line.txt", "");
        outcomes.put("random.bin", "error binary file (application/octet-stream)");
        outcomes.put("sparse-3g.bin", "error exceeds 50 MiB limit");
        outcomes.put("truncated.pdf", "error cannot parse pdf: Page tree root must be a dictionary");
        outcomes.put("unreadable.txt", "error permission denied");
        outcomes.put("utf16-no-bom.txt", "MIT");
        return outcomes;
    }

    /** The depth of the folder chain {@link #writeTree} makes: far past PATH_MAX (4096 bytes). */
    public static final int DEEP_CHAIN = 10_000;

    /**
     * Writes, into the empty folder {@code root}, one tree holding every case of issue 5 under names a plain scan
     * reads: the documents of {@link #write} in {@code LICENSES/} (the REUSE folder, where every file is a license);
     * {@code LICENSE}; links {@code COPYING-in} (to {@code LICENSE}), {@code COPYING-out} (to {@code outside}),
     * {@code LICENSE-loop-a}/{@code -b} (to each other), {@code LICENSE-self}, {@code LICENSE-broken},
     * {@code sub/up} (to {@code ..}) and {@code sub/out-dir} (to the folder holding {@code outside}); the FIFO
     * {@code LICENSE.fifo}, the UNIX socket {@code NOTICE.sock} and the character device {@code LICENSE-zero}
     * (1:5, what {@code /dev/zero} is: read, it would never end; {@code mknod} needs root); the folder {@code locked/} (mode 000, holding {@code COPYING}); {@code LICENSE with spaces},
     * {@code LICENSE<newline>newline} and {@code LICENSE-<0xff 0xfe>}; {@code LICENSE-empty}; a chain of
     * {@link #DEEP_CHAIN} folders {@code deep/d/d/.../d/LICENSE}; and plain files {@code config.json},
     * {@code notes.txt} (the license text) and {@code blob.bin} (random bytes), read only with {@code --all-files}.
     *
     * <p>Remove it with {@link #deleteTree}: a 10,000-deep chain defeats {@code Files.walk}.
     */
    public static void writeTree(Path root, Path outside, String license) throws IOException, InterruptedException {
        write(Files.createDirectory(root.resolve("LICENSES")), license);
        Files.writeString(root.resolve("LICENSE"), license);
        writeLinks(root, outside);
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(root.resolve("NOTICE.sock"))); // the socket file outlives the channel
        }
        Files.writeString(Files.createDirectory(root.resolve("locked")).resolve("COPYING"), license);
        Files.createFile(root.resolve("LICENSE-empty"));
        Files.writeString(root.resolve("config.json"), "{\"model_type\": \"llama\"}\n");
        Files.writeString(root.resolve("notes.txt"), license);
        Files.write(root.resolve("blob.bin"), Files.readAllBytes(root.resolve("LICENSES/random.bin")));
        // Java cannot make a name that is not UTF-8.
        sh(root, "mkfifo LICENSE.fifo && mknod LICENSE-zero c 1 5 && cp LICENSE 'LICENSE with spaces' && cp LICENSE $'LICENSE\\nnewline'"
                + " && cp LICENSE $'LICENSE-\\xff\\xfe' && chmod 000 locked");
        writeDeepChain(Files.createDirectory(root.resolve("deep")));
    }

    /**
     * Writes the links of {@link #writeTree} into {@code root}, which holds a {@code LICENSE}, with {@code sub/out-dir}
     * to the folder holding {@code outside}.
     */
    public static void writeLinks(Path root, Path outside) throws IOException {
        Files.createSymbolicLink(root.resolve("COPYING-in"), Path.of("LICENSE"));
        Files.createSymbolicLink(root.resolve("COPYING-out"), outside);
        Files.createSymbolicLink(root.resolve("LICENSE-loop-a"), Path.of("LICENSE-loop-b"));
        Files.createSymbolicLink(root.resolve("LICENSE-loop-b"), Path.of("LICENSE-loop-a"));
        Files.createSymbolicLink(root.resolve("LICENSE-self"), Path.of("LICENSE-self"));
        Files.createSymbolicLink(root.resolve("LICENSE-broken"), Path.of("nothing-here"));
        Path sub = Files.createDirectory(root.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(sub.resolve("out-dir"), outside.toAbsolutePath().getParent());
    }

    /** Writes {@link #DEEP_CHAIN} nested folders {@code d} into {@code folder}, with a file {@code LICENSE} at the end. */
    public static void writeDeepChain(Path folder) throws IOException, InterruptedException {
        // Java cannot make a path past PATH_MAX; perl, not a bash loop: bash's cd re-canonicalizes $PWD past PATH_MAX
        // and takes minutes.
        sh(folder, "perl -e 'for (1.." + DEEP_CHAIN + ") { mkdir \"d\" or die $!; chdir \"d\" or die $! }"
                + " open(F, \">LICENSE\") or die; print F \"x\"'");
    }

    /**
     * Returns a new empty folder on tmpfs ({@code /dev/shm}) where there is one, else in {@code fallback}: removing a
     * 10,000-deep chain from ext4 takes half a minute under load.
     */
    public static Path scratchFolder(Path fallback, String prefix) throws IOException {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, prefix)
                : Files.createTempDirectory(fallback, prefix);
    }

    /** Removes {@code folder} and all below it, however deep and whatever the modes. */
    public static void deleteTree(Path folder) throws IOException, InterruptedException {
        // find chmods each folder before it descends into it, so a mode-000 folder opens for anyone who owns it
        sh(folder.getParent(), "find '" + folder.getFileName() + "' -type d ! -perm -u=rwx -exec chmod u+rwx {} \\;"
                + " ; rm -rf '" + folder.getFileName() + "'");
    }

    /** Runs a bash script in {@code cwd}, failing with its output unless it exits 0. */
    public static void sh(Path cwd, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", script).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("script failed: " + script + "\n" + out);
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

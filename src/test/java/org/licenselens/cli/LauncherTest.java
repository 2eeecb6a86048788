package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher ({@code src/main/bin/licenselens}) the way a newcomer's second shell does: no
 * {@code JAVA_HOME}, and the system's default {@code java} (17 on this project's machines) on the PATH. The jar
 * beside it is a stand-in whose main prints the Java version and heap limit it got, so the test checks the
 * launcher alone.
 */
class LauncherTest {

    /** The stand-in for licenselens.jar: prints what the launcher gave it. */
    public static final class PrintJvm {
        public static void main(String[] args) {
            boolean aot = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .anyMatch(a -> a.startsWith("-XX:AOTCache="));
            System.out.println(Runtime.version().feature() + " " + Runtime.getRuntime().maxMemory() + " "
                    + (aot ? "aot" : "no-aot"));
        }
    }

    @TempDir
    Path dir;

    @Test
    void aShellWithoutJavaHomeGetsAJdk21AndABoundedHeap() throws Exception {
        List<String> out = run(Map.of());
        String[] fields = out.get(0).split(" ");
        assertTrue(Integer.parseInt(fields[0]) >= 21, "the launcher ran Java " + fields[0]);
        assertTrue(Long.parseLong(fields[1]) <= 1L << 30, "default heap " + fields[1] + " bytes, over 1 GiB");
    }

    @Test
    void theUsersHeapOptionWins() throws Exception {
        List<String> out = run(Map.of("LICENSELENS_JAVA_OPTS", "-Xmx64m"));
        long max = Long.parseLong(out.get(0).split(" ")[1]);
        assertTrue(max <= 64L << 20, "with -Xmx64m the heap limit is " + max);
    }

    @Test
    void aJavaHomeTooOldIsPassedOverForOneThatWorks() throws Exception {
        Path old = dir.resolve("old-jdk/bin");
        Files.createDirectories(old);
        Path fakeJava = old.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho 'java.specification.version = 17' >&2\nexit 0\n");
        fakeJava.toFile().setExecutable(true);
        List<String> out = run(Map.of("JAVA_HOME", dir.resolve("old-jdk").toString()));
        assertTrue(Integer.parseInt(out.get(0).split(" ")[0]) >= 21, out.toString());
    }

    @Test
    void theAotCacheIsUsedOnlyWithItsJdkAndWhileNewerThanTheJar() throws Exception {
        Path bin = install();
        Process find = new ProcessBuilder(bin.resolve("find-jdk").toString(), "--runtime").start();
        String jdk = new String(find.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, find.waitFor());
        // Not a real cache: the JVM finds it unusable and starts without it, silently, as it does for a stale one.
        Files.writeString(bin.resolve("licenselens.aot"), "not a cache");
        Files.setLastModifiedTime(bin.resolve("licenselens.aot"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        Files.writeString(bin.resolve("licenselens.aot.jdk"), jdk + "\n");
        assertEquals("aot", fields(runInstalled(bin, Map.of()))[2], "a cache of this JDK, newer than the jar");

        Files.writeString(bin.resolve("licenselens.aot.jdk"), "/some/other/jdk\n");
        assertEquals("no-aot", fields(runInstalled(bin, Map.of()))[2], "a cache another JDK made");

        Files.writeString(bin.resolve("licenselens.aot.jdk"), jdk + "\n");
        Files.setLastModifiedTime(bin.resolve("licenselens.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 20_000));
        assertEquals("no-aot", fields(runInstalled(bin, Map.of()))[2], "a jar rebuilt after the cache");
    }

    private static String[] fields(List<String> out) {
        return out.get(0).split(" ");
    }

    private List<String> run(Map<String, String> extraEnv) throws Exception {
        return runInstalled(install(), extraEnv);
    }

    private Path install() throws IOException {
        Path bin = dir.resolve("target");
        Files.createDirectories(bin);
        for (String script : List.of("licenselens", "find-jdk")) {
            Files.copy(Path.of("src/main/bin", script), bin.resolve(script), StandardCopyOption.REPLACE_EXISTING);
            bin.resolve(script).toFile().setExecutable(true);
        }
        writeJar(bin.resolve("licenselens.jar"));
        return bin;
    }

    private List<String> runInstalled(Path bin, Map<String, String> extraEnv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(bin.resolve("licenselens").toString()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
        pb.environment().put("HOME", dir.toString());
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not exit");
        assertEquals(0, p.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals(1, lines.size(), "the stand-in's line and nothing else from the JVM: " + output);
        assertTrue(lines.get(0).matches("\\d+ \\d+ \\S+"), output);
        return lines;
    }

    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PrintJvm.class.getName());
        String entry = PrintJvm.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest);
             InputStream cls = LauncherTest.class.getClassLoader().getResourceAsStream(entry)) {
            j.putNextEntry(new JarEntry(entry));
            cls.transferTo(j);
            j.closeEntry();
        }
    }
}

package org.licenselens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.corpus.CorpusLocation;
import org.licenselens.testing.TestCorpus;

class IndexStoreTest {
    private static final List<String> LICENSES = List.of("mit", "apache-2.0", "bsd-new", "isc", "zlib");
    private static final List<String> RULES = List.of("mit_1", "apache-2.0_7", "bsd-new_10");

    @TempDir
    Path temp;
    private Path corpus;
    private Path indexRoot;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /** A small corpus copied from the real one, so changing it is cheap and never touches the shared data. */
    @BeforeEach
    void copySmallCorpus() throws IOException {
        corpus = temp.resolve("corpus");
        indexRoot = temp.resolve("index");
        Path licenses = Files.createDirectories(corpus.resolve(CorpusLocation.LICENSE_DIR));
        Path rules = Files.createDirectories(corpus.resolve(CorpusLocation.RULES_DIR));
        for (String key : LICENSES) {
            Files.copy(TestCorpus.root().resolve(CorpusLocation.LICENSE_DIR).resolve(key + ".LICENSE"),
                    licenses.resolve(key + ".LICENSE"));
        }
        for (String rule : RULES) {
            Files.copy(TestCorpus.root().resolve(CorpusLocation.RULES_DIR).resolve(rule + ".RULE"),
                    rules.resolve(rule + ".RULE"));
        }
    }

    private LicenseIndex open() {
        return IndexStore.open(CorpusLocation.of(corpus), indexRoot, log::add);
    }

    private long builds() {
        return log.stream().filter(line -> line.startsWith("building license index")).count();
    }

    @Test
    void buildsOnceThenReusesThePersistedIndex() throws IOException {
        try (LicenseIndex first = open()) {
            assertEquals(LICENSES.size(), first.licenseCount());
            assertEquals(RULES.size(), first.ruleCount());
        }
        try (LicenseIndex second = open()) {
            assertEquals(LICENSES.size(), second.licenseCount());
        }
        assertEquals(1, builds(), log.toString());
    }

    @Test
    void aChangedCorpusTriggersARebuild() throws IOException {
        open().close();
        Files.copy(TestCorpus.root().resolve(CorpusLocation.LICENSE_DIR).resolve("gpl-2.0.LICENSE"),
                corpus.resolve(CorpusLocation.LICENSE_DIR).resolve("gpl-2.0.LICENSE"));
        try (LicenseIndex index = open()) {
            assertEquals(LICENSES.size() + 1, index.licenseCount());
            assertTrue(index.license("gpl-2.0").isPresent());
        }
        assertEquals(2, builds(), log.toString());
    }

    @Test
    void anEditInPlaceIsSeenOnceTheFolderStampChanges() throws IOException {
        open().close();
        Path mit = corpus.resolve(CorpusLocation.LICENSE_DIR).resolve("mit.LICENSE");
        Files.writeString(mit, Files.readString(mit) + "\nAn added sentence.\n");
        Files.setLastModifiedTime(mit.getParent(), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        open().close();
        assertEquals(2, builds(), log.toString());
    }

    @Test
    void aDamagedIndexIsDetectedAndRebuilt() throws IOException {
        open().close();
        Path references;
        try (var dirs = Files.list(indexRoot)) {
            references = dirs.filter(p -> p.getFileName().toString().startsWith("index-")).findFirst().orElseThrow()
                    .resolve(ReferenceFile.NAME);
        }
        byte[] bytes = Files.readAllBytes(references);
        Files.write(references, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (LicenseIndex index = open()) {
            assertEquals(LICENSES.size(), index.licenseCount());
        }
        assertTrue(log.stream().anyMatch(line -> line.contains("unusable")), log.toString());
        assertEquals(2, builds(), log.toString());
    }

    private Path indexDir() throws IOException {
        try (var dirs = Files.list(indexRoot)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("index-")).findFirst().orElseThrow();
        }
    }

    private void flipOneByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
    }

    /** Still a working index: the Lucene part answers a query. */
    private static void assertWorks(LicenseIndex index) throws IOException {
        int[] ids = index.dictionary().ids(org.licenselens.text.TextNormalizer.tokenize(
                TestCorpus.licenseText("zlib")).terms());
        int[] candidates = index.candidates(ids, 64, 1);
        assertEquals("zlib", index.references().get(candidates[0]).expression());
    }

    @Test
    void aFlippedByteInTheReferencesFailsTheChecksumAndIsRebuilt() throws IOException {
        open().close();
        flipOneByte(indexDir().resolve(ReferenceFile.NAME));
        try (LicenseIndex index = open()) {
            assertWorks(index);
        }
        assertTrue(log.stream().anyMatch(line -> line.matches("index at .* is unusable \\(.*references.bin fails its "
                + "checksum: damaged or half-written\\); rebuilding it")), log.toString());
        assertEquals(2, builds(), log.toString());
    }

    @Test
    void aFlippedByteInTheLuceneIndexIsCaughtAtOpenNotMidRun() throws IOException {
        open().close();
        Path cfs;
        try (var files = Files.list(indexDir().resolve(IndexBuilder.LUCENE_DIR))) {
            cfs = files.filter(p -> p.toString().endsWith(".cfs")).findFirst().orElseThrow();
        }
        flipOneByte(cfs);
        try (LicenseIndex index = open()) {
            assertWorks(index);
        }
        assertTrue(log.stream().anyMatch(line -> line.matches("index at .* is unusable \\(Lucene file _0\\.cfs fails its checksum: damaged\\); rebuilding it")),
                log.toString());
        assertEquals(2, builds(), log.toString());
    }

    @Test
    void anIndexFolderWithoutItsLucenePartIsHalfWrittenAndRebuilt() throws IOException {
        open().close();
        IndexStore.deleteTree(indexDir().resolve(IndexBuilder.LUCENE_DIR));
        try (LicenseIndex index = open()) {
            assertWorks(index);
        }
        assertTrue(log.stream().anyMatch(line -> line.endsWith("has no segments: half-written); rebuilding it")),
                log.toString());
        assertEquals(2, builds(), log.toString());
        assertEquals(1, log.stream().filter(line -> line.contains("unusable")).count(), "reported once: " + log);
    }

    @Test
    void aChangedCorpusGetsANewIndexWithAMessageAndTheOldOneIsKept() throws IOException {
        open().close();
        Files.copy(TestCorpus.root().resolve(CorpusLocation.LICENSE_DIR).resolve("gpl-2.0.LICENSE"),
                corpus.resolve(CorpusLocation.LICENSE_DIR).resolve("gpl-2.0.LICENSE"));
        open().close();
        assertTrue(log.contains("building license index for corpus " + corpus + " (a new corpus or engine version; "
                + "1 other index kept, up to " + IndexStore.KEPT + " in all)…"), log.toString());
        assertEquals(2, indexCount());
    }

    @Test
    void twoCorporaUsedAlternatelyBuildTheirIndexesOnceEach() throws IOException {
        Path second = temp.resolve("second-corpus");
        copy(second, List.of("mit", "apache-2.0"));
        for (int round = 0; round < 3; round++) {
            open().close();
            try (LicenseIndex other = IndexStore.open(CorpusLocation.of(second), indexRoot, log::add)) {
                assertEquals(2, other.licenseCount());
            }
        }
        assertEquals(2, builds(), log.toString());
    }

    @Test
    void pastTheBoundTheLeastRecentlyUsedIndexGoes() throws IOException {
        List<Path> corpora = new ArrayList<>();
        for (int i = 0; i <= IndexStore.KEPT; i++) {
            Path c = temp.resolve("corpus-" + i);
            copy(c, LICENSES.subList(0, i % LICENSES.size() + 1));
            Files.writeString(c.resolve(CorpusLocation.LICENSE_DIR).resolve("own-" + i + ".LICENSE"),
                    "---\nkey: own-" + i + "\nshort_name: Own " + i + "\nname: Own License " + i
                            + "\ncategory: Proprietary Free\nspdx_license_key: LicenseRef-own-" + i
                            + "\n---\nThe licensee may use copy " + i + " only on Tuesdays.\n");
            corpora.add(c);
        }
        for (Path c : corpora.subList(0, IndexStore.KEPT)) {
            IndexStore.open(CorpusLocation.of(c), indexRoot, log::add).close();
        }
        // The first corpus is used again, so the second is now the least recently used.
        IndexStore.open(CorpusLocation.of(corpora.getFirst()), indexRoot, log::add).close();
        IndexStore.open(CorpusLocation.of(corpora.getLast()), indexRoot, log::add).close();
        assertEquals(IndexStore.KEPT, indexCount());
        assertEquals(IndexStore.KEPT + 1, builds(), log.toString());
        IndexStore.open(CorpusLocation.of(corpora.getFirst()), indexRoot, log::add).close();
        assertEquals(IndexStore.KEPT + 1, builds(), "the first corpus's index was kept: " + log);
        IndexStore.open(CorpusLocation.of(corpora.get(1)), indexRoot, log::add).close();
        assertEquals(IndexStore.KEPT + 2, builds(), "the second corpus's index was the one dropped: " + log);
    }

    private void copy(Path root, List<String> keys) throws IOException {
        Path licenses = Files.createDirectories(root.resolve(CorpusLocation.LICENSE_DIR));
        Files.createDirectories(root.resolve(CorpusLocation.RULES_DIR));
        for (String key : keys) {
            Files.copy(TestCorpus.root().resolve(CorpusLocation.LICENSE_DIR).resolve(key + ".LICENSE"),
                    licenses.resolve(key + ".LICENSE"));
        }
    }

    private long indexCount() throws IOException {
        try (var dirs = Files.list(indexRoot)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("index-")).count();
        }
    }

    @Test
    void theTempFolderOfAnInterruptedBuildIsIgnoredAndRemoved() throws IOException {
        Files.createDirectories(indexRoot);
        Path leftover = Files.createDirectory(indexRoot.resolve(IndexStore.BUILDING + "12345"));
        Files.writeString(leftover.resolve(ReferenceFile.NAME), "half of an index");
        try (LicenseIndex index = open()) {
            assertWorks(index);
        }
        assertTrue(log.contains("removing " + leftover + ", left by an interrupted index build"), log.toString());
        assertTrue(Files.notExists(leftover));
        assertEquals(1, builds(), log.toString());
    }

    @Test
    void malformedCorpusFilesAreReportedWithTheirPathAndTheRestIsIndexed() throws IOException {
        Path badYaml = Files.writeString(corpus.resolve(CorpusLocation.LICENSE_DIR).resolve("broken.LICENSE"),
                "---\nkey: broken\nname: [unclosed\n---\nSome text.\n");
        Path noKey = Files.writeString(corpus.resolve(CorpusLocation.RULES_DIR).resolve("nokey_1.RULE"),
                "---\nis_license_notice: yes\n---\nSome notice.\n");
        try (LicenseIndex index = open()) {
            assertEquals(LICENSES.size(), index.licenseCount());
            assertEquals(RULES.size(), index.ruleCount());
            assertWorks(index);
        }
        assertTrue(log.stream().anyMatch(line -> line.startsWith("corpus: skipped " + badYaml
                + ": front matter is not valid YAML")), log.toString());
        assertTrue(log.contains("corpus: skipped " + noKey + ": missing required 'license_expression'"),
                log.toString());
    }

    /** Separate JVMs, released at the same moment: one builds under the file lock, the others wait and load it. */
    @Test
    @Tag("slow") // starts child JVMs
    void twoProcessesStartingAtOnceBuildOnce() throws Exception {
        Path go = temp.resolve("go");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(org.licenselens.testing.Jvm.start(temp.resolve("out" + i), temp.resolve("err" + i),
                    OpenIndex.class.getName(), corpus.toString(), indexRoot.toString(), go.toString()));
        }
        Thread.sleep(1500); // both JVMs up and polling for the go file
        Files.createFile(go);
        long buildLines = 0;
        for (int i = 0; i < 2; i++) {
            Process p = processes.get(i);
            assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "process " + i + " did not finish");
            List<String> out = Files.readAllLines(temp.resolve("out" + i));
            assertEquals(0, p.exitValue(), out + Files.readString(temp.resolve("err" + i)));
            assertEquals("licenses " + LICENSES.size() + " rules " + RULES.size() + " first candidate for mit mit",
                    out.getLast(), out.toString());
            buildLines += out.stream().filter(l -> l.startsWith("log: building license index")).count();
        }
        assertEquals(1, buildLines, "exactly one process builds");
        try (var dirs = Files.list(indexRoot)) {
            assertEquals(List.of(), dirs.filter(p -> p.getFileName().toString().startsWith(IndexStore.BUILDING))
                    .toList(), "no temporary build folder left");
        }
    }

    @Test
    void concurrentFirstRunsBuildOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try (LicenseIndex index = open()) {
                        return index.licenseCount();
                    }
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                assertEquals(LICENSES.size(), run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, builds(), log.toString());
    }
}

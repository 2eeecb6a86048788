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

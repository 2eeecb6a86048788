package org.licenselens.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchSetTest {
    @TempDir
    Path root;

    private void write(String relative, String content) throws IOException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    @Test
    void readsExpressionsFromYamlBesideEachFile() throws IOException {
        write("lic1/b.c", "x");
        write("lic1/b.c.yml", "license_expressions:\n  - gpl-2.0-plus AND lgpl-2.1-plus\n  - mit\n  - mit\n");
        write("lic1/sub/a.txt", "x");
        write("lic1/sub/a.txt.yml", "notes: a note\nlicense_expressions:\n  - (mit OR apache-2.0) WITH foo-exception\n");

        BenchSet set = BenchSet.load(root);

        assertEquals(List.of("lic1/b.c", "lic1/sub/a.txt"), set.cases().stream().map(BenchCase::relativePath).toList());
        BenchCase b = set.cases().getFirst();
        assertEquals(List.of("gpl-2.0-plus AND lgpl-2.1-plus", "mit", "mit"), b.expectedExpressions());
        assertEquals(Set.of("gpl-2.0-plus", "lgpl-2.1-plus", "mit"), b.expectedKeys());
        assertEquals(root.resolve("lic1/b.c"), b.file());
        assertEquals(Set.of("mit", "apache-2.0", "foo-exception"), set.cases().get(1).expectedKeys());
        assertTrue(set.warnings().isEmpty());
    }

    @Test
    void noExpressionsMeansNothingExpected() throws IOException {
        write("u/none.txt", "x");
        write("u/none.txt.yml", "notes: nothing should be detected\n");
        write("u/empty.txt", "x");
        write("u/empty.txt.yml", "license_expressions: []\nlanguage: fr\n");

        BenchSet set = BenchSet.load(root);

        assertEquals(2, set.size());
        set.cases().forEach(c -> assertTrue(c.expectedKeys().isEmpty(), c.relativePath()));
    }

    @Test
    void singleStringExpressionAccepted() throws IOException {
        write("s.txt", "x");
        write("s.txt.yml", "license_expressions: bsd-new OR gpl-2.0\n");
        assertEquals(Set.of("bsd-new", "gpl-2.0"), BenchSet.load(root).cases().getFirst().expectedKeys());
    }

    @Test
    void unknownKeyKeepsExpectationAndWarns() throws IOException {
        write("f.txt", "x");
        write("f.txt.yml", "license_expressions:\n  - mit\nexpected_failure: yes\n");

        BenchSet set = BenchSet.load(root);

        assertEquals(Set.of("mit"), set.cases().getFirst().expectedKeys());
        assertEquals(1, set.warnings().size());
        assertTrue(set.warnings().getFirst().contains("expected_failure"), set.warnings().getFirst());
    }

    @Test
    void yamlWithoutFileIsAnError() throws IOException {
        write("orphan.txt.yml", "license_expressions:\n  - mit\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchSet.load(root));
        assertTrue(e.getMessage().contains("orphan.txt.yml"), e.getMessage());
    }

    @Test
    void malformedExpressionNamesTheFile() throws IOException {
        write("bad.txt", "x");
        write("bad.txt.yml", "license_expressions:\n  - (mit OR bsd-new\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchSet.load(root));
        assertTrue(e.getMessage().contains("bad.txt.yml"), e.getMessage());
    }

    @Test
    void rejectsMissingRoot() {
        assertThrows(IllegalArgumentException.class, () -> BenchSet.load(root.resolve("nope")));
    }

    @Test
    void sampleSpreadsEvenlyAndKeepsSmallSets() throws IOException {
        for (int i = 0; i < 10; i++) {
            write("f" + i + ".txt", "x");
            write("f" + i + ".txt.yml", "license_expressions:\n  - mit\n");
        }
        BenchSet set = BenchSet.load(root);

        assertEquals(List.of("f0.txt", "f2.txt", "f4.txt", "f6.txt", "f8.txt"),
                set.sample(5).cases().stream().map(BenchCase::relativePath).toList());
        assertSame(set, set.sample(10));
        assertThrows(IllegalArgumentException.class, () -> set.sample(0));
    }
}

package org.licenselens.scan;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.TestCorpus;

@Tag("slow") // scans a large generated tree several times
class DeterminismTest {
    @TempDir
    Path dir;

    private static final List<String> KEYS = List.of("mit", "apache-2.0", "bsd-new", "isc", "gpl-2.0", "lgpl-2.1",
            "mpl-2.0", "llama-2-license-2023", "gemma-tou-2025-03-24", "zlib", "cc-by-4.0", "epl-2.0");

    @Test
    void sameTreeGivesTheSameBytesWhateverTheThreads() {
        for (int i = 0; i < KEYS.size(); i++) {
            String folder = "pkg" + (char) ('a' + (i * 7) % KEYS.size()) + "/sub" + i % 3;
            ScanTrees.write(dir, folder + "/LICENSE", TestCorpus.licenseText(KEYS.get(i)));
            ScanTrees.write(dir, folder + "/package.json", "{\"license\": \"MIT\"}");
            ScanTrees.write(dir, folder + "/Main" + i + ".java", "// SPDX-License-Identifier: Apache-2.0\nclass M {}\n");
        }
        ScanTrees.write(dir, "README.md", "---\nlicense: llama2\n---\n# x\n\n## License\n\nMIT\n");
        String first = ScanTrees.json(ScanTrees.scan(dir, true, 1));
        for (int threads : new int[] {2, 4, 8, 3}) {
            assertEquals(first, ScanTrees.json(ScanTrees.scan(dir, true, threads)), threads + " threads");
        }
        assertEquals(first, ScanTrees.json(ScanTrees.scan(dir, true, 4)), "scanned again");
    }
}

package org.licenselens.scan;

import java.nio.file.Path;
import java.util.List;
import org.licenselens.testing.TestCorpus;

/** Runs the analysis half of a scan on entries walked earlier, so a test can change the tree in between. */
final class ScannerAccess {
    ScanResult analyse(Path root, List<Walker.Entry> entries) {
        return Scanner.analyseForTest(TestCorpus.analysis(), new ScanOptions(root, false, 2), entries);
    }
}

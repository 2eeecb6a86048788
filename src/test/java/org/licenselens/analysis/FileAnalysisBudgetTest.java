package org.licenselens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.extract.ExtractionLimits;
import org.licenselens.extract.TextExtractor;
import org.licenselens.testing.TestCorpus;

class FileAnalysisBudgetTest {
    @Test
    void aFileWhoseMatchingOutlastsTheBudgetIsReportedWithTheReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("COPYING"),
                TestCorpus.licenseText("gpl-3.0").replace("Everyone is permitted", "Anyone is permitted"));
        FileAnalysis spent = new FileAnalysis(TestCorpus.analysis().index(),
                new TextExtractor(ExtractionLimits.defaults()), Duration.ofNanos(1));
        FileResult result = spent.analyse(FilePath.asGiven(file), ClauseMode.LICENSE_DOCUMENTS);
        assertEquals(file.toString(), result.path());
        assertNull(result.detection());
        assertTrue(result.error().startsWith("matching took longer than its budget"), result.error());
        // Within the default budget the same file is identified.
        FileResult normal = TestCorpus.analysis().analyse(FilePath.asGiven(file), ClauseMode.NONE);
        assertNull(normal.error());
        assertEquals("gpl-3.0", normal.detection().expression());
    }
}

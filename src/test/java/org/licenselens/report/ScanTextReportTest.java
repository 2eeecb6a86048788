package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.scan.ScanListener;
import org.licenselens.scan.ScanOptions;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.Scanner;
import org.licenselens.testing.TestCorpus;

class ScanTextReportTest {
    @TempDir
    Path dir;

    /** A file name holding a newline cannot forge a line of the text report. */
    @Test
    void controlCharactersInNamesAreEscaped() throws IOException {
        Files.writeString(dir.resolve("LICENSE\nFAKE  MIT  full"), TestCorpus.licenseText("isc"));
        ScanResult result = TestCorpus.lens().scan(ScanOptions.of(dir), ScanListener.NONE);
        StringWriter out = new StringWriter();
        ScanTextReport.write(out, new ReportContext(TestCorpus.lens().licenses(), false), result, true);
        assertTrue(out.toString().contains("LICENSE\\nFAKE  MIT  full  ISC"), out.toString());
        assertTrue(out.toString().lines().noneMatch(l -> l.startsWith("FAKE")), out.toString());
        assertEquals("a\\tb\\u0007", ScanTextReport.printable("a\tb\u0007"));
    }

    @Test
    void sarifUrisPercentEncodeTheOriginalBytes() {
        assertEquals("odd%20dir/LICENSE%0Ax", SarifReport.uri("odd dir/LICENSE\nx"));
        assertEquals("LICENSE-%FF%FE", SarifReport.uri("LICENSE-\\xFF\\xFE"));
        assertEquals("LICENSE-%5CxFF", SarifReport.uri("LICENSE-\\\\xFF"));
        assertEquals("LICENSE-%C3%A9", SarifReport.uri("LICENSE-é"));
    }
}

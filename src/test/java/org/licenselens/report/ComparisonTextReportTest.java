package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.licenselens.LicenseLens;
import org.licenselens.compare.LicenseComparer;
import org.licenselens.compare.LicenseComparison;
import org.licenselens.compare.LicenseDocument;
import org.licenselens.testing.TestCorpus;

class ComparisonTextReportTest {
    private static String text(LicenseComparison comparison) throws IOException {
        StringWriter out = new StringWriter();
        ComparisonTextReport.write(out, comparison);
        return out.toString();
    }

    private static void assertFits(String report) {
        for (String line : report.lines().toList()) {
            assertTrue(line.length() <= ComparisonTextReport.WIDTH, line.length() + ": " + line);
        }
    }

    @Test
    void fiveLicensesWithLongNamesStillFitOneHundredColumns() throws IOException {
        LicenseComparison c = TestCorpus.lens().compare(List.of("llama-2-license-2023", "llama-3.1-license-2024",
                "llama-3.2-license-2024", "gemma-tou-2025-03-24", "apache-2.0"));
        String report = text(c);
        assertFits(report);
        assertTrue(report.contains("E apache-2.0"), report);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("  OSD verdict") || l.startsWith("* OSD verdict")));
    }

    @Test
    void controlCharactersAndEscapeSequencesInTextsAndNamesCannotReachTheTerminal() throws IOException {
        LicenseLens lens = TestCorpus.lens();
        String llama = TestCorpus.licenseText("llama-2-license-2023");
        String hostile = llama.replace("You will not use", "You \u001B[2J\u001B]0;pwned\u0007will \u202Enot use");
        LicenseDocument a = new LicenseDocument("a\u001B[31mred", LicenseDocument.Origin.FILE, null, null, hostile,
                lens.analyse(hostile, lens.detect(hostile)));
        LicenseDocument b = new LicenseDocument("b", LicenseDocument.Origin.FILE, null, null, llama,
                lens.analyse(llama, lens.detect(llama)));
        String report = text(new LicenseComparer().compare(List.of(a, b)));
        assertFits(report);
        assertFalse(report.chars().anyMatch(ch -> ch == 0x1B || ch == 0x07 || ch == 0x202E), "no escape reaches out");
        assertTrue(report.contains("a\uFFFD[31mred"), report);
        assertEquals(List.of(), report.lines().filter(l -> l.contains("\t")).toList());
    }
}

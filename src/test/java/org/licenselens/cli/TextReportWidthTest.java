package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.ModelDirectory;
import org.licenselens.testing.TestCorpus;

/** Every text report of the issue-12 fixtures fits a 100-column terminal and says each thing once. */
class TextReportWidthTest {
    private static final int WIDTH = 100;

    @TempDir
    Path dir;

    @Test
    void scanAndReviewOfTheModelDirectoryFit() {
        Path model = ModelDirectory.write(dir.resolve("model"));
        for (String command : List.of("scan", "review")) {
            Cli.Result r = Cli.command(command, model.toString());
            assertFits(command, r);
        }
        String scan = Cli.command("scan", "--review", model.toString()).out();
        assertTrue(scan.lines().anyMatch(l -> l.matches("  attribution-naming: LICENSE:\\d+")), "each site once: " + scan);
        assertEquals(1, scan.lines().filter(l -> l.matches(".*\\[use-restriction] acceptable-use policy: [2-9]\\d items.*"))
                .count(), scan);
        assertTrue(scan.contains("1 mismatch,") && scan.contains("4 files analysed"), scan);
    }

    @Test
    void identifyOfUnknownModifiedAndLongPathsFits() throws IOException {
        Path unknown = write("deep/" + "very-long-folder-name/".repeat(8) + "LICENSE",
                TestCorpus.scrambled(TestCorpus.licenseText("apache-2.0")) + "\n\n"
                        + TestCorpus.scrambled(TestCorpus.licenseText("bsd-new")));
        Path mit = write("MIT-modified", TestCorpus.licenseText("mit").replace("free of charge", "for a small fee"));
        Path llama = write("LLAMA", TestCorpus.licenseText("llama-3.1-license-2024"));
        Cli.Result r = Cli.identify(unknown.toString(), mit.toString(), llama.toString());
        assertFits("identify", r);
        assertTrue(count(r.out(), "closest licenses:") == 1, r.out());
        assertFits("identify --diff", Cli.identify("--diff", mit.toString()));
    }

    @Test
    void compareFits() {
        assertFits("compare", Cli.command("compare", "llama2", "llama3.1", "gemma"));
    }

    private static void assertFits(String what, Cli.Result r) {
        assertTrue(!r.out().isBlank(), what + " wrote nothing; stderr: " + r.err());
        List<String> wide = r.out().lines().filter(l -> l.codePointCount(0, l.length()) > WIDTH).toList();
        assertEquals(List.of(), wide, what + ": lines over " + WIDTH + " columns");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}

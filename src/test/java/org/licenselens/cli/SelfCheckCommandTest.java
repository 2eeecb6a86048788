package org.licenselens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.TestCorpus;

/** {@code licenselens selfcheck} over the whole real corpus. */
@Tag("slow") // identifies all 2,618 LicenseDB texts
class SelfCheckCommandTest {
    private static final Pattern RATE = Pattern.compile("rate\\s+([0-9.]+)% \\((\\d+) / (\\d+)\\)");

    @Test
    void identifiesAlmostEveryLicenseTextAsItself(@TempDir Path out) throws IOException {
        TestCorpus.lens();
        Cli.Result r = Cli.run("selfcheck", "--index", Cli.indexRoot().toString(),
                "--corpus", TestCorpus.root().toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("licenses     2618\n"), r.out());
        assertTrue(r.out().contains("empty-text   21 (not scored)"), r.out());
        Matcher rate = RATE.matcher(r.out());
        assertTrue(rate.find(), r.out());
        assertEquals(2618 - 21, Integer.parseInt(rate.group(3)));
        // A regression guard well below the measured 99.85%, so matching changes can move it a little.
        assertTrue(Double.parseDouble(rate.group(1)) >= 99.0, r.out());

        List<String> wrong = Files.readAllLines(out.resolve("wrong.tsv"));
        assertEquals("key\tfound", wrong.getFirst());
        int wrongCount = Integer.parseInt(rate.group(3)) - Integer.parseInt(rate.group(2));
        assertEquals(wrongCount, wrong.size() - 1, String.join("\n", wrong));
        String summary = Files.readString(out.resolve("summary.txt"));
        assertTrue(summary.startsWith("licenses     2618\n") && r.out().startsWith(summary), summary);
        assertTrue(r.err().contains("wrote "), r.err());
    }
}

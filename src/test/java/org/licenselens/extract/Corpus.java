package org.licenselens.extract;

import org.licenselens.text.LineMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads license texts from the shared corpus at test time and checks extracted text against them. */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
    }

    /** The license text of {@code key}: everything after the closing {@code ---} of the YAML front matter. */
    static String licenseBody(String key) {
        Path file = root().resolve("scancode-licensedb").resolve(key + ".LICENSE");
        try {
            String all = Files.readString(file, StandardCharsets.UTF_8);
            int first = all.indexOf("---\n");
            int second = all.indexOf("\n---\n", first + 3);
            assertTrue(first == 0 && second > 0, "front matter in " + file);
            return all.substring(second + 5).strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }

    static List<String> nonBlankLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static ExtractedText assertText(Extraction extraction) {
        return assertInstanceOf(ExtractedText.class, extraction, () -> "expected text, got " + extraction);
    }

    static ExtractionFailure assertFailure(Extraction extraction) {
        return assertInstanceOf(ExtractionFailure.class, extraction, () -> "expected failure, got " + extraction);
    }

    /** The text of 1-based {@code line}, without its line terminator. */
    static String lineText(ExtractedText extracted, int line) {
        LineMap map = LineMap.of(extracted.text());
        int start = map.lineStart(line);
        int end = line < map.lineCount() ? map.lineStart(line + 1) : extracted.text().length();
        return extracted.text().substring(start, end).replaceAll("[\r\n]+$", "");
    }

    /**
     * Asserts that every expected line occurs in order, each on a line of its own in the extracted text, and that
     * the line map puts each one on a later line than the one before.
     */
    static void assertLinesInOrder(ExtractedText extracted, List<String> expected) {
        String text = extracted.text();
        int from = 0;
        int previousLine = 0;
        for (String want : expected) {
            int at = text.indexOf(want, from);
            assertTrue(at >= 0, () -> "missing line '" + want + "' after offset in: " + text);
            int line = LineMap.of(extracted.text()).lineOf(at);
            assertTrue(line > previousLine, "line of '" + want + "' should follow line " + previousLine);
            assertEquals(want, lineText(extracted, line).strip(), "line " + line + " should hold exactly that line");
            previousLine = line;
            from = at + want.length();
        }
    }
}

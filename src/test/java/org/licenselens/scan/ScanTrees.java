package org.licenselens.scan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.licenselens.report.ReportContext;
import org.licenselens.report.ScanJsonReport;
import org.licenselens.testing.TestCorpus;

/** Builds fixture trees from corpus texts at test time and scans them with the shared test index. */
final class ScanTrees {
    private ScanTrees() {}

    static Path write(Path root, String relative, String text) {
        return org.licenselens.testing.TestFiles.write(root, relative, text);
    }

    static Path write(Path root, String relative, byte[] content) {
        return org.licenselens.testing.TestFiles.write(root, relative, content);
    }

    /** A corpus file's text (e.g. {@code model-repos/llama3_1-acceptable-use-policy.md}). */
    static String corpusFile(String relative) {
        try {
            return Files.readString(TestCorpus.root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text's paragraphs wrapped to lines of at most {@code width} characters, for PDF pages. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                if (current.length() + word.length() + 1 > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.isEmpty() ? "" : " ").append(word);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    static ScanResult scan(Path root, boolean allFiles, int threads) {
        return TestCorpus.lens().scan(new ScanOptions(root, allFiles, threads), ScanListener.NONE);
    }

    static ScanResult scan(Path root) {
        return scan(root, false, 2);
    }

    static String json(ScanResult result) {
        try {
            StringWriter out = new StringWriter();
            ScanJsonReport.write(out, new ReportContext(TestCorpus.lens().licenses(), false), result);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each analysed file as "path role expression[ error]" (or "path role !error"), in report order. */
    static List<String> files(ScanResult result) {
        return result.files().stream().map(f -> f.path() + " " + f.role().jsonName() + " "
                + (f.failed() ? "!" + f.result().error() : f.result().detection().expression()
                + (f.unknown() ? " unknown" : ""))).map(String::strip).toList();
    }

    static List<String> skipped(ScanResult result) {
        return result.skipped().stream().map(s -> s.path() + " " + s.reason().jsonName()).toList();
    }
}

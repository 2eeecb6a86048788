package org.licenselens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.licenselens.LicenseLens;
import org.licenselens.analysis.FileAnalysis;
import org.licenselens.corpus.CorpusLocation;
import org.licenselens.extract.ExtractionLimits;
import org.licenselens.extract.TextExtractor;
import org.licenselens.index.IndexStore;
import org.licenselens.index.LicenseIndex;
import org.licenselens.Options;

/**
 * Test access to the real corpus beside the checkout and to one shared, lazily built index.
 *
 * <p>Texts come from the corpus at run time; tests never carry license text of their own.
 */
public final class TestCorpus {
    private static LicenseLens lens;
    private static FileAnalysis analysis;

    private TestCorpus() {}

    /** Returns the corpus root: system property {@code licenselens.corpus}, else {@code ../shared/corpus}. */
    public static Path root() {
        String property = System.getProperty("licenselens.corpus");
        return Path.of(property != null ? property : "../shared/corpus").toAbsolutePath().normalize();
    }

    /** Returns the body (text after the front matter) of the LicenseDB license {@code key}. */
    public static String licenseText(String key) {
        return body(root().resolve("scancode-licensedb").resolve(key + ".LICENSE"));
    }

    /** Returns the body of the ScanCode rule {@code identifier}. */
    public static String ruleText(String identifier) {
        return body(root().resolve("scancode-rules").resolve(identifier + ".RULE"));
    }

    private static String body(Path file) {
        try {
            String all = Files.readString(file, StandardCharsets.UTF_8);
            int second = all.indexOf("\n---", 3);
            return all.substring(all.indexOf('\n', second + 1) + 1).strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns licenselens over the real corpus, its index kept in {@code target/test-index}. */
    public static synchronized LicenseLens lens() {
        if (lens == null) {
            lens = LicenseLens.open(Options.defaults().withCorpus(root())
                    .withIndexRoot(Path.of("target", "test-index").toAbsolutePath()));
        }
        return lens;
    }

    /**
     * Returns the per-file pipeline over the same corpus and index as {@link #lens}, for tests of the engine's steps
     * below the facade (the scan's internals, the detector).
     */
    public static synchronized FileAnalysis analysis() {
        if (analysis == null) {
            lens();
            analysis = new FileAnalysis(openIndex(), new TextExtractor(ExtractionLimits.defaults()));
        }
        return analysis;
    }

    /**
     * Opens the index over the same corpus and index folder as {@link #lens} (built there first by {@code lens()});
     * a new one each call, for a caller that closes it (a benchmark's tear-down).
     */
    public static LicenseIndex openIndex() {
        lens();
        return IndexStore.open(CorpusLocation.resolve(root(), List.of()),
                Path.of("target", "test-index").toAbsolutePath(), message -> { });
    }

    /** Every third word of {@code text} replaced: license-like, but no known text explains it. */
    public static String scrambled(String text) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n")) {
            for (String word : line.split(" ")) {
                b.append(n++ % 3 == 2 && word.length() > 3 ? "zorblax" : word).append(' ');
            }
            b.append('\n');
        }
        return b.toString();
    }
}

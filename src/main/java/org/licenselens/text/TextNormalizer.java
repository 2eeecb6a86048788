package org.licenselens.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns text into normalized {@link Tokens}: the one entry point for normalization, shared by indexing and
 * queries so both see the same terms. Thread-safe.
 */
public final class TextNormalizer {
    private static final LicenseAnalyzer ANALYZER = new LicenseAnalyzer();
    private static final String FIELD = "text";

    private TextNormalizer() {}

    /** Returns the shared analyzer, for building Lucene indexes and queries with the same normalization. */
    public static LicenseAnalyzer analyzer() {
        return ANALYZER;
    }

    /**
     * Tokenizes and normalizes {@code text}; offsets in the result point into {@code text}.
     *
     * @throws IllegalArgumentException if {@code text} is null
     */
    public static Tokens tokenize(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (text.isEmpty()) {
            return Tokens.EMPTY;
        }
        try (TokenStream stream = ANALYZER.tokenStream(FIELD, text)) {
            return collect(stream, Math.max(16, text.length() / 6));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string failed", e);
        }
    }

    private static Tokens collect(TokenStream stream, int expected) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        String[] terms = new String[expected];
        int[] starts = new int[expected];
        int[] ends = new int[expected];
        int n = 0;
        stream.reset();
        while (stream.incrementToken()) {
            if (n == terms.length) {
                int grown = n + (n >> 1) + 1;
                terms = Arrays.copyOf(terms, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            terms[n] = term.toString();
            starts[n] = offset.startOffset();
            ends[n] = offset.endOffset();
            n++;
        }
        stream.end();
        return n == terms.length ? new Tokens(terms, starts, ends)
                : new Tokens(Arrays.copyOf(terms, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
}

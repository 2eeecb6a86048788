package org.licenselens.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs a tokenizer with a chosen filter chain over a string, for filter-level tests. */
final class Analysis {
    private Analysis() {}

    /** Returns the terms of {@code text} through the tokenizer and {@code filters}. */
    static List<String> terms(String text, UnaryOperator<TokenStream> filters) {
        LicenseTokenizer tokenizer = new LicenseTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = filters.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Returns the terms of {@code text} through the tokenizer and case folding, then {@code filter}. */
    static List<String> folded(String text, UnaryOperator<TokenStream> filter) {
        return terms(text, source -> filter.apply(new CaseFoldFilter(source)));
    }
}

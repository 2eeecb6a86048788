package org.licenselens.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Analyzer that normalizes license text for matching, used alike for indexing the corpus and for queries.
 *
 * <p>Steps, in order: words of letters and digits ({@code +} kept after a word); case folding; comment keywords
 * at line start dropped; copyright statement lines dropped; copyright signs to "copyright"; list markers
 * dropped; SPDX equivalent words and phrases to one spelling; https to http. Offsets always point into the
 * original text. Position increments are always 1: dropped tokens leave no gaps, since they are layout, not
 * content.
 */
public final class LicenseAnalyzer extends Analyzer {
    /** Creates the analyzer; it holds no per-call state and may be shared across threads. */
    public LicenseAnalyzer() {}

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new LicenseTokenizer();
        TokenStream stream = new CaseFoldFilter(source);
        stream = new CommentWordFilter(stream);
        stream = new CopyrightLineFilter(stream);
        stream = new CopyrightSignFilter(stream);
        stream = new ListMarkerFilter(stream);
        stream = new EquivalentWordsFilter(stream);
        stream = new EquivalentPhraseFilter(stream);
        stream = new UrlSchemeFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new UrlSchemeFilter(new EquivalentWordsFilter(new CaseFoldFilter(in)));
    }
}

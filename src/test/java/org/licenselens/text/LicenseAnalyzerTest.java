package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class LicenseAnalyzerTest {
    private final LicenseAnalyzer analyzer = new LicenseAnalyzer();

    @Test
    void positionsAdvanceByOneAndOffsetsNeverGoBack() throws IOException {
        String text = CorpusTexts.body("apache-2.0");
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int lastStart = 0;
            int count = 0;
            while (stream.incrementToken()) {
                assertEquals(1, position.getPositionIncrement());
                assertTrue(offset.startOffset() >= lastStart && offset.endOffset() > offset.startOffset());
                lastStart = offset.startOffset();
                count++;
            }
            stream.end();
            assertEquals(text.length(), offset.endOffset());
            assertTrue(count > 1000, "apache-2.0 has " + count + " terms");
        }
    }

    @Test
    void indexedTextMatchesAPhraseInAnotherLayout() throws IOException {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setTokenized(true);
        type.freeze();
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                Document doc = new Document();
                doc.add(new Field("text", "1. The Licensor grants a sub-licence; see https://x.org", type));
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (String term : TextNormalizer.tokenize("THE LICENSOR GRANTS A SUBLICENSE. See http://").terms()) {
                    phrase.add(new org.apache.lucene.index.Term("text", term));
                }
                assertEquals(1, new IndexSearcher(reader).count(phrase.build()));
            }
        }
    }

    @Test
    void normalizeFoldsAQueryTermLikeIndexedText() {
        assertEquals("license", analyzer.normalize("text", "LICENCE").utf8ToString());
        assertEquals("http", analyzer.normalize("text", "HTTPS").utf8ToString());
    }
}

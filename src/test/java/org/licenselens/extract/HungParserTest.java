package org.licenselens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.licenselens.extract.Corpus.assertFailure;
import static org.licenselens.extract.Corpus.assertText;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.licenselens.testing.Documents;
import org.xml.sax.ContentHandler;

/**
 * A parser stuck in a loop that ignores interrupts and emits nothing cannot be stopped in Java: the file is
 * reported as timed out, its thread is abandoned, and once a few such threads are still running further documents
 * are refused at once instead of piling up more of them; when the threads finish, parsing resumes.
 */
class HungParserTest {
    private static final ExtractionLimits QUICK = new ExtractionLimits(1 << 20, 100_000, Duration.ofMillis(300));
    private static final byte[] PDF = Documents.pdf(Corpus.nonBlankLines(Corpus.licenseBody("mit")));

    /** Spins without looking at interrupts or emitting SAX events until released. */
    private static final class HungParser extends AutoDetectParser {
        volatile boolean released;
        final AtomicInteger parses = new AtomicInteger();

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            parses.incrementAndGet();
            while (!released) {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void hungParsesAreBoundedAndTheRunGoesOn() throws Exception {
        HungParser hung = new HungParser();
        // Load Tika's detector first: cold, on a loaded machine, loading it alone can outlast the 300 ms timeout,
        // and this test is about the parse hanging, not about start-up.
        assertEquals("pdf", assertText(new TextExtractor(ExtractionLimits.defaults()).extract("LICENSE.pdf", PDF)).kind());
        try {
            for (int i = 0; i < TikaBackend.MAX_ABANDONED; i++) {
                ExtractionFailure f = assertFailure(TikaBackend.extract(hung, "LICENSE.pdf", PDF, QUICK));
                assertEquals("timed out after 300 ms", f.message());
                assertEquals("application/pdf", f.mediaType());
            }
            assertEquals(TikaBackend.MAX_ABANDONED, TikaBackend.abandoned());
            ExtractionFailure refused = assertFailure(TikaBackend.extract(hung, "LICENSE.pdf", PDF, QUICK));
            assertEquals("not parsed: 4 earlier parses are still running after their timeout", refused.message());
            assertEquals(TikaBackend.MAX_ABANDONED, hung.parses.get(), "the refused file never reached the parser");
            // Plain text needs no parser thread, so it is still read meanwhile.
            assertEquals("text", assertText(new TextExtractor(QUICK).extract("LICENSE", "MIT".getBytes())).kind());
        } finally {
            hung.released = true;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (TikaBackend.abandoned() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, TikaBackend.abandoned(), "released threads are no longer counted");
        assertEquals("pdf", assertText(new TextExtractor(ExtractionLimits.defaults()).extract("LICENSE.pdf", PDF)).kind());
    }
}

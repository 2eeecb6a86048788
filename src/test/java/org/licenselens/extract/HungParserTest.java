package org.licenselens.extract;

import org.junit.jupiter.api.Tag;
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
@Tag("slow") // waits out parse timeouts
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
        HungParser fresh = new HungParser();
        try {
            // On a loaded machine a worker may not even have started within the timeout; such a parse is not
            // running, so it is not counted, and the loop simply tries again.
            for (int attempt = 0; TikaBackend.abandoned() < TikaBackend.MAX_ABANDONED && attempt < 100; attempt++) {
                ExtractionFailure f = assertFailure(TikaBackend.extract(hung, "LICENSE.pdf", PDF, QUICK));
                assertEquals("timed out after 300 ms", f.message());
            }
            assertEquals(TikaBackend.MAX_ABANDONED, TikaBackend.abandoned());
            ExtractionFailure refused = assertFailure(TikaBackend.extract(fresh, "LICENSE.pdf", PDF, QUICK));
            assertEquals("not parsed: 4 earlier parses are still running after their timeout", refused.message());
            assertEquals(0, fresh.parses.get(), "the refused file never reached a parser");
            // Plain text needs no parser thread, so it is still read meanwhile.
            assertEquals("text", assertText(new TextExtractor(QUICK).extract("LICENSE", "MIT".getBytes())).kind());
        } finally {
            hung.released = true;
            fresh.released = true;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (TikaBackend.abandoned() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, TikaBackend.abandoned(), "released threads are no longer counted");
        assertEquals("pdf", assertText(new TextExtractor(ExtractionLimits.defaults()).extract("LICENSE.pdf", PDF)).kind());
    }
}

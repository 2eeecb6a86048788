package org.licenselens.extract;

import org.licenselens.text.LineMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.licenselens.extract.Corpus.assertFailure;
import static org.licenselens.extract.Corpus.assertText;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextExtractionTest {
    private static final String MIT = Corpus.licenseBody("mit");
    private final TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());

    @Test
    void utf8TextIsReturnedExactlyWithLinesMatchingTheFile() {
        ExtractedText t = assertText(extractor.extract("LICENSE", MIT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(MIT, t.text());
        assertEquals("text", t.kind());
        assertEquals("text/plain; charset=UTF-8", t.mediaType());
        List<String> lines = Corpus.lines(MIT);
        int warranty = indexOfLineStartingWith(lines, "THE SOFTWARE IS PROVIDED");
        assertEquals(warranty + 1, LineMap.of(t.text()).lineOf(t.text().indexOf("THE SOFTWARE IS PROVIDED")));
        assertEquals(lines.size(), LineMap.of(t.text()).lineCount() - 1, "trailing newline opens one empty last line");
    }

    @Test
    void lineEndingsAreKeptAsDecoded() {
        String crlf = MIT.replace("\n", "\r\n");
        ExtractedText t = assertText(extractor.extract("LICENSE.txt", crlf.getBytes(StandardCharsets.UTF_8)));
        assertEquals(crlf, t.text());
        int warranty = indexOfLineStartingWith(Corpus.lines(MIT), "THE SOFTWARE IS PROVIDED");
        assertEquals(warranty + 1, LineMap.of(t.text()).lineOf(t.text().indexOf("THE SOFTWARE IS PROVIDED")));
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ExtractedText t = assertText(extractor.extract("LICENSE", concat(bom, MIT.getBytes(StandardCharsets.UTF_8))));
        assertEquals(MIT, t.text());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        String withAccent = "Copyright 2024 J\u00fcrgen \u00c5str\u00f6m\n" + MIT;
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, withAccent.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, withAccent.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(withAccent, assertText(extractor.extract("a.txt", le)).text());
        assertEquals(withAccent, assertText(extractor.extract("a.txt", be)).text());
        assertEquals("text/plain; charset=UTF-16LE", assertText(extractor.extract("a.txt", le)).mediaType());
    }

    @Test
    void utf16WithoutByteOrderMarkIsDetectedFromNulPositions() {
        ExtractedText le = assertText(extractor.extract("COPYING", MIT.getBytes(StandardCharsets.UTF_16LE)));
        ExtractedText be = assertText(extractor.extract("COPYING", MIT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(MIT, le.text());
        assertEquals(MIT, be.text());
        assertEquals("text/plain; charset=UTF-16LE", le.mediaType());
        assertEquals("text/plain; charset=UTF-16BE", be.mediaType());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        String text = "Copyright (c) 2024 J\u00fcrgen M\u00fcller \u00a9\n" + MIT;
        ExtractedText latin1 = assertText(extractor.extract("LICENSE", text.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(text, latin1.text());
        assertEquals("text/plain; charset=windows-1252", latin1.mediaType());
        String quotes = "\u201cSoftware\u201d \u2013 " + MIT;
        byte[] cp1252 = quotes.getBytes(Charset.forName("windows-1252"));
        assertEquals(quotes, assertText(extractor.extract("x", cp1252)).text());
    }

    @Test
    void markdownIsKeptVerbatim() {
        String md = "# License\n\n" + MIT;
        ExtractedText t = assertText(extractor.extract("LICENSE.md", md.getBytes(StandardCharsets.UTF_8)));
        assertEquals(md, t.text());
        assertEquals("markdown", t.kind());
        assertTrue(t.mediaType().startsWith("text/markdown"));
        assertEquals("markdown", assertText(extractor.extract("README.MARKDOWN", new byte[] {'x'})).kind());
    }

    @Test
    void markdownStartingWithHtmlStaysMarkdown() {
        String md = "<html-like banner>\n" + MIT;
        assertEquals(md, assertText(extractor.extract("README.md", md.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void emptyFileIsEmptyText() {
        ExtractedText t = assertText(extractor.extract("empty.txt", new byte[0]));
        assertEquals("", t.text());
        assertEquals(1, LineMap.of(t.text()).lineCount());
    }

    @Test
    void binaryContentIsRefusedWhateverItsName() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = 'x'; // keep clear of any magic number
        ExtractionFailure f = assertFailure(extractor.extract("LICENSE.txt", random));
        assertEquals("binary file (application/octet-stream)", f.message());
    }

    @Test
    void sixteenBitNumbersAreNotMistakenForUtf16() {
        byte[] shorts = new byte[2000];
        for (int i = 0; i < shorts.length; i += 2) {
            shorts[i] = (byte) (i % 7 + 1);
        }
        assertEquals("binary file (application/octet-stream)",
                assertFailure(extractor.extract("table.dat", shorts)).message());
    }

    @Test
    void manyControlCharactersWithoutNulMeanBinary() {
        byte[] b = new byte[1000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 5 == 0 ? 0x01 : 'a');
        }
        assertEquals("binary file (application/octet-stream)", assertFailure(extractor.extract("a.txt", b)).message());
    }

    @Test
    void tabsFormFeedsAndEscapesAreStillText() {
        String s = "\tindented\f\n\u001b[1mbold\u001b[0m\n" + MIT;
        assertEquals(s, assertText(extractor.extract("a.txt", s.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void contentLargerThanTheByteLimitIsRefused() {
        TextExtractor small = new TextExtractor(new ExtractionLimits(100, 1000, Duration.ofSeconds(10)));
        ExtractionFailure f = assertFailure(small.extract("LICENSE", MIT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("exceeds 100 bytes limit", f.message());
        TextExtractor kib = new TextExtractor(new ExtractionLimits(1024, 1000, Duration.ofSeconds(10)));
        assertEquals("exceeds 1 KiB limit",
                assertFailure(kib.extract("LICENSE", (MIT + MIT).getBytes(StandardCharsets.UTF_8))).message());
    }

    @Test
    void textLongerThanTheCharacterLimitIsRefused() {
        TextExtractor small = new TextExtractor(new ExtractionLimits(1 << 20, 50, Duration.ofSeconds(10)));
        assertEquals("text exceeds 50 characters limit",
                assertFailure(small.extract("LICENSE", MIT.getBytes(StandardCharsets.UTF_8))).message());
        assertFalse(small.extract("short", "a few words".getBytes(StandardCharsets.UTF_8))
                instanceof ExtractionFailure);
    }

    private static int indexOfLineStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package org.licenselens.extract;

import org.licenselens.text.LineMap;
import org.licenselens.testing.Documents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.licenselens.extract.Corpus.assertFailure;
import static org.licenselens.extract.Corpus.assertLinesInOrder;
import static org.licenselens.extract.Corpus.assertText;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentExtractionTest {
    private static final String MIT = Corpus.licenseBody("mit");
    private static final String BSD = Corpus.licenseBody("bsd-new");
    private static final List<String> MIT_LINES = Corpus.nonBlankLines(MIT);
    private final TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults());

    @Test
    void documentsReadTheSameWhileAndAfterTheParserIsPreparedInTheBackground() {
        extractor.prepareDocumentParser();
        extractor.prepareDocumentParser(); // a second call starts nothing more
        ExtractedText t = assertText(extractor.extract("LICENSE.pdf", Documents.pdf(MIT_LINES)));
        assertLinesInOrder(t, MIT_LINES);
        ExtractedText html = assertText(extractor.extract("license.html", Documents.htmlPage(MIT_LINES)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("html", html.kind());
        assertLinesInOrder(html, MIT_LINES);
    }

    @Test
    void pdfKeepsEachLineOnItsOwnLine() {
        ExtractedText t = assertText(extractor.extract("LICENSE.pdf", Documents.pdf(MIT_LINES)));
        assertEquals("pdf", t.kind());
        assertEquals("application/pdf", t.mediaType());
        assertLinesInOrder(t, MIT_LINES);
    }

    @Test
    void documentsAreRecognisedByContentNotByName() {
        assertEquals("pdf", assertText(extractor.extract("LICENSE.txt", Documents.pdf(MIT_LINES))).kind());
        assertEquals("docx", assertText(extractor.extract("LICENSE", Documents.docx(MIT_LINES))).kind());
    }

    @Test
    void docxParagraphsBecomeLines() {
        ExtractedText t = assertText(extractor.extract("LICENSE.docx", Documents.docx(MIT_LINES)));
        assertEquals("docx", t.kind());
        assertLinesInOrder(t, MIT_LINES);
    }

    @Test
    void odtParagraphsBecomeLines() {
        List<String> lines = Corpus.nonBlankLines(BSD);
        ExtractedText t = assertText(extractor.extract("LICENSE.odt", Documents.odt(lines)));
        assertEquals("odt", t.kind());
        assertEquals("application/vnd.oasis.opendocument.text", t.mediaType());
        assertLinesInOrder(t, lines);
    }

    @Test
    void rtfParagraphsBecomeLines() {
        ExtractedText t = assertText(extractor.extract("LICENSE.rtf", utf8(Documents.rtf(MIT_LINES))));
        assertEquals("rtf", t.kind());
        assertLinesInOrder(t, MIT_LINES);
    }

    @Test
    void htmlKeepsParagraphAndLineBreaks() {
        ExtractedText t = assertText(extractor.extract("license.html", utf8(Documents.html("MIT License", MIT))));
        assertEquals("html", t.kind());
        assertTrue(t.mediaType().startsWith("text/html"), t.mediaType());
        assertLinesInOrder(t, MIT_LINES);
        // Lines of one paragraph are adjacent: Tika's break for <br> and the source newline count once.
        int first = LineMap.of(t.text()).lineOf(t.text().indexOf(MIT_LINES.get(0)));
        int second = LineMap.of(t.text()).lineOf(t.text().indexOf(MIT_LINES.get(1)));
        assertEquals(first + 1, second);
        int title = LineMap.of(t.text()).lineOf(t.text().indexOf("MIT License"));
        assertTrue(title < first);
    }

    @Test
    void htmlIsRecognisedWithoutAnHtmlName() {
        ExtractedText t = assertText(extractor.extract("LICENSE", utf8(Documents.html("MIT License", MIT))));
        assertEquals("html", t.kind());
        assertTrue(!t.text().contains("<p>"), "markup must be gone");
    }

    @Test
    void xmlIsReadAsTextSoCommentsAndLineNumbersSurvive() {
        String xml = Documents.xml(MIT_LINES);
        String withComment = xml.replaceFirst("\\?>", "?>\n<!-- " + MIT_LINES.getFirst() + " -->");
        ExtractedText t = assertText(extractor.extract("pom.xml", utf8(withComment)));
        assertEquals("xml", t.kind());
        assertEquals(withComment, t.text());
        assertTrue(t.mediaType().startsWith("application/xml"), t.mediaType());
        assertEquals(2, LineMap.of(t.text()).lineOf(t.text().indexOf(MIT_LINES.getFirst())));
    }

    @Test
    void malformedXmlIsStillRead() {
        ExtractedText t = assertText(extractor.extract("broken.xml", utf8("<?xml version=\"1.0\"?>\n<a><b>"
                + MIT_LINES.getFirst() + "\n")));
        assertTrue(t.text().contains(MIT_LINES.getFirst()));
    }

    @Test
    void encryptedPdfIsReportedAsSuch() {
        ExtractionFailure f = assertFailure(extractor.extract("secret.pdf", Documents.pdf(MIT_LINES, "user-secret")));
        assertEquals("pdf is encrypted", f.message());
        assertEquals("application/pdf", f.mediaType());
    }

    @Test
    void truncatedPdfCannotBeParsed() {
        byte[] pdf = Documents.pdf(MIT_LINES);
        ExtractionFailure f = assertFailure(extractor.extract("broken.pdf", Arrays.copyOf(pdf, pdf.length / 3)));
        assertTrue(f.message().startsWith("cannot parse pdf: "), f.message());
    }

    @Test
    void plainZipArchiveIsNotADocument() {
        ExtractionFailure f = assertFailure(extractor.extract("src.zip", Documents.zip("LICENSE", MIT)));
        assertEquals("not a text document (application/zip)", f.message());
    }

    @Test
    void highlyCompressedDocxIsRefusedAsZipBomb() {
        String huge = "a".repeat(3_000_000);
        ExtractionFailure f = assertFailure(extractor.extract("bomb.docx", Documents.docx(List.of(huge))));
        assertEquals("zip bomb detected", f.message());
    }

    @Test
    void documentTextOverTheCharacterLimitIsRefused() {
        TextExtractor small = new TextExtractor(new ExtractionLimits(1 << 20, 100, Duration.ofSeconds(10)));
        assertEquals("text exceeds 100 characters limit",
                assertFailure(small.extract("LICENSE.pdf", Documents.pdf(MIT_LINES))).message());
        assertEquals("text exceeds 100 characters limit",
                assertFailure(small.extract("LICENSE.html", utf8(Documents.html("MIT", MIT)))).message());
    }

    @Test
    void parseThatOutlivesTheTimeoutIsCancelled() {
        TextExtractor impatient = new TextExtractor(new ExtractionLimits(1 << 20, 1000, Duration.ofNanos(1)));
        ExtractionFailure f = assertFailure(impatient.extract("LICENSE.pdf", Documents.pdf(MIT_LINES)));
        assertEquals("timed out after 1 ns", f.message());
    }

    @Test
    void oneExtractorServesManyThreadsAtOnce() {
        byte[] pdf = Documents.pdf(MIT_LINES);
        byte[] docx = Documents.docx(MIT_LINES);
        byte[] txt = utf8(MIT);
        List<String> kinds = IntStream.range(0, 24).parallel()
                .mapToObj(i -> switch (i % 3) {
                    case 0 -> extractor.extract("a.pdf", pdf);
                    case 1 -> extractor.extract("a.docx", docx);
                    default -> extractor.extract("a.txt", txt);
                })
                .map(e -> {
                    ExtractedText t = assertText(e);
                    assertTrue(t.text().contains("MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE"), t.kind());
                    return t.kind();
                })
                .toList();
        assertEquals(List.of("pdf", "docx", "text"), kinds.subList(0, 3));
        assertEquals(24, kinds.size());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

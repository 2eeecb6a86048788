package org.licenselens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTextTest {
    @Test
    void splitsFrontMatterFromTextAndDropsTheLeadingLineBreaks() throws Exception {
        CorpusText.Parts parts = CorpusText.split("---\nkey: foo\n---\n\n\nLicensed under Foo.\n  indented\n\n");
        assertEquals("key: foo\n", parts.frontMatter());
        assertEquals("Licensed under Foo.\n  indented\n\n", parts.text());
    }

    @Test
    void keepsLeadingSpacesOfTheFirstTextLine() throws Exception {
        assertEquals("   Foo", CorpusText.split("---\nkey: foo\n---\n\n   Foo").text());
    }

    @Test
    void acceptsCrlfLineEndingsAndKeepsThemInTheText() throws Exception {
        CorpusText.Parts parts = CorpusText.split("---\r\nkey: foo\r\n---\r\n\r\nLine one\r\nLine two\r\n");
        assertEquals("key: foo\r\n", parts.frontMatter());
        assertEquals("Line one\r\nLine two\r\n", parts.text());
    }

    @Test
    void ignoresAByteOrderMark() throws Exception {
        assertEquals("key: foo\n", CorpusText.split("\uFEFF---\nkey: foo\n---\nFoo").frontMatter());
    }

    @Test
    void closesAtTheFirstDelimiterLineOnly() throws Exception {
        CorpusText.Parts parts = CorpusText.split("---\nkey: foo\n---\nabove\n---\nbelow");
        assertEquals("above\n---\nbelow", parts.text());
    }

    @Test
    void allowsAnEmptyTextAndAFileEndingAtTheDelimiter() throws Exception {
        assertEquals("", CorpusText.split("---\nkey: foo\n---").text());
        assertEquals("", CorpusText.split("---\nkey: foo\n---\n\n").text());
    }

    @Test
    void rejectsFilesWithoutFrontMatter() {
        var e = assertThrows(CorpusFormatException.class, () -> CorpusText.split("key: foo\n---\ntext"));
        assertTrue(e.getMessage().contains("no front matter"), e.getMessage());
        assertThrows(CorpusFormatException.class, () -> CorpusText.split(""));
        assertThrows(CorpusFormatException.class, () -> CorpusText.split("----\nkey: foo\n---\n"));
    }

    @Test
    void rejectsUnclosedFrontMatter() {
        var e = assertThrows(CorpusFormatException.class, () -> CorpusText.split("---\nkey: foo\ntext ---\n"));
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
    }

    @Test
    void removesRequiredPhraseMarkersAndRecordsTheirSpans() throws Exception {
        CorpusText.Marked marked = CorpusText.requiredPhrases("Use {{Foo License}} or {{Bar}} terms");
        assertEquals("Use Foo License or Bar terms", marked.text());
        assertEquals(List.of(new Span(4, 15), new Span(19, 22)), marked.phrases());
        assertEquals("Foo License", marked.phrases().get(0).of(marked.text()));
        assertEquals("Bar", marked.phrases().get(1).of(marked.text()));
    }

    @Test
    void requiredPhrasesMaySpanLines() throws Exception {
        CorpusText.Marked marked = CorpusText.requiredPhrases("a {{b\r\nc}} d");
        assertEquals("a b\r\nc d", marked.text());
        assertEquals(List.of(new Span(2, 6)), marked.phrases());
    }

    @Test
    void leavesTextWithoutMarkersAlone() throws Exception {
        CorpusText.Marked marked = CorpusText.requiredPhrases("plain { text }");
        assertEquals("plain { text }", marked.text());
        assertEquals(List.of(), marked.phrases());
    }

    @Test
    void rejectsBrokenMarkers() {
        for (String broken : List.of("a {{b", "a }} b", "{{a {{b}} c}}", "a {{}} b")) {
            assertThrows(CorpusFormatException.class, () -> CorpusText.requiredPhrases(broken), broken);
        }
    }
}

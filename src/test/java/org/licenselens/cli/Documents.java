package org.licenselens.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds PDF, DOCX and HTML documents in memory from text lines, for end-to-end identification tests. */
final class Documents {
    private static final int LINES_PER_PAGE = 50;

    private Documents() {}

    /** A PDF with one text line per input line, paginated so that no line falls off its page. */
    static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(13);
                    content.newLineAtOffset(40, 750);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with one paragraph per input line. */
    static byte[] docx(List<String> lines) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML page with a heading, navigation around the text and one paragraph per input line. */
    static String html(List<String> lines) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>License</title>
                <style>body { font-family: sans-serif; }</style></head>
                <body><nav><a href="/">Home</a></nav>
                <main>
                """);
        for (String line : lines) {
            page.append("<p>").append(escape(line)).append("</p>\n");
        }
        return page.append("</main></body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

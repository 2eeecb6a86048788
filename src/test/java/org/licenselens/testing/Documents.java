package org.licenselens.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds documents in memory, one paragraph or text line per input line, for extraction tests. */
public final class Documents {
    private static final int LINES_PER_PAGE = 50;

    private Documents() {
    }

    public static byte[] pdf(List<String> lines) {
        return pdf(lines, null);
    }

    /**
     * A PDF with one text line per input line, paginated so that no line falls off its page; with a
     * {@code userPassword} it is encrypted and cannot be opened without it.
     */
    public static byte[] pdf(List<String> lines, String userPassword) {
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
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(List<String> lines) {
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

    /** A minimal OpenDocument text: the {@code mimetype} entry first and stored, as ODF requires. */
    public static byte[] odt(List<String> lines) {
        StringBuilder content = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\
                <office:body><office:text>""");
        for (String line : lines) {
            content.append("<text:p>").append(xmlEscape(line)).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.2">\
                <manifest:file-entry manifest:full-path="/" \
                manifest:media-type="application/vnd.oasis.opendocument.text"/>\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                </manifest:manifest>""";
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
                ZipEntry first = new ZipEntry("mimetype");
                first.setMethod(ZipEntry.STORED);
                first.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                first.setCrc(crc.getValue());
                zip.putNextEntry(first);
                zip.write(mimetype);
                zip.closeEntry();
                putDeflated(zip, "content.xml", content.toString());
                putDeflated(zip, "META-INF/manifest.xml", manifest);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain zip archive of text entries. */
    public static byte[] zip(String entryName, String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                putDeflated(zip, entryName, text);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putDeflated(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Returns {@code zip} with the text of entry {@code name} passed through {@code edit}; other entries as they were. */
    public static byte[] editEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> edit) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean found = false;
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    byte[] content = in.readAllBytes();
                    if (e.getName().equals(name)) {
                        content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                        found = true;
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    if (e.getMethod() == ZipEntry.STORED) {
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(content.length);
                        CRC32 crc = new CRC32();
                        crc.update(content);
                        copy.setCrc(crc.getValue());
                    }
                    z.putNextEntry(copy);
                    z.write(content);
                    z.closeEntry();
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no entry " + name);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String rtf(List<String> lines) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\\f0\\fs20\n");
        for (String line : lines) {
            rtf.append(line.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")).append("\\par\n");
        }
        return rtf.append("}\n").toString();
    }

    /** HTML with one paragraph per blank-line-separated block and a {@code <br>} between its lines. */
    public static String html(String title, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>")
                .append(xmlEscape(title)).append("</title></head>\n<body>\n<h1>").append(xmlEscape(title))
                .append("</h1>\n");
        for (String paragraph : body.strip().split("\n\\s*\n")) {
            html.append("<p>");
            html.append(String.join("<br>\n", paragraph.lines().map(Documents::xmlEscape).toList()));
            html.append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    public static String xml(List<String> lines) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<license>\n");
        for (String line : lines) {
            xml.append("<line>").append(xmlEscape(line)).append("</line>\n");
        }
        return xml.append("</license>\n").toString();
    }

    public static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An HTML page with a heading, navigation around the text and one paragraph per input line. */
    public static String htmlPage(List<String> lines) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>License</title>
                <style>body { font-family: sans-serif; }</style></head>
                <body><nav><a href="/">Home</a></nav>
                <main>
                """);
        for (String line : lines) {
            page.append("<p>").append(xmlEscape(line)).append("</p>\n");
        }
        return page.append("</main></body></html>\n").toString();
    }
}

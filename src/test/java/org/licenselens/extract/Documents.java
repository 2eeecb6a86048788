package org.licenselens.extract;

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
final class Documents {
    private Documents() {
    }

    static byte[] pdf(List<String> lines) {
        return pdf(lines, null);
    }

    /** A one-page PDF; with a {@code userPassword} it is encrypted and cannot be opened without it. */
    static byte[] pdf(List<String> lines, String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
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

    /** A minimal OpenDocument text: the {@code mimetype} entry first and stored, as ODF requires. */
    static byte[] odt(List<String> lines) {
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
    static byte[] zip(String entryName, String text) {
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

    static String rtf(List<String> lines) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\\f0\\fs20\n");
        for (String line : lines) {
            rtf.append(line.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")).append("\\par\n");
        }
        return rtf.append("}\n").toString();
    }

    /** HTML with one paragraph per blank-line-separated block and a {@code <br>} between its lines. */
    static String html(String title, String body) {
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

    static String xml(List<String> lines) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<license>\n");
        for (String line : lines) {
            xml.append("<line>").append(xmlEscape(line)).append("</line>\n");
        }
        return xml.append("</license>\n").toString();
    }

    static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
